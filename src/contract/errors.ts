import { z } from 'zod'

/** One field a request got wrong: `body.email`, `query.limit`, `params.id`… */
export const fieldIssueSchema = z.object({ field: z.string(), message: z.string() })
export type FieldIssue = z.infer<typeof fieldIssueSchema>

/**
 * What an error carries besides its message: the fields a request got wrong (422), or facts a client can
 * act on (`limit_mb` for 413, the readiness checks for 503 not_ready).
 */
export const errorDetailsSchema = z.union([z.array(fieldIssueSchema), z.record(z.string(), z.json())])

export const errorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: errorDetailsSchema.optional(),
  /** Given on 5xx: quote it when reporting the problem. */
  request_id: z.string().optional(),
})
export type ErrorInfo = z.infer<typeof errorInfoSchema>

/** The API's only error shape. */
export const errorBodySchema = z.object({ error: errorInfoSchema }).describe('{ error: { code, message, details? } }')
export type ErrorBody = z.infer<typeof errorBodySchema>
