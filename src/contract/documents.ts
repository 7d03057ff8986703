import { z } from 'zod'
import { listOf } from './common'

export const documentSchema = z.object({
  id: z.string(),
  conversation_id: z.string().nullable(),
  collection: z.string(),
  file_name: z.string(),
  mime_type: z.string(),
  size_bytes: z.number().int(),
  status: z.enum(['processing', 'ready', 'failed']),
  /** Why it failed, in words a reader can act on. */
  error: z.string().nullable(),
  pages: z.number().int().nullable(),
  /** Progress while it is processed: pages read (from their text layer or by OCR) out of pages_total. Null until known. */
  pages_done: z.number().int().nullable(),
  pages_total: z.number().int().nullable(),
  passages: z.number().int().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
})
export type DocumentInfo = z.infer<typeof documentSchema>
export const documentListSchema = listOf(documentSchema)
export type DocumentList = z.infer<typeof documentListSchema>

/**
 * The `lang` field of an upload: the document's language, or several (`ar,fr`). Passages take it as their
 * language when it is one; OCR reads with those languages' models, and when none is said it detects the
 * script page by page.
 */
export const uploadLangSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(ar|fr|en)([\s,+]+(ar|fr|en))*$/, 'must be ar, fr or en, or several of them separated by commas')
  .transform((v) => [...new Set(v.split(/[\s,+]+/))].join(','))
