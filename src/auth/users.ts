import { eq, sql } from 'drizzle-orm'
import type { Db, Tx } from '../db/client'
import { users } from '../db/schema'

export type UserRow = typeof users.$inferSelect

/** The public shape of a user (API.md `user`): never the password hash. */
export interface PublicUser {
  uid: string
  email: string
  first_name: string | null
  last_name: string | null
  role: 'user' | 'admin'
  is_verified: boolean
  created_at: string
}

export function toPublicUser(u: UserRow): PublicUser {
  return {
    uid: u.id,
    email: u.email,
    first_name: u.firstName,
    last_name: u.lastName,
    role: u.role,
    is_verified: u.isVerified,
    created_at: u.createdAt.toISOString(),
  }
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase()

export async function findUserByEmail(db: Db | Tx, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normaliseEmail(email)}`)
  return row
}

export async function findUserById(db: Db | Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id))
  return row
}
