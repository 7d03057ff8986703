import type { Redis } from 'ioredis'

/** The shared key-value store: revocation list, rate-limit counters, short-lived flags. */
export interface Cache {
  readonly kind: 'memory' | 'redis'
  /** The Redis connection behind it, for plugins that speak Redis themselves (rate limits); null in process. */
  readonly redis: Redis | null
  get(key: string): Promise<string | null>
  /** Any of the keys present (one round trip). */
  hasAny(keys: string[]): Promise<boolean>
  set(key: string, value: string, ttlS: number): Promise<void>
  del(key: string): Promise<void>
  /** Increments (by `by`, default 1) a counter that lives ttlS from its first increment; returns the count and the seconds left. */
  incr(key: string, ttlS: number, by?: number): Promise<{ count: number; ttlS: number }>
  /** Decrements a counter made by incr, keeping its expiry (a slot given back). */
  decr(key: string, by?: number): Promise<void>
  ping(): Promise<void>
  close(): Promise<void>
}
