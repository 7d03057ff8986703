import { z } from 'zod'
import { langSchema } from './common'

/** The hadith books of the catalogue (hadith-api's `book` keys). */
export const hadithBookSchema = z.enum(['bukhari', 'muslim', 'abudawud', 'tirmidhi', 'nasai', 'ibnmajah', 'malik', 'nawawi', 'qudsi', 'dehlawi'])

const once = (items: readonly string[]) => new Set(items).size === items.length

export const hadithImportBody = z.strictObject({
  books: z.array(hadithBookSchema).min(1).max(10).refine(once, 'lists a book twice'),
  langs: z.array(langSchema).min(1).max(3).refine(once, 'lists a language twice').default(['ar', 'en', 'fr']),
})

const progressSchema = z.object({
  book: hadithBookSchema,
  phase: z.enum(['downloading', 'reading', 'indexing', 'installing']),
  edition: z.string().optional(),
  bytes: z.number().optional(),
  total_bytes: z.number().optional(),
  done: z.number(),
  total: z.number(),
})

export const hadithJobSchema = z.object({
  id: z.string(),
  books: z.array(hadithBookSchema),
  languages: z.array(langSchema),
  status: z.enum(['running', 'done', 'failed']),
  progress: progressSchema.nullable(),
  results: z.array(z.object({ book: hadithBookSchema, status: z.enum(['installed', 'unchanged']), hadiths: z.number(), summary: z.string() })),
  error: z.string().nullable(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
})

const languageReportSchema = z.object({ texts: z.number(), empty: z.number(), misaligned: z.array(z.number()) })

export const hadithCatalogueSchema = z.object({
  /** Where editions are taken from (HADITH_SOURCE_URL). */
  source: z.string(),
  /** Set when the source could not be read; installed books are still listed. */
  source_error: z.string().nullable(),
  books: z.array(
    z.object({
      book: hadithBookSchema,
      name: z.object({ ar: z.string(), en: z.string(), fr: z.string() }),
      /** Languages the source offers (empty when it could not be read). */
      languages: z.array(langSchema),
      installed: z
        .object({
          languages: z.array(langSchema),
          hadiths: z.number(),
          installed_at: z.string(),
          seconds: z.number(),
          report: z.object({ units: z.number(), languages: z.partialRecord(langSchema, languageReportSchema) }),
          editions: z.array(z.object({ name: z.string(), url: z.string(), sha256: z.string(), bytes: z.number() })),
        })
        .nullable(),
    }),
  ),
  job: hadithJobSchema.nullable(),
})
