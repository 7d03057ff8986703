import { eq, sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Cache } from '../cache/cache'
import type { Db } from '../db/client'
import { users } from '../db/schema'
import { Conflict, Forbidden, NotFound, RateLimited, Unauthorized, ValidationFailed } from '../errors'
import type { MailLang } from '../mail/templates'
import { passwordResetMail, verificationMail } from '../mail/templates'
import type { Mailer, MailMessage } from '../mail/mailer'
import { createLinkToken, consumeLinkToken } from './link-tokens'
import { createLoginGuard } from './login-guard'
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords'
import { familyOfRefreshToken, revokeFamilies, revokedJtiKey, rotateRefreshToken, startFamily, type SessionDeps } from './sessions'
import type { AccessClaims, AccessTokens } from './tokens'
import { findUserByEmail, findUserById, normaliseEmail, toPublicUser, type PublicUser, type UserRow } from './users'

export interface AuthDeps {
  db: Db
  cache: Cache
  mailer: Mailer
  tokens: AccessTokens
  logger: Logger
  settings: {
    appUrl: string
    refreshTtlS: number
    verifyTtlS: number
    resetTtlS: number
    /** Attempts per email per minute on login and password-reset endpoints. */
    perEmailPerMin: number
  }
}

export interface TokenPair {
  access_token: string
  refresh_token: string
  token_type: 'bearer'
  expires_in: number
  user: PublicUser
}

export interface SignupInput {
  email: string
  password: string
  first_name?: string | null
  last_name?: string | null
}

function verificationLink(appUrl: string, token: string): string {
  return `${appUrl}/verify-email?token=${encodeURIComponent(token)}`
}
function resetLink(appUrl: string, token: string): string {
  return `${appUrl}/reset-password?token=${encodeURIComponent(token)}`
}

export function createAuthService(deps: AuthDeps) {
  const { db, cache, mailer, tokens, logger, settings } = deps
  const sessions: SessionDeps = { db, cache, refreshTtlS: settings.refreshTtlS, accessTtlS: tokens.ttlS }
  const loginGuard = createLoginGuard(cache, { perMinute: settings.perEmailPerMin })

  /** Mail failures are logged, never surfaced: the user can ask again, and nothing must leak whether an account exists. */
  async function deliver(message: MailMessage): Promise<void> {
    try {
      await mailer.send(message)
    } catch (err) {
      logger.error({ err, to: message.to, subject: message.subject }, 'mail delivery failed')
    }
  }

  async function limitPerEmail(action: string, email: string): Promise<void> {
    const { count, ttlS } = await cache.incr(`rl:${action}:${normaliseEmail(email)}`, 60)
    if (count > settings.perEmailPerMin) throw new RateLimited(ttlS)
  }

  /**
   * Work whose duration would tell whether an account exists (look-up, token, mail) runs after the answer:
   * every caller gets the same immediate 202. Failures are logged; `settle()` waits for what is running.
   */
  const pending = new Set<Promise<void>>()
  function afterAnswer(what: string, work: () => Promise<void>): void {
    const job = work()
      .catch((err) => logger.error({ err }, `${what} failed`))
      .finally(() => pending.delete(job))
    pending.add(job)
  }

  async function sendVerification(user: UserRow, lang: MailLang): Promise<void> {
    const token = await createLinkToken(db, user.id, 'verify_email', settings.verifyTtlS)
    const link = verificationLink(settings.appUrl, token)
    await deliver(verificationMail(lang, user.email, user.firstName, link, Math.round(settings.verifyTtlS / 3600)))
  }

  async function issuePair(user: UserRow, familyId: string, refreshToken: string): Promise<TokenPair> {
    const { token } = await tokens.sign({ sub: user.id, role: user.role, fid: familyId })
    return { access_token: token, refresh_token: refreshToken, token_type: 'bearer', expires_in: tokens.ttlS, user: toPublicUser(user) }
  }

  function checkPolicy(password: string, email: string, field: string): void {
    const problem = passwordProblem(password, email)
    if (problem) throw new ValidationFailed('The password does not meet the policy.', [{ field, message: problem }])
  }

  return {
    async signup(input: SignupInput, lang: MailLang): Promise<PublicUser> {
      checkPolicy(input.password, input.email, 'body.password')
      const passwordHash = await hashPassword(input.password)
      const inserted = await db
        .insert(users)
        .values({
          email: normaliseEmail(input.email),
          passwordHash,
          firstName: input.first_name ?? null,
          lastName: input.last_name ?? null,
        })
        .onConflictDoNothing()
        .returning()
      const user = inserted[0]
      if (!user) throw new Conflict('user_exists', 'An account with this email already exists.')
      await sendVerification(user, lang)
      return toPublicUser(user)
    },

    async verifyEmail(token: string): Promise<void> {
      await db.transaction(async (tx) => {
        const userId = await consumeLinkToken(tx, token, 'verify_email')
        await tx.update(users).set({ isVerified: true }).where(eq(users.id, userId))
      })
    },

    /** Always succeeds from the caller's point of view; the mail goes only to an unverified account. */
    async resendVerification(email: string, lang: MailLang): Promise<void> {
      await limitPerEmail('resend', email)
      afterAnswer('resending a verification link', async () => {
        const user = await findUserByEmail(db, email)
        if (user && !user.isVerified) await sendVerification(user, lang)
      })
    },

    async login(email: string, password: string, ip: string): Promise<TokenPair> {
      await loginGuard.check(email, ip)
      const user = await findUserByEmail(db, email)
      const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password)
      if (!user || !ok) {
        await loginGuard.failed(email)
        throw new Unauthorized('invalid_credentials', 'Wrong email or password.')
      }
      await loginGuard.succeeded(email, ip)
      if (!user.isVerified) throw new Forbidden('email_not_verified', 'Confirm your email address first; we can send the link again.')
      const { familyId, refreshToken } = await startFamily(db, user.id, settings.refreshTtlS)
      return issuePair(user, familyId, refreshToken)
    },

    async refresh(refreshToken: string): Promise<TokenPair> {
      const rotated = await rotateRefreshToken(sessions, refreshToken)
      const user = await findUserById(db, rotated.userId)
      if (!user) throw new Unauthorized('invalid_token', 'The refresh token is invalid.')
      return issuePair(user, rotated.familyId, rotated.refreshToken)
    },

    async logout(claims: AccessClaims, refreshToken?: string): Promise<void> {
      const remaining = claims.exp - Math.floor(Date.now() / 1000)
      if (remaining > 0) await cache.set(revokedJtiKey(claims.jti), 'logout', remaining)
      await revokeFamilies(sessions, { familyId: claims.fid }, 'logout')
      if (refreshToken) {
        const family = await familyOfRefreshToken(db, refreshToken)
        // Only the caller's own sessions: a token of someone else's is ignored, not revoked.
        if (family && family.userId === claims.sub && family.familyId !== claims.fid) {
          await revokeFamilies(sessions, { familyId: family.familyId }, 'logout')
        }
      }
    },

    async me(userId: string): Promise<PublicUser> {
      const user = await findUserById(db, userId)
      if (!user) throw new NotFound('User')
      return toPublicUser(user)
    },

    async requestPasswordReset(email: string, lang: MailLang): Promise<void> {
      await limitPerEmail('reset', email)
      afterAnswer('sending a password reset link', async () => {
        const user = await findUserByEmail(db, email)
        if (!user) return
        const token = await createLinkToken(db, user.id, 'password_reset', settings.resetTtlS)
        const link = resetLink(settings.appUrl, token)
        await deliver(passwordResetMail(lang, user.email, user.firstName, link, Math.round(settings.resetTtlS / 60)))
      })
    },

    /** Waits for the work done after answering (shutdown, tests). */
    async settle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending])
    },

    async confirmPasswordReset(token: string, newPassword: string): Promise<void> {
      const passwordHash = await hashPassword(newPassword)
      const userId = await db.transaction(async (tx) => {
        const id = await consumeLinkToken(tx, token, 'password_reset')
        const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, id))
        checkPolicy(newPassword, user!.email, 'body.new_password')
        // Opening the mailed link proves the address, so the account counts as verified too.
        await tx.update(users).set({ passwordHash, isVerified: true, passwordChangedAt: sql`now()` }).where(eq(users.id, id))
        return id
      })
      await revokeFamilies(sessions, { userId }, 'password_reset')
    },

    async changePassword(claims: AccessClaims, current: string, next: string): Promise<void> {
      const user = await findUserById(db, claims.sub)
      if (!user) throw new Unauthorized('invalid_token', 'The access token is invalid.')
      if (!(await verifyPassword(user.passwordHash, current))) {
        throw new ValidationFailed('The current password is wrong.', [{ field: 'body.current_password', message: 'is incorrect' }])
      }
      if (current === next) {
        throw new ValidationFailed('The new password must differ from the current one.', [{ field: 'body.new_password', message: 'must differ from the current password' }])
      }
      checkPolicy(next, user.email, 'body.new_password')
      await db
        .update(users)
        .set({ passwordHash: await hashPassword(next), passwordChangedAt: sql`now()` })
        .where(eq(users.id, user.id))
      await revokeFamilies(sessions, { userId: user.id, except: claims.fid }, 'password_changed')
    },
  }
}

export type AuthService = ReturnType<typeof createAuthService>
