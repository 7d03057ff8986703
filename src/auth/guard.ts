import type { FastifyRequest } from 'fastify'
import { eq } from 'drizzle-orm'
import type { Cache } from '../cache/cache'
import { API_KEY_PREFIX, type ApiKeys } from './api-keys'
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
export function createAuthenticate(tokens: AccessTokens, cache: Cache, db: Db, keys: ApiKeys): Guard {
  return async (request) => {
    const header = request.headers.authorization
    if (!header) throw new Unauthorized('missing_token', 'An access token is required (Authorization: Bearer …).')
    const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(header.trim())
    if (!match) throw new Unauthorized('invalid_token', 'The Authorization header must be "Bearer <access token>".')
    if (match[1]!.startsWith(API_KEY_PREFIX)) {
      const owner = await keys.resolve(match[1]!)
      if (!owner) throw new Unauthorized('invalid_token', 'This API key is unknown or was deleted.')
      request.auth = { sub: owner.userId, role: owner.role, jti: `key:${owner.keyId}`, fid: owner.keyId, exp: 0, apiKeyId: owner.keyId }
      return
    }
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

/** preHandler to chain after authenticate: a session's token, not an API key (managing keys, ending sessions). */
export const requireSession: Guard = async (request) => {
  if (!request.auth) throw new Unauthorized()
  if (request.auth.apiKeyId) throw new Forbidden('session_required', 'This needs a login session; an API key cannot do it.')
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
