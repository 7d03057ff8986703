import { z } from 'zod'
import { messageSchema, correctionsSchema } from './conversations'
import { errorInfoSchema } from './errors'
import { sourceSchema } from './sources'

/**
 * The Server-Sent Events of an answer (`POST …/messages` with `Accept: text/event-stream`), in order:
 * `sources` once, `token` many, then `done` with the saved messages, or `error` (nothing saved).
 */
export const answerEventSchemas = {
  sources: z.object({ sources: z.array(sourceSchema) }),
  token: z.object({ text: z.string() }),
  done: z.object({
    message: messageSchema,
    user_message: messageSchema,
    corrections: correctionsSchema.optional(),
    uncited_sentences: z.array(z.string()).optional(),
  }),
  error: errorInfoSchema,
}

export type AnswerEventName = keyof typeof answerEventSchemas
export type AnswerEventData<K extends AnswerEventName> = z.infer<(typeof answerEventSchemas)[K]>
/** One event as a tagged union, for a reader that switches on its name. */
export type AnswerEvent = { [K in AnswerEventName]: { event: K; data: AnswerEventData<K> } }[AnswerEventName]
export const ANSWER_EVENT_NAMES = Object.keys(answerEventSchemas) as AnswerEventName[]
