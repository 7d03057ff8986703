import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import pg from 'pg'
import pino from 'pino'
import { createOrUpdateUser } from '../src/auth/admin'
import { openDatabase } from '../src/db/client'
import { multipart } from './helpers/files'
import { freePort, startServerProcess, waitFor, type ServerProcess } from './helpers/process'
import { scratchDatabase } from './helpers/scratch-db'

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0
const skip = !process.env.DATABASE_URL
  ? 'needs PostgreSQL (pg_terminate_backend); runs in the PostgreSQL + Redis pass'
  : !hasRedisServer
    ? 'needs the redis-server binary (a private Redis this test can stop and restart)'
    : false

/** A Redis of this test's own, so stopping it disturbs nothing else. It keeps nothing on disk, like the shared one. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  await waitFor(
    async () =>
      spawnSync('redis-cli', ['-p', String(port), 'ping'])
        .stdout?.toString()
        .trim() === 'PONG',
    `redis on ${port}`,
    60_000,
  )
  return child
}

/** How long each dependency stays away once the first 503 has been seen. */
const OUTAGE_MS = 2_000

interface Outcome {
  kind: 'ask' | 'list' | 'search'
  startedAt: number
  endedAt: number
  status: number
  code?: string
  error?: string
  messageIds: string[]
}

/**
 * Authenticated traffic from `concurrency` clients in a loop: questions (writes), conversation lists and
 * searches. Every outcome is kept, including timeouts (status 0) and transport errors (status -1).
 */
function startLoad(base: string, token: string, conversationId: string, concurrency = 6) {
  const outcomes: Outcome[] = []
  let running = true
  const one = async (i: number) => {
    const kind = (['ask', 'list', 'search'] as const)[i % 3]!
    const startedAt = Date.now()
    const req =
      kind === 'ask'
        ? { method: 'POST', url: `/api/v1/conversations/${conversationId}/messages`, body: { content: `Question de charge ${randomUUID().slice(0, 8)} sur la prière` } }
        : kind === 'list'
          ? { method: 'GET', url: '/api/v1/conversations?limit=5' }
          : { method: 'POST', url: '/api/v1/search', body: { query: 'prière du vendredi', conversation_id: conversationId } }
    try {
      const res = await fetch(`${base}${req.url}`, {
        method: req.method,
        headers: { authorization: `Bearer ${token}`, ...(req.body ? { 'content-type': 'application/json' } : {}) },
        body: req.body ? JSON.stringify(req.body) : undefined,
        signal: AbortSignal.timeout(10_000),
      })
      const body = (await res.json().catch(() => ({}))) as { error?: { code: string }; user_message?: { id: string }; assistant_message?: { id: string } }
      const messageIds = res.status === 201 ? [body.user_message!.id, body.assistant_message!.id] : []
      outcomes.push({ kind, startedAt, endedAt: Date.now(), status: res.status, code: body.error?.code, messageIds })
    } catch (err) {
      const e = err as Error
      outcomes.push({
        kind,
        startedAt,
        endedAt: Date.now(),
        status: e.name === 'TimeoutError' ? 0 : -1,
        error: `${e.name}: ${e.message} ${(e.cause as Error | undefined)?.message ?? ''}`,
        messageIds: [],
      })
    }
  }
  const loops = Array.from({ length: concurrency }, async (_, c) => {
    for (let i = c; running; i += concurrency) await one(i)
  })
  return {
    outcomes,
    async stop() {
      running = false
      await Promise.all(loops)
      return outcomes
    },
  }
}

const summary = (outcomes: Outcome[]) => {
  const by = new Map<string, number>()
  for (const o of outcomes) by.set(`${o.status}${o.code ? ` ${o.code}` : ''}`, (by.get(`${o.status}${o.code ? ` ${o.code}` : ''}`) ?? 0) + 1)
  return [...by].map(([k, n]) => `${k}: ${n}`).join(', ')
}

/**
 * Only success, a clean 503 dependency_unavailable, or 409 answer_in_progress (two clients asking in the same
 * conversation at once): no 500, no hang, no dropped connection.
 */
function assertCleanFailures(outcomes: Outcome[], log: string) {
  const bad = outcomes.filter((o) => !(o.status >= 200 && o.status < 300) && !(o.status === 503 && o.code === 'dependency_unavailable') && !(o.status === 409 && o.code === 'answer_in_progress'))
  const errors = log
    .split('\n')
    .filter((l) => l.includes('"level":50'))
    .slice(0, 3)
    .join('\n')
  assert.deepEqual(bad.slice(0, 5), [], `unexpected outcomes (${summary(outcomes)})\n${errors}`)
}

describe('faults under load: Redis restarted, PostgreSQL connections cut, SIGTERM', { skip }, () => {
  let server: ServerProcess
  let redis: ChildProcess
  let redisPort: number
  let dbName: string
  let drop: () => Promise<void>
  let admin: pg.Client
  let dataDir: string
  let token: string
  let conversationId: string

  before(async () => {
    const scratch = await scratchDatabase('faults')
    drop = scratch.drop
    dbName = new URL(scratch.url!).pathname.slice(1)
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await admin.connect()
    redisPort = await freePort()
    redis = await startRedis(redisPort)
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-faults-'))
    server = await startServerProcess(
      {
        DATA_DIR: dataDir,
        DATABASE_URL: scratch.url,
        REDIS_URL: `redis://127.0.0.1:${redisPort}/0`,
        REDIS_PREFIX: 'faults:',
        INDEX_CORPUS: 'false',
        DATABASE_POOL_MAX: '5',
      },
      { ready: true },
    )
    const database = await openDatabase({ url: scratch.url, logger: pino({ level: 'silent' }) })
    await createOrUpdateUser(database.db, { email: 'faults@example.org', password: 'a long enough password', role: 'user' })
    await database.close()
    const login = await fetch(`${server.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'faults@example.org', password: 'a long enough password' }),
    })
    token = ((await login.json()) as { access_token: string }).access_token
    const conv = await fetch(`${server.base}/api/v1/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' })
    conversationId = ((await conv.json()) as { id: string }).id
  })
  after(async () => {
    await server?.stop('SIGKILL')
    redis?.kill('SIGKILL')
    await admin?.query(`ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS true`).catch(() => undefined)
    await admin?.end()
    await drop?.()
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true })
  })

  const ready = async () => {
    const res = await fetch(`${server.base}/ready`, { signal: AbortSignal.timeout(5_000) })
    return { status: res.status, body: (await res.json()) as { error?: { details: Record<string, { status: string }> } } }
  }
  const readyReportsDown = (what: string) =>
    waitFor(
      async () => {
        const r = await ready()
        return r.status === 503 && r
      },
      `/ready to report ${what} down`,
      120_000,
    )
  const storedMessageIds = async () => {
    const ids = new Set<string>()
    for (let cursor: string | undefined; ; ) {
      const res = await fetch(`${server.base}/api/v1/conversations/${conversationId}/messages?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${token}` } })
      const page = (await res.json()) as { items: Array<{ id: string }>; next_cursor: string | null }
      page.items.forEach((m) => ids.add(m.id))
      if (!page.next_cursor) return ids
      cursor = page.next_cursor
    }
  }
  const assertNothingAcknowledgedLost = async (outcomes: Outcome[]) => {
    const acknowledged = outcomes.flatMap((o) => o.messageIds)
    assert.ok(acknowledged.length > 0)
    const stored = await storedMessageIds()
    assert.deepEqual(
      acknowledged.filter((id) => !stored.has(id)),
      [],
      'every acknowledged message is stored',
    )
  }

  test('Redis stopped and restarted during load: 503 dependency_unavailable meanwhile, /ready says so, recovery on its own', async () => {
    const load = startLoad(server.base, token, conversationId)
    await new Promise((r) => setTimeout(r, 1_000))
    redis.kill('SIGKILL')
    const downAt = Date.now()
    const notReady = await readyReportsDown('the cache')
    assert.equal(notReady.body.error!.details.cache!.status, 'down')
    assert.equal((await fetch(`${server.base}/health`)).status, 200, 'the process itself stays alive')
    await waitFor(async () => load.outcomes.some((o) => o.startedAt > downAt && o.status === 503), 'a 503 while Redis is away', 120_000)
    await new Promise((r) => setTimeout(r, OUTAGE_MS))
    redis = await startRedis(redisPort)
    const upAt = Date.now()
    await waitFor(async () => (await ready()).status === 200, '/ready after Redis is back', 120_000)
    await waitFor(async () => load.outcomes.some((o) => o.startedAt > upAt && o.status === 201), 'a question answered after recovery', 120_000)
    console.log(`Redis away ${upAt - downAt} ms; ready again ${Date.now() - upAt} ms after its restart`)
    const outcomes = await load.stop()
    console.log(`Redis restart under load: ${outcomes.length} requests (${summary(outcomes)})`)
    assert.equal(server.child.exitCode, null, `the process survived:\n${server.log().slice(-2000)}`)
    assertCleanFailures(outcomes, server.log())
    await assertNothingAcknowledgedLost(outcomes)
  })

  test('PostgreSQL refusing and terminating connections during load (and an upload in flight): 503 meanwhile, recovery, nothing acknowledged lost', async () => {
    const load = startLoad(server.base, token, conversationId)
    const { payload, headers } = multipart({ name: 'pendant.txt', bytes: Buffer.from(`Texte déposé pendant la panne. ${'Phrase de remplissage. '.repeat(200)}`) })
    const up = await fetch(`${server.base}/api/v1/conversations/${conversationId}/documents`, {
      method: 'POST',
      body: new Uint8Array(payload),
      headers: { ...headers, authorization: `Bearer ${token}` },
    })
    assert.equal(up.status, 202)
    const docId = ((await up.json()) as { id: string }).id
    await new Promise((r) => setTimeout(r, 500))
    await admin.query(`ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS false`)
    const cut = await admin.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1', [dbName])
    const downAt = Date.now()
    const notReady = await readyReportsDown('the database')
    assert.equal(notReady.body.error!.details.database!.status, 'down')
    await waitFor(async () => load.outcomes.some((o) => o.startedAt > downAt && o.status === 503), 'a 503 while PostgreSQL is away', 120_000)
    await new Promise((r) => setTimeout(r, OUTAGE_MS))
    await admin.query(`ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS true`)
    const upAt = Date.now()
    await waitFor(async () => (await ready()).status === 200, '/ready after PostgreSQL is back', 120_000)
    // Then connections cut again without refusing new ones: the pool replaces them at once.
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [dbName])
    await waitFor(async () => load.outcomes.some((o) => o.startedAt > Date.now() - 1_000 && o.status === 201), 'a question answered after recovery', 120_000)
    console.log(`${cut.rows[0].n} backends terminated; PostgreSQL away ${upAt - downAt} ms; ready again ${Date.now() - upAt} ms later`)
    const outcomes = await load.stop()
    console.log(`PostgreSQL faults under load: ${outcomes.length} requests (${summary(outcomes)})`)
    assert.equal(server.child.exitCode, null, `the process survived:\n${server.log().slice(-2000)}`)
    assertCleanFailures(outcomes, server.log())
    await assertNothingAcknowledgedLost(outcomes)
    const doc = await waitFor(
      async () => {
        const d = (await (await fetch(`${server.base}/api/v1/conversations/${conversationId}/documents/${docId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { status: string }
        return d.status !== 'processing' && d
      },
      'the upload to be ingested',
      180_000,
      250,
    )
    assert.equal(doc.status, 'ready', 'the acknowledged upload was ingested despite the outage')
  })

  test('SIGTERM during load: requests already in flight complete, the process exits 0', async () => {
    const load = startLoad(server.base, token, conversationId, 8)
    await new Promise((r) => setTimeout(r, 1_000))
    const termAt = Date.now()
    server.child.kill('SIGTERM')
    const code = await server.exited
    const outcomes = await load.stop()
    const inFlight = outcomes.filter((o) => o.startedAt < termAt && o.endedAt >= termAt)
    console.log(`SIGTERM under load: ${inFlight.length} requests in flight at the signal (${summary(inFlight)}); exit code ${code}`)
    assert.equal(code, 0, server.log().slice(-2000))
    assert.ok(inFlight.length > 0, 'some requests were in flight')
    // A request the client sent just before the signal may reach the server just after shutdown began: it is
    // refused cleanly (503 shutting_down, in the API's format) rather than served; anything else is a failure.
    const clean = (o: (typeof inFlight)[number]) => (o.status >= 200 && o.status < 300) || o.code === 'answer_in_progress' || o.code === 'shutting_down'
    assert.deepEqual(
      inFlight.filter((o) => !clean(o)),
      [],
      'each one was answered',
    )
    assert.ok(
      inFlight.some((o) => o.status >= 200 && o.status < 300),
      'requests in flight were served to the end',
    )
    assert.match(server.log(), /shutdown complete/, `no "shutdown complete" at the end of the log:\n${server.log().slice(-3000)}`)
  })
})
