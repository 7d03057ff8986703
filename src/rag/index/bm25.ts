import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { visibleTo, type SearchScope } from './scope'
import { sqlArray } from './sql-arrays'

export interface Bm25Params {
  k1: number
  b: number
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 }

export interface WeightedTerm {
  term: string
  weight: number
}

export interface LexicalHit {
  passageId: string
  score: number
  /** The query terms this unit contains. */
  terms: string[]
}

export interface LexicalResult {
  hits: LexicalHit[]
  /** Inverse document frequency of every query term over the visible units (0 occurrences included). */
  idf: Map<string, number>
}

const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5))

/**
 * BM25 computed in SQL over the postings table, with document frequencies and collection statistics taken
 * over exactly the units the caller may see (so a user's uploads never skew — or leak into — another's scores).
 * PostgreSQL's ts_rank has no IDF, which is why the ranking is done here rather than with a tsvector.
 * One round trip also returns what the relevance floor needs: each hit's matched terms and the terms' df.
 */
export async function searchLexical(db: Db, terms: WeightedTerm[], scope: SearchScope, limit: number, params: Bm25Params = DEFAULT_BM25): Promise<LexicalResult> {
  if (terms.length === 0) return { hits: [], idf: new Map() }
  const names = terms.map((t) => t.term)
  const weights = terms.map((t) => t.weight)
  const visible = visibleTo(scope, 'p')
  const rows = await db.execute(sql`
    WITH q AS (
      SELECT * FROM unnest(${sqlArray(names, 'text')}, ${sqlArray(weights, 'float8')}) AS q(term, weight)
    ),
    stats AS (
      SELECT count(*)::float8 AS n, greatest(avg(p.term_count), 1)::float8 AS avgdl FROM passages p WHERE ${visible}
    ),
    df AS (
      SELECT pt.term, count(*)::float8 AS df
      FROM passage_terms pt JOIN passages p ON p.id = pt.passage_id
      WHERE pt.term IN (SELECT term FROM q) AND ${visible}
      GROUP BY pt.term
    )
    SELECT pt.passage_id AS id,
           sum(q.weight * ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
               * pt.tf * ${params.k1 + 1}::float8 / (pt.tf + ${params.k1}::float8 * (1 - ${params.b}::float8 + ${params.b}::float8 * p.term_count / stats.avgdl))) AS score,
           array_agg(pt.term) AS terms,
           max(stats.n) AS n,
           (SELECT json_object_agg(term, df) FROM df) AS dfs
    FROM passage_terms pt
    JOIN q ON q.term = pt.term
    JOIN df ON df.term = pt.term
    JOIN passages p ON p.id = pt.passage_id
    CROSS JOIN stats
    WHERE ${visible}
    GROUP BY pt.passage_id
    ORDER BY score DESC, pt.passage_id
    LIMIT ${limit}::int
  `)
  const result = (rows as unknown as { rows: Array<{ id: string; score: number; terms: string[]; n: number; dfs: Record<string, number> | string }> }).rows
  const first = result[0]
  const dfs: Record<string, number> = first ? (typeof first.dfs === 'string' ? JSON.parse(first.dfs) : first.dfs) : {}
  const n = Number(first?.n ?? 0)
  return {
    hits: result.map((r) => ({ passageId: r.id, score: Number(r.score), terms: r.terms })),
    idf: new Map(names.map((t) => [t, idfOf(n, Number(dfs[t] ?? 0))])),
  }
}
