import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import pino from 'pino'
import { createOrUpdateUser } from '../src/auth/admin'
import { openDatabase } from '../src/db/client'
import { makePdf, multipart } from './helpers/files'
import { startProjectProcess, startServerProcess, waitFor, type ProjectProcess, type ServerProcess } from './helpers/process'
import { scratchDatabase } from './helpers/scratch-db'

const skip = process.env.DATABASE_URL && process.env.REDIS_URL ? false : 'needs PostgreSQL and Redis (shared state); runs in the PostgreSQL + Redis pass'

async function call(base: string, method: string, url: string, opts: { token?: string; body?: unknown } = {}) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }), ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

/**
 * The deployment shape of docs/deploy.md on one machine: two API instances on different ports sharing one
 * PostgreSQL database, one Redis and the uploaded files, plus one `npm run worker` that alone ingests.
 */
describe('two API instances and a worker on one PostgreSQL and one Redis', { skip }, () => {
  let a: ServerProcess
  let b: ServerProcess
  let worker: ProjectProcess
  let dataDir: string
  let drop: () => Promise<void>
  const password = 'a long enough password'
  const email = `scale-${randomUUID().slice(0, 8)}@example.org`

  before(async () => {
    const scratch = await scratchDatabase('scale')
    drop = scratch.drop
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-scale-'))
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: scratch.url,
      REDIS_URL: process.env.REDIS_URL,
      REDIS_PREFIX: `scale-${randomUUID()}:`,
      INDEX_CORPUS: 'false',
      WORKER_IN_PROCESS: 'false',
      RATE_LIMIT_AUTH_PER_MIN: '5',
    }
    // Both instances migrate at once: the advisory lock makes one wait for the other.
    ;[a, b] = await Promise.all([startServerProcess(env, { ready: true }), startServerProcess(env, { ready: true })])
    worker = startProjectProcess('src/worker.ts', env)
    const database = await openDatabase({ url: scratch.url, logger: pino({ level: 'silent' }) })
    await createOrUpdateUser(database.db, { email, password, role: 'user' })
    await database.close()
  })
  after(async () => {
    await Promise.all([a?.stop(), b?.stop(), worker?.stop()])
    await drop?.()
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true })
  })

  const login = async (base: string) => {
    const res = await call(base, 'POST', '/api/v1/auth/login', { body: { email, password } })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return res.body as { access_token: string; refresh_token: string }
  }

  test('a token issued by one instance is accepted by the other; a logout on one is honoured by the other at once', async () => {
    const session = await login(a.base)
    assert.equal((await call(b.base, 'GET', '/api/v1/auth/me', { token: session.access_token })).body.email, email)
    const refreshed = await call(b.base, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: session.refresh_token } })
    assert.equal(refreshed.status, 200)
    const current = refreshed.body as { access_token: string; refresh_token: string }

    assert.equal((await call(a.base, 'POST', '/api/v1/auth/logout', { token: current.access_token, body: { refresh_token: current.refresh_token } })).status, 204)
    const me = await call(b.base, 'GET', '/api/v1/auth/me', { token: current.access_token })
    assert.equal(me.status, 401, 'the access token is dead on the other instance too')
    assert.equal((await call(b.base, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: current.refresh_token } })).status, 401)
  })

  test('a conversation created on one instance is read and continued on the other', async () => {
    const { access_token: token } = await login(b.base)
    const created = await call(a.base, 'POST', '/api/v1/conversations', { token, body: { title: 'Partagée entre instances' } })
    assert.equal(created.status, 201)
    const read = await call(b.base, 'GET', `/api/v1/conversations/${created.body.id}`, { token })
    assert.equal(read.status, 200)
    assert.equal(read.body.title, 'Partagée entre instances')
    const asked = await call(b.base, 'POST', `/api/v1/conversations/${created.body.id}/messages`, { token, body: { content: 'Question posée sur la seconde instance' } })
    assert.equal(asked.status, 201)
    const messages = await call(a.base, 'GET', `/api/v1/conversations/${created.body.id}/messages`, { token })
    assert.deepEqual(
      messages.body.items.map((m: { role: string }) => m.role),
      ['user', 'assistant'],
    )
  })

  test('rate limits are counted once for all instances', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const base = i % 2 === 0 ? a.base : b.base
      statuses.push((await call(base, 'POST', '/api/v1/auth/password-reset-request', { body: { email: `nobody-${i}@example.org` } })).status)
    }
    // 5 per minute per address in all: alone, each instance would have let 8 through (4 each).
    assert.deepEqual(statuses, [202, 202, 202, 202, 202, 429, 429, 429])
  })

  test('an upload on one instance is ingested by the worker and found from the other', async () => {
    const { access_token: token } = await login(a.base)
    const conv = await call(a.base, 'POST', '/api/v1/conversations', { token, body: {} })
    const word = `scaleword${randomUUID().slice(0, 6)}`
    const { payload, headers } = multipart({ name: 'partage.pdf', type: 'application/pdf', bytes: makePdf(['Premiere page.', `La notion de ${word} est expliquee ici.`]) })
    const up = await fetch(`${a.base}/api/v1/conversations/${conv.body.id}/documents`, { method: 'POST', body: new Uint8Array(payload), headers: { ...headers, authorization: `Bearer ${token}` } })
    assert.equal(up.status, 202)
    const doc = (await up.json()) as { id: string }
    const ready = await waitFor(
      async () => {
        const d = await call(b.base, 'GET', `/api/v1/conversations/${conv.body.id}/documents/${doc.id}`, { token })
        return d.body.status !== 'processing' && d.body
      },
      'the worker to ingest the upload',
      180_000,
      200,
    )
    assert.equal(ready.status, 'ready', ready.error)
    // The status is committed before the worker's log line reaches its stdout pipe: wait for the line, not just the row.
    await waitFor(async () => new RegExp(`"documentId":"${doc.id}"[^\\n]*document ready`).test(worker.log()), 'the worker to log the ingestion', 30_000, 100)
    assert.doesNotMatch(a.log() + b.log(), /document ready/, 'the API instances only queued it')
    const found = await call(b.base, 'POST', '/api/v1/search', { token, body: { query: word, conversation_id: conv.body.id } })
    assert.equal(found.body.items[0].reference, 'partage.pdf p. 2')
  })
})
