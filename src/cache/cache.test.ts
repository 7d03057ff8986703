import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { describe, test } from 'node:test'
import pino from 'pino'
import type { Cache } from './cache'
import { createMemoryCache } from './memory-cache'
import { createRedisCache } from './redis-cache'

const logger = pino({ level: 'silent' })
const backends: Array<[string, () => Promise<Cache>]> = [['memory', async () => createMemoryCache()]]
if (process.env.REDIS_URL) backends.push(['redis', () => createRedisCache(process.env.REDIS_URL!, `test:${randomUUID()}:`, logger)])

for (const [name, open] of backends) {
  describe(`${name} cache`, () => {
    test('set, get, hasAny and del', async () => {
      const c = await open()
      assert.equal(await c.get('k'), null)
      await c.set('k', 'v', 60)
      assert.equal(await c.get('k'), 'v')
      assert.equal(await c.hasAny(['nope', 'k']), true)
      assert.equal(await c.hasAny(['nope']), false)
      assert.equal(await c.hasAny([]), false)
      await c.del('k')
      assert.equal(await c.get('k'), null)
      await c.close()
    })

    test('values expire after their ttl', async () => {
      const c = await open()
      await c.set('short', 'v', 1)
      await new Promise((r) => setTimeout(r, 1_200))
      assert.equal(await c.get('short'), null)
      await c.close()
    })

    test('incr counts within a fixed window that does not extend itself', async () => {
      const c = await open()
      const a = await c.incr('ctr', 2)
      const b = await c.incr('ctr', 2)
      assert.equal(a.count, 1)
      assert.equal(b.count, 2)
      assert.ok(b.ttlS <= 2 && b.ttlS >= 1)
      await new Promise((r) => setTimeout(r, 2_200))
      assert.equal((await c.incr('ctr', 2)).count, 1)
      await c.close()
    })
  })
}
