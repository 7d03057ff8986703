import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { root } from './helpers/cli'
import { TEST_JWT_SECRET } from './helpers/app'

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

async function waitHealthy(base: string, child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${base}/health`)).ok) return Date.now() - started
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('server did not become healthy')
}

const children: ChildProcess[] = []
after(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')))

describe('the server process (npm start)', () => {
  test('starts healthy, serves /docs, finishes in-flight requests on SIGTERM and exits 0', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-proc-'))
    const port = await freePort()
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info', JWT_SECRET: TEST_JWT_SECRET, REDIS_PREFIX: `proc-${port}:` },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(child)
    let log = ''
    child.stdout!.on('data', (d) => (log += d))
    child.stderr!.on('data', (d) => (log += d))
    const base = `http://127.0.0.1:${port}`
    const ms = await waitHealthy(base, child)
    console.log(`healthy after ${ms} ms`)
    assert.equal((await fetch(`${base}/ready`)).status, 200)
    const docs = await fetch(`${base}/docs/`)
    assert.equal(docs.status, 200)

    // A slow request (argon2 hashing) in flight when SIGTERM arrives still completes.
    const inflight = fetch(`${base}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sigterm@example.org', password: 'in flight password' }),
    })
    await new Promise((r) => setTimeout(r, 20))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    const res = await inflight
    assert.equal(res.status, 201)
    const code = await exited
    assert.equal(code, 0, log.slice(-3000))
    assert.match(log, /shutdown complete/)
    assert.doesNotMatch(log, /"level":50/, 'no error was logged')
    await fs.rm(dataDir, { recursive: true, force: true })
  })

  test('a bad configuration stops start-up with one clear line per variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'abc', DATABASE_URL: 'postgres://127.0.0.1/x', JWT_SECRET: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    assert.equal(code, 2)
    assert.match(err, /Invalid configuration/)
    assert.match(err, /PORT: /)
    assert.match(err, /JWT_SECRET: /)
    assert.doesNotMatch(err, /at .*\.ts:\d+/)
  })
})
