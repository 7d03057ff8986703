import type { FastifyRequest } from 'fastify'
import type { Cache } from '../cache/cache'
import { Forbidden, Unauthorized } from '../errors'
import { revokedFamilyKey, revokedJtiKey } from './sessions'
import type { AccessClaims, AccessTokens, Role } from './tokens'

declare module 'fastify' {
  interface FastifyRequest {
    auth: AccessClaims | null
  }
}

export type Guard = (request: FastifyRequest) => Promise<void>

/** preHandler that admits a request only with a valid, unrevoked access token. */
export function createAuthenticate(tokens: AccessTokens, cache: Cache): Guard {
  return async (request) => {
    const header = request.headers.authorization
    if (!header) throw new Unauthorized('missing_token', 'An access token is required (Authorization: Bearer …).')
    const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(header.trim())
    if (!match) throw new Unauthorized('invalid_token', 'The Authorization header must be "Bearer <access token>".')
    const claims = await tokens.verify(match[1]!)
    if (await cache.hasAny([revokedJtiKey(claims.jti), revokedFamilyKey(claims.fid)])) {
      throw new Unauthorized('token_revoked', 'This session has ended; log in again.')
    }
    request.auth = claims
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
