import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ConfigError, loadConfig } from './config'

describe('config', () => {
  test('an empty environment gives the embedded defaults', () => {
    const c = loadConfig({})
    assert.equal(c.PORT, 8000)
    assert.equal(c.DATABASE_URL, undefined)
    assert.equal(c.REDIS_URL, undefined)
    assert.match(c.DATA_DIR, /data$/)
    assert.equal(c.APP_URL, 'http://localhost:8000')
    assert.equal(c.ACCESS_TOKEN_TTL_S, 900)
    assert.deepEqual(c.CORS_ORIGINS, [])
  })

  test('empty strings count as unset', () => {
    assert.equal(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).DATABASE_URL, undefined)
  })

  test('each bad variable gets its own line', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short', LOG_LEVEL: 'loud' })
      assert.fail('should throw')
    } catch (err) {
      assert.ok(err instanceof ConfigError)
      const joined = err.problems.join('\n')
      for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL']) assert.match(joined, new RegExp(`^${name}:`, 'm'))
    }
  })

  test('DATABASE_URL without JWT_SECRET fails fast: instances must share the secret', () => {
    assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://localhost/x' }), /JWT_SECRET: is required when DATABASE_URL is set/)
  })

  test('lists and URLs are parsed', () => {
    const c = loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', APP_URL: 'https://fiqh.example/' })
    assert.deepEqual(c.CORS_ORIGINS, ['https://a.example', 'https://b.example'])
    assert.equal(c.APP_URL, 'https://fiqh.example')
  })
})
