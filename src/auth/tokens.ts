import { createHash, randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose'
import { LRUCache } from 'lru-cache'
import { Unauthorized } from '../errors'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type Role = 'user' | 'admin'

export interface AccessClaims {
  sub: string
  role: Role
  jti: string
  /** The refresh family (login session) this access token belongs to. */
  fid: string
  exp: number
  /** Set when the request came with a personal API key instead of a session's access token. */
  apiKeyId?: string
}

const ISSUER = 'fiqh-rag'
const AUDIENCE = 'fiqh-rag-api'

export interface AccessTokens {
  sign(claims: Omit<AccessClaims, 'jti' | 'exp'>): Promise<{ token: string; claims: AccessClaims }>
  verify(token: string): Promise<AccessClaims>
  readonly ttlS: number
}

/** Tokens already verified, by their exact text: an HMAC through WebCrypto was a third of a ms of every request. */
const VERIFIED_TOKENS = 10_000

export function createAccessTokens(secret: string, ttlS: number, now: () => number = Date.now): AccessTokens {
  const key = new TextEncoder().encode(secret)
  const verified = new LRUCache<string, AccessClaims>({ max: VERIFIED_TOKENS })
  return {
    ttlS,
    async sign({ sub, role, fid }) {
      const jti = randomUUID()
      const iat = Math.floor(now() / 1000)
      const exp = iat + ttlS
      const token = await new SignJWT({ role, fid })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(sub)
        .setJti(jti)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key)
      return { token, claims: { sub, role, jti, fid, exp } }
    },
    async verify(token) {
      const known = verified.get(token)
      if (known) {
        // The signature was checked when it was first seen; the clock still decides.
        if (known.exp * 1000 <= now()) throw new Unauthorized('token_expired', 'The access token has expired.')
        return { ...known }
      }
      try {
        // Pinning the algorithm is what rejects `alg: none` and key-confusion tokens.
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          currentDate: new Date(now()),
        })
        const { sub, jti, exp, role, fid } = payload
        // Shapes checked here, so that no forged-but-signed claim reaches a query as a malformed id.
        if (!sub || !UUID.test(sub) || !jti || !exp || (role !== 'user' && role !== 'admin') || typeof fid !== 'string' || !UUID.test(fid)) {
          throw new Unauthorized('invalid_token', 'The access token is invalid.')
        }
        const claims: AccessClaims = { sub, jti, exp, role, fid }
        verified.set(token, claims)
        return { ...claims }
      } catch (err) {
        if (err instanceof Unauthorized) throw err
        if (err instanceof joseErrors.JWTExpired) throw new Unauthorized('token_expired', 'The access token has expired.')
        throw new Unauthorized('invalid_token', 'The access token is invalid.')
      }
    },
  }
}

/** An opaque random token for links and refresh; only its SHA-256 is ever stored. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The embedded mode generates the signing secret once and keeps it in DATA_DIR, so restarts keep sessions. */
export async function loadOrCreateSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'jwt-secret')
  try {
    const existing = (await fs.readFile(file, 'utf8')).trim()
    if (existing.length >= 32) return existing
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  await fs.mkdir(dataDir, { recursive: true })
  const secret = randomBytes(48).toString('base64url')
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
