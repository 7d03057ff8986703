import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'
import { multipart } from './helpers/files'

/** Reads of shared links one IP may make in a minute here: the last test spends what is left. */
const SHARED_PER_MIN = 60

let t: TestApp
type User = Awaited<ReturnType<TestApp['newUser']>>
let alice: User
let bob: User
before(async () => {
  t = await startTestApp({ RATE_LIMIT_SHARED_PER_MIN: String(SHARED_PER_MIN) })
  await t.indexQuran([2])
  alice = await t.newUser()
  bob = await t.newUser()
})
after(() => t.close())

const shares = (conv: string) => `/api/v1/conversations/${conv}/shares`
const share = (conv: string, who: User) => t.request('POST', shares(conv), { token: who.access })
const shared = (token: string) => t.request('GET', `/api/v1/shared/${token}`)
const unique = () => `mot${Math.random().toString(36).slice(2, 10)}`

async function conversationWith(who: User, question: string, title?: string): Promise<{ id: string; answer: { content: string; sources: Array<Record<string, unknown>> } }> {
  const id = (await t.request('POST', '/api/v1/conversations', { token: who.access, body: title ? { title } : {} })).body.id as string
  const asked = await t.request('POST', `/api/v1/conversations/${id}/messages`, { token: who.access, body: { content: question } })
  assert.equal(asked.status, 201, asked.text)
  return { id, answer: asked.body.assistant_message }
}

function assertSharedHeaders(res: { headers: Record<string, unknown> }, what: string) {
  assert.equal(res.headers['cache-control'], 'no-store', `${what}: not stored`)
  assert.match(String(res.headers['x-robots-tag']), /noindex/, `${what}: not indexed`)
  assert.equal(res.headers['referrer-policy'], 'no-referrer', `${what}: no Referer`)
}

describe('share links', () => {
  test('created by the owner (token shown once), listed without it, read without an account as a snapshot, revoked at once', async () => {
    const { id: conv, answer } = await conversationWith(alice, 'Le jeûne est-il prescrit aux croyants ?', 'Le jeûne')
    const created = await share(conv, alice)
    assert.equal(created.status, 201, created.text)
    const { id, token, url, created_at } = created.body
    assert.match(token, /^[A-Za-z0-9_-]{43}$/, '256 random bits, URL-safe')
    assert.equal(url, `http://app.test/s/${token}`)
    assert.ok(!Number.isNaN(Date.parse(created_at)))
    const stored = (await t.rt.database.db.execute(`SELECT token_hash FROM conversation_shares WHERE id = '${id}'` as never)) as unknown as { rows: Array<{ token_hash: string }> }
    assert.match(stored.rows[0]!.token_hash, /^[0-9a-f]{64}$/, 'only a SHA-256 is stored')
    assert.doesNotMatch(stored.rows[0]!.token_hash, new RegExp(token))

    const view = await shared(token)
    assert.equal(view.status, 200, view.text)
    assertSharedHeaders(view, 'the shared view')
    assert.equal(view.body.title, 'Le jeûne')
    assert.equal(view.body.messages.length, 2)
    const [q, a] = view.body.messages
    assert.deepEqual([q.role, q.content, q.sources], ['user', 'Le jeûne est-il prescrit aux croyants ?', []])
    assert.equal(a.role, 'assistant')
    assert.equal(a.content, answer.content)
    assert.equal(a.mode, 'extractive')
    assert.ok(a.sources.length > 0, 'the answer’s sources travel with it')
    const cited = a.sources[0]
    const original = answer.sources.find((s) => s.n === cited.n)!
    assert.equal(cited.reference, original.reference)
    assert.equal(cited.text, original.text, 'a verse is a public text: whole')
    assert.ok(cited.verses && cited.arabic, 'with its verse numbers and the Arabic beside the translation')
    for (const s of a.sources) {
      assert.ok(answer.content.includes(`[${s.n}]`), 'only sources the answer cites')
      assert.equal('id' in s || 'document_id' in s || 'score' in s, false, 'no passage id, document id or score')
    }
    assert.equal('feedback' in a || 'id' in a, false, 'no message id, no owner’s rating')

    const listed = await t.request('GET', shares(conv), { token: alice.access })
    assert.equal(listed.status, 200)
    assert.deepEqual(
      listed.body.items.map((s: { id: string }) => s.id),
      [id],
    )
    assert.equal(listed.body.items[0].views, 1)
    assert.notEqual(listed.body.items[0].last_viewed_at, null)
    assert.doesNotMatch(listed.text, new RegExp(token), 'the token is never listed')

    // A snapshot: a question asked and a rename made after the link was created are not in it.
    await t.request('POST', `/api/v1/conversations/${conv}/messages`, { token: alice.access, body: { content: 'Et pour le voyageur malade ?' } })
    await t.request('PATCH', `/api/v1/conversations/${conv}`, { token: alice.access, body: { title: 'Renommé après coup' } })
    const again = await shared(token)
    assert.equal(again.body.messages.length, 2)
    assert.equal(again.body.title, 'Le jeûne')
    assert.doesNotMatch(again.text, /voyageur malade|Renommé/)
    // A new link takes the conversation as it is now.
    const second = (await share(conv, alice)).body
    const now = await shared(second.token)
    assert.equal(now.body.messages.length, 4)
    assert.equal(now.body.title, 'Renommé après coup')

    assert.equal((await t.request('DELETE', `${shares(conv)}/${id}`, { token: alice.access })).status, 204)
    const revoked = await shared(token)
    assert.equal(revoked.status, 404)
    assertSharedHeaders(revoked, 'the 404 of a revoked link')
    assert.equal((await shared(second.token)).status, 200, 'the other link still works')
    assert.deepEqual(
      (await t.request('GET', shares(conv), { token: alice.access })).body.items.map((s: { id: string }) => s.id),
      [second.id],
    )
    assert.equal((await t.request('DELETE', `${shares(conv)}/${id}`, { token: alice.access })).status, 404, 'revoking twice')
  })

  test('another user can neither create, list nor revoke links to your conversation, nor guess a token', async () => {
    const { id: conv } = await conversationWith(alice, 'Qui peut recevoir la zakat ?')
    const mine = (await share(conv, alice)).body
    assert.equal((await share(conv, bob)).status, 404)
    assert.equal((await t.request('GET', shares(conv), { token: bob.access })).status, 404)
    assert.equal((await t.request('DELETE', `${shares(conv)}/${mine.id}`, { token: bob.access })).status, 404)
    // Not through one of bob's own conversations either: a link belongs to its conversation.
    const { id: bobConv } = await conversationWith(bob, 'Le jeûne est-il prescrit ?')
    assert.equal((await t.request('DELETE', `${shares(bobConv)}/${mine.id}`, { token: bob.access })).status, 404)
    assert.equal((await shared(mine.token)).status, 200, 'still alive')
    // Without a session the owner routes are closed.
    assert.equal((await t.request('POST', shares(conv))).status, 401)
    assert.equal((await t.request('GET', shares(conv))).status, 401)

    // Guessing: random tokens of the right shape, and the real one altered by one character, are all 404 —
    // the same answer as a revoked link's.
    const flipped = `${mine.token.slice(0, -1)}${mine.token.endsWith('A') ? 'B' : 'A'}`
    const guesses = [flipped, ...Array.from({ length: 5 }, () => randomBytes(32).toString('base64url'))]
    for (const guess of guesses) {
      const res = await shared(guess)
      assert.equal(res.status, 404)
      assert.deepEqual(res.body, { error: { code: 'not_found', message: 'Shared conversation not found.' } })
    }
  })

  test('the view leaks no email, no other conversation, no document text beyond the quoted snippet', async () => {
    const other = unique()
    await conversationWith(alice, `Une autre question privée sur ${other} ?`)
    const id = (await t.request('POST', '/api/v1/conversations', { token: alice.access, body: {} })).body.id as string
    const word = unique()
    const hidden = unique()
    const unquoted = unique()
    // The cited paragraph holds the answer early and a private remark past the snippet's 320 characters;
    // a later passage of the file (another chunk) is never quoted.
    const cited = `Le ${word} se fait avant la prière du matin, selon ce cours. ${'Cette règle est rappelée ici longuement. '.repeat(10)}Remarque personnelle ${hidden} à ne pas diffuser.`
    const rest = `${'Paragraphe sans rapport avec le sujet, ajouté pour remplir le fichier. '.repeat(20)}\n\nNote privée ${unquoted} sur un autre sujet.`
    const { payload, headers } = multipart({ name: 'cours-privé.txt', bytes: Buffer.from(`${cited}\n\n${rest}`) })
    const up = await t.app.inject({ method: 'POST', url: `/api/v1/conversations/${id}/documents`, payload, headers: { ...headers, authorization: `Bearer ${alice.access}` } })
    assert.equal(up.statusCode, 202, up.body)
    const documentId = up.json().id as string
    await t.rt.queue.idle()
    const asked = await t.request('POST', `/api/v1/conversations/${id}/messages`, { token: alice.access, body: { content: `Que dit le cours sur le ${word} ?`, options: { scope: 'documents' } } })
    assert.equal(asked.status, 201, asked.text)
    const answer = asked.body.assistant_message
    const docSource = answer.sources.find((s: { origin: string }) => s.origin === 'document')
    assert.ok(docSource && answer.content.includes(`[${docSource.n}]`), `the answer cites the document: ${answer.content}`)
    assert.ok(docSource.text.includes(hidden), 'the owner’s own view holds the whole passage')
    assert.ok(!answer.content.includes(hidden) && !answer.content.includes(unquoted), 'precondition: the answer does not quote the private parts')

    const view = await shared((await share(id, alice)).body.token)
    assert.equal(view.status, 200)
    const source = view.body.messages[1].sources.find((s: { origin: string }) => s.origin === 'document')
    assert.equal(source.reference, docSource.reference)
    assert.equal(source.text, docSource.snippet, 'a document passage is reduced to its quoted snippet')
    for (const secret of [hidden, unquoted, other, alice.email, alice.uid, documentId, id]) {
      assert.ok(!view.text.includes(secret), `the shared view does not contain ${secret}`)
    }
  })

  test('deleting the conversation kills its links; an empty conversation has nothing to share', async () => {
    const { id: conv } = await conversationWith(alice, 'Le jeûne est-il prescrit aux croyants ?')
    const { token } = (await share(conv, alice)).body
    assert.equal((await shared(token)).status, 200)
    assert.equal((await t.request('DELETE', `/api/v1/conversations/${conv}`, { token: alice.access })).status, 204)
    assert.equal((await shared(token)).status, 404)
    const left = (await t.rt.database.db.execute(`SELECT count(*)::int AS n FROM conversation_shares WHERE conversation_id = '${conv}'` as never)) as unknown as { rows: Array<{ n: number }> }
    assert.equal(left.rows[0]!.n, 0, 'the rows went with it')

    const empty = (await t.request('POST', '/api/v1/conversations', { token: alice.access, body: {} })).body.id
    const refused = await share(empty, alice)
    assert.equal(refused.status, 409)
    assert.equal(refused.body.error.code, 'empty_conversation')
  })

  test('bad input is a clear 4xx', async () => {
    const { id: conv } = await conversationWith(alice, 'Qui peut recevoir la zakat ?')
    const bad = async (method: string, url: string, status: number, field?: string) => {
      const res = await t.request(method, url, { token: alice.access })
      assert.equal(res.status, status, `${method} ${url}: ${res.text}`)
      if (field) assert.equal(res.body.error.details[0].field, field)
      return res
    }
    await bad('POST', shares('not-a-uuid'), 422, 'params.id')
    await bad('GET', shares('123'), 422, 'params.id')
    await bad('DELETE', `${shares(conv)}/nope`, 422, 'params.shareId')
    await bad('POST', shares('00000000-0000-4000-8000-000000000000'), 404)
    await bad('DELETE', `${shares(conv)}/00000000-0000-4000-8000-000000000000`, 404)
    const long = await shared('x'.repeat(101))
    assert.equal(long.status, 414)
    assert.equal(long.body.error.code, 'uri_too_long', 'in the API’s error format')
    assert.equal((await shared('x'.repeat(100))).status, 404, 'the longest token shape accepted, unknown')
    const badEscape = await shared('%zz')
    assert.equal(badEscape.status, 400)
    assert.equal(badEscape.body.error.code, 'bad_url')
    for (const token of ['x'.repeat(15), 'short', 'has.dot.in.it.0123456789', "quote'drop%20table"]) {
      const res = await shared(encodeURIComponent(token))
      assert.equal(res.status, 422, `${token}: ${res.text}`)
      assert.equal(res.body.error.details[0].field, 'params.token')
      assertSharedHeaders(res, 'a refused token')
    }
  })

  test('the page at /s/{token} is served with the same headers, and reads are rate-limited per IP', async () => {
    const { id: conv } = await conversationWith(alice, 'Le jeûne est-il prescrit aux croyants ?')
    const { token } = (await share(conv, alice)).body
    const page = await t.request('GET', `/s/${token}`, { headers: { accept: 'text/html' } })
    assert.equal(page.status, 200)
    assert.match(String(page.headers['content-type']), /^text\/html/)
    assertSharedHeaders(page, 'the page')

    // Spend what is left of this minute's reads from this IP, then one more.
    const statuses: number[] = []
    for (let i = 0; i < SHARED_PER_MIN + 1 && !statuses.includes(429); i++) statuses.push((await shared(token)).status)
    const refused = await shared(token)
    assert.equal(refused.status, 429)
    assert.equal(refused.body.error.code, 'rate_limited')
    assert.ok(Number(refused.headers['retry-after']) > 0)
    assert.ok(
      statuses.slice(0, -1).every((s) => s === 200),
      `reads under the limit pass: ${statuses}`,
    )
  })
})
