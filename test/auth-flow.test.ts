import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp()
})
after(() => t.close())

describe('the whole account flow through HTTP', () => {
  test('signup → mail → verify → login → me → refresh → logout → reset → old sessions dead → new login', async () => {
    const email = 'Aisha.Flow@Example.org'
    const password = 'first password 1'
    const signup = await t.request('POST', '/api/v1/auth/signup', { body: { email, password, first_name: 'Aïcha' }, headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    assert.equal(signup.status, 201)
    assert.equal(signup.body.user.email, 'aisha.flow@example.org')
    assert.equal(signup.body.user.is_verified, false)
    assert.equal(signup.body.user.role, 'user')
    assert.ok(!('password_hash' in signup.body.user) && !JSON.stringify(signup.body).includes('argon2'))

    const mails = await t.mails()
    assert.equal(mails.length, 1)
    assert.equal(mails[0]!.subject, 'Confirm your email address')

    const early = await t.request('POST', '/api/v1/auth/login', { body: { email, password } })
    assert.equal(early.status, 403)
    assert.equal(early.body.error.code, 'email_not_verified')

    const verifyToken = await t.tokenFromMail('aisha.flow@example.org', 'http://app.test/verify-email')
    const verified = await t.request('GET', `/api/v1/auth/verify/${verifyToken}`)
    assert.equal(verified.status, 200)
    const again = await t.request('POST', '/api/v1/auth/verify', { body: { token: verifyToken } })
    assert.equal(again.status, 400)
    assert.equal(again.body.error.code, 'token_used')

    const login = await t.request('POST', '/api/v1/auth/login', { body: { email: 'aisha.flow@example.org', password } })
    assert.equal(login.status, 200)
    assert.equal(login.body.token_type, 'bearer')
    assert.equal(login.body.expires_in, 900)
    const { access_token: access1, refresh_token: refresh1 } = login.body

    const me = await t.request('GET', '/api/v1/auth/me', { token: access1 })
    assert.equal(me.status, 200)
    assert.equal(me.body.first_name, 'Aïcha')
    assert.equal(me.body.is_verified, true)

    const rotated = await t.request('POST', '/api/v1/auth/refresh', { body: { refresh_token: refresh1 } })
    assert.equal(rotated.status, 200)
    assert.notEqual(rotated.body.refresh_token, refresh1)
    const { access_token: access2, refresh_token: refresh2 } = rotated.body

    // Presenting the spent token again means it leaked: the whole family dies, the fresh token too.
    const reused = await t.request('POST', '/api/v1/auth/refresh', { body: { refresh_token: refresh1 } })
    assert.equal(reused.status, 401)
    assert.equal(reused.body.error.code, 'token_reused')
    const afterReuse = await t.request('POST', '/api/v1/auth/refresh', { body: { refresh_token: refresh2 } })
    assert.equal(afterReuse.status, 401)
    assert.equal(afterReuse.body.error.code, 'token_revoked')
    assert.equal((await t.request('GET', '/api/v1/auth/me', { token: access2 })).status, 401, 'access tokens of the revoked family stop too')

    // A new session, then logout: both of its tokens are dead afterwards.
    const s2 = (await t.request('POST', '/api/v1/auth/login', { body: { email, password } })).body
    const logout = await t.request('POST', '/api/v1/auth/logout', { token: s2.access_token, body: { refresh_token: s2.refresh_token } })
    assert.equal(logout.status, 204)
    const meAfterLogout = await t.request('GET', '/api/v1/auth/me', { token: s2.access_token })
    assert.equal(meAfterLogout.status, 401)
    assert.equal(meAfterLogout.body.error.code, 'token_revoked')
    assert.equal((await t.request('POST', '/api/v1/auth/refresh', { body: { refresh_token: s2.refresh_token } })).status, 401)

    // Reset: same answer for a known and an unknown address; only the known one gets a mail.
    const s3 = (await t.request('POST', '/api/v1/auth/login', { body: { email, password } })).body
    const before = (await t.mails()).length
    const known = await t.request('POST', '/api/v1/auth/password-reset-request', { body: { email } })
    const unknown = await t.request('POST', '/api/v1/auth/password-reset-request', { body: { email: 'nobody@example.org' } })
    assert.equal(known.status, 202)
    assert.equal(unknown.status, 202)
    assert.deepEqual(known.body, unknown.body)
    const resetToken = await t.tokenFromMail('aisha.flow@example.org', 'http://app.test/reset-password')
    await t.rt.services.auth.settle()
    assert.equal((await t.mails()).length, before + 1)

    const mismatch = await t.request('POST', '/api/v1/auth/password-reset-confirm', { body: { token: resetToken, new_password: 'second password 2', confirm_new_password: 'other' } })
    assert.equal(mismatch.status, 422)
    const confirm = await t.request('POST', '/api/v1/auth/password-reset-confirm', { body: { token: resetToken, new_password: 'second password 2', confirm_new_password: 'second password 2' } })
    assert.equal(confirm.status, 200)
    const reuseReset = await t.request('POST', '/api/v1/auth/password-reset-confirm', { body: { token: resetToken, new_password: 'third password 3', confirm_new_password: 'third password 3' } })
    assert.equal(reuseReset.status, 400)

    assert.equal((await t.request('GET', '/api/v1/auth/me', { token: s3.access_token })).status, 401, 'old access token dead after reset')
    assert.equal((await t.request('POST', '/api/v1/auth/refresh', { body: { refresh_token: s3.refresh_token } })).status, 401, 'old refresh token dead after reset')
    assert.equal((await t.request('POST', '/api/v1/auth/login', { body: { email, password } })).status, 401, 'old password refused')
    const fresh = await t.request('POST', '/api/v1/auth/login', { body: { email, password: 'second password 2' } })
    assert.equal(fresh.status, 200)
  })

  test('change password keeps the current session and closes the others', async () => {
    const u = await t.newUser()
    const other = (await t.request('POST', '/api/v1/auth/login', { body: { email: u.email, password: u.password } })).body
    const wrong = await t.request('POST', '/api/v1/auth/change-password', { token: u.access, body: { current_password: 'not it at all', new_password: 'brand new secret' } })
    assert.equal(wrong.status, 422)
    assert.equal(wrong.body.error.details[0].field, 'body.current_password')
    const changed = await t.request('POST', '/api/v1/auth/change-password', { token: u.access, body: { current_password: u.password, new_password: 'brand new secret' } })
    assert.equal(changed.status, 200)
    assert.equal((await t.request('GET', '/api/v1/auth/me', { token: u.access })).status, 200, 'this session lives on')
    assert.equal((await t.request('POST', '/api/v1/auth/refresh', { body: { refresh_token: u.refresh } })).status, 200)
    assert.equal((await t.request('GET', '/api/v1/auth/me', { token: other.access_token })).status, 401, 'the other session is closed')
    assert.equal((await t.request('POST', '/api/v1/auth/refresh', { body: { refresh_token: other.refresh_token } })).status, 401)
    assert.equal((await t.request('POST', '/api/v1/auth/login', { body: { email: u.email, password: 'brand new secret' } })).status, 200)
  })

  test('duplicate signup is a 409, whatever the case of the address', async () => {
    const u = await t.newUser('dup@example.org')
    const again = await t.request('POST', '/api/v1/auth/signup', { body: { email: 'DUP@example.org', password: 'another password' } })
    assert.equal(again.status, 409)
    assert.equal(again.body.error.code, 'user_exists')
    assert.ok(u.uid)
  })

  test('unknown email and wrong password give the same 401', async () => {
    const u = await t.newUser()
    const wrong = await t.request('POST', '/api/v1/auth/login', { body: { email: u.email, password: 'wrong password!' } })
    const unknown = await t.request('POST', '/api/v1/auth/login', { body: { email: 'ghost@example.org', password: 'wrong password!' } })
    assert.equal(wrong.status, 401)
    assert.deepEqual(wrong.body, unknown.body)
    assert.equal(wrong.body.error.code, 'invalid_credentials')
  })

  test('resend-verification answers 202 for any address and mails only unverified accounts', async () => {
    await t.request('POST', '/api/v1/auth/signup', { body: { email: 'late@example.org', password: 'late password 1' } })
    const count = (await t.mails()).filter((m) => m.to.includes('late@example.org')).length
    const r1 = await t.request('POST', '/api/v1/auth/resend-verification', { body: { email: 'late@example.org' } })
    const r2 = await t.request('POST', '/api/v1/auth/resend-verification', { body: { email: 'never@example.org' } })
    assert.equal(r1.status, 202)
    assert.equal(r2.status, 202)
    assert.deepEqual(r1.body, r2.body)
    // The mail goes after the answer (the answer's timing must not tell whether the account exists).
    await t.rt.services.auth.settle()
    assert.equal((await t.mails()).filter((m) => m.to.includes('late@example.org')).length, count + 1)
    // The newer link replaces the older one.
    const newest = await t.tokenFromMail('late@example.org', '/verify-email')
    assert.equal((await t.request('POST', '/api/v1/auth/verify', { body: { token: newest } })).status, 200)
  })

  test('French is the default language of mails', async () => {
    await t.request('POST', '/api/v1/auth/signup', { body: { email: 'fr@example.org', password: 'mot de passe 1' } })
    const mail = (await t.mails()).find((m) => m.to.includes('fr@example.org'))
    assert.ok(mail)
    assert.match(mail.text, /Confirmez votre adresse/)
  })

  test('the password may not be the email address', async () => {
    const r = await t.request('POST', '/api/v1/auth/signup', { body: { email: 'same@example.org', password: 'same@example.org' } })
    assert.equal(r.status, 422)
    assert.equal(r.body.error.details[0].field, 'body.password')
  })
})
