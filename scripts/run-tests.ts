/**
 * `npm test`: first the static checks (typecheck, lint + format, dependency rules, unused exports: one line each with
 * its result and duration, the tool's output only when it fails), then the whole suite on the embedded backends
 * (PGlite + in-process cache), then again against PostgreSQL (a fresh database, dropped after) and Redis when
 * 127.0.0.1:5432 / 6379 answer. Every check and suite runs even when an earlier one failed, so one run shows every
 * problem; the exit code is non-zero if any of them failed. TEST_SKIP_CHECKS=1 skips the checks for a quicker local
 * run (ignored when CI is set). Ends with one `N passed, N failed, N skipped` line over all suite runs.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..')
const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0'

function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : findTests(p)
    return e.name.endsWith('.test.ts') ? [p] : []
  })
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1_000 })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => (socket.destroy(), resolve(false)))
  })
}

/** The checks, in order: each is an npm script of package.json, so that it can be run alone. */
const CHECKS = [
  { label: 'typecheck', script: 'typecheck' },
  { label: 'lint + format', script: 'lint' },
  { label: 'dependency rules', script: 'check:deps' },
  { label: 'unused exports', script: 'check:unused' },
]

interface CheckOutcome {
  label: string
  script: string
  ok: boolean
  seconds: number
}

function runChecks(): CheckOutcome[] {
  console.log('=== checks ===')
  if (process.env.TEST_SKIP_CHECKS === '1' && !process.env.CI) {
    console.log('skipped (TEST_SKIP_CHECKS=1)')
    return []
  }
  return CHECKS.map(({ label, script }) => {
    const started = Date.now()
    const run = spawnSync('npm', ['run', '--silent', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const outcome = { label, script, ok: run.status === 0, seconds: (Date.now() - started) / 1000 }
    if (!outcome.ok) process.stdout.write(`${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? `${run.error.message}\n` : ''}`)
    console.log(checkLine(outcome))
    return outcome
  })
}

const checkLine = (c: CheckOutcome) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.label} (npm run ${c.script}) in ${c.seconds.toFixed(1)} s`

interface Outcome {
  label: string
  passed: number
  failed: number
  skipped: number
  exitCode: number
  seconds: number
}

function runSuite(label: string, files: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  console.log(`\n=== ${label} ===`)
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=900000', ...files], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      process.stdout.write(d)
      out += d.toString()
    })
    child.on('close', (code) => {
      // The spec reporter closes with lines such as `ℹ pass 12`; take the last of each.
      const count = (name: string) => {
        const all = [...out.matchAll(new RegExp(`^\\S+ ${name} (\\d+)$`, 'gm'))]
        return Number(all.at(-1)?.[1] ?? 0)
      }
      resolve({ label, passed: count('pass'), failed: count('fail'), skipped: count('skipped'), exitCode: code ?? 1, seconds: (Date.now() - started) / 1000 })
    })
  })
}

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const files =
    only.length > 0
      ? only.map((f) => path.resolve(f))
      : [...findTests(path.join(root, 'src')), ...findTests(path.join(root, 'web/src')), ...findTests(path.join(root, 'eval')), ...findTests(path.join(root, 'test'))].sort()
  const checks = runChecks()
  const outcomes: Outcome[] = []
  const base = { NODE_ENV: 'test', DATABASE_URL: '', REDIS_URL: '', SMTP_URL: '', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }

  outcomes.push(await runSuite('embedded: PGlite + in-process cache', files, base))

  const [hasPg, hasRedis] = await Promise.all([reachable('127.0.0.1', 5432), reachable('127.0.0.1', 6379)])
  if (hasPg && process.env.TEST_SKIP_SERVERS !== '1') {
    const dbName = `fiqh_test_${Date.now()}_${process.pid}`
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${dbName}`)
    const url = new URL(PG_ADMIN_URL)
    url.pathname = `/${dbName}`
    try {
      outcomes.push(
        await runSuite(`servers: PostgreSQL (${dbName})${hasRedis ? ' + Redis' : ' + in-process cache (Redis absent)'}`, files, {
          ...base,
          DATABASE_URL: url.toString(),
          REDIS_URL: hasRedis ? REDIS_URL : '',
        }),
      )
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((err) => console.error(`could not drop ${dbName}: ${err.message}`))
      await admin.end()
    }
  } else {
    console.log('\nPostgreSQL not reachable on 127.0.0.1:5432 (or TEST_SKIP_SERVERS=1): the server run is skipped.')
  }

  if (checks.length > 0) {
    console.log('\n=== checks ===')
    for (const c of checks) console.log(checkLine(c))
  }
  console.log('\n=== backends ===')
  for (const o of outcomes) {
    console.log(`${o.exitCode === 0 ? 'ok  ' : 'FAIL'} ${o.label}: ${o.passed} passed, ${o.failed} failed, ${o.skipped} skipped in ${o.seconds.toFixed(1)} s`)
  }
  const passed = outcomes.reduce((n, o) => n + o.passed, 0)
  const failed = outcomes.reduce((n, o) => n + o.failed, 0)
  const skipped = outcomes.reduce((n, o) => n + o.skipped, 0)
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
  process.exit(checks.every((c) => c.ok) && outcomes.every((o) => o.exitCode === 0) && failed === 0 ? 0 : 1)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
