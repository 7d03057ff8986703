import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Redis } from 'ioredis'
import pg from 'pg'
import { TEST_JWT_SECRET } from '../test/helpers/app'
import { startProjectProcess, startServerProcess, waitFor, type ProjectProcess, type ServerProcess } from '../test/helpers/process'
import { closedLoop, type LoadFigures } from './load'
import { authHeader, rssMb } from './session'
import { readEventsToDone } from './sse'
import type { BenchQuery } from './queries'

export interface ServerLoadRow extends LoadFigures {
  instances: number
  route: '/api/v1/search' | 'answers'
  /** Resident memory of each API instance, then of the worker, after the row (MB). */
  rss_mb: number[]
  /** The most connections the database held for this run's database while the row ran. */
  pg_connections: number
  /** Where the time went: CPU ms per request in the API instances (together), the worker, PostgreSQL's backends and the load generator. */
  cpu_ms_per_request: { api: number; worker: number; postgres: number; load_generator: number }
}

export interface ServerLoad {
  rows: ServerLoadRow[]
  skipped?: string
  database?: string
  setup_s?: number
}

const PG = { host: '127.0.0.1', port: 5432 }
const REDIS = { host: '127.0.0.1', port: 6379 }

function reachable({ host, port }: { host: string; port: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2_000 })
    socket.once('connect', () => socket.end(() => resolve(true)))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => socket.destroy() && resolve(false))
  })
}

/** CPU time (user + system, ms) a process has used so far; 0 when it is gone. */
async function cpuMs(pid: number | undefined): Promise<number> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0)
  return Number.isFinite(ticks) ? ticks * 10 : 0
}

/** CPU used so far by each process: the API instances, the worker, this database's backends (by pid), this process. */
async function cpuSnapshot(admin: pg.Client, database: string, api: ProjectProcess[], worker: ProjectProcess) {
  const backends = (await admin.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database])).rows.map((r) => r.pid as number)
  const pgCpu = new Map<number, number>()
  for (const pid of backends) pgCpu.set(pid, await cpuMs(pid))
  const own = process.cpuUsage()
  return {
    api: (await Promise.all(api.map((p) => cpuMs(p.child.pid)))).reduce((a, b) => a + b, 0),
    worker: await cpuMs(worker.child.pid),
    postgres: pgCpu,
    load: (own.user + own.system) / 1000,
  }
}

function cpuPerRequest(before: Awaited<ReturnType<typeof cpuSnapshot>>, after: Awaited<ReturnType<typeof cpuSnapshot>>, requests: number) {
  let postgres = 0
  // A backend that appeared during the row counts from zero; one that ended is lost (the pools keep theirs open).
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0)
  const per = (ms: number) => Math.round((ms / Math.max(1, requests)) * 100) / 100
  return { api: per(after.api - before.api), worker: per(after.worker - before.worker), postgres: per(postgres), load_generator: per(after.load - before.load) }
}

interface VirtualUser {
  auth: Record<string, string>
  conversation: string
}

/** The environment the shape runs on: one database and one Redis prefix of its own, a separate worker, limits a load would hit raised. */
function shapeEnv(databaseUrl: string, prefix: string, dataDir: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://${REDIS.host}:${REDIS.port}`,
    REDIS_PREFIX: prefix,
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_DIR: dataDir,
    MODELS_DIR: path.join(dataDir, 'models'),
    WORKER_IN_PROCESS: 'false',
    ANSWER_PROVIDER: 'extractive',
    LOG_LEVEL: 'warn',
    ACCESS_TOKEN_TTL_S: '7200',
    // Virtual users all come from 127.0.0.1: the per-address limits of a public deployment would stop them.
    RATE_LIMIT_AUTH_PER_MIN: '10000',
    CONVERSATIONS_PER_MIN: '10000',
    RATE_LIMIT_NOT_FOUND_PER_MIN: '100000',
  }
}

/** Accounts for the virtual users, inserted directly with one password hash (hashing 200 times would only time argon2). */
async function createUsers(admin: pg.Client, count: number, passwordHash: string): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `load-${i}@example.org`)
  await admin.query(`INSERT INTO users (email, password_hash, role, is_verified) SELECT unnest($1::text[]), $2, 'user', true`, [emails, passwordHash])
  return emails
}

async function signIn(base: string, email: string, password: string): Promise<VirtualUser> {
  const auth = await authHeader(base, email, password)
  const conv = await fetch(`${base}/api/v1/conversations`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })
  if (!conv.ok) throw new Error(`conversation: HTTP ${conv.status}`)
  return { auth, conversation: ((await conv.json()) as { id: string }).id }
}

/** Samples the database's connections to this run's database every second while a row runs; the peak. */
function sampleConnections(admin: pg.Client, database: string): () => number {
  let peak = 0
  const timer = setInterval(() => {
    admin
      .query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [database])
      .then((r) => (peak = Math.max(peak, r.rows[0].n as number)))
      .catch(() => undefined)
  }, 1_000)
  return () => {
    clearInterval(timer)
    return peak
  }
}

/**
 * The multi-user shape the README recommends, on this machine: PostgreSQL and Redis (a private database and
 * prefix, dropped at the end), a BullMQ worker, and 1 then 2 API instances; on each, 50 and 200 virtual
 * users in a closed loop on /api/v1/search and on answers (extractive, one conversation per user, the SSE
 * stream read to `done`). Skipped, and said, when a server is missing.
 */
export async function serverLoadRows(
  queries: BenchQuery[],
  opts: { durationS: number; connections: number[]; passwordHash: string; password: string },
  log: (line: string) => void,
): Promise<ServerLoad> {
  if (!(await reachable(PG))) return { rows: [], skipped: `PostgreSQL not reachable on ${PG.host}:${PG.port}` }
  if (!(await reachable(REDIS))) return { rows: [], skipped: `Redis not reachable on ${REDIS.host}:${REDIS.port}` }
  const started = performance.now()
  const database = `fiqh_bench_${Date.now()}`
  const prefix = `fiqh-bench-${Date.now()}:`
  const admin = new pg.Client({ ...PG, user: 'postgres', database: 'postgres' })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${database}`)
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-bench-shape-'))
  const env = shapeEnv(`postgres://postgres@${PG.host}:${PG.port}/${database}`, prefix, dataDir)
  const running: ProjectProcess[] = []
  const rows: ServerLoadRow[] = []
  try {
    log(`server shape: PostgreSQL database ${database}, Redis prefix ${prefix}; first instance indexes the Qur'an…`)
    const first = await startServerProcess(env, { ready: true, timeoutMs: 900_000 })
    running.push(first)
    // At info, so that its start line can be waited for.
    const worker = startProjectProcess('src/worker.ts', { ...env, LOG_LEVEL: 'info' })
    running.push(worker)
    await waitFor(async () => worker.log().includes('ingestion worker started'), 'the worker', 120_000)
    const most = Math.max(...opts.connections)
    const shapeDb = new pg.Client({ ...PG, user: 'postgres', database })
    await shapeDb.connect()
    const emails = await createUsers(shapeDb, most, opts.passwordHash).finally(() => shapeDb.end())
    const users: VirtualUser[] = []
    for (const email of emails) users.push(await signIn(first.base, email, opts.password))
    const setupS = (performance.now() - started) / 1000
    const instances: ServerProcess[] = [first]
    for (const count of [1, 2]) {
      while (instances.length < count) {
        const more = await startServerProcess(env, { ready: true, timeoutMs: 300_000 })
        running.push(more)
        instances.push(more)
      }
      const bases = instances.map((s) => s.base)
      for (const connections of opts.connections) {
        for (const route of ['/api/v1/search', 'answers'] as const) {
          let next = 0
          const send =
            route === 'answers'
              ? async (base: string, u: number) => {
                  const { auth, conversation } = users[u]!
                  const res = await fetch(`${base}/api/v1/conversations/${conversation}/messages`, {
                    method: 'POST',
                    headers: { ...auth, 'content-type': 'application/json', accept: 'text/event-stream' },
                    body: JSON.stringify({ content: queries[next++ % queries.length]!.text }),
                  })
                  return readEventsToDone(res)
                }
              : async (base: string, u: number) => {
                  const res = await fetch(`${base}/api/v1/search`, {
                    method: 'POST',
                    headers: { ...users[u]!.auth, 'content-type': 'application/json' },
                    body: JSON.stringify({ query: queries[next++ % queries.length]!.text, k: 10 }),
                  })
                  await res.arrayBuffer()
                  return res.ok
                }
          log(`  ${count} instance(s), ${connections} connections, ${opts.durationS} s on ${route}…`)
          // A few seconds first, so that each instance has compiled its hot paths before the row is timed.
          await closedLoop(bases, Math.min(connections, 20), 3, send)
          const peak = sampleConnections(admin, database)
          const cpuBefore = await cpuSnapshot(admin, database, instances, worker)
          const figures = await closedLoop(bases, connections, opts.durationS, send)
          const cpuAfter = await cpuSnapshot(admin, database, instances, worker)
          const row: ServerLoadRow = {
            instances: count,
            route,
            ...figures,
            rss_mb: await Promise.all([...instances, worker].map((p) => rssMb(p.child.pid))),
            pg_connections: peak(),
            cpu_ms_per_request: cpuPerRequest(cpuBefore, cpuAfter, figures.requests),
          }
          log(
            `    ${row.rps} req/s, p50 ${row.p50_ms} ms, p95 ${row.p95_ms} ms, p99 ${row.p99_ms} ms, errors ${row.errors}; RSS ${row.rss_mb.join(' / ')} MB; ${row.pg_connections} database connections; CPU ms/request ${JSON.stringify(row.cpu_ms_per_request)}`,
          )
          rows.push(row)
        }
      }
    }
    return { rows, database, setup_s: Math.round(setupS) }
  } finally {
    await Promise.all(running.map((p) => p.stop()))
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined)
    await admin.end()
    const redis = new Redis(REDIS.port, REDIS.host, { lazyConnect: true })
    await redis.connect()
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    redis.disconnect()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
}
