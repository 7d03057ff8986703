import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp()
})
after(() => t.close())

const scriptOf = (html: string) => /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]

describe('the chat page served by the app', () => {
  test('/ answers the page, revalidated on every load, under a CSP that allows only its own scripts', async () => {
    const r = await t.request('GET', '/')
    assert.equal(r.status, 200)
    assert.match(String(r.headers['content-type']), /text\/html/)
    assert.match(r.text, /<div id="app"><\/div>/)
    assert.ok(scriptOf(r.text), 'the built script is referenced')
    assert.equal(r.headers['cache-control'], 'no-cache')
    const csp = String(r.headers['content-security-policy'])
    assert.match(csp, /script-src 'self'(;|$)/)
    assert.doesNotMatch(csp, /upgrade-insecure-requests/, 'the embedded default serves plain http')
  })

  test('every address of the page (mail links, a reloaded conversation) answers the same page', async () => {
    const home = (await t.request('GET', '/')).text
    for (const url of ['/login', '/signup', '/signup/sent?email=a%40b.org', '/forgot-password', '/account', '/inheritance', '/reset-password?token=abc', '/c/7d3f5a2e-8a4b-4c1d-9e2f-0a1b2c3d4e5f']) {
      const r = await t.request('GET', url)
      assert.equal(r.status, 200, url)
      assert.equal(r.text, home, url)
    }
  })

  test('opening the verification link does not spend it: the page spends it with a POST', async () => {
    await t.request('POST', '/api/v1/auth/signup', { body: { email: 'page@example.org', password: 'page password 1' } })
    const token = await t.tokenFromMail('page@example.org', '/verify-email')
    const opened = await t.request('GET', `/verify-email?token=${token}`)
    assert.equal(opened.status, 200)
    assert.doesNotMatch(opened.text, new RegExp(token), 'the token is not reflected into the page')
    assert.equal((await t.request('POST', '/api/v1/auth/verify', { body: { token } })).status, 200)
    assert.equal((await t.request('POST', '/api/v1/auth/login', { body: { email: 'page@example.org', password: 'page password 1' } })).status, 200)
  })

  test('assets are served with a year of immutable caching, and nothing outside them', async () => {
    const script = scriptOf((await t.request('GET', '/')).text)!
    const js = await t.request('GET', script)
    assert.equal(js.status, 200)
    assert.match(String(js.headers['content-type']), /javascript/)
    assert.match(String(js.headers['cache-control']), /max-age=31536000.*immutable/)
    assert.equal((await t.request('GET', '/favicon.svg')).status, 200)
    for (const url of ['/assets/missing.js', '/assets/../../package.json', '/assets/%2e%2e/%2e%2e/package.json', '/index.html', '/src/main.tsx']) {
      const r = await t.request('GET', url)
      assert.equal(r.status, 404, url)
      assert.doesNotMatch(r.text, /"name": "fiqh-rag"/, url)
    }
  })

  test('unknown addresses and the API keep their JSON errors', async () => {
    const api = await t.request('GET', '/api/v1/nope')
    assert.equal(api.status, 404)
    assert.equal(JSON.parse(api.text).error.code, 'not_found')
    const form = await t.request('POST', '/api/v1/auth/login', { body: 'email=a%40b.org&password=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    assert.equal(form.status, 415)
  })
})
