import { startFakeLlm } from '../test/helpers/fake-llm'
import { startServerProcess } from '../test/helpers/process'
import type { BenchQuery } from './queries'
import { authHeader } from './session'
import { eventNames } from './sse'
import { percentile } from './stats'

export interface AnswerTimings {
  mode: string
  questions: number
  /** Request sent → `sources` event (retrieval done). */
  sources_p50_ms: number
  /** Request sent → first `token` event. */
  first_token_p50_ms: number
  first_token_p95_ms: number
  /** Request sent → `done` (answer checked and saved). */
  total_p50_ms: number
  total_p95_ms: number
}

interface Session {
  base: string
  auth: Record<string, string>
}

/** Asks one question in a fresh conversation over SSE and times its events as the client sees them. */
async function timeOneAnswer(s: Session, question: string): Promise<{ sources: number; firstToken: number; total: number }> {
  const conv = (await (await fetch(`${s.base}/api/v1/conversations`, { method: 'POST', headers: { ...s.auth, 'content-type': 'application/json' }, body: '{}' })).json()) as { id: string }
  const t0 = performance.now()
  const res = await fetch(`${s.base}/api/v1/conversations/${conv.id}/messages`, {
    method: 'POST',
    headers: { ...s.auth, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ content: question }),
  })
  if (!res.ok || !res.body) throw new Error(`answer failed: HTTP ${res.status} ${await res.text()}`)
  const at: Record<string, number> = {}
  for await (const event of eventNames(res.body)) {
    if (event === 'error') throw new Error('the answer ended with an error event')
    if (event && at[event] === undefined) at[event] = performance.now() - t0
  }
  if (at.done === undefined || at.token === undefined || at.sources === undefined) throw new Error(`incomplete stream: ${JSON.stringify(at)}`)
  return { sources: at.sources, firstToken: at.token, total: at.done }
}

/**
 * Starts the server on `dataDir` once per answer mode (extractive; Gemini and OpenAI-compatible through a
 * local server speaking their wire protocols, answering at once, so the figures are the pipeline's own
 * cost: retrieval, prompt, SDK, check, save) and times `questions` answered over SSE in each.
 */
export async function answerLatencyByMode(env: Record<string, string>, login: { email: string; password: string }, questions: BenchQuery[], log: (line: string) => void): Promise<AnswerTimings[]> {
  const fake = await startFakeLlm()
  const modes: Array<[string, Record<string, string>]> = [
    ['extractive', { ANSWER_PROVIDER: 'extractive' }],
    ['gemini (fake server)', { ANSWER_PROVIDER: 'gemini', GEMINI_API_KEY: 'bench', GEMINI_BASE_URL: fake.url }],
    ['openai-compatible (fake server)', { ANSWER_PROVIDER: 'openai', OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: 'bench-model' }],
  ]
  const out: AnswerTimings[] = []
  try {
    for (const [mode, extra] of modes) {
      log(`answers: ${questions.length} questions, ${mode}…`)
      const server = await startServerProcess({ ...env, ...extra, RATE_LIMIT_AUTH_PER_MIN: '1000', CONVERSATIONS_PER_MIN: '10000' }, { ready: true })
      try {
        const session = { base: server.base, auth: await authHeader(server.base, login.email, login.password) }
        for (const q of questions.slice(0, 2)) await timeOneAnswer(session, q.text) // warm-up
        const times = []
        for (const q of questions) times.push(await timeOneAnswer(session, q.text))
        out.push({
          mode,
          questions: times.length,
          sources_p50_ms: percentile(
            times.map((t) => t.sources),
            50,
          ),
          first_token_p50_ms: percentile(
            times.map((t) => t.firstToken),
            50,
          ),
          first_token_p95_ms: percentile(
            times.map((t) => t.firstToken),
            95,
          ),
          total_p50_ms: percentile(
            times.map((t) => t.total),
            50,
          ),
          total_p95_ms: percentile(
            times.map((t) => t.total),
            95,
          ),
        })
      } finally {
        await server.stop()
      }
    }
  } finally {
    await fake.close()
  }
  return out
}
