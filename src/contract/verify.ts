import { z } from 'zod'
import { langSchema } from './common'

/** Bounds of one request: a long answer, not a book (each quotation is compared with the Qur'an and the collections). */
export const VERIFY_MAX_TEXT = 20_000
const VERIFY_MAX_SPANS = 200

const spanSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

export const verifyBody = z
  .strictObject({
    text: z
      .string()
      .max(VERIFY_MAX_TEXT, `must be at most ${VERIFY_MAX_TEXT} characters`)
      .refine((t) => t.trim().length > 0, 'must not be empty'),
    /** Offsets (UTF-16 code units, end excluded) of the quotations to judge; without them the text is searched. */
    spans: z.array(spanSchema).max(VERIFY_MAX_SPANS, `at most ${VERIFY_MAX_SPANS} spans`).optional(),
    /** The language of the references (« Coran 2:183 », « Qur'an 2:183 », « القرآن 2:183 »); English by default. */
    lang: langSchema.default('en'),
  })
  .superRefine((body, ctx) => {
    const spans = body.spans ?? []
    spans.forEach((s, i) => {
      if (s.start >= s.end) ctx.addIssue({ code: 'custom', path: ['spans', i], message: 'start must be less than end' })
      else if (s.end > body.text.length) ctx.addIssue({ code: 'custom', path: ['spans', i, 'end'], message: `is beyond the text (${body.text.length} characters)` })
    })
    // Sorted copies: overlap is about positions, whatever order the spans came in.
    const sorted = spans.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start)
    for (let k = 1; k < sorted.length; k++) {
      if (sorted[k]!.start < sorted[k - 1]!.end) ctx.addIssue({ code: 'custom', path: ['spans', sorted[k]!.i], message: `overlaps span ${sorted[k - 1]!.i}` })
    }
  })

export const verifiedQuoteSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** What the quotation was traced to; `unknown` when it is neither found nor close to a verse or an installed hadith. */
  kind: z.enum(['quran', 'hadith', 'unknown']),
  verdict: z.enum(['authentic', 'misquoted', 'unverifiable']),
  reference: z.string().optional(),
  verses: z.object({ surah: z.number().int(), from: z.number().int(), to: z.number().int() }).optional(),
  hadith: z.object({ collection: z.string(), number: z.number() }).optional(),
  /** For a misquote: the authentic words (the whole verses, or the corresponding part of the hadith). */
  authentic_text: z.string().optional(),
  /**
   * The verse reference the text writes beside the quotation (« "…" (البقرة: 183) », « سورة الجمعة، الآية 9 »), as
   * read: the surah, and the verses when numbered. `matches`: whether it names the verses the quotation was traced
   * to (false beside a hadith; absent when the quotation was traced to nothing).
   */
  cited: z.object({ surah: z.number().int(), from: z.number().int().optional(), to: z.number().int().optional(), matches: z.boolean().optional() }).optional(),
  /**
   * The hadith collections the text names as the quotation's source (« (رواه البخاري ومسلم) », « متفق عليه »,
   * "(Sahih Muslim 303)"), by their keys in the catalogue; numbers are not read. `matches`: whether every named
   * collection that is installed holds the words (the hadith they were traced to, or a version of it: most of its
   * words in order); absent when none of them is installed. Compilers outside the catalogue (Ahmad…) are not read.
   */
  attributed: z.object({ collections: z.array(z.string()), matches: z.boolean().optional() }).optional(),
})
export type VerifiedQuote = z.infer<typeof verifiedQuoteSchema>

export const verifyResultSchema = z.object({ quotes: z.array(verifiedQuoteSchema) })
export type VerifyResult = z.infer<typeof verifyResultSchema>
