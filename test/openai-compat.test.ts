import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import OpenAI from 'openai'
import { z } from 'zod'
import { chatCompletionChunkSchema, chatCompletionSchema } from '../src/contract/openai'
import { sourceSchema } from '../src/contract/sources'
import { startFakeLlm, type FakeLlm } from './helpers/fake-llm'
import { makePdf, multipart } from './helpers/files'
import { startTestApp, type TestApp } from './helpers/app'

const MODEL = 'fiqh-assistant'
const FAST = 'Le jeûne est-il prescrit aux croyants ?'
type User = Awaited<ReturnType<TestApp['newUser']>>

const createKey = async (t: TestApp, who: User) => {
  const r = await t.request('POST', '/api/v1/api-keys', { token: who.access, body: { name: 'openai client' } })
  assert.equal(r.status, 201, r.text)
  return r.body as { id: string; key: string }
}
/** The real SDK, pointed at the test server; no retries, so each refusal is seen once. */
const clientFor = (baseURL: string, apiKey: string) => new OpenAI({ apiKey, baseURL: `${baseURL}/v1`, maxRetries: 0 })
const inRange = (sources: Array<z.infer<typeof sourceSchema>>, surah: number, from: number, to: number) =>
  sources.some((s) => s.verses?.surah === surah && s.verses.from >= from && s.verses.from <= to)

/** The SDK's error for a call, checked to be OpenAI's format: `{error: {message, type, param, code}}`, never a 5xx. */
async function refusal(call: Promise<unknown>, status: number, type: string, code: string | null, param: string | null = null): Promise<InstanceType<typeof OpenAI.APIError>> {
  const err = await call.then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => e,
  )
  assert.ok(err instanceof OpenAI.APIError, String(err))
  assert.equal(err.status, status, err.message)
  assert.deepEqual(Object.keys(err.error as object).sort(), ['code', 'message', 'param', 'type'])
  assert.deepEqual({ type: err.type, code: err.code, param: err.param }, { type, code, param }, err.message)
  assert.ok(err.message.length > 10)
  return err
}

describe('the OpenAI-compatible endpoint, through the openai SDK (extractive answers)', () => {
  let t: TestApp
  let base: string
  let alice: User
  let aliceKey: { id: string; key: string }
  let client: OpenAI
  before(async () => {
    t = await startTestApp({ MAX_CONCURRENT_ANSWERS: '2' })
    await t.indexQuran([2, 9])
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    alice = await t.newUser()
    aliceKey = await createKey(t, alice)
    client = clientFor(base, aliceKey.key)
  })
  after(() => t.close())

  test('GET /v1/models lists the one model; retrieving another id is model_not_found', async () => {
    const list = await client.models.list()
    assert.deepEqual(
      list.data.map((m) => [m.id, m.object, m.owned_by, typeof m.created]),
      [[MODEL, 'model', 'fiqh-rag', 'number']],
    )
    assert.equal((await client.models.retrieve(MODEL)).id, MODEL)
    await refusal(client.models.retrieve('gpt-4o'), 404, 'invalid_request_error', 'model_not_found', 'model')
  })

  test('a French question: [n] citations, the source list at the end, the sources beside, usage in words; nothing saved', async () => {
    const r = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: FAST }], temperature: 0.2, max_tokens: 500, user: 'u-1' })
    assert.equal(r.object, 'chat.completion')
    chatCompletionSchema.strict().parse(r)
    assert.equal(r.model, MODEL)
    assert.equal(r.system_fingerprint, 'extractive-v1')
    const choice = r.choices[0]!
    assert.equal(choice.finish_reason, 'stop')
    assert.equal(choice.message.role, 'assistant')
    const content = choice.message.content!
    const sources = z.array(sourceSchema).parse((r as unknown as { sources: unknown }).sources)
    assert.ok(inRange(sources, 2, 183, 187), sources.map((s) => s.reference).join())
    assert.ok(sources.every((s) => s.origin === 'corpus'))
    const [text, list] = content.split('\n\nSources :\n')
    assert.match(text!, /^Voici ce que disent les sources[\s\S]*\[1\]/)
    assert.deepEqual(
      list!.split('\n').map((l) => l.slice(0, l.indexOf(' — '))),
      sources.map((s) => `[${s.n}] ${s.reference}`),
    )
    assert.match(list!, /^\[1\] Coran 2:\d+ — \S/)
    const words = content.match(/\S+/g)!.length
    assert.deepEqual(r.usage, { prompt_tokens: FAST.split(' ').length, completion_tokens: words, total_tokens: FAST.split(' ').length + words })
    assert.deepEqual((await t.request('GET', '/api/v1/conversations', { token: alice.access })).body.items, [], 'no conversation was made')
  })

  test('streaming: the role first, the text in chunks, a stop chunk with the sources, usage, then [DONE]', async (ctx) => {
    const started = performance.now()
    const stream = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: FAST }], stream: true, stream_options: { include_usage: true } })
    const chunks: OpenAI.ChatCompletionChunk[] = []
    let firstText = 0
    for await (const c of stream) {
      if (!firstText && c.choices[0]?.delta.content) firstText = performance.now() - started
      chunks.push(c)
    }
    const total = performance.now() - started
    ctx.diagnostic(`streamed answer: first text after ${firstText.toFixed(0)} ms, complete after ${total.toFixed(0)} ms, ${chunks.length} chunks`)
    assert.deepEqual(chunks[0]!.choices[0]!.delta, { role: 'assistant', content: '' })
    assert.ok(chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === MODEL && c.id === chunks[0]!.id))
    for (const c of chunks) chatCompletionChunkSchema.strict().parse(c)
    const withChoice = chunks.filter((c) => c.choices.length > 0)
    const last = withChoice.at(-1)! as OpenAI.ChatCompletionChunk & { sources?: unknown }
    assert.equal(last.choices[0]!.finish_reason, 'stop')
    assert.ok(withChoice.slice(0, -1).every((c) => c.choices[0]!.finish_reason === null))
    const streamed = withChoice.map((c) => c.choices[0]!.delta.content ?? '').join('')
    assert.ok(withChoice.length > 20, 'the text came in many chunks')
    const whole = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: FAST }] })
    assert.equal(streamed, whole.choices[0]!.message.content, 'the same text as without streaming')
    assert.deepEqual(last.sources, (whole as unknown as { sources: unknown }).sources)
    assert.ok(chunks.at(-1)!.choices.length === 0 && chunks.at(-1)!.usage!.completion_tokens === whole.usage!.completion_tokens)

    // On the wire: OpenAI's `data:` events, ending with [DONE].
    const raw = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${aliceKey.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: FAST }], stream: true }),
    })
    assert.match(raw.headers.get('content-type')!, /^text\/event-stream/)
    assert.ok(raw.headers.get('x-request-id'))
    const events = (await raw.text()).split('\n\n').filter(Boolean)
    assert.equal(events.at(-1), 'data: [DONE]')
    assert.ok(events.slice(0, -1).every((e) => e.startsWith('data: {')))
  })

  test('history: earlier turns give an elliptical follow-up its subject; system messages and text parts are accepted', async () => {
    const first = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: FAST }] })
    const follow = await client.chat.completions.create({
      model: MODEL,
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: FAST },
        { role: 'assistant', content: first.choices[0]!.message.content },
        { role: 'user', content: [{ type: 'text', text: 'Et pour le voyageur ?' }] },
      ],
    })
    const sources = (follow as unknown as { sources: Array<z.infer<typeof sourceSchema>> }).sources
    assert.ok(inRange(sources, 2, 184, 185), `the travel exemption from fasting is found: ${sources.map((s) => s.reference).join(', ')}`)
    const alone = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Et pour le voyageur ?' }] })
    const refs = (r: unknown) => (r as { sources: Array<z.infer<typeof sourceSchema>> }).sources.map((s) => s.reference)
    assert.notDeepEqual(refs(alone), refs(follow), 'the earlier turns change what the follow-up finds')
  })

  test('bad input: OpenAI-format 4xx with the field at fault, never a 500', async () => {
    const ask = (body: Record<string, unknown>) => client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: FAST }], ...body } as never)
    await refusal(ask({ messages: [] }), 400, 'invalid_request_error', 'invalid_value', 'messages')
    const noUser = await refusal(ask({ messages: [{ role: 'system', content: 'Be brief.' }] }), 400, 'invalid_request_error', 'invalid_value', 'messages')
    assert.match(noUser.message, /must include a user message/)
    const lastNotUser = await refusal(
      ask({
        messages: [
          { role: 'user', content: FAST },
          { role: 'assistant', content: 'Oui.' },
        ],
      }),
      400,
      'invalid_request_error',
      'invalid_value',
      'messages',
    )
    assert.match(lastNotUser.message, /last message must be from the user/)
    const model = await refusal(ask({ model: 'gpt-4o' }), 404, 'invalid_request_error', 'model_not_found', 'model')
    assert.match(model.message, /fiqh-assistant/)
    assert.ok(model instanceof OpenAI.NotFoundError)
    const long = await refusal(
      ask({ messages: [{ role: 'user', content: `${'Le jeûne est-il prescrit ? '.repeat(20_000)}` }] }),
      400,
      'invalid_request_error',
      'context_length_exceeded',
      'messages[0].content',
    )
    assert.ok(long instanceof OpenAI.BadRequestError)
    await refusal(ask({ messages: [{ role: 'user', content: '   ' }] }), 400, 'invalid_request_error', 'invalid_value', 'messages[0].content')
    await refusal(ask({ messages: [{ role: 'user', content: 42 }] }), 400, 'invalid_request_error', 'invalid_value', 'messages[0].content')
    const image = await refusal(
      ask({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.org/a.png' } }] }] }),
      400,
      'invalid_request_error',
      'invalid_value',
      'messages[0].content[0].type',
    )
    assert.match(image.message, /only text parts/)
    await refusal(
      ask({
        messages: [
          { role: 'tool', content: 'x', tool_call_id: 'c1' },
          { role: 'user', content: FAST },
        ],
      }),
      400,
      'invalid_request_error',
      'invalid_value',
      'messages[0].role',
    )
    await refusal(ask({ n: 2 }), 400, 'invalid_request_error', 'invalid_value', 'n')
    await refusal(ask({ model: undefined }), 400, 'invalid_request_error', 'invalid_value', 'model')
    const stream = await refusal(ask({ model: 'gpt-4o', stream: true }), 404, 'invalid_request_error', 'model_not_found', 'model')
    assert.ok(stream instanceof OpenAI.NotFoundError, 'a streamed request is refused before the stream opens')

    // What the SDK cannot send: a body over the limit, malformed JSON, another content type, an unknown address.
    const raw = (body: string, contentType = 'application/json', path = '/v1/chat/completions') =>
      fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${aliceKey.key}`, 'content-type': contentType }, body })
    const cases: Array<[Promise<Response>, number, string]> = [
      [raw(JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'x'.repeat(1_100_000) }] })), 413, 'request_too_large'],
      [raw('{"model": "fiqh-assistant", "messages": [{'), 400, 'malformed_json'],
      [raw('Le jeûne ?', 'text/plain'), 415, 'unsupported_media_type'],
      [raw('model=fiqh-assistant', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type'],
      [raw('{}', 'application/json', '/v1/embeddings'), 404, 'not_found'],
    ]
    for (const [response, status, code] of cases) {
      const res = await response
      const body = (await res.json()) as { error: Record<string, unknown> }
      assert.equal(res.status, status, JSON.stringify(body))
      assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message', 'param', 'type'])
      assert.equal(body.error.code, code)
      assert.equal(body.error.type, 'invalid_request_error')
    }
  })

  test('keys: a missing or unknown key is 401, a session token works, a deleted key is refused at once', async () => {
    const missing = await fetch(`${base}/v1/models`)
    assert.equal(missing.status, 401)
    assert.deepEqual(((await missing.json()) as { error: unknown }).error, {
      message: 'An access token is required (Authorization: Bearer …).',
      type: 'authentication_error',
      param: null,
      code: 'missing_api_key',
    })
    const unknown = await refusal(clientFor(base, `fiqh_${'x'.repeat(43)}`).models.list(), 401, 'authentication_error', 'invalid_api_key')
    assert.ok(unknown instanceof OpenAI.AuthenticationError)
    assert.equal((await clientFor(base, alice.access).models.list()).data[0]!.id, MODEL, 'a login session’s access token works too')

    const key = await createKey(t, alice)
    const doomed = clientFor(base, key.key)
    assert.equal((await doomed.models.list()).data.length, 1)
    assert.equal((await t.request('DELETE', `/api/v1/api-keys/${key.id}`, { token: alice.access })).status, 204)
    await refusal(doomed.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: FAST }] }), 401, 'authentication_error', 'invalid_api_key')
    await refusal(doomed.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: FAST }], stream: true }), 401, 'authentication_error', 'invalid_api_key')
  })

  test('another user’s key reaches the shared corpus only: never their uploaded documents, never their conversations', async () => {
    await t.rt.engine.start()
    const conv = (await t.request('POST', '/api/v1/conversations', { token: alice.access, body: {} })).body.id as string
    const word = `mot${Math.random().toString(36).slice(2, 10)}`
    const { payload, headers } = multipart({ name: 'cours.pdf', type: 'application/pdf', bytes: makePdf([`Le ${word} se fait pendant le voyage, selon ce cours.`]) })
    const up = await t.app.inject({ method: 'POST', url: `/api/v1/conversations/${conv}/documents`, payload, headers: { ...headers, authorization: `Bearer ${alice.access}` } })
    assert.equal(up.statusCode, 202, up.body)
    await t.rt.queue.idle()
    const inConversation = await t.request('POST', `/api/v1/conversations/${conv}/messages`, { token: alice.access, body: { content: `Que dit le cours sur le ${word} ?` } })
    assert.ok(
      inConversation.body.assistant_message.sources.some((s: { origin: string }) => s.origin === 'document'),
      'the document is indexed and found in its conversation',
    )

    const bob = await t.newUser()
    const bobClient = clientFor(base, (await createKey(t, bob)).key)
    for (const who of [bobClient, client]) {
      const r = await who.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: `Que dit le cours sur le ${word} ?` }] })
      const sources = (r as unknown as { sources: Array<{ origin: string }> }).sources
      assert.ok(
        sources.every((s) => s.origin === 'corpus'),
        'only the shared corpus is searched',
      )
      assert.doesNotMatch(r.choices[0]!.message.content!, new RegExp(word))
    }
    assert.deepEqual((await t.request('GET', '/api/v1/conversations', { token: bob.access })).body.items, [], 'nothing was saved for Bob')
  })

  test('limits: the user’s answer slots count here too, and each key has its rate (429 rate_limit_exceeded)', async () => {
    const carol = await t.newUser()
    const carolClient = clientFor(base, (await createKey(t, carol)).key)
    // MAX_CONCURRENT_ANSWERS=2 here: with both of Carol's slots taken (answers being written elsewhere), a third waits.
    const held = [await t.rt.services.quotas.hold(`answers:${carol.uid}`, 2, 60), await t.rt.services.quotas.hold(`answers:${carol.uid}`, 2, 60)]
    const busy = await refusal(carolClient.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: FAST }], stream: true }), 429, 'rate_limit_error', 'rate_limit_exceeded')
    assert.ok(busy instanceof OpenAI.RateLimitError && Number(busy.headers?.get('retry-after')) > 0)
    for (const release of held) await release()
    assert.equal((await carolClient.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: FAST }] })).choices.length, 1)

    // API_KEY_PER_MIN is 120 by default: the key spent 2 requests above; 118 more pass, the next is refused.
    const statuses = new Map<number, number>()
    for (let i = 0; i < 119; i++) {
      const status = await carolClient.models.list().then(
        () => 200,
        (e: InstanceType<typeof OpenAI.APIError>) => e.status ?? 0,
      )
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
    assert.deepEqual(
      [...statuses],
      [
        [200, 118],
        [429, 1],
      ],
    )
    await refusal(carolClient.models.list(), 429, 'rate_limit_error', 'rate_limit_exceeded')
  })
})

describe('the OpenAI-compatible endpoint over a generative answerer (a local OpenAI-protocol server as the LLM)', () => {
  let fake: FakeLlm
  let t: TestApp
  let base: string
  let client: OpenAI
  before(async () => {
    fake = await startFakeLlm()
    t = await startTestApp({ ANSWER_PROVIDER: 'openai', OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: 'qwen2.5', LLM_TIMEOUT_MS: '5000' })
    await t.indexQuran([2])
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
    client = clientFor(base, (await createKey(t, await t.newUser())).key)
  })
  after(async () => {
    await t.close()
    await fake.close()
  })

  test('a misquoted verse is streamed already corrected, with the corrections in the last chunk; history reaches the model without the source list', async () => {
    fake.reply = () => 'Le jeûne est prescrit [1] : « يا أيها الذين آمنوا فرض عليكم الصيام كما فرض على الذين من قبلكم ».'
    const earlier = 'Oui, le jeûne est prescrit [1].\n\nSources :\n[1] Coran 2:183 — Ô les croyants ! On vous a prescrit le jeûne…'
    const before = fake.requests.length
    const stream = await client.chat.completions.create({
      model: MODEL,
      stream: true,
      messages: [
        { role: 'user', content: 'Le jeûne est-il obligatoire ?' },
        { role: 'assistant', content: earlier },
        { role: 'user', content: FAST },
      ],
    })
    const chunks: Array<OpenAI.ChatCompletionChunk & { corrections?: { corrected_quotes: Array<{ reference: string }> } }> = []
    for await (const c of stream) chunks.push(c)
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')
    assert.doesNotMatch(text, /فرض/, 'the misquotation never reached the client')
    assert.match(text, /^Le jeûne est prescrit \[1\] : « [^»]+ » \(Coran 2:183\)\.\n\nSources :\n\[1\] Coran 2:/)
    assert.deepEqual(
      chunks.at(-1)!.corrections!.corrected_quotes.map((c) => c.reference),
      ['Coran 2:183'],
    )
    assert.equal(chunks.at(-1)!.system_fingerprint, 'openai:qwen2.5')
    const calls = JSON.stringify(fake.requests.slice(before).map((r) => r.body))
    assert.match(calls, /Oui, le jeûne est prescrit \[1\]\./, 'the earlier answer is history')
    assert.doesNotMatch(calls, /Ô les croyants ! On vous a prescrit/, 'without the source list appended to it')
  })

  test('a client that disconnects mid-answer cancels the generation', async () => {
    fake.reply = () => `${Array.from({ length: 80 }, (_, i) => `mot${i}`).join(' ')} [1]`
    fake.chunkDelayMs = 30
    try {
      const cancelledBefore = fake.cancelled
      const controller = new AbortController()
      const stream = await client.chat.completions.create({ model: MODEL, stream: true, messages: [{ role: 'user', content: FAST }] }, { signal: controller.signal })
      for await (const c of stream) {
        // The role chunk comes once the sources are found, while the model is writing: leave then.
        assert.equal(c.choices[0]!.delta.role, 'assistant')
        controller.abort()
      }
      for (const until = Date.now() + 10_000; fake.cancelled === cancelledBefore && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20))
      assert.equal(fake.cancelled, cancelledBefore + 1, "the model's stream was cut")
    } finally {
      fake.chunkDelayMs = 0
    }
  })
})
