import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { vector } from '@electric-sql/pglite-pgvector'
import { sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import type { Logger } from 'pino'
import { releaseClientsOnFailedBegin } from './pool-guard'
import * as schema from './schema'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>
/** What a transaction callback receives; it offers the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  /** Whether the pgvector extension could be enabled (always on PGlite; optional on a server). */
  hasVector: boolean
  ping(): Promise<void>
  close(): Promise<void>
  /** The PGlite handle, for backups of the embedded database. */
  pglite?: PGlite
}

export interface DatabaseOptions {
  url?: string
  /** PGlite data directory; undefined keeps the embedded database in memory (tests). */
  dataDir?: string
  poolMax?: number
  logger: Logger
}

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle')
// Any fixed number works: it only has to be the same for every instance of this app.
const MIGRATION_LOCK_ID = 72_410_951

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  return opts.url ? openPostgres(opts.url, opts) : openPglite(opts)
}

/**
 * PGlite's buffer cache lives in the WebAssembly memory of this process (PostgreSQL's default, 128 MB, was
 * most of the server's resident memory once the postings had been read), while the operating system caches
 * the data files anyway; searches read the shared corpus from memory of their own (rag/index/shared-postings).
 */
const PGLITE_SHARED_BUFFERS = '32MB'

async function openPglite(opts: DatabaseOptions): Promise<Database> {
  if (opts.dataDir) await fs.mkdir(opts.dataDir, { recursive: true })
  const client = await PGlite.create({ dataDir: opts.dataDir, extensions: { vector }, postgresqlconf: [`shared_buffers = ${PGLITE_SHARED_BUFFERS}`] })
  await client.exec('CREATE EXTENSION IF NOT EXISTS vector')
  const db = drizzlePglite({ client, schema })
  await migratePglite(db, { migrationsFolder })
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    hasVector: true,
    pglite: client,
    async ping() {
      await client.query('SELECT 1')
    },
    async close() {
      await client.close()
    },
  }
}

async function openPostgres(url: string, opts: DatabaseOptions): Promise<Database> {
  await migratePostgres(url)
  const pool = releaseClientsOnFailedBegin(
    new pg.Pool({
      connectionString: url,
      max: opts.poolMax ?? 10,
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
    }),
  )
  // A terminated backend emits 'error' on an idle client; without a listener the process would crash.
  pool.on('error', (err) => opts.logger.warn({ err: err.message }, 'PostgreSQL connection lost; the pool will reconnect'))
  // A backend terminated while its client is checked out between two queries (inside a transaction) emits
  // 'error' on that client, where the pool listens only while it is idle: unheard, it would end the process.
  // Heard here, the transaction's next query fails instead, and the request gets a 503.
  pool.on('connect', (client) => client.on('error', (err) => opts.logger.warn({ err: err.message }, 'PostgreSQL connection lost during a transaction')))
  const db = drizzlePg({ client: pool, schema }) as unknown as Db
  const hasVector = await enableVector(db, opts.logger)
  return {
    db,
    kind: 'postgres',
    hasVector,
    async ping() {
      await pool.query('SELECT 1')
    },
    async close() {
      await pool.end()
    },
  }
}

/** Migrations run under an advisory lock so that several instances starting together apply them once. */
async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID])
    await migratePg(drizzlePg({ client }), { migrationsFolder })
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined)
    await client.end()
  }
}

async function enableVector(db: Db, logger: Logger): Promise<boolean> {
  try {
    await db.execute(sql`CREATE EXTENSION IF NOT EXISTS vector`)
    return true
  } catch (err) {
    logger.warn(
      { reason: (err as Error).message },
      'pgvector is not installed on this PostgreSQL server: vector search is off; retrieval falls back to full-text candidates re-ranked by the embedder in process',
    )
    return false
  }
}
