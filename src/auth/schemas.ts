import { z } from 'zod'

export { tokenPairSchema, userSchema } from '../contract/auth'
export { noticeSchema as messageSchema } from '../contract/common'

const email = z
  .email({ message: 'must be a valid email address' })
  .max(254)
  .transform((e) => e.trim().toLowerCase())
const newPassword = z.string().min(8, 'must be at least 8 characters').max(128, 'must be at most 128 characters')
// Login accepts any length up to a bound: the policy may have changed since the password was set.
const anyPassword = z.string().min(1, 'is required').max(1024)
const name = z.string().trim().max(100).nullish()
const opaqueToken = z
  .string()
  .min(16)
  .max(256)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid token')

export const signupBody = z.strictObject({ email, password: newPassword, first_name: name, last_name: name })
export const tokenBody = z.strictObject({ token: opaqueToken })
export const tokenParams = z.strictObject({ token: opaqueToken })
export const emailBody = z.strictObject({ email })
export const loginBody = z.strictObject({ email, password: anyPassword })
export const refreshBody = z.strictObject({ refresh_token: opaqueToken })
export const logoutBody = z.strictObject({ refresh_token: opaqueToken.optional() }).nullish()
export const resetConfirmBody = z
  .strictObject({ token: opaqueToken, new_password: newPassword, confirm_new_password: z.string().max(128) })
  .refine((b) => b.new_password === b.confirm_new_password, { path: ['confirm_new_password'], message: 'must match new_password' })
export const changePasswordBody = z.strictObject({ current_password: anyPassword, new_password: newPassword })
