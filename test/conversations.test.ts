import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import { messages } from '../src/db/schema'
import type { Source } from '../src/contract/sources'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
let alice: Awaited<ReturnType<TestApp['newUser']>>
let bob: Awaited<ReturnType<TestApp['newUser']>>
before(async () => {
  t = await startTestApp()
  alice = await t.newUser()
  bob = await t.newUser()
})
after(() => t.close())

const as = (who: { access: string }) => ({
  post: (url: string, body?: unknown) => t.request('POST', `/api/v1${url}`, { token: who.access, body }),
  get: (url: string) => t.request('GET', `/api/v1${url}`, { token: who.access }),
  patch: (url: string, body: unknown) => t.request('PATCH', `/api/v1${url}`, { token: who.access, body }),
  del: (url: string) => t.request('DELETE', `/api/v1${url}`, { token: who.access }),
})

/** Answers do not exist until the answer pipeline lands; the rows are written as it will write them. */
/** A source as answers store it (the API now publishes its whole shape, so a stored one must have it). */
const storedSource: Source = {
  n: 1,
  id: '00000000-0000-4000-8000-000000000001',
  origin: 'corpus',
  document_id: null,
  collection: 'quran',
  title: 'Al-Baqara',
  reference: 'Coran 2:183',
  verses: { surah: 2, from: 183, to: 183 },
  lang: 'fr',
  snippet: 'Ô les croyants ! On vous a prescrit le jeûne…',
  text: 'Ô les croyants ! On vous a prescrit le jeûne…',
  score: 1,
}

async function addExchange(conversationId: string, ownerId: string, question: string) {
  const [q, a] = await t.rt.database.db
    .insert(messages)
    .values([
      { conversationId, ownerId, role: 'user', content: question },
      { conversationId, ownerId, role: 'assistant', content: `Réponse à : ${question} [1]`, sources: [storedSource], mode: 'extractive', model: 'extractive' },
    ])
    .returning()
  return { question: q!, answer: a! }
}

describe('conversations', () => {
  test('create, get, rename and delete', async () => {
    const created = await as(alice).post('/conversations', { title: 'Le jeûne' })
    assert.equal(created.status, 201)
    assert.equal(created.body.title, 'Le jeûne')
    const id = created.body.id
    const untitled = await as(alice).post('/conversations')
    assert.equal(untitled.status, 201)
    assert.equal(untitled.body.title, null)
    const got = await as(alice).get(`/conversations/${id}`)
    assert.equal(got.status, 200)
    assert.deepEqual(got.body.messages, [])
    const renamed = await as(alice).patch(`/conversations/${id}`, { title: '  Le jeûne et le siwak  ' })
    assert.equal(renamed.body.title, 'Le jeûne et le siwak')
    assert.equal((await as(alice).del(`/conversations/${id}`)).status, 204)
    assert.equal((await as(alice).get(`/conversations/${id}`)).status, 404)
    assert.equal((await as(alice).del(`/conversations/${id}`)).status, 404)
  })

  test("another user's conversation answers 404 everywhere, exactly like a missing one", async () => {
    const id = (await as(alice).post('/conversations', { title: 'privé' })).body.id
    const missing = randomUUID()
    for (const target of [id, missing]) {
      const responses = [
        await as(bob).get(`/conversations/${target}`),
        await as(bob).patch(`/conversations/${target}`, { title: 'volé' }),
        await as(bob).get(`/conversations/${target}/messages`),
        await as(bob).post(`/conversations/${target}/messages/${randomUUID()}/feedback`, { rating: 1 }),
        await as(bob).del(`/conversations/${target}`),
      ]
      for (const r of responses) {
        assert.equal(r.status, 404, r.text)
        assert.deepEqual(r.body, { error: { code: 'not_found', message: 'Conversation not found.' } })
      }
    }
    assert.equal((await as(alice).get(`/conversations/${id}`)).body.title, 'privé', 'untouched')
    assert.ok(!(await as(bob).get('/conversations')).body.items.some((c: { id: string }) => c.id === id))
  })

  test('the list is newest first, pages with a cursor, and q searches titles and messages', async () => {
    const u = await t.newUser()
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push((await as(u).post('/conversations', { title: `Sujet ${i}` })).body.id)
    await addExchange(ids[1]!, u.uid, "Quelle est la part de la fille dans l'héritage ?")
    const first = await as(u).get('/conversations?limit=2')
    assert.deepEqual(
      first.body.items.map((c: { title: string }) => c.title),
      ['Sujet 4', 'Sujet 3'],
    )
    const second = await as(u).get(`/conversations?limit=2&cursor=${first.body.next_cursor}`)
    assert.deepEqual(
      second.body.items.map((c: { title: string }) => c.title),
      ['Sujet 2', 'Sujet 1'],
    )
    const third = await as(u).get(`/conversations?limit=2&cursor=${second.body.next_cursor}`)
    assert.deepEqual(
      third.body.items.map((c: { title: string }) => c.title),
      ['Sujet 0'],
    )
    assert.equal(third.body.next_cursor, null)
    assert.deepEqual(
      (await as(u).get('/conversations?q=h%C3%A9ritage')).body.items.map((c: { id: string }) => c.id),
      [ids[1]],
    )
    assert.deepEqual(
      (await as(u).get('/conversations?q=sujet%203')).body.items.map((c: { title: string }) => c.title),
      ['Sujet 3'],
    )
    assert.deepEqual((await as(u).get('/conversations?q=%25')).body.items, [], '% is a character, not a wildcard')
    assert.deepEqual((await as(bob).get('/conversations?q=h%C3%A9ritage')).body.items, [], "q never reaches other users' messages")
  })

  test('messages page oldest first; feedback is one per answer per user and updatable', async () => {
    const id = (await as(alice).post('/conversations', {})).body.id
    const one = await addExchange(id, alice.uid, 'Première question ?')
    await addExchange(id, alice.uid, 'Deuxième question ?')
    const pageOne = await as(alice).get(`/conversations/${id}/messages?limit=3`)
    assert.deepEqual(
      pageOne.body.items.map((m: { role: string }) => m.role),
      ['user', 'assistant', 'user'],
    )
    const pageTwo = await as(alice).get(`/conversations/${id}/messages?limit=3&cursor=${pageOne.body.next_cursor}`)
    assert.equal(pageTwo.body.items.length, 1)
    assert.equal(pageTwo.body.next_cursor, null)

    const rate = (body: unknown, mid = one.answer.id) => as(alice).post(`/conversations/${id}/messages/${mid}/feedback`, body)
    assert.equal((await rate({ rating: 1 })).status, 200)
    const changed = await rate({ rating: -1, comment: 'La référence est fausse.' })
    assert.equal(changed.body.rating, -1)
    const got = await as(alice).get(`/conversations/${id}`)
    assert.deepEqual(got.body.messages[1].feedback, { rating: -1, comment: 'La référence est fausse.' })
    for (const bad of [{ rating: 0 }, { rating: 2 }, { rating: '1' }, {}, { rating: 1, comment: 'x'.repeat(2_001) }, { rating: 1, extra: true }]) {
      assert.equal((await rate(bad)).status, 422, JSON.stringify(bad))
    }
    assert.equal((await rate({ rating: 1 }, one.question.id)).status, 422, 'questions are not rated')
    assert.equal((await rate({ rating: 1 }, randomUUID())).status, 404)
  })

  test('bad ids, titles and cursors are refused clearly', async () => {
    assert.equal((await as(alice).get('/conversations/not-a-uuid')).status, 422)
    assert.equal((await as(alice).post('/conversations', { title: '' })).status, 422)
    assert.equal((await as(alice).post('/conversations', { title: 'x'.repeat(201) })).status, 422)
    assert.equal((await as(alice).post('/conversations', { name: 'x' })).status, 422)
    const badCursor = await as(alice).get('/conversations?cursor=garbage')
    assert.equal(badCursor.status, 400)
    assert.equal(badCursor.body.error.code, 'invalid_cursor')
    assert.equal((await as(alice).get('/conversations?limit=500')).status, 422)
    assert.equal((await t.request('GET', '/api/v1/conversations')).status, 401)
  })
})
