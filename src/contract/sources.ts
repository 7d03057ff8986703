import { z } from 'zod'
import { langSchema } from './common'

const versesSchema = z.object({ surah: z.number().int(), from: z.number().int(), to: z.number().int() })

/** Where a passage sits in its document: the page of a PDF, the heading of a section; whether its text was read by OCR. */
const locatorSchema = z.object({
  page: z.number().int().optional(),
  heading: z.string().optional(),
  /** The passage was read by OCR from a scanned page or an image: its text may hold misread characters. */
  ocr: z.boolean().optional(),
  /** OCR's mean word confidence on the passage's page, 0–1. */
  confidence: z.number().optional(),
})
export type Locator = z.infer<typeof locatorSchema>

const gradeSchema = z.object({ name: z.string(), grade: z.string() })

/** What the index keeps of a hadith: its number, the scholars' grades, the matn when the chain could be told apart. */
export interface HadithFacts {
  number: number
  grades: Array<z.infer<typeof gradeSchema>>
  matn: string | null
}

/** A hadith source: where to find it, its grades, its chapter, and the Arabic report without its chain. */
const hadithSchema = z.object({
  collection: z.string(),
  number: z.number(),
  grades: z.array(gradeSchema),
  chapter: z.string().nullable(),
  /** The Prophet's words (or the report) without the chain of narrators, when they could be told apart. */
  matn: z.string().nullable(),
})

/** A retrieved passage as an answer cites it (`[n]`) and search returns it. */
export const sourceSchema = z.object({
  /** Its number in the answer's `[n]` citations, from 1. */
  n: z.number().int(),
  id: z.string(),
  origin: z.enum(['corpus', 'document']),
  document_id: z.string().nullable(),
  collection: z.string(),
  title: z.string().nullable(),
  reference: z.string(),
  locator: locatorSchema.optional(),
  verses: versesSchema.optional(),
  hadith: hadithSchema.optional(),
  lang: langSchema,
  snippet: z.string(),
  text: z.string(),
  score: z.number(),
  /** For a translated verse: the original beside the translation. */
  arabic: z.object({ text: z.string(), reference: z.string() }).optional(),
})
export type Source = z.infer<typeof sourceSchema>
