import { z } from 'zod'

export const userSchema = z.object({
  uid: z.string(),
  email: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  role: z.enum(['user', 'admin']),
  is_verified: z.boolean(),
  created_at: z.string(),
})
export type User = z.infer<typeof userSchema>

export const tokenPairSchema = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  token_type: z.literal('bearer'),
  /** Seconds until the access token expires. */
  expires_in: z.number().int(),
  user: userSchema,
})
export type TokenPair = z.infer<typeof tokenPairSchema>

/** 201 from sign-up: the account, not yet verified, and what to do next. */
export const signupResultSchema = z.object({ message: z.string(), user: userSchema })
export type SignupResult = z.infer<typeof signupResultSchema>
