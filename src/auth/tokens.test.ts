import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, test } from 'node:test'
import { hashPassword, passwordProblem, verifyPassword } from './passwords'
import { createAccessTokens, hashToken, loadOrCreateSecret, newOpaqueToken } from './tokens'

const SECRET = 'unit-test-secret-unit-test-secret-0123'
const U1 = '6f1c2c2e-0d3b-4a36-9d2e-2b8f6f2f8a01'
const F1 = '0b7e6a52-5c1a-4f7b-8a9e-3c2d1e0f9a02'

describe('access tokens', () => {
  test('a signed token verifies to its claims', async () => {
    // A fixed clock: reading Date.now() after signing can cross a second boundary on a busy machine.
    const now = Date.now()
    const tokens = createAccessTokens(SECRET, 900, () => now)
    const { token, claims } = await tokens.sign({ sub: U1, role: 'admin', fid: F1 })
    const back = await tokens.verify(token)
    assert.deepEqual(back, claims)
    assert.equal(back.exp - Math.floor(now / 1000), 900)
  })

  test('a validly signed token whose subject or session is not an id is refused as invalid (401, never a query)', async () => {
    const tokens = createAccessTokens(SECRET, 900)
    for (const claims of [
      { sub: 'u1', fid: F1 },
      { sub: U1, fid: 'f1' },
      { sub: `${U1}'--`, fid: F1 },
    ]) {
      const { token } = await tokens.sign({ ...claims, role: 'user' })
      await assert.rejects(tokens.verify(token), (err: Error & { code?: string }) => err.code === 'invalid_token')
    }
  })

  test('each token has its own jti', async () => {
    const tokens = createAccessTokens(SECRET, 900)
    const a = await tokens.sign({ sub: U1, role: 'user', fid: F1 })
    const b = await tokens.sign({ sub: U1, role: 'user', fid: F1 })
    assert.notEqual(a.claims.jti, b.claims.jti)
  })

  test('expiry is enforced against the clock', async () => {
    let now = Date.now()
    const tokens = createAccessTokens(SECRET, 60, () => now)
    const { token } = await tokens.sign({ sub: U1, role: 'user', fid: F1 })
    now += 61_000
    await assert.rejects(tokens.verify(token), { code: 'token_expired' })
  })

  test('a token verified once is still refused when it expires, and a tampered copy of it is never taken for it', async () => {
    let now = Date.now()
    const tokens = createAccessTokens(SECRET, 60, () => now)
    const { token } = await tokens.sign({ sub: U1, role: 'user', fid: F1 })
    await tokens.verify(token)
    const [h, p, s] = token.split('.')
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString())
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, role: 'admin' })).toString('base64url')}.${s}`
    await assert.rejects(tokens.verify(tampered), { code: 'invalid_token' })
    assert.equal((await tokens.verify(token)).role, 'user')
    now += 61_000
    await assert.rejects(tokens.verify(token), { code: 'token_expired' })
  })

  test('another secret, a tampered payload and a truncated token are refused', async () => {
    const tokens = createAccessTokens(SECRET, 900)
    const { token } = await tokens.sign({ sub: U1, role: 'user', fid: F1 })
    await assert.rejects(createAccessTokens('x'.repeat(40), 900).verify(token), { code: 'invalid_token' })
    const [h, p, s] = token.split('.')
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString())
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, role: 'admin' })).toString('base64url')}.${s}`
    await assert.rejects(tokens.verify(tampered), { code: 'invalid_token' })
    await assert.rejects(tokens.verify(token.slice(0, -5)), { code: 'invalid_token' })
  })
})

describe('opaque tokens and secrets', () => {
  test('opaque tokens are 256-bit url-safe strings, stored as sha-256', () => {
    const t = newOpaqueToken()
    assert.match(t, /^[A-Za-z0-9_-]{43}$/)
    assert.match(hashToken(t), /^[0-9a-f]{64}$/)
    assert.notEqual(newOpaqueToken(), t)
  })

  test('the embedded secret is generated once and reused', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'secret-'))
    const a = await loadOrCreateSecret(dir)
    const b = await loadOrCreateSecret(dir)
    assert.equal(a, b)
    assert.ok(a.length >= 32)
    assert.equal((await fs.stat(path.join(dir, 'jwt-secret'))).mode & 0o777, 0o600)
    await fs.rm(dir, { recursive: true, force: true })
  })
})

describe('passwords', () => {
  test('argon2id hashes verify only the right password', async () => {
    const h = await hashPassword('correct horse')
    assert.match(h, /^\$argon2id\$/)
    assert.equal(await verifyPassword(h, 'correct horse'), true)
    assert.equal(await verifyPassword(h, 'correct horsE'), false)
    assert.equal(await verifyPassword('not a hash', 'x'), false)
  })

  test('the password may not be the email, whatever the case', () => {
    assert.ok(passwordProblem('Me@Example.org', 'me@example.org'))
    assert.equal(passwordProblem('something else', 'me@example.org'), undefined)
  })
})
