import { and, eq, isNull, ne, sql } from 'drizzle-orm'
import type { Cache } from '../cache/cache'
import type { Db, Tx } from '../db/client'
import { refreshFamilies, refreshTokens } from '../db/schema'
import { Unauthorized } from '../errors'
import { hashToken, newOpaqueToken } from './tokens'

/**
 * Refresh-token families: one per login. Tokens rotate on every refresh; presenting a used one means
 * it leaked, so the whole family dies. Revoked families are also written to the cache for the life of
 * an access token, so that access tokens of a dead session stop working at once on every instance.
 */
export interface SessionDeps {
  db: Db
  cache: Cache
  refreshTtlS: number
  accessTtlS: number
}

export const revokedJtiKey = (jti: string) => `revoked:jti:${jti}`
export const revokedFamilyKey = (fid: string) => `revoked:fid:${fid}`

export async function startFamily(tx: Tx | Db, userId: string, refreshTtlS: number): Promise<{ familyId: string; refreshToken: string }> {
  const [family] = await tx.insert(refreshFamilies).values({ userId }).returning({ id: refreshFamilies.id })
  const refreshToken = await issueRefreshToken(tx, family!.id, refreshTtlS)
  return { familyId: family!.id, refreshToken }
}

async function issueRefreshToken(tx: Tx | Db, familyId: string, refreshTtlS: number): Promise<string> {
  const token = newOpaqueToken()
  await tx.insert(refreshTokens).values({
    familyId,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + refreshTtlS * 1000),
  })
  return token
}

type RotateOutcome = { ok: true; userId: string; familyId: string; refreshToken: string } | { ok: false; code: 'invalid_token' | 'token_expired' | 'token_revoked' | 'token_reused'; familyId?: string }

/** Exchanges a refresh token for its successor; reuse of a spent token revokes its family. */
export async function rotateRefreshToken(deps: SessionDeps, presented: string): Promise<{ userId: string; familyId: string; refreshToken: string }> {
  const outcome = await deps.db.transaction(async (tx): Promise<RotateOutcome> => {
    const [row] = await tx
      .select({
        id: refreshTokens.id,
        familyId: refreshTokens.familyId,
        expiresAt: refreshTokens.expiresAt,
        usedAt: refreshTokens.usedAt,
        userId: refreshFamilies.userId,
        familyRevokedAt: refreshFamilies.revokedAt,
      })
      .from(refreshTokens)
      .innerJoin(refreshFamilies, eq(refreshFamilies.id, refreshTokens.familyId))
      .where(eq(refreshTokens.tokenHash, hashToken(presented)))
    if (!row) return { ok: false, code: 'invalid_token' }
    if (row.familyRevokedAt) return { ok: false, code: 'token_revoked' }
    if (row.usedAt) return { ok: false, code: 'token_reused', familyId: row.familyId }
    if (row.expiresAt.getTime() <= Date.now()) return { ok: false, code: 'token_expired' }
    // The conditional update is the lock: of two concurrent refreshes with one token, only one wins.
    const spent = await tx
      .update(refreshTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(refreshTokens.id, row.id), isNull(refreshTokens.usedAt)))
      .returning({ id: refreshTokens.id })
    if (spent.length === 0) return { ok: false, code: 'token_reused', familyId: row.familyId }
    const refreshToken = await issueRefreshToken(tx, row.familyId, deps.refreshTtlS)
    return { ok: true, userId: row.userId, familyId: row.familyId, refreshToken }
  })
  if (outcome.ok) return outcome
  // Revocation is committed on its own: it must survive the error we are about to return.
  if (outcome.code === 'token_reused' && outcome.familyId) {
    await revokeFamilies(deps, { familyId: outcome.familyId }, 'reuse_detected')
  }
  const messages = {
    invalid_token: 'The refresh token is invalid.',
    token_expired: 'The refresh token has expired; log in again.',
    token_revoked: 'This session has ended; log in again.',
    token_reused: 'This refresh token was already used; the session has been closed for safety. Log in again.',
  } as const
  throw new Unauthorized(outcome.code, messages[outcome.code])
}

/** Revokes one family, or all of a user's families (optionally sparing one, the caller's own session). */
export async function revokeFamilies(deps: SessionDeps, target: { familyId: string } | { userId: string; except?: string }, reason: string): Promise<number> {
  const where =
    'familyId' in target
      ? eq(refreshFamilies.id, target.familyId)
      : target.except
        ? and(eq(refreshFamilies.userId, target.userId), ne(refreshFamilies.id, target.except))
        : eq(refreshFamilies.userId, target.userId)
  const revoked = await deps.db
    .update(refreshFamilies)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(where, isNull(refreshFamilies.revokedAt)))
    .returning({ id: refreshFamilies.id })
  await Promise.all(revoked.map((f) => deps.cache.set(revokedFamilyKey(f.id), reason, deps.accessTtlS)))
  return revoked.length
}

export async function familyOfRefreshToken(db: Db, presented: string): Promise<{ familyId: string; userId: string } | undefined> {
  const [row] = await db
    .select({ familyId: refreshTokens.familyId, userId: refreshFamilies.userId })
    .from(refreshTokens)
    .innerJoin(refreshFamilies, eq(refreshFamilies.id, refreshTokens.familyId))
    .where(eq(refreshTokens.tokenHash, hashToken(presented)))
  return row
}
