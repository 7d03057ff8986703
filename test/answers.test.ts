import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'
import { parseSse } from './helpers/sse'

let t: TestApp
let user: Awaited<ReturnType<TestApp['newUser']>>
before(async () => {
  t = await startTestApp()
  await t.indexQuran([2, 5, 9])
  user = await t.newUser()
})
after(() => t.close())

const newConversation = async (who = user) => (await t.request('POST', '/api/v1/conversations', { token: who.access, body: {} })).body.id as string
const ask = (id: string, content: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  t.request('POST', `/api/v1/conversations/${id}/messages`, { token: user.access, body: { content, ...extra }, headers })

const inRange = (sources: any[], surah: number, from: number, to: number) => sources.some((s) => s.verses?.surah === surah && s.verses.from >= from && s.verses.from <= to)

describe('answers in the offline (extractive) mode', () => {
  test('an answer given while the corpus is still being indexed says so, in the stream and in what is saved', async () => {
    const state = t.rt.engine.state
    const before = { ...state }
    Object.assign(state, { status: 'indexing', done: 2_100, total: 6_236 })
    try {
      const id = await newConversation()
      const r = await ask(id, 'Le jeûne est-il prescrit aux croyants ?', {}, { accept: 'text/event-stream' })
      const events = parseSse(r.text)
      const streamed = events
        .filter((e) => e.event === 'token')
        .map((e) => e.data.text)
        .join('')
      const saved = events.at(-1)!.data.message.content as string
      assert.match(saved, /\n\nNote : le corpus est encore en cours d'indexation \(2100 versets sur 6236\) ; cette réponse peut manquer des sources\./)
      assert.equal(streamed, saved)
      const en = await ask(await newConversation(), 'Who is entitled to receive zakat?')
      assert.match(en.body.assistant_message.content, /Note: the corpus is still being indexed \(2100 of 6236 verses\)/)
    } finally {
      Object.assign(state, before)
    }
    const after = await ask(await newConversation(), 'Le jeûne est-il prescrit aux croyants ?')
    assert.doesNotMatch(after.body.assistant_message.content, /indexation/, 'no note once the index is complete')
  })

  test('an elliptical follow-up keeps the subject of the previous question (no model needed)', async () => {
    const id = await newConversation()
    const first = await ask(id, 'Le jeûne est-il prescrit aux croyants ?')
    assert.equal(first.status, 201)
    const follow = await ask(id, 'Et pour le voyageur ?')
    assert.equal(follow.status, 201)
    const sources = follow.body.assistant_message.sources
    assert.ok(inRange(sources, 2, 184, 185), `the travel exemption from fasting is found: ${sources.map((s: any) => s.reference).join(', ')}`)
    // What is new in the follow-up leads: not the previous answer again.
    assert.notEqual(follow.body.assistant_message.content, first.body.assistant_message.content)
    assert.match(follow.body.assistant_message.content, /Coran 2:18[45]/, 'the answer quotes the traveller’s verse')
    const alone = await ask(await newConversation(), 'Et pour le voyageur ?')
    assert.equal(alone.status, 201)
    const refs = (m: any) => m.sources.map((s: any) => s.reference)
    assert.notDeepEqual(refs(alone.body.assistant_message), refs(follow.body.assistant_message), 'the previous question changes what the follow-up finds')
  })

  const cases: Array<[string, string, number, number, number, RegExp]> = [
    ['fr', 'Le jeûne est-il prescrit aux croyants ?', 2, 183, 187, /^Voici ce que disent les sources/],
    ['en', 'Is fasting prescribed for the believers?', 2, 183, 187, /^Here is what the sources found say/],
    ['ar', 'هل الصيام مكتوب على المؤمنين؟', 2, 183, 187, /^هذا ما تقوله المصادر/],
    ['fr', 'Qui sont les bénéficiaires de la zakat ?', 9, 60, 60, /^Voici/],
    ['en', 'Who is entitled to receive zakat?', 9, 60, 60, /^Here/],
    ['ar', 'ما هي مصارف الزكاة؟', 9, 60, 60, /^هذا/],
  ]
  for (const [lang, question, surah, from, to, intro] of cases) {
    test(`${lang}: « ${question} » cites ${surah}:${from}${to > from ? `–${to}` : ''}`, async () => {
      const id = await newConversation()
      const r = await ask(id, question)
      assert.equal(r.status, 201, r.text)
      const a = r.body.assistant_message
      assert.equal(a.role, 'assistant')
      assert.equal(a.mode, 'extractive')
      assert.ok(inRange(a.sources, surah, from, to), a.sources.map((s: any) => s.reference).join(', '))
      assert.match(a.content, intro)
      const cited = [...a.content.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))
      assert.ok(cited.length > 0)
      assert.ok(
        cited.every((n) => a.sources.some((s: any) => s.n === n)),
        'every [n] points at a source',
      )
      assert.ok(
        a.sources.every((s: any) => s.lang === lang),
        "sources in the question's language",
      )
      assert.equal(r.body.user_message.content, question)
      const saved = await t.request('GET', `/api/v1/conversations/${id}`, { token: user.access })
      assert.deepEqual(
        saved.body.messages.map((m: any) => m.role),
        ['user', 'assistant'],
      )
      assert.equal(saved.body.messages[1].content, a.content)
      assert.equal(saved.body.title, question.length <= 60 ? question : saved.body.title, 'titled after the first question')
    })
  }

  test('a question the sources do not touch gets an honest "not found", with no source', async () => {
    const id = await newConversation()
    const r = await ask(id, 'How do I bake a chocolate cake?')
    assert.equal(r.status, 201)
    assert.deepEqual(r.body.assistant_message.sources, [])
    assert.equal(r.body.assistant_message.model, 'no-sources')
    assert.match(r.body.assistant_message.content, /^I found no passage in my sources/)
    assert.doesNotMatch(r.body.assistant_message.content, /\[\d+\]/)
  })
})

describe('streaming (Accept: text/event-stream)', () => {
  test('sources once, then tokens, then done with the saved message, whose content is the tokens joined', async () => {
    const id = await newConversation()
    const r = await ask(id, "Quelle est l'expiation d'un serment ?", {}, { accept: 'text/event-stream' })
    assert.equal(r.status, 200)
    assert.match(String(r.headers['content-type']), /^text\/event-stream/)
    const events = parseSse(r.text)
    assert.equal(events[0]!.event, 'sources')
    assert.ok(inRange(events[0]!.data.sources, 5, 89, 89))
    assert.equal(events.filter((e) => e.event === 'sources').length, 1)
    const tokens = events.filter((e) => e.event === 'token')
    assert.ok(tokens.length > 10)
    const last = events.at(-1)!
    assert.equal(last.event, 'done')
    assert.equal(tokens.map((e) => e.data.text).join(''), last.data.message.content)
    assert.deepEqual(
      events.map((e) => e.event),
      ['sources', ...tokens.map(() => 'token'), 'done'],
    )
    const saved = await t.request('GET', `/api/v1/conversations/${id}/messages`, { token: user.access })
    assert.equal(saved.body.items[1].content, last.data.message.content)
    assert.equal(saved.body.items[1].id, last.data.message.id)
  })

  test('errors before the stream opens stay HTTP errors', async () => {
    const r = await ask(randomUUID(), 'zakat', {}, { accept: 'text/event-stream' })
    assert.equal(r.status, 404)
    assert.equal(r.body.error.code, 'not_found')
  })
})

describe('asking: bad input and conflicts', () => {
  test('empty and 20 000-character messages are 422; bad options are 422', async () => {
    const id = await newConversation()
    for (const body of [
      { content: '' },
      { content: '   ' },
      { content: 'x'.repeat(20_000) },
      { content: 'ok', options: { k: 0 } },
      { content: 'ok', options: { k: 21 } },
      { content: 'ok', options: { scope: 'everything' } },
      { content: 'ok', extra: 1 },
    ]) {
      const r = await t.request('POST', `/api/v1/conversations/${id}/messages`, { token: user.access, body })
      assert.equal(r.status, 422, JSON.stringify(body).slice(0, 80))
    }
    assert.deepEqual((await t.request('GET', `/api/v1/conversations/${id}`, { token: user.access })).body.messages, [], 'nothing was saved')
  })

  test("someone else's conversation is a 404 and stays untouched", async () => {
    const other = await t.newUser()
    const id = await newConversation(other)
    const r = await ask(id, 'zakat')
    assert.equal(r.status, 404)
    assert.deepEqual((await t.request('GET', `/api/v1/conversations/${id}`, { token: other.access })).body.messages, [])
  })

  test('a second question while an answer is being written in the same conversation is a 409', async () => {
    const id = await newConversation()
    await t.rt.cache.incr(`answering:${id}`, 30)
    const r = await ask(id, 'zakat')
    assert.equal(r.status, 409)
    assert.equal(r.body.error.code, 'answer_in_progress')
    await t.rt.cache.del(`answering:${id}`)
    assert.equal((await ask(id, 'zakat')).status, 201, 'free again once the first is done')
  })
})
