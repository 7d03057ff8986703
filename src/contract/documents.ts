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
  passages: z.number().int().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
})
export type DocumentInfo = z.infer<typeof documentSchema>
export const documentListSchema = listOf(documentSchema)
export type DocumentList = z.infer<typeof documentListSchema>
