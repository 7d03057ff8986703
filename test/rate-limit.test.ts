import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp({ RATE_LIMIT_AUTH_PER_MIN: '3' })
})
after(() => t.close())

describe('rate limits on login and password reset', () => {
  test('per email and address: the fourth login attempt in a minute is a 429 with Retry-After; other addresses are not held back', async () => {
    const attempt = (email: string, ip: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'whatever password' }, remoteAddress: ip })
    for (let i = 0; i < 3; i++) assert.equal((await attempt('target@example.org', '10.0.0.1')).statusCode, 401)
    const blocked = await attempt('target@example.org', '10.0.0.1')
    assert.equal(blocked.statusCode, 429)
    assert.ok(Number(blocked.headers['retry-after']) >= 1)
    assert.equal(blocked.json().error.code, 'rate_limited')
    // The same email from another address (its owner, elsewhere) may still try (F9).
    assert.equal((await attempt('target@example.org', '10.0.0.2')).statusCode, 401)
  })

  test('per IP: the fourth reset request from one address is a 429, whatever the email', async () => {
    const reset = (email: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset-request', payload: { email }, remoteAddress: '10.9.9.9' })
    for (let i = 0; i < 3; i++) assert.equal((await reset(`r${i}@example.org`)).statusCode, 202)
    const blocked = await reset('r9@example.org')
    assert.equal(blocked.statusCode, 429)
    assert.ok(blocked.headers['retry-after'])
    assert.equal(blocked.json().error.code, 'rate_limited')
  })
})
