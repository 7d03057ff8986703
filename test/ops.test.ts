import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp({ CORS_ORIGINS: 'https://allowed.example' }, (app) => {
    app.get('/boom-test-only', async () => {
      throw new Error('secret internal detail at db.ts:12')
    })
  })
})
after(() => t.close())

describe('operations endpoints', () => {
  test('/health and /api/v1/health answer ok', async () => {
    for (const url of ['/health', '/api/v1/health']) {
      const r = await t.request('GET', url)
      assert.equal(r.status, 200)
      assert.deepEqual(r.body, { status: 'ok' })
    }
  })

  test('/ready reports database, cache and vector search', async () => {
    const r = await t.request('GET', '/ready')
    assert.equal(r.status, 200)
    assert.equal(r.body.checks.database.status, 'up')
    assert.equal(r.body.checks.database.kind, t.rt.database.kind)
    assert.equal(r.body.checks.cache.kind, t.rt.cache.kind)
    assert.equal(typeof r.body.checks.vector_search, 'string')
  })

  test('/metrics exposes request durations by route and process metrics', async () => {
    await t.request('GET', '/health')
    const r = await t.request('GET', '/metrics')
    assert.equal(r.status, 200)
    assert.match(r.text, /http_request_duration_seconds_bucket\{.*route="\/health".*status="200"/)
    assert.match(r.text, /process_resident_memory_bytes/)
  })

  test('/openapi.json is generated from the route schemas and /docs serves the UI', async () => {
    const spec = await t.request('GET', '/openapi.json')
    assert.equal(spec.status, 200)
    assert.match(spec.body.openapi, /^3\./)
    assert.ok(spec.body.paths['/api/v1/auth/login'].post.requestBody)
    assert.ok(spec.body.paths['/api/v1/auth/signup'].post.responses['201'])
    const docs = await t.request('GET', '/docs/')
    assert.equal(docs.status, 200)
    assert.match(docs.text, /swagger/i)
  })

  test('every response carries a request id, and a given one is echoed', async () => {
    const r = await t.request('GET', '/health', { headers: { 'x-request-id': 'trace-123' } })
    assert.equal(r.headers['x-request-id'], 'trace-123')
    const generated = await t.request('GET', '/health')
    assert.match(String(generated.headers['x-request-id']), /^[0-9a-f-]{36}$/)
  })

  test('security headers are set', async () => {
    const r = await t.request('GET', '/health')
    assert.equal(r.headers['x-content-type-options'], 'nosniff')
    assert.ok(r.headers['content-security-policy'])
    assert.ok(r.headers['strict-transport-security'])
  })

  test('CORS answers only the allowed origins', async () => {
    const ok = await t.request('OPTIONS', '/api/v1/auth/login', { headers: { origin: 'https://allowed.example', 'access-control-request-method': 'POST' } })
    assert.equal(ok.headers['access-control-allow-origin'], 'https://allowed.example')
    const no = await t.request('OPTIONS', '/api/v1/auth/login', { headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } })
    assert.notEqual(no.headers['access-control-allow-origin'], 'https://evil.example')
  })

  test('an unexpected error is a 500 with a request id and no internals', async () => {
    const r = await t.request('GET', '/boom-test-only')
    assert.equal(r.status, 500)
    assert.equal(r.body.error.code, 'internal_error')
    assert.equal(r.body.error.request_id, r.headers['x-request-id'])
    assert.doesNotMatch(r.text, /secret internal detail|db\.ts/)
    assert.equal((await t.request('GET', '/health')).status, 200)
  })
})
