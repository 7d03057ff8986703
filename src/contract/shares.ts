import { z } from 'zod'
import { messageSchema } from './conversations'
import { sourceSchema } from './sources'

/** A share link as its owner sees it in the list: never its token, which is shown once, at creation. */
export const shareSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  /** How many times the shared view was read (the page and the API alike). */
  views: z.number().int(),
  last_viewed_at: z.string().nullable(),
})
export type Share = z.infer<typeof shareSchema>

/** The answer to creating a link: its secret token and the page's address holding it, given this once. */
export const createdShareSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  token: z.string(),
  /** The read-only page: `APP_URL/s/{token}`. */
  url: z.string(),
})
export type CreatedShare = z.infer<typeof createdShareSchema>

/**
 * A source as a shared page shows it: no passage or document id, no ranking score. A passage of an uploaded
 * document keeps its reference and its quoted snippet only (`text` is the snippet too).
 */
const sharedSourceSchema = sourceSchema.omit({ id: true, document_id: true, score: true })
export type SharedSource = z.infer<typeof sharedSourceSchema>

/** A message of a shared conversation: no id, no owner's rating; only the sources its text cites. */
const sharedMessageSchema = messageSchema.pick({ role: true, content: true, mode: true, model: true, status: true, created_at: true }).extend({ sources: z.array(sharedSourceSchema) })
export type SharedMessage = z.infer<typeof sharedMessageSchema>

/** What anyone holding the link reads: the conversation as it was when the link was made. */
export const sharedConversationSchema = z.object({
  title: z.string().nullable(),
  created_at: z.string(),
  /** When the link was made: the messages are those up to this moment. */
  shared_at: z.string(),
  messages: z.array(sharedMessageSchema),
})
export type SharedConversation = z.infer<typeof sharedConversationSchema>

/**
 * A share token is 43 URL-safe characters (256 random bits); another shape is refused before any lookup (and
 * past 100 characters the router refuses the address: 414).
 */
export const shareTokenParams = z.strictObject({
  token: z
    .string()
    .min(16, 'is not a valid share token')
    .max(100, 'is not a valid share token')
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid share token'),
})
