import pg from 'pg'

/**
 * On the PostgreSQL pass, a database of the test file's own (for tests that drop columns or restore
 * backups, which would disturb the files sharing the run's database). Undefined on the embedded pass.
 */
export async function scratchDatabase(label: string): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  if (!process.env.DATABASE_URL) return { url: undefined, drop: async () => {} }
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await admin.connect()
  const name = `fiqh_${label}_${Date.now()}_${process.pid}`
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(process.env.DATABASE_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    },
  }
}
