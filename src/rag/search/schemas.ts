import { z } from 'zod'

export const langSchema = z.enum(['ar', 'fr', 'en'])

export const sourceSchema = z.object({
  n: z.number(),
  id: z.string(),
  origin: z.enum(['corpus', 'document']),
  document_id: z.string().nullable(),
  collection: z.string(),
  title: z.string().nullable(),
  reference: z.string(),
  locator: z.record(z.string(), z.unknown()).optional(),
  verses: z.object({ surah: z.number(), from: z.number(), to: z.number() }).optional(),
  lang: langSchema,
  snippet: z.string(),
  text: z.string(),
  score: z.number(),
  arabic: z.object({ text: z.string(), reference: z.string() }).optional(),
})

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
      lang: langSchema.optional(),
    })
    .optional(),
})
