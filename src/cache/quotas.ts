import { RateLimited } from '../errors'
import type { Cache } from './cache'

/**
 * Per-user (or per-key) quotas on the shared cache, so they hold across instances: slots held while work
 * runs (answers being written, uploads being received), and amounts spent in a window (conversations
 * created, bytes uploaded). Over a quota: 429 with Retry-After.
 */
export function createQuotas(cache: Cache) {
  return {
    /**
     * Takes one of `max` slots under `key`; the returned function gives it back. `ttlS` bounds a slot that a
     * crashed process never gave back.
     */
    async hold(key: string, max: number, ttlS: number, retryAfterS = 5): Promise<() => Promise<void>> {
      const { count } = await cache.incr(`slots:${key}`, ttlS)
      let released = false
      const release = async () => {
        if (released) return
        released = true
        await cache.decr(`slots:${key}`).catch(() => undefined)
      }
      if (count > max) {
        await release()
        throw new RateLimited(retryAfterS)
      }
      return release
    },

    /** Spends `amount` of `max` in a window of `windowS` from its first spending. */
    async spend(key: string, amount: number, max: number, windowS: number): Promise<void> {
      const { count, ttlS } = await cache.incr(`spent:${key}`, windowS, amount)
      if (count > max) throw new RateLimited(ttlS)
    },
  }
}

export type Quotas = ReturnType<typeof createQuotas>
