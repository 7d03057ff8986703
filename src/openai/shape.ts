import { randomUUID } from 'node:crypto'
import { CHAT_MODEL_ID, type ChatCompletion, type ChatCompletionChunk } from '../contract/openai'
import type { ChatAnswer } from './service'

/** What every chunk of one completion shares, as OpenAI sends it. */
export function completionHead() {
  return { id: `chatcmpl-${randomUUID()}`, created: Math.floor(Date.now() / 1000), model: CHAT_MODEL_ID }
}
type Head = ReturnType<typeof completionHead>

const extrasOf = (a: ChatAnswer) => ({
  sources: a.sources,
  ...(a.corrections ? { corrections: a.corrections } : {}),
  ...(a.uncitedSentences.length > 0 ? { uncited_sentences: a.uncitedSentences } : {}),
})

export function completion(head: Head, a: ChatAnswer): ChatCompletion {
  return {
    ...head,
    object: 'chat.completion',
    system_fingerprint: a.answeredBy,
    choices: [{ index: 0, message: { role: 'assistant', content: a.content, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: a.usage,
    ...extrasOf(a),
  }
}

const chunk = (head: Head, delta: ChatCompletionChunk['choices'][number]['delta'], finish: 'stop' | null = null): ChatCompletionChunk => ({
  ...head,
  object: 'chat.completion.chunk',
  choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
})

/** The first chunk: the role, before any text (clients open the assistant's message with it). */
export const roleChunk = (head: Head) => chunk(head, { role: 'assistant', content: '' })

/**
 * The rest of a streamed answer, in order: its text a word at a time, the closing chunk (`finish_reason: stop`,
 * with the sources and what the check changed), then — when the client asked for it — the usage chunk.
 */
export function answerChunks(head: Head, a: ChatAnswer, includeUsage: boolean): ChatCompletionChunk[] {
  const words = a.content.split(/(?<=\s)/).filter(Boolean)
  const fingerprint = { system_fingerprint: a.answeredBy }
  const out = words.map((w) => ({ ...chunk(head, { content: w }), ...fingerprint }))
  out.push({ ...chunk(head, {}, 'stop'), ...fingerprint, ...extrasOf(a) })
  if (includeUsage) out.push({ ...head, object: 'chat.completion.chunk', ...fingerprint, choices: [], usage: a.usage })
  return out
}
