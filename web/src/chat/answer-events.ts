import { ANSWER_EVENT_NAMES } from '../../../src/contract/constants'
import type { AnswerEvent, AnswerEventName } from '../api/types'
import type { SseEvent } from '../lib/sse'

const isAnswerEventName = (name: string): name is AnswerEventName => (ANSWER_EVENT_NAMES as readonly string[]).includes(name)

/** An event of the answer stream as the contract's tagged union; null for a name it does not know. */
export function answerEvent(ev: SseEvent): AnswerEvent | null {
  if (!isAnswerEventName(ev.event)) return null
  // The server writes each event's data from answerEventSchemas[name]: the name decides the shape.
  return { event: ev.event, data: JSON.parse(ev.data) } as AnswerEvent
}
