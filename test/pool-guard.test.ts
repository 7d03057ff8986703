import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { releaseClientsOnFailedBegin } from '../src/db/pool-guard'

const url = process.env.DATABASE_URL
const skip = url ? false : 'needs PostgreSQL (runs in the PostgreSQL + Redis pass)'

/** A pool of one connection whose next checked-out client has lost its connection before BEGIN is sent. */
function poolWithDyingCheckout(guarded: boolean) {
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2_000 })
  pool.on('error', () => undefined)
  let kill = false
  pool.on('acquire', (client) => {
    client.on('error', () => undefined)
    if (kill) {
      kill = false
      void client.end().catch(() => undefined)
    }
  })
  return { pool: guarded ? releaseClientsOnFailedBegin(pool) : pool, killNext: () => (kill = true) }
}

describe('PostgreSQL pool: a transaction whose BEGIN fails', { skip }, () => {
  test('without the guard, drizzle leaks the client and the one-connection pool is stuck (the upstream bug)', async () => {
    const { pool, killNext } = poolWithDyingCheckout(false)
    const db = drizzle({ client: pool })
    killNext()
    await assert.rejects(db.transaction(async (tx) => tx.execute(sql`SELECT 1`)))
    assert.equal(pool.totalCount - pool.idleCount, 1, 'the dead client is still checked out: the only slot is gone')
    const ended = await Promise.race([pool.end().then(() => 'ended'), new Promise((r) => setTimeout(() => r('still waiting'), 300))])
    assert.equal(ended, 'still waiting', 'pool.end() waits for a client nobody will release')
  })

  test('with the guard, the dead client is released and the next transaction works', async () => {
    const { pool, killNext } = poolWithDyingCheckout(true)
    const db = drizzle({ client: pool })
    killNext()
    await assert.rejects(db.transaction(async (tx) => tx.execute(sql`SELECT 1`)))
    assert.equal(pool.totalCount, 0, 'the dead client left the pool')
    const rows = await db.transaction(async (tx) => tx.execute(sql`SELECT 41 + 1 AS answer`))
    assert.equal(Number((rows as unknown as { rows: Array<{ answer: number }> }).rows[0]!.answer), 42)
    assert.equal((await db.execute(sql`SELECT 1 AS one`)).rows.length, 1, 'plain queries still work')
    await pool.end()
  })
})
