import { Redis } from 'ioredis'
import type { Logger } from 'pino'
import type { Cache } from './cache'

function createRedisClient(url: string, logger: Logger): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    // Fail fast while Redis is away: requests get a 503 instead of hanging on a queue.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 3_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  })
  let down = false
  client.on('error', (err) => {
    if (!down) logger.warn({ err: err.message }, 'Redis unavailable; retrying')
    down = true
  })
  client.on('ready', () => {
    if (down) logger.info('Redis connection restored')
    down = false
  })
  return client
}

export async function createRedisCache(url: string, prefix: string, logger: Logger): Promise<Cache> {
  const redis = createRedisClient(url, logger)
  await redis.connect()
  const k = (key: string) => prefix + key
  return {
    kind: 'redis',
    redis,
    async get(key) {
      return redis.get(k(key))
    },
    async hasAny(keys) {
      if (keys.length === 0) return false
      return (await redis.exists(...keys.map(k))) > 0
    },
    async set(key, value, ttlS) {
      await redis.set(k(key), value, 'EX', Math.max(1, Math.ceil(ttlS)))
    },
    async del(key) {
      await redis.del(k(key))
    },
    async incr(key, ttlS, by = 1) {
      const [[, count], [, ttl]] = (await redis
        .multi()
        .incrby(k(key), by)
        .expire(k(key), ttlS, 'NX')
        .ttl(k(key))
        .exec()
        .then((r) => [r![0]!, r![2]!])) as [[unknown, number], [unknown, number]]
      return { count, ttlS: ttl > 0 ? ttl : ttlS }
    },
    async decr(key, by = 1) {
      await redis.decrby(k(key), by)
    },
    async ping() {
      await redis.ping()
    },
    async close() {
      redis.disconnect()
    },
  }
}
