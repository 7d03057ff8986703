import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app'
import { loadConfig, type Config } from '../../src/config'
import { openRuntime, type Runtime } from '../../src/runtime'
import { indexUnits, type IndexingState } from '../../src/rag/index/bulk'
import { loadQuranUnits } from '../../src/rag/canon/quran'
import { refreshIndexStatistics } from '../../src/rag/index/writer'
import { readOutbox, type Mail } from './outbox'

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789'

export interface TestApp {
  app: FastifyInstance
  rt: Runtime
  config: Config
  dataDir: string
  request(method: string, url: string, opts?: { body?: unknown; token?: string; headers?: Record<string, string> }): Promise<TestResponse>
  mails(): Promise<Mail[]>
  /** Waits for the newest mail to `to` whose link contains `linkPart`, and returns its token. */
  tokenFromMail(to: string, linkPart: string): Promise<string>
  /** Signs up, verifies through the mailed link and logs in. */
  newUser(email?: string, password?: string): Promise<{ email: string; password: string; access: string; refresh: string; uid: string }>
  /** Prepares the engine (embedder, vectors) and indexes the given surahs of the shipped Qur'an. */
  indexQuran(surahs: number[]): Promise<void>
  close(): Promise<void>
}

interface TestResponse {
  status: number
  headers: Record<string, string | string[] | number | undefined>
  body: any
  text: string
}

/** Builds the app on the backends the runner chose (env), with its own data dir and cache namespace. */
export async function startTestApp(env: Record<string, string> = {}, beforeReady?: (app: FastifyInstance) => void): Promise<TestApp> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-test-'))
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL || 'silent',
    DATA_DIR: dataDir,
    JWT_SECRET: TEST_JWT_SECRET,
    REDIS_PREFIX: `test:${randomUUID()}:`,
    RATE_LIMIT_AUTH_PER_MIN: '1000',
    APP_URL: 'http://app.test',
    INDEX_CORPUS: 'false',
    MODELS_DIR: path.join(os.tmpdir(), 'fiqh-test-models'),
    // Tests of the answer pipeline count and script the model's requests one by one; the rewrite and rerank
    // calls before the answer are tested on their own (test/model-retrieval.test.ts turns them on).
    MODEL_RETRIEVAL: 'false',
    ...env,
  })
  const rt = await openRuntime(config, { inMemoryDatabase: true })
  const app = await buildApp(rt)
  beforeReady?.(app)
  await app.ready()

  const request: TestApp['request'] = async (method, url, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) }
    if (opts.token) headers.authorization = `Bearer ${opts.token}`
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(opts.body === undefined ? {} : typeof opts.body === 'string' ? { payload: opts.body } : { payload: opts.body as object }),
    })
    let body: unknown
    try {
      body = res.body ? JSON.parse(res.body) : undefined
    } catch {
      body = undefined
    }
    return { status: res.statusCode, headers: res.headers, body, text: res.body }
  }

  const mails = () => readOutbox(dataDir)

  const tokenFromMail = async (to: string, linkPart: string): Promise<string> => {
    // Waits for the condition, not a count of tries: a busy machine may take a while to write the mail.
    for (const until = Date.now() + 120_000; Date.now() < until; ) {
      const found = (await mails()).filter((m) => m.to.includes(to) && m.text.includes(linkPart)).pop()
      const token = found && new RegExp(`${linkPart.replace(/[?]/g, '\\?')}[^\\s"<]*?token=([A-Za-z0-9_-]+)`).exec(found.text)?.[1]
      if (token) return token
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`no mail to ${to} with ${linkPart}`)
  }

  const newUser: TestApp['newUser'] = async (email = `u-${randomUUID().slice(0, 8)}@example.org`, password = 'correct horse battery') => {
    const signup = await request('POST', '/api/v1/auth/signup', { body: { email, password } })
    if (signup.status !== 201) throw new Error(`signup failed: ${signup.text}`)
    const token = await tokenFromMail(email, '/verify-email')
    const verified = await request('POST', '/api/v1/auth/verify', { body: { token } })
    if (verified.status !== 200) throw new Error(`verify failed: ${verified.text}`)
    const login = await request('POST', '/api/v1/auth/login', { body: { email, password } })
    if (login.status !== 200) throw new Error(`login failed: ${login.text}`)
    return { email, password, access: login.body.access_token, refresh: login.body.refresh_token, uid: login.body.user.uid }
  }

  const indexQuran = async (surahs: number[]) => {
    await rt.engine.start()
    const units = loadQuranUnits().filter((u) => surahs.includes(u.verses!.surah))
    const state: IndexingState = { status: 'indexing', collection: 'quran', done: 0, total: units.length }
    // Test files share one PostgreSQL database: two writing the same verses at once may collide (a unique key
    // taken by the other between our read and our insert); writing is idempotent, so trying again settles it.
    for (let attempt = 1; ; attempt++) {
      try {
        await indexUnits(rt.database.db, units, state, rt.engine.vectors())
        break
      } catch (err) {
        if (attempt >= 5) throw err
        await new Promise((r) => setTimeout(r, 100 * attempt))
      }
    }
    await refreshIndexStatistics(rt.database.db)
  }

  return {
    app,
    rt,
    config,
    dataDir,
    request,
    mails,
    tokenFromMail,
    newUser,
    indexQuran,
    async close() {
      await app.close()
      await rt.close()
      await fs.rm(dataDir, { recursive: true, force: true })
    },
  }
}
