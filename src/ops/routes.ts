import { timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Registry } from 'prom-client'
import type { Cache } from '../cache/cache'
import { healthSchema, readySchema, type IndexState, type Probe, type ReadinessChecks } from '../contract/ops'
import type { Database } from '../db/client'
import { errorSchema, notFound } from '../errors'

export interface OpsOptions {
  database: Database
  cache: Cache
  metrics: Registry
  metricsToken?: string
  /** Readiness facts of the retrieval engine (index progress, embedder). */
  readiness: () => { index: IndexState }
  /** False while the shipped corpus is being indexed (or failed to be). */
  indexReady: () => boolean
}

async function probe(kind: string, fn: () => Promise<void>, timeoutMs = 2_000): Promise<Probe> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
      }),
    ])
    return { status: 'up', kind, latency_ms: Math.round((performance.now() - started) * 10) / 10 }
  } catch (err) {
    return { status: 'down', kind, error: (err as Error).message }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Who may read /metrics: with METRICS_TOKEN, whoever presents it as a bearer token; without, only this
 * machine (a scraper beside the server). Anyone else gets the 404 of an address that does not exist.
 */
function metricsAllowed(req: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(String(req.headers.authorization ?? ''))
    const wanted = Buffer.from(`Bearer ${token}`)
    return given.length === wanted.length && timingSafeEqual(given, wanted)
  }
  return /^(127\.|::1$|::ffff:127\.)/.test(req.ip)
}

export const opsRoutes: FastifyPluginAsyncZod<OpsOptions> = async (app, { database, cache, metrics, readiness, indexReady, metricsToken }) => {
  const tags = ['operations']
  app.get('/health', { schema: { tags, summary: 'Liveness', response: { 200: healthSchema } } }, async () => ({ status: 'ok' as const }))

  app.get(
    '/ready',
    {
      schema: { tags, summary: 'Readiness: database, cache and index reachable', response: { 200: readySchema, 503: errorSchema } },
    },
    async (_req, reply) => {
      const [db, kv] = await Promise.all([probe(database.kind, () => database.ping()), probe(cache.kind, () => cache.ping())])
      const checks: ReadinessChecks = {
        database: db,
        cache: kv,
        vector_search: database.hasVector ? 'pgvector' : 'unavailable: pgvector is not installed on this PostgreSQL server; lexical candidates are re-ranked by the embedder',
        ...readiness(),
      }
      const failing = Object.entries({ database: db, cache: kv })
        .filter(([, c]) => c.status === 'down')
        .map(([name]) => name)
      if (!indexReady()) failing.push('index (indexing the corpus)')
      if (failing.length > 0) {
        return reply.status(503).send({ error: { code: 'not_ready', message: `Not ready: ${failing.join(', ')} unavailable.`, details: checks } })
      }
      return { status: 'ready' as const, checks }
    },
  )

  app.get('/metrics', { schema: { tags, summary: 'Prometheus metrics', hide: true } }, async (req, reply) => {
    if (!metricsAllowed(req, metricsToken)) return notFound(req, reply)
    reply.header('content-type', metrics.contentType)
    return metrics.metrics()
  })
}
