import { sql, type SQL } from 'drizzle-orm'

/** A typed PostgreSQL array literal built from bound parameters (works the same on pg and PGlite). */
export function sqlArray(values: ReadonlyArray<string | number>, type: 'text' | 'float8' | 'uuid'): SQL {
  if (values.length === 0) return sql.raw(`ARRAY[]::${type}[]`)
  return sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`
}
