import { z } from 'zod'
import { pageOf } from './common'
import { MAX_QUESTION_CHARS } from './constants'
import { sourceSchema } from './sources'

export const conversationSchema = z.object({ id: z.string(), title: z.string().nullable(), created_at: z.string(), updated_at: z.string() })
export type Conversation = z.infer<typeof conversationSchema>

const feedbackSchema = z.object({ rating: z.number().int(), comment: z.string().nullable() })

export const messageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  /** The passages an answer cites as [n]; empty for questions. */
  sources: z.array(sourceSchema),
  mode: z.enum(['generative', 'extractive']).nullable(),
  model: z.string().nullable(),
  status: z.enum(['complete', 'incomplete', 'error']),
  created_at: z.string(),
  /** The caller's rating of an answer (answers only). */
  feedback: feedbackSchema.nullable().optional(),
})
export type Message = z.infer<typeof messageSchema>

export const conversationWithMessagesSchema = conversationSchema.extend({ messages: z.array(messageSchema) })
export type ConversationWithMessages = z.infer<typeof conversationWithMessagesSchema>
export const conversationPageSchema = pageOf(conversationSchema)
export const messagePageSchema = pageOf(messageSchema)

const title = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters')
export const createConversationBody = z.strictObject({ title: title.optional() }).nullish()
export type CreateConversationRequest = z.input<typeof createConversationBody>
export const renameConversationBody = z.strictObject({ title })
export type RenameConversationRequest = z.input<typeof renameConversationBody>
export const pageQuery = { limit: z.coerce.number().int().min(1).max(100).default(20), cursor: z.string().max(200).optional() }
export const conversationListQuery = z.strictObject({ ...pageQuery, q: z.string().trim().min(1).max(200).optional() })

export const rateBody = z.strictObject({ rating: z.union([z.literal(1), z.literal(-1)]), comment: z.string().trim().max(2_000).nullish() })
export type RateRequest = z.input<typeof rateBody>
export const ratingSchema = z.object({ message_id: z.string(), rating: z.number().int(), comment: z.string().nullable(), updated_at: z.string() })
export type Rating = z.infer<typeof ratingSchema>

export const askBody = z.strictObject({
  content: z
    .string()
    .max(MAX_QUESTION_CHARS, `must be at most ${MAX_QUESTION_CHARS} characters`)
    .refine((c) => c.trim().length > 0, 'must not be empty'),
  options: z
    .strictObject({
      k: z.number().int().min(1).max(20).optional(),
      scope: z.enum(['all', 'corpus', 'documents']).optional(),
      /** Restrict the shared sources to one collection (`quran`, `bukhari`, …) or one kind. */
      collection: z.string().min(1).max(64).optional(),
      kind: z.enum(['quran', 'hadith']).optional(),
      madhhab: z.enum(['hanafi', 'maliki', 'shafii', 'hanbali']).optional(),
    })
    .optional(),
})
export type AskRequest = z.input<typeof askBody>
export type AskOptions = NonNullable<z.infer<typeof askBody>['options']>

/** What the quotation check changed in a generated answer (the saved content is the corrected one). */
export const correctionsSchema = z.object({
  /** [n] numbers that cite no source (removed). */
  unknown_citations: z.array(z.number().int()),
  /** Verse references that do not exist or that no cited passage supports (flagged), or that name other verses than the quote beside them (replaced by the right ones). */
  invalid_references: z.array(z.string()),
  /** Verses quoted with words changed, replaced by their authentic text. */
  corrected_quotes: z.array(z.object({ quoted: z.string(), reference: z.string() })),
  /** Quotations found in no source nor in the Qur'an (marked). */
  removed_quotes: z.array(z.string()),
})
export type Corrections = z.infer<typeof correctionsSchema>

export const askResultSchema = z.object({
  user_message: messageSchema,
  assistant_message: messageSchema,
  corrections: correctionsSchema.optional(),
  /** Generated sentences that state something without citing a source (flagged, kept). */
  uncited_sentences: z.array(z.string()).optional(),
})
export type AskResult = z.infer<typeof askResultSchema>

/** A conversation exported as JSON: everything it holds, with each answer's sources. */
export const conversationExportSchema = conversationWithMessagesSchema.extend({ exported_at: z.string(), format: z.literal('fiqh-rag.conversation.v1') })
export const exportQuery = z.strictObject({ format: z.enum(['markdown', 'json']).default('markdown') })
