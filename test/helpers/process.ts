import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { TEST_JWT_SECRET } from './app'
import { root } from './cli'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export async function waitFor<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 180_000, everyMs = 100): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

export interface ProjectProcess {
  child: ChildProcess
  log(): string
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** The V8 flags `npm start` gives node (package.json), so that processes started here run as users run them. */
const START_FLAGS = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .filter((a) => a.startsWith('--') && a !== '--import')

/** Runs one of the project's entry points (`src/server.ts`, `src/worker.ts`) as `npm start` / `npm run worker` would. */
export function startProjectProcess(script: string, env: Record<string, string | undefined>): ProjectProcess {
  const child = spawn(process.execPath, [...START_FLAGS, '--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, MODELS_DIR: path.join(os.tmpdir(), 'fiqh-test-models'), LOG_LEVEL: 'info', JWT_SECRET: TEST_JWT_SECRET, ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  // 'close', not 'exit': 'exit' can fire while the last lines written to stdout are still in the pipe,
  // and a test reading log() right after would miss them (seen: "shutdown complete" missing under load).
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)))
  return {
    child,
    log: () => log,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

export interface ServerProcess extends ProjectProcess {
  port: number
  base: string
}

/** Starts `src/server.ts` on a free loopback port and waits until /health answers (and /ready, when asked). */
export async function startServerProcess(env: Record<string, string | undefined>, opts: { ready?: boolean; timeoutMs?: number } = {}): Promise<ServerProcess> {
  const port = await freePort()
  const proc = startProjectProcess('src/server.ts', { PORT: String(port), HOST: '127.0.0.1', ...env })
  const base = `http://127.0.0.1:${port}`
  const path = opts.ready ? '/ready' : '/health'
  const started = Date.now()
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`server exited with ${proc.child.exitCode}:\n${proc.log().slice(-3000)}`)
    if (
      await fetch(`${base}${path}`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (Date.now() - started > (opts.timeoutMs ?? 300_000)) {
      await proc.stop('SIGKILL')
      throw new Error(`${base}${path} not ok after ${opts.timeoutMs ?? 300_000} ms:\n${proc.log().slice(-3000)}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { ...proc, port, base }
}
