import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { freePort, type ServerProcess, startProjectProcess, startServerProcess, waitFor } from './helpers/process'

const started: ServerProcess[] = []
after(() => {
  for (const s of started) if (s.child.exitCode === null) s.child.kill('SIGKILL')
})

async function server(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-shutdown-'))
  const s = await startServerProcess({ DATA_DIR: dataDir, INDEX_CORPUS: 'false', LOG_LEVEL: 'debug', ...env })
  started.push(s)
  return s
}

/**
 * The exit code, or a failure naming what the process still had to say, once `limitMs` has passed. It
 * watches 'exit', not 'close': a pipe the test stopped reading never closes, though the process is gone.
 */
async function exitWithin(s: ServerProcess, limitMs: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running ${limitMs} ms after the signal:\n${s.log().slice(-2000)}`)), limitMs)
  })
  const exited = s.child.exitCode !== null ? Promise.resolve(s.child.exitCode) : new Promise<number | null>((resolve) => s.child.once('exit', (code) => resolve(code)))
  try {
    return await Promise.race([exited, timeout])
  } finally {
    clearTimeout(timer)
  }
}

// The limits are the server's own (15 s forced exit) plus room for a loaded machine; a hang is minutes.
const EXIT_LIMIT_MS = 45_000

describe('shutdown always ends', () => {
  test('SIGTERM ends a server whose reader has closed its output pipes', async () => {
    const s = await server()
    s.child.stdout!.destroy()
    s.child.stderr!.destroy()
    // Requests after the reader left make the server write to the dead pipes.
    for (let i = 0; i < 20; i++) await fetch(`${s.base}/health`)
    s.child.kill('SIGTERM')
    assert.notEqual(await exitWithin(s, EXIT_LIMIT_MS), null)
  })

  test('SIGTERM ends a server whose reader stopped reading (a full pipe)', async () => {
    const s = await server()
    s.child.stdout!.pause()
    s.child.stderr!.pause()
    // Debug request logs fill the pipe's buffer (64 KiB) many times over while nobody reads.
    await Promise.all(Array.from({ length: 400 }, () => fetch(`${s.base}/api/v1/no-such-route`).then((r) => r.text())))
    s.child.kill('SIGTERM')
    assert.notEqual(await exitWithin(s, EXIT_LIMIT_MS), null)
    s.child.stdout!.resume()
    s.child.stderr!.resume()
  })

  test('a second SIGTERM ends the server at once, without waiting for the graceful path', async () => {
    const s = await server()
    // A request whose body never comes keeps the graceful path waiting (until the 15 s forced exit). Its
    // `100 Continue` says the server has taken it up, so the signals find it in flight.
    const socket = net.connect(s.port, '127.0.0.1')
    let received = ''
    socket.on('data', (d) => (received += d))
    await new Promise((resolve) => socket.once('connect', resolve))
    socket.write('POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n')
    await waitFor(async () => /100 Continue/.test(received), 'the server to take the request up')
    socket.write('{"em')
    s.child.kill('SIGTERM')
    await waitFor(async () => /shutting down/.test(s.log()), 'the first signal to be taken')
    s.child.kill('SIGTERM')
    assert.equal(await exitWithin(s, EXIT_LIMIT_MS), 1)
    assert.match(s.log(), /second signal: exiting at once/)
    assert.doesNotMatch(s.log(), /longer than 15 s/, 'the forced exit did not have to fire')
    socket.destroy()
  })
})

describe('start-up', () => {
  test('LOG_FORMAT=pretty writes readable lines, with the outbox link as a mail line’s own message; no request lines at info', async () => {
    const s = await server({ LOG_FORMAT: 'pretty', LOG_LEVEL: 'info' })
    const email = `pretty-${Date.now()}@example.org`
    await fetch(`${s.base}/api/v1/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'a fine password 1' }) })
    await waitFor(async () => /verify-email\?token=/.test(s.log()), 'the verification mail to be logged')
    const log = s.log()
    assert.match(log, /INFO.*fiqh assistant listening/)
    assert.match(log, new RegExp(`INFO.*mail to ${email.replace(/[.]/g, '\\.')} \\(.*\\) — open: http://\\S+/verify-email\\?token=[\\w-]+`))
    assert.doesNotMatch(log, /^\{"level"/m, 'no JSON line')
    assert.doesNotMatch(log, /"url":"\/api\/v1\/auth\/signup"|request completed|incoming request/, 'requests are logged at debug only')
    s.child.kill('SIGTERM')
    assert.equal(await exitWithin(s, EXIT_LIMIT_MS), 0)
  })

  test('a busy port is reported at once, before the database is opened', async () => {
    const port = await freePort()
    const holder = net.createServer()
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve))
    try {
      const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-busy-port-'))
      const proc = startProjectProcess('src/server.ts', { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, INDEX_CORPUS: 'false' })
      const code = await proc.exited
      assert.equal(code, 1)
      assert.match(proc.log(), new RegExp(`127\\.0\\.0\\.1:${port} is already in use`))
      // Nothing was opened: the embedded database folder was never created.
      await assert.rejects(fs.access(path.join(dataDir, 'pglite')))
    } finally {
      holder.close()
    }
  })
})
