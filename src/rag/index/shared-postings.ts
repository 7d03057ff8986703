import { sql } from 'drizzle-orm'
import { LRUCache } from 'lru-cache'
import type { Db } from '../../db/client'
import type { Bm25Params, LexicalResult, WeightedTerm } from './bm25'
import { STAGING_SUFFIX, type SearchScope } from './scope'
import { sqlArray } from './sql-arrays'

/**
 * The shared corpus (the Qur'an, hadith collections, admin documents) held in the process for BM25: its
 * units' lengths and kinds, and the postings of the terms queries have used, kept until the shared index
 * changes (a generation number every shared write bumps, read once per query, so every instance sees every
 * other's writes). With the hadith installed a common word has tens of thousands of postings; reading and
 * joining them in SQL for every question cost 150–250 ms on the embedded database.
 */
const GENERATION_KEY = 'shared:generation'

/** Bumps the shared generation: call in the transaction (or after the statement) that changed shared units. */
export async function bumpSharedGeneration(db: Db): Promise<void> {
  await db.execute(sql`INSERT INTO index_meta (key, value) VALUES (${GENERATION_KEY}, '1'::jsonb)
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb(coalesce((index_meta.value #>> '{}')::bigint, 0) + 1), updated_at = now()`)
}

interface Units {
  ids: string[]
  index: Map<string, number>
  length: Int32Array
  collection: string[]
  hadith: Uint8Array
}

interface Postings {
  unit: Int32Array
  tf: Float32Array
}

/** At most this many postings are kept (about 8 bytes each); the least recently used terms go first. */
const MAX_POSTINGS = 4_000_000

export interface SharedPostings {
  /** BM25 over the shared corpus alone, the same formula as the SQL path (bm25.ts), or null if the scope reaches user documents. */
  search(terms: WeightedTerm[], scope: SearchScope, limit: number, params: Bm25Params): Promise<LexicalResult | null>
}

export function createSharedPostings(db: Db): SharedPostings {
  let generation: string | null = null
  let units: Units | null = null
  const postings = new LRUCache<string, Postings>({ maxSize: MAX_POSTINGS, sizeCalculation: (p) => Math.max(1, p.unit.length) })

  async function hasOwnUnits(userId: string, conversationId: string): Promise<boolean> {
    const { rows } = (await db.execute(sql`SELECT 1 FROM passages WHERE owner_id = ${userId}::uuid AND conversation_id = ${conversationId}::uuid LIMIT 1`)) as unknown as { rows: unknown[] }
    return rows.length > 0
  }

  async function currentGeneration(): Promise<string> {
    const { rows } = (await db.execute(sql`SELECT value #>> '{}' AS g FROM index_meta WHERE key = ${GENERATION_KEY}`)) as unknown as { rows: Array<{ g: string }> }
    return rows[0]?.g ?? '0'
  }

  async function loadUnits(): Promise<Units> {
    const { rows } = (await db.execute(sql`SELECT id::text AS id, term_count, collection, (hadith IS NOT NULL) AS hadith FROM passages
      WHERE owner_id IS NULL AND collection NOT LIKE ${`%${STAGING_SUFFIX}`}`)) as unknown as { rows: Array<{ id: string; term_count: number; collection: string; hadith: boolean }> }
    const out: Units = { ids: [], index: new Map(), length: new Int32Array(rows.length), collection: [], hadith: new Uint8Array(rows.length) }
    rows.forEach((r, i) => {
      out.ids.push(r.id)
      out.index.set(r.id, i)
      out.length[i] = r.term_count
      out.collection.push(r.collection)
      out.hadith[i] = r.hadith ? 1 : 0
    })
    return out
  }

  async function loadPostings(u: Units, terms: string[]): Promise<void> {
    const missing = [...new Set(terms)].filter((t) => !postings.has(t))
    if (missing.length === 0) return
    const { rows } = (await db.execute(sql`SELECT term, passage_id::text AS id, tf FROM passage_terms WHERE term IN (SELECT unnest(${sqlArray(missing, 'text')}))`)) as unknown as {
      rows: Array<{ term: string; id: string; tf: number }>
    }
    const byTerm = new Map<string, { unit: number[]; tf: number[] }>(missing.map((t) => [t, { unit: [], tf: [] }]))
    for (const r of rows) {
      const i = u.index.get(r.id)
      // Postings of user documents (and of staged collections) are not the shared corpus's.
      if (i === undefined) continue
      const p = byTerm.get(r.term)!
      p.unit.push(i)
      p.tf.push(Number(r.tf))
    }
    for (const [term, p] of byTerm) postings.set(term, { unit: Int32Array.from(p.unit), tf: Float32Array.from(p.tf) })
  }

  /** Which shared units the scope's filters keep (null: all of them). */
  function filterOf(u: Units, scope: SearchScope): ((i: number) => boolean) | null {
    const { collection, kind } = scope
    if (!collection && !kind) return null
    return (i) => (!collection || u.collection[i] === collection) && (kind !== 'quran' || u.collection[i] === 'quran') && (kind !== 'hadith' || u.hadith[i] === 1)
  }

  return {
    async search(terms, scope, limit, params) {
      const include = scope.include ?? 'all'
      if (include === 'documents') return null
      // A conversation with uploads needs their postings and statistics beside the corpus's: the SQL path does that.
      if (include === 'all' && scope.userId && scope.conversationId && (await hasOwnUnits(scope.userId, scope.conversationId))) return null
      const g = await currentGeneration()
      if (g !== generation || !units) {
        postings.clear()
        units = await loadUnits()
        generation = g
      }
      const u = units
      await loadPostings(
        u,
        terms.map((t) => t.term),
      )
      const keep = filterOf(u, scope)
      let n = 0
      let total = 0
      for (let i = 0; i < u.ids.length; i++) {
        if (keep && !keep(i)) continue
        n++
        total += u.length[i]!
      }
      const avgdl = Math.max(n > 0 ? total / n : 0, 1)
      const idf = new Map<string, number>()
      const score = new Map<number, { score: number; matched: number; terms: string[] }>()
      for (const { term, weight } of terms) {
        const p = postings.get(term)!
        let df = 0
        for (let j = 0; j < p.unit.length; j++) if (!keep || keep(p.unit[j]!)) df++
        const w = Math.log(1 + (n - df + 0.5) / (df + 0.5))
        idf.set(term, w)
        for (let j = 0; j < p.unit.length; j++) {
          const i = p.unit[j]!
          if (keep && !keep(i)) continue
          const tf = p.tf[j]!
          const part = (weight * w * tf * (params.k1 + 1)) / (tf + params.k1 * (1 - params.b + (params.b * u.length[i]!) / avgdl))
          const s = score.get(i)
          if (s) {
            s.score += part
            s.matched += weight
            s.terms.push(term)
          } else score.set(i, { score: part, matched: weight, terms: [term] })
        }
      }
      const hits = [...score]
        .sort((a, b) => b[1].score - a[1].score)
        .slice(0, limit)
        .map(([i, s]) => ({ passageId: u.ids[i]!, score: s.score, matchedWeight: s.matched, terms: s.terms }))
      return { hits, idf }
    },
  }
}
