import { eq } from 'drizzle-orm'
import type { Db } from '../db/client'
import { users } from '../db/schema'
import { hashPassword, passwordProblem } from './passwords'
import { findUserByEmail, normaliseEmail, toPublicUser, type PublicUser } from './users'

/** Creates a verified account (or promotes/updates an existing one) from the command line. */
export async function createOrUpdateUser(
  db: Db,
  input: { email: string; password: string; role: 'user' | 'admin'; firstName?: string; lastName?: string },
): Promise<{ user: PublicUser; created: boolean }> {
  const problem = passwordProblem(input.password, input.email)
  if (problem || input.password.length < 8 || input.password.length > 128) {
    throw new Error(`password ${problem ?? 'must be 8 to 128 characters'}`)
  }
  const passwordHash = await hashPassword(input.password)
  const existing = await findUserByEmail(db, input.email)
  if (existing) {
    const [row] = await db.update(users).set({ role: input.role, passwordHash, isVerified: true }).where(eq(users.id, existing.id)).returning()
    return { user: toPublicUser(row!), created: false }
  }
  const [row] = await db
    .insert(users)
    .values({ email: normaliseEmail(input.email), passwordHash, role: input.role, isVerified: true, firstName: input.firstName, lastName: input.lastName })
    .returning()
  return { user: toPublicUser(row!), created: true }
}
