import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import pino from 'pino'
import type { GenerativeProvider } from '../src/rag/answer/llm'
import { createModelSearch } from '../src/rag/answer/model-retrieval'
import { defaultReply, startFakeLlm, type FakeLlm } from './helpers/fake-llm'
import { startTestApp, type TestApp } from './helpers/app'

let fake: FakeLlm
before(async () => {
  fake = await startFakeLlm()
})
after(() => fake.close())

const isRewrite = (prompt: string) => /search queries for a library/.test(prompt)
const isRerank = (prompt: string) => /Order the passages/.test(prompt)
/** The candidates of a rerank prompt: id and reference, in the order listed. */
const listed = (prompt: string) => [...prompt.matchAll(/^\[(c\d+)\] (.+?): /gm)].map((m) => ({ id: m[1]!, reference: m[2]! }))
const promptOf = (body: any): string => JSON.stringify(body)

const providers: Array<[string, () => Record<string, string>]> = [
  ['Gemini (@google/genai)', () => ({ ANSWER_PROVIDER: 'gemini', GEMINI_API_KEY: 'fake-key', GEMINI_BASE_URL: fake.url, LLM_TIMEOUT_MS: '5000' })],
  ['OpenAI-compatible (openai)', () => ({ ANSWER_PROVIDER: 'openai', OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: 'qwen2.5', LLM_TIMEOUT_MS: '5000' })],
]

for (const [name, env] of providers) {
  describe(`retrieval with the model (${name}): the question rewritten, the candidates reranked`, () => {
    let t: TestApp
    let token: string
    before(async () => {
      t = await startTestApp({ ...env(), MODEL_RETRIEVAL: 'true' })
      await t.indexQuran([2, 4, 9])
      token = (await t.newUser()).access
    })
    after(() => t.close())
    const ask = async (content: string) => {
      const id = (await t.request('POST', '/api/v1/conversations', { token, body: {} })).body.id as string
      const r = await t.request('POST', `/api/v1/conversations/${id}/messages`, { token, body: { content } })
      assert.equal(r.status, 201, r.text)
      return r.body.assistant_message as { sources: Array<{ reference: string; n: number; verses?: { surah: number; from: number } }> }
    }

    test("the Arabic rewrite is searched too, and the answer's sources come in the model's order", async () => {
      let ranked: string[] = []
      fake.reply = (prompt) => {
        if (isRewrite(prompt)) return '1. قصر الصلاة في السفر\n2. shortening the prayer when travelling in the land'
        if (isRerank(prompt)) {
          // A model that puts 4:101 first and reverses the rest: an order the lexical ranking never gives.
          const all = listed(prompt)
          const first = all.filter((c) => /4:101\b/.test(c.reference))
          ranked = [...first, ...all.filter((c) => !first.includes(c)).reverse()].map((c) => c.reference)
          return [...first, ...all.filter((c) => !first.includes(c)).reverse()].map((c) => c.id).join(', ')
        }
        return defaultReply(prompt)
      }
      const before = fake.requests.length
      const answer = await ask('Can a traveller shorten prayers?')
      const calls = fake.requests.slice(before).map((r) => promptOf(r.body))
      assert.equal(calls.filter(isRewrite).length, 1, 'one rewrite')
      assert.equal(calls.filter(isRerank).length, 1, 'one rerank')
      const rerank = calls.find(isRerank)!
      assert.ok(listed(rerank.replace(/\\n/g, '\n')).length <= 30)
      assert.ok(ranked.length > 6, 'the model saw more candidates than the answer cites')
      const lexical = await t.request('POST', '/api/v1/search', { token, body: { query: 'Can a traveller shorten prayers?', k: 30 } })
      const plain = new Set(lexical.body.items.map((s: { reference: string }) => s.reference))
      assert.ok(
        ranked.some((r) => !plain.has(r)),
        "the rewrites brought candidates the reader's words alone do not",
      )
      assert.deepEqual(
        answer.sources.map((s) => s.reference),
        ranked.slice(0, answer.sources.length),
      )
      assert.deepEqual(
        answer.sources.map((s) => s.n),
        answer.sources.map((_, i) => i + 1),
      )
      assert.equal(answer.sources[0]!.verses?.surah, 4)
    })

    test('a ranking without a known id, and an empty rewrite, leave the lexical order of /search', async () => {
      fake.reply = (prompt) => (isRewrite(prompt) ? '' : isRerank(prompt) ? 'c999, the passages are all relevant' : defaultReply(prompt))
      const question = 'Who is entitled to receive zakat?'
      const answer = await ask(question)
      const search = await t.request('POST', '/api/v1/search', { token, body: { query: question, k: answer.sources.length } })
      assert.deepEqual(
        answer.sources.map((s) => s.reference),
        search.body.items.map((s: { reference: string }) => s.reference),
      )
    })

    test('a question the sources do not address asks the model nothing', async () => {
      fake.reply = defaultReply
      const before = fake.requests.length
      const answer = await ask('Quel temps fera-t-il demain à Zanzibar pour le marathon ?')
      assert.equal(answer.sources.length, 0)
      assert.equal(fake.requests.length, before)
    })
  })
}

describe('retrieval with the model: a model that does not answer in time', () => {
  let t: TestApp
  before(async () => {
    t = await startTestApp()
    await t.indexQuran([2])
  })
  after(() => t.close())

  test('both calls are abandoned at the timeout and the lexical order stands', async () => {
    const never = () => new Promise<never>(() => undefined)
    // Only the two retrieval calls matter here; a model that never replies to either.
    const silent = { mode: 'generative', model: 'silent', rewrite: never, rerank: never } as unknown as GenerativeProvider
    const search = createModelSearch({ retriever: t.rt.engine.retriever, provider: silent, timeoutMs: 500, logger: pino({ level: 'silent' }) })
    const scope = { include: 'corpus' as const }
    const started = performance.now()
    const got = await search.search('Le jeûne est-il prescrit ?', { text: 'Le jeûne est-il prescrit ?' }, 5, scope, 'fr', new AbortController().signal)
    const elapsed = performance.now() - started
    const lexical = await t.rt.engine.retriever.search('Le jeûne est-il prescrit ?', 5, scope)
    assert.deepEqual(
      got.items.map((s) => s.reference),
      lexical.items.map((s) => s.reference),
    )
    assert.ok(elapsed >= 1_000 && elapsed < 10_000, `two bounded waits, ${Math.round(elapsed)} ms`)
  })
})
