import { GoogleGenAI } from '@google/genai'
import OpenAI from 'openai'
import type { Logger } from 'pino'
import { AppError } from '../../errors'
import { condensePrompt, historyWithin, parseRanking, parseRewrites, rerankPrompt, rewritePrompt, systemPrompt, titlePrompt, userPrompt } from './prompt'
import type { Lang } from '../text/analyze'
import type { AnswerProvider, AnswerRequest } from './provider'

export class LlmUnavailable extends AppError {
  constructor(detail: string) {
    super(503, 'llm_unavailable', `The language model is unavailable (${detail}). Try again shortly.`)
  }
}

/** A generative provider can also rewrite a follow-up into a standalone question. */
export interface GenerativeProvider extends AnswerProvider {
  condense(history: AnswerRequest['history'], question: string, signal: AbortSignal): Promise<string>
  /** A short title for a conversation that starts with this question. */
  title(question: string, signal: AbortSignal): Promise<string>
  /** The question as up to three search queries in the sources' own vocabulary (Arabic and English included). */
  rewrite(question: string, lang: Lang, signal: AbortSignal): Promise<string[]>
  /** The candidates' ids, most relevant first (those left out did not address the question). */
  rerank(question: string, candidates: ReadonlyArray<{ id: string; reference: string; text: string }>, signal: AbortSignal): Promise<string[]>
}

export function isGenerative(provider: AnswerProvider | GenerativeProvider): provider is GenerativeProvider {
  return provider.mode === 'generative' && 'rerank' in provider
}

interface Streamer {
  stream(system: string, turns: Array<{ role: 'user' | 'assistant'; content: string }>, signal: AbortSignal): AsyncIterable<string>
}

const statusOf = (err: unknown): number | undefined => {
  const e = err as { status?: number; code?: number; response?: { status?: number } }
  return e.status ?? (typeof e.code === 'number' ? e.code : undefined) ?? e.response?.status
}
const retryable = (err: unknown) => {
  const status = statusOf(err)
  return status === undefined || status === 429 || status >= 500
}

/**
 * Retries (429, 5xx, network) with backoff while nothing has been streamed yet; a timeout bounds the wait
 * for the first piece and between pieces; the caller's signal cancels everything.
 */
function resilient(streamer: Streamer, logger: Logger, timeoutMs: number, attempts = 3): Streamer {
  return {
    async *stream(system, turns, signal) {
      for (let attempt = 1; ; attempt++) {
        const local = new AbortController()
        const onAbort = () => local.abort()
        signal.addEventListener('abort', onAbort)
        let timer = setTimeout(() => local.abort(), timeoutMs)
        let yielded = false
        try {
          for await (const piece of streamer.stream(system, turns, local.signal)) {
            clearTimeout(timer)
            timer = setTimeout(() => local.abort(), timeoutMs)
            yielded = true
            yield piece
          }
          return
        } catch (err) {
          if (signal.aborted) return
          const reason = local.signal.aborted ? 'timeout' : `status ${statusOf(err) ?? 'network'}`
          if (yielded || attempt >= attempts || (!local.signal.aborted && !retryable(err))) {
            logger.warn({ err: (err as Error).message, attempt }, 'language model failed')
            throw new LlmUnavailable(reason)
          }
          await new Promise((r) => setTimeout(r, 300 * 3 ** (attempt - 1)))
        } finally {
          clearTimeout(timer)
          signal.removeEventListener('abort', onAbort)
        }
      }
    },
  }
}

function generative(model: string, streamer: Streamer): GenerativeProvider {
  const complete = async (system: string, prompt: string, signal: AbortSignal) => {
    let out = ''
    for await (const piece of streamer.stream(system, [{ role: 'user', content: prompt }], signal)) out += piece
    return out
  }
  return {
    mode: 'generative',
    model,
    async *generate(req, { signal }) {
      const turns = [...historyWithin(req.history), { role: 'user' as const, content: userPrompt(req) }]
      yield* streamer.stream(systemPrompt(req.lang), turns, signal)
    },
    async condense(history, question, signal) {
      const out = await complete('You rewrite questions. Reply with the rewritten question only.', condensePrompt(history, question), signal)
      const standalone = out.trim().split('\n')[0]!.trim()
      return standalone.length > 0 && standalone.length <= 1_000 ? standalone : question
    },
    async rewrite(question, lang, signal) {
      return parseRewrites(await complete('You write search queries. Reply with the queries only.', rewritePrompt(question, lang), signal))
    },
    async rerank(question, candidates, signal) {
      const ranking = parseRanking(await complete('You rank passages. Reply with passage ids only.', rerankPrompt(question, candidates), signal), new Set(candidates.map((c) => c.id)))
      if (ranking.length === 0) throw new LlmUnavailable('no passage id in the ranking')
      return ranking
    },
    async title(question, signal) {
      return (await complete('You write titles. Reply with the title only.', titlePrompt(question), signal))
        .trim()
        .split('\n')[0]!
        .replace(/^["'«“]+|["'»”.]+$/g, '')
        .trim()
    },
  }
}

export function createGeminiProvider(opts: { apiKey: string; model: string; baseUrl?: string; timeoutMs: number; logger: Logger }): GenerativeProvider {
  const ai = new GoogleGenAI({ apiKey: opts.apiKey, ...(opts.baseUrl ? { httpOptions: { baseUrl: opts.baseUrl } } : {}) })
  const streamer: Streamer = {
    async *stream(system, turns, signal) {
      const response = await ai.models.generateContentStream({
        model: opts.model,
        contents: turns.map((t) => ({ role: t.role === 'assistant' ? 'model' : 'user', parts: [{ text: t.content }] })),
        config: { systemInstruction: system, temperature: 0.2, abortSignal: signal },
      })
      for await (const chunk of response) {
        const text = chunk.text
        if (text) yield text
      }
    },
  }
  return generative(`gemini:${opts.model}`, resilient(streamer, opts.logger, opts.timeoutMs))
}

export function createOpenAiProvider(opts: { baseUrl: string; apiKey?: string; model: string; timeoutMs: number; logger: Logger }): GenerativeProvider {
  // Retries are ours (they must stop once text has been streamed), so the SDK's own are off.
  const client = new OpenAI({ baseURL: opts.baseUrl, apiKey: opts.apiKey ?? 'not-needed', maxRetries: 0 })
  const streamer: Streamer = {
    async *stream(system, turns, signal) {
      const stream = await client.chat.completions.create({ model: opts.model, stream: true, temperature: 0.2, messages: [{ role: 'system', content: system }, ...turns] }, { signal })
      for await (const chunk of stream) {
        const text = chunk.choices[0]?.delta?.content
        if (text) yield text
      }
    },
  }
  return generative(`openai:${opts.model}`, resilient(streamer, opts.logger, opts.timeoutMs))
}
