import type { Cache } from '../cache/cache'
import { RateLimited } from '../errors'
import { normaliseEmail } from './users'

/** Failed logins for one email, from anywhere, in an hour, before unknown addresses are held back. */
const GLOBAL_FAILURES_PER_HOUR = 50
/** How long an address from which the owner logged in stays known. */
const KNOWN_FOR_S = 30 * 24 * 3600

/**
 * Login attempts, limited so that guessing is slow and the owner is never locked out:
 * - per email and address: `perMinute` attempts a minute (one attacker, one victim);
 * - per email from everywhere: after 50 failures in an hour, only addresses the owner has logged in from
 *   (in the last 30 days) may still try — ten attackers' addresses cannot lock the owner out, and a
 *   distributed guess is held to 50 an hour. The refusal is a 429 with the wait (back-off, no CAPTCHA).
 */
export function createLoginGuard(cache: Cache, opts: { perMinute: number }) {
  const knownKey = (e: string, ip: string) => `login:known:${normaliseEmail(e)}:${ip}`
  return {
    async check(e: string, ip: string): Promise<void> {
      const local = await cache.incr(`rl:login:${normaliseEmail(e)}:${ip}`, 60)
      if (local.count > opts.perMinute) throw new RateLimited(local.ttlS)
      const failures = Number((await cache.get(`login:failures:${normaliseEmail(e)}`)) ?? 0)
      if (failures >= GLOBAL_FAILURES_PER_HOUR && !(await cache.get(knownKey(e, ip)))) throw new RateLimited(3600)
    },
    async failed(e: string): Promise<void> {
      await cache.incr(`login:failures:${normaliseEmail(e)}`, 3600)
    },
    async succeeded(e: string, ip: string): Promise<void> {
      await cache.set(knownKey(e, ip), '1', KNOWN_FOR_S)
    },
  }
}
