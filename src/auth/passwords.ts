import { hash, verify } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'

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

/** The 49,233 most common passwords (zxcvbn-ts' list, MIT), lower-cased as shipped. */
let common: Set<string> | undefined
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common']))

/**
 * The policy beyond length (which the request schema checks): no control characters, not only spaces, not
 * one of the most common passwords (whatever the case), not the email address.
 */
export function passwordProblem(password: string, email: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f-\u009f]/.test(password)) return 'must not contain control characters'
  const plain = password.trim().toLowerCase()
  if (plain === '') return 'must not be only spaces'
  if (commonPasswords().has(plain) || commonPasswords().has(password.toLowerCase())) return 'is one of the most common passwords; choose a less predictable one'
  if (plain === email.trim().toLowerCase()) return 'must not be the same as the email address'
  return undefined
}
