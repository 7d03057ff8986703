import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp()
})
after(() => t.close())

const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
})

describe('the pages that mailed links open', () => {
  test('the verification link confirms the address in the browser, once', async () => {
    await t.request('POST', '/api/v1/auth/signup', { body: { email: 'page@example.org', password: 'page password 1' } })
    const token = await t.tokenFromMail('page@example.org', '/verify-email')
    const first = await t.request('GET', `/verify-email?token=${token}`)
    assert.equal(first.status, 200)
    assert.match(String(first.headers['content-type']), /text\/html/)
    assert.match(first.text, /Adresse confirmée/)
    const second = await t.request('GET', `/verify-email?token=${token}`, { headers: { 'accept-language': 'en' } })
    assert.equal(second.status, 400)
    assert.match(second.text, /already been used/)
    assert.equal((await t.request('POST', '/api/v1/auth/login', { body: { email: 'page@example.org', password: 'page password 1' } })).status, 200)
  })

  test('the reset link shows a form that sets the new password', async () => {
    const u = await t.newUser()
    await t.request('POST', '/api/v1/auth/password-reset-request', { body: { email: u.email } })
    const token = await t.tokenFromMail(u.email, '/reset-password')
    const shown = await t.request('GET', `/reset-password?token=${token}`)
    assert.equal(shown.status, 200)
    assert.match(shown.text, new RegExp(`name="token" value="${token}"`))
    const mismatch = await t.request('POST', '/reset-password', form({ token, new_password: 'new page password', confirm_new_password: 'different' }))
    assert.equal(mismatch.status, 422)
    const done = await t.request('POST', '/reset-password', form({ token, new_password: 'new page password', confirm_new_password: 'new page password' }))
    assert.equal(done.status, 200)
    assert.equal((await t.request('GET', '/api/v1/auth/me', { token: u.access })).status, 401)
    assert.equal((await t.request('POST', '/api/v1/auth/login', { body: { email: u.email, password: 'new page password' } })).status, 200)
  })

  test('markup in a forged token is not reflected', async () => {
    const r = await t.request('GET', '/reset-password?token=%22%3E%3Cscript%3Ealert(1)%3C/script%3E')
    assert.equal(r.status, 200)
    assert.doesNotMatch(r.text, /<script>/)
  })

  test('the API itself still refuses form bodies', async () => {
    const r = await t.request('POST', '/api/v1/auth/login', form({ email: 'a@b.org', password: 'x' }))
    assert.equal(r.status, 415)
  })
})
