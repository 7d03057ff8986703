import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { vector } from '@electric-sql/pglite-pgvector'
import type { Config } from '../config'

const pgliteDir = (config: Pick<Config, 'DATA_DIR'>) => path.join(config.DATA_DIR, 'pglite')

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', (err) => reject(new Error(`${cmd} could not run: ${err.message}`)))
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${stderr.trim()}`))))
  })
}

/**
 * PostgreSQL: a plain SQL dump by pg_dump (restorable with psql). Embedded: PGlite's own data-dir
 * tarball. The embedded database must not be open in another process (stop the server first).
 */
export async function backupDatabase(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>, file: string): Promise<{ bytes: number; kind: string }> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true })
  if (config.DATABASE_URL) {
    await run('pg_dump', ['--clean', '--if-exists', '--no-owner', '--file', file, config.DATABASE_URL])
    return { bytes: (await fs.stat(file)).size, kind: 'postgres' }
  }
  const db = await PGlite.create({ dataDir: pgliteDir(config), extensions: { vector } })
  try {
    const dump = await db.dumpDataDir('gzip')
    await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()))
  } finally {
    await db.close()
  }
  return { bytes: (await fs.stat(file)).size, kind: 'pglite' }
}

/** Replaces the database with a backup; the embedded data dir in place is moved aside, not deleted. */
export async function restoreDatabase(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>, file: string): Promise<{ kind: string; previous?: string }> {
  await fs.access(file)
  if (config.DATABASE_URL) {
    await run('psql', ['--quiet', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '--file', file, config.DATABASE_URL])
    return { kind: 'postgres' }
  }
  const dir = pgliteDir(config)
  let previous: string | undefined
  try {
    await fs.access(dir)
    previous = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    await fs.rename(dir, previous)
  } catch {
    previous = undefined
  }
  const tarball = new Blob([await fs.readFile(file)])
  const db = await PGlite.create({ dataDir: dir, loadDataDir: tarball, extensions: { vector } })
  await db.query('SELECT 1')
  await db.close()
  return { kind: 'pglite', previous }
}
