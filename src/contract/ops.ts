import { z } from 'zod'

export const healthSchema = z.object({ status: z.literal('ok') })

/** One dependency as /ready saw it. */
const probeSchema = z.object({
  status: z.enum(['up', 'down']),
  kind: z.string(),
  latency_ms: z.number().optional(),
  error: z.string().optional(),
})
export type Probe = z.infer<typeof probeSchema>

/** The shipped corpus's index: being built on a first start, then ready. */
const indexStateSchema = z.object({
  status: z.enum(['pending', 'indexing', 'ready', 'failed']),
  collection: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  error: z.string().optional(),
  seconds: z.number().optional(),
  embedder: z.string().nullable(),
  vector_mode: z.enum(['pgvector', 'in-process']).nullable(),
})
export type IndexState = z.infer<typeof indexStateSchema>

export const readinessChecksSchema = z.object({
  database: probeSchema,
  cache: probeSchema,
  /** `pgvector`, or why vector search runs in process instead. */
  vector_search: z.string(),
  index: indexStateSchema,
})
export type ReadinessChecks = z.infer<typeof readinessChecksSchema>

/** 200 from /ready; while not ready it answers 503 `not_ready` with the same checks as `error.details`. */
export const readySchema = z.object({ status: z.literal('ready'), checks: readinessChecksSchema })
export type Ready = z.infer<typeof readySchema>
