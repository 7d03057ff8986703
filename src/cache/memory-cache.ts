import { LRUCache } from 'lru-cache'
import type { Cache } from './cache'

interface Entry {
  value: string
}

/** In-process cache for the embedded mode: one process, so nothing to share. */
export function createMemoryCache(maxEntries = 100_000): Cache {
  const lru = new LRUCache<string, Entry>({ max: maxEntries, ttlAutopurge: false })
  return {
    kind: 'memory',
    redis: null,
    async get(key) {
      return lru.get(key)?.value ?? null
    },
    async hasAny(keys) {
      return keys.some((k) => lru.get(k) !== undefined)
    },
    async set(key, value, ttlS) {
      lru.set(key, { value }, { ttl: Math.max(1, ttlS) * 1000 })
    },
    async del(key) {
      lru.delete(key)
    },
    async incr(key, ttlS, by = 1) {
      const existing = lru.get(key)
      if (!existing) {
        lru.set(key, { value: String(by) }, { ttl: ttlS * 1000 })
        return { count: by, ttlS }
      }
      const count = Number(existing.value) + by
      const remainingMs = lru.getRemainingTTL(key)
      // Keep the window's original expiry: the counter must not extend itself.
      lru.set(key, { value: String(count) }, { ttl: Math.max(1, remainingMs) })
      return { count, ttlS: Math.ceil(remainingMs / 1000) }
    },
    async decr(key, by = 1) {
      const existing = lru.get(key)
      if (!existing) return
      lru.set(key, { value: String(Number(existing.value) - by) }, { ttl: Math.max(1, lru.getRemainingTTL(key)) })
    },
    async ping() {},
    async close() {
      lru.clear()
    },
  }
}
