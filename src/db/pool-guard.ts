import type pg from 'pg'

/**
 * drizzle-orm 0.45's node-postgres `transaction()` checks a client out and sends BEGIN *before* the
 * try/finally that releases it (drizzle-team/drizzle-orm#6023, #6241, still open). When BEGIN fails — the
 * connection died just after checkout, as when PostgreSQL terminates backends — the client is never
 * released: the pool loses a slot for good, and `pool.end()` then waits forever (seen: a SIGTERM shutdown
 * ending silently before "shutdown complete"). Drizzle takes clients with `pool.connect()` only for
 * transactions, so here the first statement on each checked-out client is watched: if it fails, the client
 * is released with the error (destroyed), since nobody else will.
 */
export function releaseClientsOnFailedBegin(pool: pg.Pool): pg.Pool {
  const original = pool.connect.bind(pool) as (callback?: unknown) => unknown
  const connect = () => original() as Promise<pg.PoolClient>
  const guarded = async (): Promise<pg.PoolClient> => {
    const client = await connect()
    const query = client.query
    const release = client.release
    const restore = () => {
      client.query = query
      client.release = release
    }
    client.release = (err?: Error | boolean) => {
      restore()
      release.call(client, err)
    }
    client.query = ((...args: unknown[]) => {
      client.query = query
      const result = (query as (...a: unknown[]) => unknown).apply(client, args)
      if (!(result instanceof Promise)) return result
      return result.catch((err: unknown) => {
        restore()
        release.call(client, err instanceof Error ? err : new Error(String(err)))
        throw err
      })
    }) as typeof client.query
    return client
  }
  // Only the promise form is guarded; drizzle uses no other.
  pool.connect = ((callback?: unknown) => (typeof callback === 'function' ? original(callback) : guarded())) as typeof pool.connect
  return pool
}
