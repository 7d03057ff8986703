import assert from 'node:assert/strict'
import net from 'node:net'
import { after, before, describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { decodeJwt, SignJWT } from 'jose'
import { revokedFamilyKey, revokedJtiKey } from '../src/auth/sessions'
import { TEST_JWT_SECRET, startTestApp, type TestApp } from './helpers/app'
import { multipart } from './helpers/files'

/** The attacks of the hardening review (F5–F14), each replayed against the app on the runner's backends. */
let t: TestApp
before(async () => {
  t = await startTestApp({ CONVERSATIONS_PER_MIN: '5', UPLOAD_MB_PER_HOUR: '1', MAX_CONCURRENT_ANSWERS: '1', REQUEST_TIMEOUT_S: '5' })
  await t.rt.engine.start()
})
after(() => t.close())

const newConversation = async (token: string) => (await t.request('POST', '/api/v1/conversations', { token, body: {} })).body.id as string

async function upload(conv: string, token: string, file: Parameters<typeof multipart>[0]) {
  const { payload, headers } = multipart(file)
  return t.app.inject({ method: 'POST', url: `/api/v1/conversations/${conv}/documents`, payload, headers: { ...headers, authorization: `Bearer ${token}` } })
}

/** Sends raw bytes to the app listening on a port and returns what comes back before the server closes. */
async function raw(port: number, bytes: string, opts: { thenWaitMs?: number } = {}): Promise<string> {
  const socket = net.connect(port, '127.0.0.1')
  let received = ''
  socket.on('data', (d) => (received += d))
  await new Promise((resolve) => socket.once('connect', resolve))
  socket.write(bytes)
  await new Promise<void>((resolve) => {
    socket.once('close', () => resolve())
    if (opts.thenWaitMs) setTimeout(() => (socket.destroy(), resolve()), opts.thenWaitMs)
  })
  return received
}

describe('F5: documents cannot forge citations', () => {
  test('bracketed numbers in a document come back parenthesised, and its references are visibly a document’s', async () => {
    const u = await t.newUser()
    const conv = await newConversation(u.access)
    const planted = `mot${Math.random().toString(36).slice(2, 9)}`
    const plain = `mot${Math.random().toString(36).slice(2, 9)}`
    const md = `# Sahih al-Bukhari 1\n\nLe terme ${planted} est prouvé [1] [2] [3] par les textes.\n`
    assert.equal((await upload(conv, u.access, { name: 'headings.md', bytes: Buffer.from(md) })).statusCode, 202)
    assert.equal((await upload(conv, u.access, { name: "Qur'an 9999", bytes: Buffer.from(`Une note sur ${plain}, sans titre.`) })).statusCode, 202)
    await t.rt.queue.idle()
    const search = async (word: string) =>
      (await t.request('POST', '/api/v1/search', { token: u.access, body: { query: word, conversation_id: conv } })).body.items[0] as { text: string; reference: string }
    const bracketed = await search(planted)
    assert.equal(bracketed.reference, 'headings.md, « Sahih al-Bukhari 1 »')
    assert.match(bracketed.text, /prouvé \(1\) \(2\) \(3\) par/)
    assert.equal((await search(plain)).reference, "Qur'an 9999.txt §1")
    const answer = await t.request('POST', `/api/v1/conversations/${conv}/messages`, { token: u.access, body: { content: `Que disent mes notes sur ${planted} ?`, options: { scope: 'documents' } } })
    assert.equal(answer.status, 201)
    const content: string = answer.body.assistant_message.content
    assert.match(content, /\(1\) \(2\) \(3\)/)
    // Every [n] left in the answer is one of its own citations, each naming a source it cites.
    const cited = [...content.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))
    assert.ok(cited.length > 0 && cited.every((n) => n >= 1 && n <= answer.body.assistant_message.sources.length), content)
  })
})

describe('accounts', () => {
  test('F6: a logged-out token stays refused once the revocation list is gone (a restart of the embedded server)', async () => {
    const u = await t.newUser()
    const { jti, fid } = decodeJwt(u.access) as { jti: string; fid: string }
    assert.equal((await t.request('POST', '/api/v1/auth/logout', { token: u.access })).status, 204)
    await t.rt.cache.del(revokedJtiKey(jti))
    await t.rt.cache.del(revokedFamilyKey(fid))
    const me = await t.request('GET', '/api/v1/auth/me', { token: u.access })
    assert.equal(me.status, 401)
    assert.equal(me.body.error.code, 'token_revoked')
  })

  test('F7: reset and resend answer before any account work is done', async () => {
    const u = await t.newUser()
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const send = t.rt.mailer.send
    t.rt.mailer.send = async (m) => {
      await gate
      return send.call(t.rt.mailer, m)
    }
    try {
      // The mail for the existing account is held back, yet the answer is already there: nothing the caller
      // can time depends on whether the account exists.
      const known = await t.request('POST', '/api/v1/auth/password-reset-request', { body: { email: u.email } })
      const unknown = await t.request('POST', '/api/v1/auth/password-reset-request', { body: { email: `nobody-${u.uid}@example.org` } })
      assert.equal(known.status, 202)
      assert.deepEqual(known.body, unknown.body)
    } finally {
      open()
      t.rt.mailer.send = send
    }
    await t.rt.services.auth.settle()
    assert.ok(await t.tokenFromMail(u.email, '/reset-password'))
  })

  test('F8: common, whitespace-only and control-character passwords are refused at signup and change', async () => {
    for (const password of ['password', '12345678', 'Azerty123', '        ', '\u0000'.repeat(8)]) {
      const r = await t.request('POST', '/api/v1/auth/signup', { body: { email: `weak-${Math.random().toString(36).slice(2)}@example.org`, password } })
      assert.equal(r.status, 422, `${JSON.stringify(password)}: ${r.text}`)
    }
    const u = await t.newUser()
    const change = await t.request('POST', '/api/v1/auth/change-password', { token: u.access, body: { current_password: u.password, new_password: 'iloveyou', confirm_new_password: 'iloveyou' } })
    assert.equal(change.status, 422, change.text)
  })

  test('F9: wrong logins from ten addresses do not lock the owner out; fifty in an hour hold back unknown addresses only', async () => {
    const u = await t.newUser()
    const login = (ip: string, password = 'not the password') => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password }, remoteAddress: ip })
    assert.equal((await login('10.1.0.1', u.password)).statusCode, 200, 'the owner logs in from home')
    for (let i = 0; i < 10; i++) assert.equal((await login(`10.2.0.${i + 1}`)).statusCode, 401)
    assert.equal((await login('10.1.0.1', u.password)).statusCode, 200, 'after ten failures from ten addresses')
    for (let i = 0; i < 45; i++) await login(`10.3.${i}.1`)
    const stranger = await login('10.4.0.1', u.password)
    assert.equal(stranger.statusCode, 429, 'an unknown address is held back, even with the right password')
    assert.ok(Number(stranger.headers['retry-after']) > 0)
    assert.equal((await login('10.1.0.1', u.password)).statusCode, 200, 'the owner, from an address they used, still logs in')
  })

  test('F10: an admin demoted to user loses admin rights at once', async () => {
    const u = await t.newUser()
    await t.rt.database.db.execute(sql`UPDATE users SET role = 'admin' WHERE id = ${u.uid}`)
    const token = (await t.request('POST', '/api/v1/auth/login', { body: { email: u.email, password: u.password } })).body.access_token
    assert.equal((await t.request('GET', '/api/v1/corpus/documents', { token })).status, 200)
    await t.rt.database.db.execute(sql`UPDATE users SET role = 'user' WHERE id = ${u.uid}`)
    assert.equal((await t.request('GET', '/api/v1/corpus/documents', { token })).status, 403)
  })
})

describe('F11: user mistakes are 4xx, never 500', () => {
  test('NUL and other control characters in titles, messages, comments, names, filters and queries are 422', async () => {
    const u = await t.newUser()
    const conv = await newConversation(u.access)
    const cases: Array<[string, string, unknown]> = [
      ['POST', '/api/v1/conversations', { title: 'a\u0000b' }],
      ['PATCH', `/api/v1/conversations/${conv}`, { title: 'x\u0000' }],
      ['POST', `/api/v1/conversations/${conv}/messages`, { content: 'zakat\u0000?' }],
      ['POST', '/api/v1/search', { query: 'zakat\u0000' }],
      ['POST', '/api/v1/search', { query: 'zakat', filters: { collection: 'q\u0000' } }],
      ['POST', '/api/v1/auth/signup', { email: `nul-${u.uid}@example.org`, password: 'a fine password 1', first_name: 'Ali\u0000' }],
      ['PUT', `/api/v1/conversations/${conv}/messages/${conv}/feedback`, { rating: 1, comment: 'bien\u0000' }],
      ['GET', '/api/v1/conversations?q=%00', undefined],
    ]
    for (const [method, url, body] of cases) {
      const r = await t.request(method, url, { token: u.access, body })
      assert.equal(r.status, 422, `${method} ${url}: ${r.text}`)
      assert.equal(r.body.error.code, 'validation_error')
    }
  })

  test('forged cursors are 400, a truncated or boundary-less multipart body is 400, a signed token for an unknown account is 401', async () => {
    const u = await t.newUser()
    const cursor = (s: string) => Buffer.from(s).toString('base64url')
    for (const c of [
      cursor(`2026-01-01T00:00:00.000Z|${'0'.repeat(36)}`),
      cursor('+275760-09-13T00:00:00.000Z|6f1c2c2e-0d3b-4a36-9d2e-2b8f6f2f8a01'),
      cursor('-271821-04-20T00:00:00.000Z|6f1c2c2e-0d3b-4a36-9d2e-2b8f6f2f8a01'),
    ]) {
      const r = await t.request('GET', `/api/v1/conversations?cursor=${c}`, { token: u.access })
      assert.equal(r.status, 400, r.text)
    }
    const conv = await newConversation(u.access)
    const { payload, headers } = multipart({ name: 'a.txt', bytes: Buffer.from('texte') })
    const truncated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${conv}/documents`,
      payload: payload.subarray(0, payload.length - 30),
      headers: { ...headers, authorization: `Bearer ${u.access}` },
    })
    assert.equal(truncated.statusCode, 400, truncated.body)
    const noBoundary = await t.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${conv}/documents`,
      payload: 'x',
      headers: { 'content-type': 'multipart/form-data', authorization: `Bearer ${u.access}` },
    })
    assert.ok([400, 415].includes(noBoundary.statusCode), noBoundary.body)
    const stranger = await new SignJWT({ role: 'user', fid: '0b7e6a52-5c1a-4f7b-8a9e-3c2d1e0f9a02' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('6f1c2c2e-0d3b-4a36-9d2e-2b8f6f2f8a01')
      .setJti('j')
      .setIssuer('fiqh-rag')
      .setAudience('fiqh-rag-api')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET))
    const r = await t.request('POST', '/api/v1/conversations', { token: stranger, body: {} })
    assert.equal(r.status, 401, r.text)
  })
})

describe('F12: limits per user', () => {
  test('conversations per minute, upload bytes per hour and concurrent answers are each a 429 with Retry-After', async () => {
    const u = await t.newUser()
    const made = []
    for (let i = 0; i < 6; i++) made.push(await t.request('POST', '/api/v1/conversations', { token: u.access, body: {} }))
    assert.deepEqual(
      made.map((r) => r.status),
      [201, 201, 201, 201, 201, 429],
    )
    assert.ok(Number(made[5]!.headers['retry-after']) > 0)

    const conv = made[0]!.body.id as string
    const bytes = Buffer.from(`Une note. ${'texte '.repeat(100_000)}`)
    assert.equal((await upload(conv, u.access, { name: 'a.txt', bytes })).statusCode, 202)
    const over = await upload(conv, u.access, { name: 'b.txt', bytes })
    assert.equal(over.statusCode, 429, over.body)
    assert.ok(Number(over.headers['retry-after']) > 0)

    // An answer already being written for this user (MAX_CONCURRENT_ANSWERS=1) holds the only slot.
    const release = await t.rt.services.quotas.hold(`answers:${u.uid}`, 1, 60)
    try {
      const second = await t.request('POST', `/api/v1/conversations/${made[1]!.body.id}/messages`, { token: u.access, body: { content: 'Qui reçoit la zakat ?' } })
      assert.equal(second.status, 429, second.text)
      assert.ok(Number(second.headers['retry-after']) > 0)
    } finally {
      await release()
    }
    assert.equal((await t.request('POST', `/api/v1/conversations/${made[1]!.body.id}/messages`, { token: u.access, body: { content: 'Qui reçoit la zakat ?' } })).status, 201)
  })
})

describe('transport', () => {
  test('F13: a body that trickles in is cut at the request timeout with the API’s error; 431 is in the API’s format too', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    const port = (t.app.server.address() as net.AddressInfo).port
    const slow = await raw(port, 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"e', { thenWaitMs: 60_000 })
    assert.match(slow, /^HTTP\/1\.1 408/)
    assert.match(slow, /"code":"request_timeout"/)
    const big = await raw(port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, { thenWaitMs: 30_000 })
    assert.match(big, /^HTTP\/1\.1 431/)
    assert.match(big, /"code":"headers_too_large"/)
  })

  test('F14: bidi controls are stripped from file names', async () => {
    const u = await t.newUser()
    const conv = await newConversation(u.access)
    const r = await upload(conv, u.access, { name: '\u202egnp.exe.txt', bytes: Buffer.from('note') })
    assert.equal(r.statusCode, 202)
    assert.equal(r.json().file_name, 'gnp.exe.txt')
  })

  test('/metrics answers this machine only (or a bearer token), not the world', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode, 200)
    const outside = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.7' })
    assert.equal(outside.statusCode, 404)
  })
})
