import { z } from 'zod'
import type { AnswerEventName } from './constants'
import { correctionsSchema, messageSchema } from './conversations'
import { errorInfoSchema } from './errors'
import { sourceSchema } from './sources'

/**
 * The Server-Sent Events of an answer (`POST …/messages` with `Accept: text/event-stream`), in order:
 * `sources` once, `token` many, then `done` with the saved messages, or `error` (nothing saved).
 * Their names are ANSWER_EVENT_NAMES (constants.ts, importable by the page); `satisfies` keeps both in step.
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
} satisfies Record<AnswerEventName, z.ZodType>

export type { AnswerEventName }
export type AnswerEventData<K extends AnswerEventName> = z.infer<(typeof answerEventSchemas)[K]>
/** One event as a tagged union, for a reader that switches on its name. */
export type AnswerEvent = { [K in AnswerEventName]: { event: K; data: AnswerEventData<K> } }[AnswerEventName]
