import { z } from 'zod'
import { readinessChecksSchema } from './ops'

/** One field a request got wrong: `body.email`, `query.limit`, `params.id`… */
const fieldIssueSchema = z.object({ field: z.string(), message: z.string() })
export type FieldIssue = z.infer<typeof fieldIssueSchema>

/**
 * What an error carries besides its message: the fields a request got wrong (422), or facts a client can
 * act on — how long to wait (429), the size limit (413), the readiness checks (503 not_ready).
 */
const errorDetailsSchema = z.union([z.array(fieldIssueSchema), z.object({ retry_after_s: z.number().int() }), z.object({ limit_mb: z.number() }), readinessChecksSchema])
export type ErrorDetails = z.infer<typeof errorDetailsSchema>

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
