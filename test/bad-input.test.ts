import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { SignJWT, UnsecuredJWT } from 'jose'
import { startTestApp, TEST_JWT_SECRET, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp()
})
after(() => t.close())

function assertErrorShape(res: { status: number; body: any; text: string }, status: number, code?: string) {
  assert.equal(res.status, status, res.text)
  assert.equal(typeof res.body?.error?.code, 'string', res.text)
  assert.equal(typeof res.body.error.message, 'string')
  if (code) assert.equal(res.body.error.code, code)
  assert.doesNotMatch(res.text, /at .+\.(ts|js):\d+|node_modules|stack/i, 'no stack trace reaches the client')
}

describe('bad input gets a clear error, never a 500', () => {
  test('malformed JSON is a 400', async () => {
    const r = await t.request('POST', '/api/v1/auth/login', { body: '{"email": "a@b.c", ', headers: { 'content-type': 'application/json' } })
    assertErrorShape(r, 400, 'malformed_json')
  })

  test('a wrong content type is a 415', async () => {
    const r = await t.request('POST', '/api/v1/auth/login', { body: 'email=a@b.c', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    assertErrorShape(r, 415, 'unsupported_media_type')
  })

  test('missing fields are listed one by one in a 422', async () => {
    const r = await t.request('POST', '/api/v1/auth/signup', { body: {} })
    assertErrorShape(r, 422, 'validation_error')
    const fields = r.body.error.details.map((d: { field: string }) => d.field).sort()
    assert.deepEqual(fields, ['body.email', 'body.password'])
  })

  test('extra fields are refused', async () => {
    const r = await t.request('POST', '/api/v1/auth/signup', { body: { email: 'x@example.org', password: 'long enough 1', role: 'admin' } })
    assertErrorShape(r, 422, 'validation_error')
    assert.match(JSON.stringify(r.body.error.details), /role/)
  })

  test('invalid email, short and oversized passwords, oversized names', async () => {
    for (const body of [
      { email: 'not-an-email', password: 'long enough 1' },
      { email: 'x@example.org', password: 'short' },
      { email: 'x@example.org', password: 'p'.repeat(129) },
      { email: 'x@example.org', password: 'long enough 1', first_name: 'n'.repeat(101) },
      { email: `${'a'.repeat(250)}@example.org`, password: 'long enough 1' },
    ]) {
      assertErrorShape(await t.request('POST', '/api/v1/auth/signup', { body }), 422, 'validation_error')
    }
  })

  test('a 10 MB body is a 413', async () => {
    const big = JSON.stringify({ email: 'x@example.org', password: 'x'.repeat(10 * 1024 * 1024) })
    const r = await t.request('POST', '/api/v1/auth/login', { body: big, headers: { 'content-type': 'application/json' } })
    assertErrorShape(r, 413, 'payload_too_large')
  })

  test('SQL-looking strings are stored verbatim', async () => {
    const name = "Robert'); DROP TABLE users;--"
    const u = await t.newUser(`sql-${Date.now()}@example.org`)
    const r = await t.request('POST', '/api/v1/auth/signup', { body: { email: `o'reilly-${Date.now()}@example.org`, password: 'long enough 1', first_name: name } })
    assert.equal(r.status, 201)
    assert.equal(r.body.user.first_name, name)
    assert.equal((await t.request('GET', '/api/v1/auth/me', { token: u.access })).status, 200, 'the users table is still there')
  })

  test('unknown routes are a 404 in the API format', async () => {
    assertErrorShape(await t.request('GET', '/api/v1/nothing-here'), 404, 'not_found')
    assertErrorShape(await t.request('DELETE', '/api/v1/auth/me'), 404, 'not_found')
  })

  test('missing, garbage, unsigned, wrongly signed, expired and revoked tokens are 401', async () => {
    const u = await t.newUser()
    const me = (token?: string, headers?: Record<string, string>) => t.request('GET', '/api/v1/auth/me', { token, headers })
    assertErrorShape(await me(), 401, 'missing_token')
    assertErrorShape(await me('garbage'), 401, 'invalid_token')
    assertErrorShape(await me(undefined, { authorization: 'Basic abc' }), 401, 'invalid_token')
    const claims = { role: 'admin', fid: '00000000-0000-0000-0000-000000000000' }
    const none = new UnsecuredJWT(claims).setSubject(u.uid).setJti('j').setIssuer('fiqh-rag').setAudience('fiqh-rag-api').setExpirationTime('10m').encode()
    assertErrorShape(await me(none), 401, 'invalid_token')
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(u.uid)
      .setJti('j')
      .setIssuer('fiqh-rag')
      .setAudience('fiqh-rag-api')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'))
    assertErrorShape(await me(forged), 401, 'invalid_token')
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(u.uid)
      .setJti('j')
      .setIssuer('fiqh-rag')
      .setAudience('fiqh-rag-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET))
    assertErrorShape(await me(expired), 401, 'token_expired')
    await t.request('POST', '/api/v1/auth/logout', { token: u.access })
    assertErrorShape(await me(u.access), 401, 'token_revoked')
  })

  test('garbage, used and unknown link tokens are refused', async () => {
    assertErrorShape(await t.request('POST', '/api/v1/auth/verify', { body: { token: '../../etc/passwd' } }), 422)
    assertErrorShape(await t.request('POST', '/api/v1/auth/verify', { body: { token: 'a'.repeat(43) } }), 400, 'invalid_token')
    assertErrorShape(await t.request('GET', `/api/v1/auth/verify/${'b'.repeat(43)}`), 400, 'invalid_token')
    assertErrorShape(
      await t.request('POST', '/api/v1/auth/password-reset-confirm', { body: { token: 'c'.repeat(43), new_password: 'long enough 1', confirm_new_password: 'long enough 1' } }),
      400,
      'invalid_token',
    )
    assertErrorShape(await t.request('POST', '/api/v1/auth/refresh', { body: { refresh_token: 'd'.repeat(43) } }), 401, 'invalid_token')
  })

  test('after all of this the server is still healthy', async () => {
    assert.equal((await t.request('GET', '/health')).status, 200)
    assert.equal((await t.request('GET', '/ready')).status, 200)
  })
})
