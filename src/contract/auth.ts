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

/** A personal API key as listed: never its secret. */
export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The key's first characters, to tell keys apart. */
  prefix: z.string(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
})
export type ApiKey = z.infer<typeof apiKeySchema>

/** 201 from creating a key: the secret `key`, shown this once. */
export const createdApiKeySchema = apiKeySchema.omit({ last_used_at: true }).extend({ key: z.string() })
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>
