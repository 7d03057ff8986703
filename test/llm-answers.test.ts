import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startFakeLlm, defaultReply, type FakeLlm } from './helpers/fake-llm'
import { startTestApp, type TestApp } from './helpers/app'
import { parseSse } from './helpers/sse'

let fake: FakeLlm
before(async () => {
  fake = await startFakeLlm()
})
after(() => fake.close())

const providers: Array<[string, () => Record<string, string>, RegExp, (body: any) => string]> = [
  [
    'Gemini (@google/genai)',
    () => ({ ANSWER_PROVIDER: 'gemini', GEMINI_API_KEY: 'fake-key', GEMINI_BASE_URL: fake.url, GEMINI_MODEL: 'gemini-2.5-flash', LLM_TIMEOUT_MS: '5000' }),
    /:streamGenerateContent$/,
    (b) => b.systemInstruction.parts[0].text,
  ],
  [
    'OpenAI-compatible (openai)',
    () => ({ ANSWER_PROVIDER: 'openai', OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: 'qwen2.5', LLM_TIMEOUT_MS: '5000' }),
    /\/v1\/chat\/completions$/,
    (b) => b.messages[0].content,
  ],
]

for (const [name, env, path, systemOf] of providers) {
  describe(`generative answers through ${name}, against a local server speaking its protocol`, () => {
    let t: TestApp
    let token: string
    before(async () => {
      t = await startTestApp(env())
      await t.indexQuran([2, 9])
      token = (await t.newUser()).access
    })
    after(() => t.close())
    const conversation = async () => (await t.request('POST', '/api/v1/conversations', { token, body: {} })).body.id as string
    const ask = (id: string, content: string, headers: Record<string, string> = {}) => t.request('POST', `/api/v1/conversations/${id}/messages`, { token, body: { content }, headers })

    test('fr/en/ar questions on fasting and zakat: the model gets numbered sources and answers with [n]', async () => {
      fake.reply = defaultReply
      for (const [question, surah, from, to] of [
        ['Le jeûne est-il prescrit aux croyants ?', 2, 183, 187],
        ['Is fasting prescribed for the believers?', 2, 183, 187],
        ['هل الصيام مكتوب على المؤمنين؟', 2, 183, 187],
        ['Qui sont les bénéficiaires de la zakat ?', 9, 60, 60],
        ['Who is entitled to receive zakat?', 9, 60, 60],
        ['ما هي مصارف الزكاة؟', 9, 60, 60],
      ] as const) {
        const before = fake.requests.length
        const r = await ask(await conversation(), question)
        assert.equal(r.status, 201, r.text)
        const a = r.body.assistant_message
        assert.equal(a.mode, 'generative')
        assert.match(a.model, /^(gemini:gemini-2\.5-flash|openai:qwen2\.5)$/)
        assert.ok(
          a.sources.some((s: any) => s.verses?.surah === surah && s.verses.from >= from && s.verses.from <= to),
          a.sources.map((s: any) => s.reference).join(),
        )
        assert.match(a.content, /\[1\]/)
        const call = fake.requests.slice(before).find((q) => path.test(q.path))!
        assert.match(systemOf(call.body), /Answer ONLY from the numbered sources/)
        assert.match(JSON.stringify(call.body), /<sources>/)
      }
    })

    test('SSE: sources, tokens as the model streams them, done with the saved message', async () => {
      fake.reply = () => "Le jeûne est prescrit aux croyants [1], comme à ceux d'avant eux [1]."
      const r = await ask(await conversation(), 'Le jeûne est-il prescrit ?', { accept: 'text/event-stream' })
      const events = parseSse(r.text)
      assert.deepEqual([events[0]!.event, events.at(-1)!.event], ['sources', 'done'])
      const tokens = events.filter((e) => e.event === 'token').map((e) => e.data.text)
      assert.ok(tokens.length >= 8)
      assert.equal(tokens.join(''), events.at(-1)!.data.message.content)
      assert.equal(events.at(-1)!.data.corrections, undefined)
    })

    test("a wrong Qur'an reference and an unknown [n] from the model are caught before saving", async () => {
      fake.reply = () => 'Le jeûne est prescrit (Coran 2:183) [1]. Voir aussi Coran 2:999 [9].'
      const r = await ask(await conversation(), 'Le jeûne est-il prescrit ?')
      assert.equal(r.status, 201)
      assert.deepEqual(r.body.corrections, { unknown_citations: [9], invalid_references: ['Coran 2:999'], corrected_quotes: [], removed_quotes: [] })
      assert.doesNotMatch(r.body.assistant_message.content, /2:999|\[9\]/)
      assert.match(r.body.assistant_message.content, /Coran 2:183\) \[1\]/)
      assert.match(r.body.assistant_message.content, /\[référence non vérifiée retirée\]/)
    })

    test("a verse the model quotes from memory with a word changed is replaced by the authentic text, in the stream's done too", async () => {
      fake.reply = () => 'Le jeûne est prescrit [1] : « يا أيها الذين آمنوا فرض عليكم الصيام كما فرض على الذين من قبلكم ». Un savant : « الصيام في السفر جائز لمن قدر عليه » [1].'
      const id = await conversation()
      const r = await ask(id, 'Le jeûne est-il prescrit ?', { accept: 'text/event-stream' })
      const done = parseSse(r.text).at(-1)!
      assert.equal(done.event, 'done')
      assert.deepEqual(
        done.data.corrections.corrected_quotes.map((c: any) => c.reference),
        ['Coran 2:183'],
      )
      assert.deepEqual(done.data.corrections.removed_quotes, ['الصيام في السفر جائز لمن قدر عليه'])
      const saved = done.data.message.content as string
      assert.doesNotMatch(saved, /فرض|جائز/)
      assert.match(saved, /» \(Coran 2:183\)\. Un savant : \[citation non vérifiée retirée\] \[1\]\.$/)
      const stored = await t.request('GET', `/api/v1/conversations/${id}`, { token })
      assert.equal(stored.body.messages.at(-1).content, saved, 'the corrected text is what was saved')
    })

    test('uncited statements are flagged; the conversation gets a title from the model', async () => {
      fake.reply = (prompt) => (/Write a title/.test(prompt) ? 'Le jeûne des croyants' : 'Le jeûne est prescrit aux croyants [1]. Il dure du lever du jour à la tombée de la nuit pour tous.')
      const id = await conversation()
      const r = await ask(id, 'Le jeûne est-il prescrit ?')
      assert.deepEqual(r.body.uncited_sentences, ['Il dure du lever du jour à la tombée de la nuit pour tous.'])
      assert.equal((await t.request('GET', `/api/v1/conversations/${id}`, { token })).body.title, 'Le jeûne des croyants')
    })

    test('one failure is retried; a provider that stays down falls back to the extractive answer', async () => {
      fake.reply = defaultReply
      fake.failNext(503, 1)
      const retried = await ask(await conversation(), 'zakat')
      assert.equal(retried.body.assistant_message.mode, 'generative')
      fake.failNext(503, 3)
      const down = await ask(await conversation(), 'Qui sont les bénéficiaires de la zakat ?')
      assert.equal(down.status, 201)
      assert.equal(down.body.assistant_message.mode, 'extractive')
      assert.match(down.body.assistant_message.model, /fallback/)
      assert.match(down.body.assistant_message.content, /\[1\]/)
    })

    test('a follow-up is condensed into a standalone question before retrieval', async () => {
      fake.reply = defaultReply
      const id = await conversation()
      await ask(id, 'Le jeûne est-il prescrit ?')
      const before = fake.requests.length
      const r = await ask(id, 'Et pour le voyageur ?')
      assert.equal(r.status, 201)
      assert.ok(
        fake.requests.slice(before).some((q) => /Rewrite the last question/.test(JSON.stringify(q.body))),
        'a rewrite was asked',
      )
      const history = (await t.request('GET', `/api/v1/conversations/${id}`, { token })).body.messages
      assert.equal(history.length, 4)
    })

    test('a reader who leaves mid-answer cancels generation, and nothing is saved', async () => {
      fake.reply = () => `${Array.from({ length: 60 }, (_, i) => `mot${i}`).join(' ')} [1]`
      fake.chunkDelayMs = 30
      const address = await t.app.listen({ port: 0, host: '127.0.0.1' })
      const id = await conversation()
      const controller = new AbortController()
      const res = await fetch(`${address}/api/v1/conversations/${id}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
        body: JSON.stringify({ content: 'Le jeûne est-il prescrit ?' }),
        signal: controller.signal,
      })
      const cancelledBefore = fake.cancelled
      const reader = res.body!.getReader()
      let seen = ''
      while (!seen.includes('event: token')) seen += new TextDecoder().decode((await reader.read()).value)
      controller.abort()
      await new Promise((r) => setTimeout(r, 500))
      fake.chunkDelayMs = 0
      const saved = await t.request('GET', `/api/v1/conversations/${id}`, { token })
      assert.deepEqual(saved.body.messages, [], 'neither the question nor a partial answer was saved')
      assert.equal(fake.cancelled, cancelledBefore + 1, "the model's stream was cut too")
      const again = await t.request('POST', `/api/v1/conversations/${id}/messages`, { token, body: { content: 'zakat' } })
      assert.equal(again.status, 201, 'the conversation is free again')
    })

    test('tokens reach the reader while the model is still writing (no buffering on the way)', async () => {
      fake.reply = () => `${Array.from({ length: 20 }, (_, i) => `mot${i}`).join(' ')} [1]`
      fake.chunkDelayMs = 30
      const address = t.app.server.listening ? `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}` : await t.app.listen({ port: 0, host: '127.0.0.1' })
      const res = await fetch(`${address}/api/v1/conversations/${await conversation()}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', 'content-type': 'application/json' },
        body: JSON.stringify({ content: 'Le jeûne est-il prescrit ?' }),
      })
      const chunks: string[] = []
      for await (const chunk of res.body!) chunks.push(Buffer.from(chunk as Uint8Array).toString('utf8'))
      fake.chunkDelayMs = 0
      const firstToken = chunks.findIndex((c) => c.includes('event: token'))
      const done = chunks.findIndex((c) => c.includes('event: done'))
      assert.ok(firstToken >= 0 && done > firstToken, 'the first token arrived in an earlier read than the end')
      assert.ok(chunks.filter((c) => c.includes('event: token')).length >= 10, 'tokens arrived over many reads')
    })
  })
}
