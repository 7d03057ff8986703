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

/**
 * What one generation of the shared index gives a question: its units, the postings read so far (indices into
 * those units) and the scoring buffers sized for them. A question still running when another reloads keeps the
 * state it started with, so its postings never land in the next generation's cache.
 */
interface Generation {
  generation: string
  units: Units
  postings: LRUCache<string, Postings>
  work: Workspace
}

export function createSharedPostings(db: Db): SharedPostings {
  let loaded: Generation | null = null

  async function hasOwnUnits(userId: string, conversationId: string): Promise<boolean> {
    const { rows } = (await db.execute(sql`SELECT 1 FROM passages WHERE owner_id = ${userId}::uuid AND conversation_id = ${conversationId}::uuid LIMIT 1`)) as unknown as { rows: unknown[] }
    return rows.length > 0
  }

  async function currentGeneration(): Promise<string> {
    const { rows } = (await db.execute(sql`SELECT value #>> '{}' AS g FROM index_meta WHERE key = ${GENERATION_KEY}`)) as unknown as { rows: Array<{ g: string }> }
    return rows[0]?.g ?? '0'
  }

  /** In id order, so that equal scores rank the same way in every instance (ties go to the lower index). */
  async function loadUnits(): Promise<Units> {
    const { rows } = (await db.execute(sql`SELECT id::text AS id, term_count, collection, (hadith IS NOT NULL) AS hadith FROM passages
      WHERE owner_id IS NULL AND collection NOT LIKE ${`%${STAGING_SUFFIX}`} ORDER BY id`)) as unknown as { rows: Array<{ id: string; term_count: number; collection: string; hadith: boolean }> }
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

  async function current(): Promise<Generation> {
    const generation = await currentGeneration()
    if (loaded?.generation === generation) return loaded
    const units = await loadUnits()
    loaded = {
      generation,
      units,
      postings: new LRUCache<string, Postings>({ maxSize: MAX_POSTINGS, sizeCalculation: (p) => Math.max(1, p.unit.length) }),
      work: createWorkspace(units.ids.length),
    }
    return loaded
  }

  /** Each term's postings, from the cache or read now (and cached). */
  async function postingsOf(state: Generation, terms: string[]): Promise<Map<string, Postings>> {
    const out = new Map<string, Postings>()
    const missing: string[] = []
    for (const term of new Set(terms)) {
      const cached = state.postings.get(term)
      if (cached) out.set(term, cached)
      else missing.push(term)
    }
    if (missing.length === 0) return out
    // One row per term, its postings packed as `<uuid>:<tf>` words: PGlite turns each returned row into an object,
    // which cost six times more than the query for the common words' tens of thousands of postings.
    const { rows } = (await db.execute(sql`SELECT term, string_agg(passage_id::text || ':' || tf::text, ' ') AS list
      FROM passage_terms WHERE term IN (SELECT unnest(${sqlArray(missing, 'text')})) GROUP BY term`)) as unknown as { rows: Array<{ term: string; list: string }> }
    const lists = new Map(rows.map((r) => [r.term, r.list]))
    for (const term of missing) {
      const p = unpackPostings(state.units, lists.get(term))
      state.postings.set(term, p)
      out.set(term, p)
    }
    return out
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
      const state = await current()
      const found = await postingsOf(
        state,
        terms.map((t) => t.term),
      )
      const lists = terms.map(({ term, weight }) => ({ term, weight, p: found.get(term)! }))
      return scoreUnits(state.units, state.work, lists, filterOf(state.units, scope), limit, params)
    },
  }
}

/** `<uuid>:<tf> …` → the shared units' indices and frequencies (postings of user documents and staged collections are not the shared corpus's). */
function unpackPostings(u: Units, list: string | undefined): Postings {
  const unit: number[] = []
  const tf: number[] = []
  for (const word of list ? list.split(' ') : []) {
    const at = word.indexOf(':')
    const i = u.index.get(word.slice(0, at))
    if (i === undefined) continue
    unit.push(i)
    tf.push(Number(word.slice(at + 1)))
  }
  return { unit: Int32Array.from(unit), tf: Float32Array.from(tf) }
}

/** Per-unit buffers reused by every query (one allocation per load of the units, not per question). */
interface Workspace {
  score: Float64Array
  seen: Uint8Array
  touched: Int32Array
  /** For the returned hits only: their position in the result, else -1. */
  hitAt: Int32Array
}

function createWorkspace(size: number): Workspace {
  return { score: new Float64Array(size), seen: new Uint8Array(size), touched: new Int32Array(size), hitAt: new Int32Array(size).fill(-1) }
}

/** The scope's unit count and average length (the BM25 statistics of what the caller may see). */
function scopeStatistics(u: Units, keep: ((i: number) => boolean) | null): { n: number; avgdl: number } {
  let n = 0
  let total = 0
  for (let i = 0; i < u.ids.length; i++) {
    if (keep && !keep(i)) continue
    n++
    total += u.length[i]!
  }
  return { n, avgdl: Math.max(n > 0 ? total / n : 0, 1) }
}

/**
 * BM25 over the postings in typed arrays: scores accumulate per unit index, and only the returned hits are
 * then told which terms they hold and how much of the question they cover (a Map entry and an array per
 * scored unit cost more than the arithmetic when common words bring tens of thousands of postings).
 */
function scoreUnits(u: Units, work: Workspace, lists: Array<{ term: string; weight: number; p: Postings }>, keep: ((i: number) => boolean) | null, limit: number, params: Bm25Params): LexicalResult {
  const { n, avgdl } = scopeStatistics(u, keep)
  const { score, seen, touched, hitAt } = work
  let count = 0
  const idf = new Map<string, number>()
  const norm = params.k1 * (1 - params.b)
  const slope = (params.k1 * params.b) / avgdl
  for (const { term, weight, p } of lists) {
    let df = p.unit.length
    if (keep) {
      df = 0
      for (let j = 0; j < p.unit.length; j++) if (keep(p.unit[j]!)) df++
    }
    const w = Math.log(1 + (n - df + 0.5) / (df + 0.5))
    idf.set(term, w)
    const factor = weight * w * (params.k1 + 1)
    for (let j = 0; j < p.unit.length; j++) {
      const i = p.unit[j]!
      if (keep && !keep(i)) continue
      const tf = p.tf[j]!
      score[i]! += (factor * tf) / (tf + norm + slope * u.length[i]!)
      if (seen[i] === 0) {
        seen[i] = 1
        touched[count++] = i
      }
    }
  }
  const best = topUnits(score, touched, count, limit)
  const hits = best.map((i, at) => {
    hitAt[i] = at
    return { passageId: u.ids[i]!, score: score[i]!, matchedWeight: 0, terms: [] as string[] }
  })
  for (const { term, weight, p } of lists) {
    for (let j = 0; j < p.unit.length; j++) {
      const at = hitAt[p.unit[j]!]!
      if (at < 0) continue
      hits[at]!.matchedWeight += weight
      hits[at]!.terms.push(term)
    }
  }
  for (const i of best) hitAt[i] = -1
  for (let c = 0; c < count; c++) {
    score[touched[c]!] = 0
    seen[touched[c]!] = 0
  }
  return { hits, idf }
}

/** The `limit` best-scoring touched units, best first (ties by unit order, which follows the ids). */
function topUnits(score: Float64Array, touched: Int32Array, count: number, limit: number): number[] {
  let candidates = Array.from(touched.subarray(0, count))
  if (count > limit) {
    const sorted = Float64Array.from(candidates, (i) => score[i]!).sort()
    const threshold = sorted[count - limit]!
    candidates = candidates.filter((i) => score[i]! >= threshold)
  }
  return candidates.sort((a, b) => score[b]! - score[a]! || a - b).slice(0, limit)
}
