import type { Source } from '../../contract/sources'
import type { Lang } from '../text/analyze'

/** What a provider needs to answer: the question, its language, the numbered sources and the recent turns. */
export interface AnswerRequest {
  question: string
  lang: Lang
  sources: Source[]
  history: Array<{ role: 'user' | 'assistant'; content: string }>
}

/** Streams an answer as text pieces; `signal` aborts generation (client gone, timeout). */
export interface AnswerProvider {
  readonly mode: 'generative' | 'extractive'
  readonly model: string
  generate(request: AnswerRequest, opts: { signal: AbortSignal }): AsyncIterable<string>
}
