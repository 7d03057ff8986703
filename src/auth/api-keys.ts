import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { Quotas } from '../cache/quotas'
import type { ApiKey, CreatedApiKey } from '../contract/auth'
import type { Db } from '../db/client'
import { apiKeys, users } from '../db/schema'
import { Conflict, NotFound } from '../errors'
import { hashToken, newOpaqueToken, type Role } from './tokens'

/** What every key starts with: a scanner can spot a leaked one, and the guard tells keys from JWTs. */
export const API_KEY_PREFIX = 'fiqh_'
/** Keys one user may hold. */
const MAX_KEYS_PER_USER = 20
/** How often a key's "last used" time is written. */
const LAST_USED_EVERY_MS = 60_000

const view = (k: typeof apiKeys.$inferSelect): ApiKey => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  created_at: k.createdAt.toISOString(),
  last_used_at: k.lastUsedAt?.toISOString() ?? null,
})

/**
 * Personal API keys: created with a session, used as `Authorization: Bearer fiqh_…` where a session token
 * goes. A key acts as its owner (read fresh, like a session), is stored as a SHA-256 only, is removed by a
 * delete that takes effect at once on every instance (each request looks the key up), and has its own rate.
 */
export function createApiKeys(deps: { db: Db; quotas: Quotas; perMinute: number }) {
  const { db } = deps
  return {
    async create(userId: string, name: string): Promise<CreatedApiKey> {
      const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(apiKeys).where(eq(apiKeys.userId, userId))) as [{ n: number }]
      if (n >= MAX_KEYS_PER_USER) throw new Conflict('too_many_keys', `At most ${MAX_KEYS_PER_USER} API keys per account; delete one first.`)
      const key = `${API_KEY_PREFIX}${newOpaqueToken()}`
      const [row] = await db
        .insert(apiKeys)
        .values({ userId, name, prefix: key.slice(0, API_KEY_PREFIX.length + 6), keyHash: hashToken(key) })
        .returning()
      const { last_used_at: _, ...shown } = view(row!)
      return { ...shown, key }
    },

    async list(userId: string): Promise<ApiKey[]> {
      return (await db.select().from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(desc(apiKeys.createdAt))).map(view)
    },

    async remove(userId: string, id: string): Promise<void> {
      const gone = await db
        .delete(apiKeys)
        .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId)))
        .returning({ id: apiKeys.id })
      if (gone.length === 0) throw new NotFound('API key')
    },

    /** The owner behind a presented key, counted against the key's rate; undefined for an unknown key. */
    async resolve(key: string): Promise<{ keyId: string; userId: string; role: Role } | undefined> {
      const [row] = await db
        .select({ keyId: apiKeys.id, userId: users.id, role: users.role, lastUsedAt: apiKeys.lastUsedAt })
        .from(apiKeys)
        .innerJoin(users, eq(users.id, apiKeys.userId))
        .where(eq(apiKeys.keyHash, hashToken(key)))
      if (!row) return undefined
      await deps.quotas.spend(`api-key:${row.keyId}`, 1, deps.perMinute, 60)
      // "Last used" is written at most once a minute per key, and only then: no write on every request.
      if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
        await db
          .update(apiKeys)
          .set({ lastUsedAt: sql`now()` })
          .where(and(eq(apiKeys.id, row.keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))))
      }
      return { keyId: row.keyId, userId: row.userId, role: row.role }
    },
  }
}

export type ApiKeys = ReturnType<typeof createApiKeys>
