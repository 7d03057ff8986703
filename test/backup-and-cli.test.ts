import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import pino from 'pino'
import { openDatabase } from '../src/db/client'
import { runScript } from './helpers/cli'
import { TEST_JWT_SECRET } from './helpers/app'
import { scratchDatabase } from './helpers/scratch-db'

const logger = pino({ level: 'silent' })
let dataDir: string
let databaseUrl: string | undefined
let scratch: Awaited<ReturnType<typeof scratchDatabase>>

before(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-backup-'))
  scratch = await scratchDatabase('backup')
  databaseUrl = scratch.url
})
after(async () => {
  await scratch.drop()
  await fs.rm(dataDir, { recursive: true, force: true })
})

const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', JWT_SECRET: TEST_JWT_SECRET })

async function emails(): Promise<string[]> {
  const database = await openDatabase({ url: databaseUrl, dataDir: path.join(dataDir, 'pglite'), logger })
  try {
    const rows = (await database.db.execute(sql`SELECT email FROM users ORDER BY email`)) as unknown as { rows: Array<{ email: string }> }
    return rows.rows.map((r) => r.email)
  } finally {
    await database.close()
  }
}

describe(`user:create, db:backup and db:restore (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  test('user:create makes a verified admin, and reports a bad email clearly', async () => {
    const made = await runScript('src/cli/user-create.ts', ['--email', 'Admin@Example.org', '--password', 'admin password 1', '--admin'], env())
    assert.equal(made.code, 0, made.stderr)
    assert.match(made.stdout, /created admin admin@example\.org/)
    const bad = await runScript('src/cli/user-create.ts', ['--email', 'nope', '--password', 'admin password 1'], env())
    assert.equal(bad.code, 1)
    assert.match(bad.stderr, /not a valid email/)
    const generated = await runScript('src/cli/user-create.ts', ['--email', 'second@example.org'], env())
    assert.equal(generated.code, 0, generated.stderr)
    assert.match(generated.stdout, /created user second@example\.org .*password: \S{12,}/)
    assert.deepEqual(await emails(), ['admin@example.org', 'second@example.org'])
  })

  test('a backup restores what was there when it was taken', async () => {
    const file = path.join(dataDir, 'backups', 'db.backup')
    const backup = await runScript('src/cli/db-backup.ts', [file], env())
    assert.equal(backup.code, 0, backup.stderr)
    assert.ok((await fs.stat(file)).size > 1000)

    const later = await runScript('src/cli/user-create.ts', ['--email', 'after-backup@example.org', '--password', 'later password 1'], env())
    assert.equal(later.code, 0, later.stderr)
    assert.equal((await emails()).length, 3)

    const restore = await runScript('src/cli/db-restore.ts', [file], env())
    assert.equal(restore.code, 0, restore.stderr)
    assert.deepEqual(await emails(), ['admin@example.org', 'second@example.org'])
  })

  test('restoring a missing file fails with a clear message', async () => {
    const r = await runScript('src/cli/db-restore.ts', [path.join(dataDir, 'missing.backup')], env())
    assert.equal(r.code, 1)
    assert.match(r.stderr, /restore failed: .*no such file/i)
  })
})
