import type { FastifyRequest } from 'fastify'
import { eq } from 'drizzle-orm'
import type { Cache } from '../cache/cache'
import type { Db } from '../db/client'
import { refreshFamilies, users } from '../db/schema'
import { Forbidden, Unauthorized } from '../errors'
import { revokedFamilyKey, revokedJtiKey } from './sessions'
import type { AccessClaims, AccessTokens, Role } from './tokens'

declare module 'fastify' {
  interface FastifyRequest {
    auth: AccessClaims | null
  }
}

export type Guard = (request: FastifyRequest) => Promise<void>

/**
 * The account and the session behind a token, read fresh: a role changed since the token was signed counts at
 * once, and a session revoked before a restart stays revoked (embedded mode keeps no revocation list across
 * restarts; the database does). Undefined when the account is gone.
 */
async function currentSession(db: Db, claims: AccessClaims): Promise<{ role: Role; live: boolean } | undefined> {
  const [row] = await db
    .select({ role: users.role, familyUser: refreshFamilies.userId, revokedAt: refreshFamilies.revokedAt })
    .from(users)
    .leftJoin(refreshFamilies, eq(refreshFamilies.id, claims.fid))
    .where(eq(users.id, claims.sub))
  if (!row) return undefined
  return { role: row.role, live: row.familyUser === claims.sub && row.revokedAt === null }
}

/** preHandler that admits a request only with a valid, unrevoked access token of an existing account. */
export function createAuthenticate(tokens: AccessTokens, cache: Cache, db: Db): Guard {
  return async (request) => {
    const header = request.headers.authorization
    if (!header) throw new Unauthorized('missing_token', 'An access token is required (Authorization: Bearer …).')
    const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(header.trim())
    if (!match) throw new Unauthorized('invalid_token', 'The Authorization header must be "Bearer <access token>".')
    const claims = await tokens.verify(match[1]!)
    if (await cache.hasAny([revokedJtiKey(claims.jti), revokedFamilyKey(claims.fid)])) {
      throw new Unauthorized('token_revoked', 'This session has ended; log in again.')
    }
    const session = await currentSession(db, claims)
    if (!session) throw new Unauthorized('invalid_token', 'The access token is invalid.')
    if (!session.live) throw new Unauthorized('token_revoked', 'This session has ended; log in again.')
    request.auth = { ...claims, role: session.role }
  }
}

/** preHandler to chain after authenticate: the caller must hold one of the roles. */
export function requireRole(...roles: Role[]): Guard {
  return async (request) => {
    if (!request.auth) throw new Unauthorized()
    if (!roles.includes(request.auth.role)) throw new Forbidden('forbidden', 'This action needs administrator rights.')
  }
}

/** The authenticated caller; routes behind authenticate use it instead of a non-null assertion. */
export function caller(request: FastifyRequest): AccessClaims {
  if (!request.auth) throw new Unauthorized()
  return request.auth
}
