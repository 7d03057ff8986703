import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'

let t: TestApp
before(async () => {
  t = await startTestApp({ RATE_LIMIT_NOT_FOUND_PER_MIN: '5' })
})
after(() => t.close())

describe('unknown addresses', () => {
  test('are rate-limited per client like the rest of the API, in the API error format', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await t.request('GET', `/api/v1/scan-${i}`)
      assert.equal(r.status, 404)
      assert.equal(r.body.error.code, 'not_found')
    }
    const limited = await t.request('GET', '/api/v1/scan-next')
    assert.equal(limited.status, 429)
    assert.equal(limited.body.error.code, 'rate_limited')
    assert.ok(Number(limited.headers['retry-after']) > 0)
  })
})
