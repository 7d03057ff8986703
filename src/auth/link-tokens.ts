import { and, eq, isNull } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { userTokens } from '../db/schema'
import { BadRequest } from '../errors'
import { hashToken, newOpaqueToken } from './tokens'

export type LinkKind = 'verify_email' | 'password_reset'

/** Creates a single-use link token; earlier unused ones of the same kind stop working. */
export async function createLinkToken(tx: Tx | Db, userId: string, kind: LinkKind, ttlS: number): Promise<string> {
  await tx
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.kind, kind), isNull(userTokens.usedAt)))
  const token = newOpaqueToken()
  await tx.insert(userTokens).values({ userId, kind, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ttlS * 1000) })
  return token
}

/** Spends a link token inside the caller's transaction and returns its user; a used or expired one is refused. */
export async function consumeLinkToken(tx: Tx, presented: string, kind: LinkKind): Promise<string> {
  const [row] = await tx
    .select()
    .from(userTokens)
    .where(and(eq(userTokens.tokenHash, hashToken(presented)), eq(userTokens.kind, kind)))
  if (!row) throw new BadRequest('This link is invalid.', undefined).withCode('invalid_token')
  if (row.usedAt) throw new BadRequest('This link has already been used or replaced by a newer one.').withCode('token_used')
  if (row.expiresAt.getTime() <= Date.now()) throw new BadRequest('This link has expired; ask for a new one.').withCode('token_expired')
  const spent = await tx
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.id, row.id), isNull(userTokens.usedAt)))
    .returning({ id: userTokens.id })
  if (spent.length === 0) throw new BadRequest('This link has already been used.').withCode('token_used')
  return row.userId
}
