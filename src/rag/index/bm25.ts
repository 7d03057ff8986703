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

interface LexicalHit {
  passageId: string
  score: number
  /** Sum of query weights of the terms this unit contains: how much of the question it covers. */
  matchedWeight: number
  /** The query terms this unit contains. */
  terms: string[]
  /** The unit is a hadith (ranked beside the other kinds: see the retriever's reader's-own-words ranking). */
  hadith: boolean
}

export interface LexicalResult {
  hits: LexicalHit[]
  /** Inverse document frequency of every query term over the visible units (0 occurrences included). */
  idf: Map<string, number>
}

/**
 * BM25 computed in SQL over the postings table, with document frequencies and collection statistics taken
 * over exactly the units the caller may see (so a user's uploads never skew — or leak into — another's scores).
 * PostgreSQL's ts_rank has no IDF, which is why the ranking is done here rather than with a tsvector.
 * One round trip: the visible postings of the query's terms are read once and give the document
 * frequencies, the ranking, and the idf table the relevance floor needs.
 */
export async function searchLexical(db: Db, terms: WeightedTerm[], scope: SearchScope, limit: number, params: Bm25Params = DEFAULT_BM25): Promise<LexicalResult> {
  if (terms.length === 0) return { hits: [], idf: new Map() }
  const visible = visibleTo(scope, 'p')
  const rows = await db.execute(sql`
    WITH q AS (
      SELECT * FROM unnest(${sqlArray(
        terms.map((t) => t.term),
        'text',
      )}, ${sqlArray(
        terms.map((t) => t.weight),
        'float8',
      )}) AS q(term, weight)
    ),
    stats AS (
      SELECT count(*)::float8 AS n, greatest(avg(p.term_count), 1)::float8 AS avgdl FROM passages p WHERE ${visible}
    ),
    post AS MATERIALIZED (
      SELECT pt.passage_id, pt.term, pt.tf, p.term_count, p.hadith IS NOT NULL AS hadith
      FROM passage_terms pt JOIN passages p ON p.id = pt.passage_id
      WHERE pt.term IN (SELECT term FROM q) AND ${visible}
    ),
    idf AS (
      SELECT q.term, q.weight, ln(1 + (stats.n - coalesce(df.df, 0) + 0.5) / (coalesce(df.df, 0) + 0.5)) AS idf
      FROM q CROSS JOIN stats
      LEFT JOIN (SELECT term, count(*)::float8 AS df FROM post GROUP BY term) df ON df.term = q.term
    ),
    ranked AS (
      SELECT post.passage_id AS id,
             sum(idf.weight * idf.idf * post.tf * ${params.k1 + 1}::float8
                 / (post.tf + ${params.k1}::float8 * (1 - ${params.b}::float8 + ${params.b}::float8 * post.term_count / stats.avgdl))) AS score,
             sum(idf.weight) AS matched,
             array_agg(post.term) AS terms,
             bool_or(post.hadith) AS hadith
      FROM post JOIN idf ON idf.term = post.term CROSS JOIN stats
      GROUP BY post.passage_id
      ORDER BY score DESC
      LIMIT ${limit}::int
    )
    SELECT NULL::text AS id, NULL::float8 AS score, NULL::float8 AS matched, NULL::text[] AS terms, NULL::boolean AS hadith, json_agg(json_build_array(term, idf)) AS idf
    FROM idf
    UNION ALL
    SELECT id::text, score, matched, terms, hadith, NULL FROM (SELECT * FROM ranked ORDER BY score DESC) r
  `)
  const all = (rows as unknown as { rows: Array<{ id: string | null; score: number; matched: number; terms: string[]; hadith: boolean | null; idf: Array<[string, number]> | null }> }).rows
  // UNION ALL does not promise an order: the idf row is the one without an id, the rest are sorted here.
  const head = all.find((r) => r.id === null)
  const ranked = all.filter((r) => r.id !== null).sort((a, b) => Number(b.score) - Number(a.score))
  return {
    idf: new Map((head?.idf ?? []).map(([term, value]) => [term, Number(value)])),
    hits: ranked.map((r) => ({ passageId: r.id!, score: Number(r.score), matchedWeight: Number(r.matched), terms: r.terms, hadith: r.hadith === true })),
  }
}
