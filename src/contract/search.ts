import { z } from 'zod'
import { langSchema } from './common'
import { sourceSchema } from './sources'

export const searchBody = z.strictObject({
  query: z
    .string()
    .max(2_000, 'must be at most 2000 characters')
    .refine((q) => q.trim().length > 0, 'must not be empty'),
  k: z.number().int().min(1).max(50).default(6),
  conversation_id: z.uuid().optional(),
  filters: z
    .strictObject({
      collection: z.string().min(1).max(100).optional(),
      /** Only Qur'an verses, or only hadith (of every installed collection, or of `collection`). */
      kind: z.enum(['quran', 'hadith']).optional(),
      lang: langSchema.optional(),
    })
    .optional(),
})

export const searchResultSchema = z.object({
  items: z.array(sourceSchema),
  /** The language the query was read in. */
  lang: langSchema,
  /** The thesaurus concepts the query was expanded with. */
  concepts: z.array(z.string()),
})
