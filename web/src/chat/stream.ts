import { api } from '../api/endpoints'
import { ApiError, networkError } from '../api/errors'
import type { AnswerEventData, AskOptions, Source } from '../api/types'
import { SseParser } from '../lib/sse'
import { answerEvent } from './answer-events'

type Answered = AnswerEventData<'done'>

/**
 * Asks a question and reads the answer as it is written: `sources` once, `token` many, then `done`
 * with the saved messages. Errors before the stream opens (404, 409, 429…) are HTTP errors;
 * an `error` event or a stream cut short becomes an ApiError too.
 */
export async function streamAnswer(
  conversationId: string,
  content: string,
  options: Pick<AskOptions, 'scope' | 'kind' | 'collection'>,
  on: { sources: (s: Source[]) => void; token: (text: string) => void },
  signal: AbortSignal,
): Promise<Answered> {
  // Only what narrows the search is sent: the defaults (all scopes, every collection) go without saying.
  const narrowed = Object.fromEntries(Object.entries(options).filter(([k, v]) => v !== undefined && !(k === 'scope' && v === 'all')))
  const scoped = Object.keys(narrowed).length > 0 ? { options: narrowed as AskOptions } : {}
  const body = await api.conversations.ask(conversationId, { content, ...scoped }, signal)
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  const parser = new SseParser()
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<string>
      try {
        chunk = await reader.read()
      } catch (err) {
        if (signal.aborted) throw err
        throw networkError()
      }
      if (chunk.done) break
      for (const raw of parser.feed(chunk.value)) {
        const ev = answerEvent(raw)
        switch (ev?.event) {
          case 'sources':
            on.sources(ev.data.sources)
            break
          case 'token':
            on.token(ev.data.text)
            break
          case 'done':
            return ev.data
          case 'error':
            throw new ApiError(503, ev.data.code, ev.data.message, ev.data.details, undefined, ev.data.request_id)
        }
      }
    }
  } finally {
    reader.releaseLock()
  }
  throw networkError()
}
