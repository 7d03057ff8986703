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
  /** Sum of query weights of the terms this unit contains: how much of the question it covers. */
  matchedWeight: number
}

/**
 * BM25 computed in SQL over the postings table, with document frequencies and collection statistics taken
 * over exactly the units the caller may see (so a user's uploads never skew — or leak into — another's scores).
 * PostgreSQL's ts_rank has no IDF, which is why the ranking is done here rather than with a tsvector.
 */
export async function searchLexical(db: Db, terms: WeightedTerm[], scope: SearchScope, limit: number, params: Bm25Params = DEFAULT_BM25): Promise<LexicalHit[]> {
  if (terms.length === 0) return []
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
           sum(q.weight) AS matched
    FROM passage_terms pt
    JOIN q ON q.term = pt.term
    JOIN df ON df.term = pt.term
    JOIN passages p ON p.id = pt.passage_id
    CROSS JOIN stats
    WHERE ${visible}
    GROUP BY pt.passage_id
    ORDER BY score DESC
    LIMIT ${limit}::int
  `)
  return (rows as unknown as { rows: Array<{ id: string; score: number; matched: number }> }).rows.map((r) => ({
    passageId: r.id,
    score: Number(r.score),
    matchedWeight: Number(r.matched),
  }))
}

/** Inverse document frequencies of the query's terms over the visible units (for the relevance floor). */
export async function termIdf(db: Db, terms: string[], scope: SearchScope): Promise<Map<string, number>> {
  if (terms.length === 0) return new Map()
  const visible = visibleTo(scope, 'p')
  const rows = await db.execute(sql`
    WITH stats AS (SELECT count(*)::float8 AS n FROM passages p WHERE ${visible})
    SELECT t.term, ln(1 + (stats.n - coalesce(df.df, 0) + 0.5) / (coalesce(df.df, 0) + 0.5)) AS idf
    FROM unnest(${sqlArray(terms, 'text')}) AS t(term)
    CROSS JOIN stats
    LEFT JOIN (
      SELECT pt.term, count(*)::float8 AS df FROM passage_terms pt JOIN passages p ON p.id = pt.passage_id
      WHERE pt.term = ANY(${sqlArray(terms, 'text')}) AND ${visible} GROUP BY pt.term
    ) df ON df.term = t.term
  `)
  return new Map((rows as unknown as { rows: Array<{ term: string; idf: number }> }).rows.map((r) => [r.term, Number(r.idf)]))
}

/** Which of the given terms one unit contains. */
export async function termsIn(db: Db, passageId: string, terms: string[]): Promise<Set<string>> {
  if (terms.length === 0) return new Set()
  const rows = await db.execute(sql`SELECT term FROM passage_terms WHERE passage_id = ${passageId}::uuid AND term = ANY(${sqlArray(terms, 'text')})`)
  return new Set((rows as unknown as { rows: Array<{ term: string }> }).rows.map((r) => r.term))
}
