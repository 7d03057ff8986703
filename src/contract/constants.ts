/**
 * The contract's plain values. This module imports nothing (no zod), so the page may import values from it
 * without bundling a schema library; the zod modules beside it read their limits from here.
 */

/** The longest question a message may carry, in characters. */
export const MAX_QUESTION_CHARS = 4_000

/** The Server-Sent Events of an answer, in the order they come (`done` or `error` ends the stream). */
export const ANSWER_EVENT_NAMES = ['sources', 'token', 'done', 'error'] as const
export type AnswerEventName = (typeof ANSWER_EVENT_NAMES)[number]
