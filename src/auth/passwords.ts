import { hash, verify } from '@node-rs/argon2'

// OWASP's argon2id baseline (19 MiB, 2 passes); @node-rs/argon2 defaults to argon2id.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}

// Verified against when the email is unknown, so both failures take the same time.
let decoy: Promise<string> | undefined
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy-password-for-unknown-accounts')
  return decoy
}

/** The policy beyond length (which the request schema checks): the password may not be the email. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'must not be the same as the email address'
  return undefined
}
