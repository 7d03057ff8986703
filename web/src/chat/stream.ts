import { authedFetch } from '../api/client'
import { ApiError, errorFrom, networkError } from '../api/errors'
import type { Message, Source } from '../api/types'
import { SseParser } from '../lib/sse'

export interface AskOptions {
  scope?: 'all' | 'corpus' | 'documents'
}

export interface Answered {
  message: Message
  user_message: Message
}

/**
 * Asks a question and reads the answer as it is written: `sources` once, `token` many, then `done`
 * with the saved messages. Errors before the stream opens (404, 409, 429…) are HTTP errors;
 * an `error` event or a stream cut short becomes an ApiError too.
 */
export async function streamAnswer(
  conversationId: string,
  content: string,
  options: AskOptions,
  on: { sources: (s: Source[]) => void; token: (text: string) => void },
  signal: AbortSignal,
): Promise<Answered> {
  const res = await authedFetch(`/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ content, ...(options.scope && options.scope !== 'all' ? { options: { scope: options.scope } } : {}) }),
    signal,
  })
  if (!res.ok) throw await errorFrom(res)
  if (!res.body) throw networkError()
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
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
      for (const ev of parser.feed(chunk.value)) {
        const data = JSON.parse(ev.data) as Record<string, unknown>
        if (ev.event === 'sources') on.sources(data.sources as Source[])
        else if (ev.event === 'token') on.token(String(data.text ?? ''))
        else if (ev.event === 'done') return data as unknown as Answered
        else if (ev.event === 'error') throw new ApiError(503, String(data.code ?? 'answer_failed'), String(data.message ?? ''), data.details, undefined, data.request_id as string | undefined)
      }
    }
  } finally {
    reader.releaseLock()
  }
  throw networkError()
}
