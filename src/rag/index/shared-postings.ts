import { sql } from 'drizzle-orm'
import { LRUCache } from 'lru-cache'
import type { Db } from '../../db/client'
import type { Bm25Params, LexicalResult, WeightedTerm } from './bm25'
import { STAGING_SUFFIX, type SearchScope } from './scope'
import { sqlArray } from './sql-arrays'
import { createBm25Scorer } from './bm25-scorer'

/**
 * The shared corpus (the Qur'an, hadith collections, admin documents) held in the process for BM25: its
 * units' lengths and kinds, and the postings of the terms queries have used, kept until the shared index
 * changes (a generation number every shared write bumps, read once per query, so every instance sees every
 * other's writes). With the hadith installed a common word has tens of thousands of postings; reading and
 * joining them in SQL for every question cost 150–250 ms on the embedded database.
 */
const GENERATION_KEY = 'shared:generation'

/**
 * When this process last changed shared units (any database it holds). A reader that owns its database
 * alone (the embedded one) trusts the generation it read until a local write, then reads it at every query
 * for a while: the write's transaction may commit a little after the bump, and a read in between still sees
 * the old generation.
 */
let lastLocalWrite = Number.NEGATIVE_INFINITY
const REREAD_AFTER_LOCAL_WRITE_MS = 60_000

/** Bumps the shared generation: call in the transaction (or after the statement) that changed shared units. */
export async function bumpSharedGeneration(db: Db): Promise<void> {
  lastLocalWrite = performance.now()
  await db.execute(sql`INSERT INTO index_meta (key, value) VALUES (${GENERATION_KEY}, '1'::jsonb)
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb(coalesce((index_meta.value #>> '{}')::bigint, 0) + 1), updated_at = now()`)
}

interface Units {
  ids: string[]
  index: Map<string, number>
  length: Int32Array
  collection: string[]
  hadith: Uint8Array
  /**
   * The postings read for these units (indices into them). They live and die with the units: a warm-up or a
   * load still running for an older generation writes into its own discarded copy, never into this one.
   */
  postings: LRUCache<string, Postings>
}

interface Postings {
  unit: Int32Array
  tf: Float32Array
}

/** At most this many postings are kept (about 8 bytes each); the least recently used terms go first. */
const MAX_POSTINGS = 4_000_000
const WARM_PAGE = 2_000
/** The warm-up leaves a tenth of the budget to the terms questions bring later. */
const WARM_BUDGET = MAX_POSTINGS * 0.9

export interface SharedPostings {
  /** BM25 over the shared corpus alone, the same formula as the SQL path (bm25.ts), or null if the scope reaches user documents. */
  search(terms: WeightedTerm[], scope: SearchScope, limit: number, params: Bm25Params): Promise<LexicalResult | null>
  /** The shared index's generation as the last search saw it: anything cached about shared units holds while it does. */
  generation(): string | null
  /**
   * Loads the shared units and warms their postings, so that the first questions after a start do not wait for
   * them; after a later change of the shared index (an import), terms are read again as questions use them.
   */
  prepare(): Promise<void>
}

export interface SharedPostingsOptions {
  /**
   * No other process writes this database (the embedded one): the generation is read again only after this
   * process wrote shared units, not at every query — on PGlite that read costs a few ms of the main thread.
   */
  exclusive?: boolean
}

export function createSharedPostings(db: Db, opts: SharedPostingsOptions = {}): SharedPostings {
  let readAt = Number.NEGATIVE_INFINITY
  let lastRead: string | null = null
  /** The units of the newest generation seen, loading or loaded: one load per generation, however many questions wait. */
  let current: { generation: string; units: Promise<Units> } | null = null
  const stats = new Map<string, { units: Units; n: number; avgdl: number }>()
  const scoreUnits = createBm25Scorer()

  async function hasOwnUnits(userId: string, conversationId: string): Promise<boolean> {
    const { rows } = (await db.execute(sql`SELECT 1 FROM passages WHERE owner_id = ${userId}::uuid AND conversation_id = ${conversationId}::uuid LIMIT 1`)) as unknown as { rows: unknown[] }
    return rows.length > 0
  }

  async function currentGeneration(): Promise<string> {
    if (opts.exclusive && lastRead !== null && readAt > lastLocalWrite + REREAD_AFTER_LOCAL_WRITE_MS) return lastRead
    readAt = performance.now()
    const { rows } = (await db.execute(sql`SELECT value #>> '{}' AS g FROM index_meta WHERE key = ${GENERATION_KEY}`)) as unknown as { rows: Array<{ g: string }> }
    lastRead = rows[0]?.g ?? '0'
    return lastRead
  }

  /** In id order, so that equal scores rank the same way in every instance (ties go to the lower index). */
  async function loadUnits(): Promise<Units> {
    const { rows } = (await db.execute(sql`SELECT id::text AS id, term_count, collection, (hadith IS NOT NULL) AS hadith FROM passages
      WHERE owner_id IS NULL AND collection NOT LIKE ${`%${STAGING_SUFFIX}`} ORDER BY id`)) as unknown as { rows: Array<{ id: string; term_count: number; collection: string; hadith: boolean }> }
    const out: Units = {
      ids: [],
      index: new Map(),
      length: new Int32Array(rows.length),
      collection: [],
      hadith: new Uint8Array(rows.length),
      postings: new LRUCache<string, Postings>({ maxSize: MAX_POSTINGS, sizeCalculation: (p) => Math.max(1, p.unit.length) }),
    }
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
    const missing = [...new Set(terms)].filter((t) => !u.postings.has(t))
    if (missing.length === 0) return
    // One row per term, its postings packed as `<uuid>:<tf>` words: PGlite makes an object of every returned
    // row, which cost several times the query itself for a common word's tens of thousands of postings.
    const { rows } = (await db.execute(sql`SELECT term, string_agg(passage_id::text || ':' || tf::text, ' ') AS list
      FROM passage_terms WHERE term IN (SELECT unnest(${sqlArray(missing, 'text')})) GROUP BY term`)) as unknown as { rows: Array<{ term: string; list: string }> }
    const lists = new Map(rows.map((r) => [r.term, r.list]))
    for (const term of missing) u.postings.set(term, unpackPostings(u, lists.get(term)))
  }

  /**
   * Reads every shared posting, a page at a time with the event loop free between pages, until 90 % of the
   * budget is used (the Qur'an and the eight shared hadith books hold about 3.4 million): the first questions
   * after a start then find their terms in memory instead of each reading its own from the database (on the
   * embedded database, in the main thread).
   */
  async function warmUp(u: Units): Promise<void> {
    let after: { term: string; id: string } | null = null
    let open: { term: string; unit: number[]; tf: number[] } | null = null
    const publish = (p: { term: string; unit: number[]; tf: number[] }) => {
      if (!u.postings.has(p.term)) u.postings.set(p.term, { unit: Int32Array.from(p.unit), tf: Float32Array.from(p.tf) })
    }
    while (isCurrent(u) && u.postings.calculatedSize < WARM_BUDGET) {
      const page = after
        ? sql`SELECT term, passage_id::text AS id, tf FROM passage_terms WHERE (term, passage_id) > (${after.term}, ${after.id}::uuid) ORDER BY term, passage_id LIMIT ${WARM_PAGE}`
        : sql`SELECT term, passage_id::text AS id, tf FROM passage_terms ORDER BY term, passage_id LIMIT ${WARM_PAGE}`
      const { rows } = (await db.execute(page)) as unknown as { rows: Array<{ term: string; id: string; tf: number }> }
      if (!isCurrent(u)) return
      for (const r of rows) {
        if (open && open.term !== r.term) publish(open)
        if (!open || open.term !== r.term) open = { term: r.term, unit: [], tf: [] }
        const i = u.index.get(r.id)
        if (i === undefined) continue
        open.unit.push(i)
        open.tf.push(Number(r.tf))
      }
      if (rows.length < WARM_PAGE) {
        if (open) publish(open)
        return
      }
      // The last term may go on in the next page: it is published once it ends.
      after = rows[rows.length - 1]!
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  let loaded: Units | null = null
  const isCurrent = (u: Units) => loaded === u

  /** The units of the shared index as it is now: reloaded when it changed since the last query. */
  async function refresh(): Promise<Units> {
    const g = await currentGeneration()
    if (current?.generation !== g) {
      const units = loadUnits()
      current = { generation: g, units }
      units.then(
        (u) => {
          if (current?.units !== units) return
          loaded = u
        },
        () => {
          if (current?.units === units) current = null
        },
      )
    }
    return current.units
  }

  /** How many units the scope's filters keep and their average length, computed once per filter and generation. */
  function statistics(u: Units, scope: SearchScope, keep: ((i: number) => boolean) | null): { n: number; avgdl: number } {
    const key = `${scope.collection ?? ''}\u0000${scope.kind ?? ''}`
    const known = stats.get(key)
    if (known && known.units === u) return known
    let n = 0
    let total = 0
    for (let i = 0; i < u.ids.length; i++) {
      if (keep && !keep(i)) continue
      n++
      total += u.length[i]!
    }
    const out = { units: u, n, avgdl: Math.max(n > 0 ? total / n : 0, 1) }
    stats.set(key, out)
    return out
  }

  /** Which shared units the scope's filters keep (null: all of them). */
  function filterOf(u: Units, scope: SearchScope): ((i: number) => boolean) | null {
    const { collection, kind } = scope
    if (!collection && !kind) return null
    return (i) => (!collection || u.collection[i] === collection) && (kind !== 'quran' || u.collection[i] === 'quran') && (kind !== 'hadith' || u.hadith[i] === 1)
  }

  return {
    generation: () => current?.generation ?? null,
    prepare: async () => {
      // A failed warm-up only leaves the terms to be read when asked, so it is not an error.
      await warmUp(await refresh()).catch(() => undefined)
    },
    async search(terms, scope, limit, params) {
      const include = scope.include ?? 'all'
      if (include === 'documents') return null
      // A conversation with uploads needs their postings and statistics beside the corpus's: the SQL path does that.
      if (include === 'all' && scope.userId && scope.conversationId && (await hasOwnUnits(scope.userId, scope.conversationId))) return null
      const u = await refresh()
      await loadPostings(
        u,
        terms.map((t) => t.term),
      )
      const keep = filterOf(u, scope)
      const { n, avgdl } = statistics(u, scope, keep)
      const idf = new Map<string, number>()
      const scored = terms.map(({ term, weight }) => {
        const p = u.postings.get(term)!
        let df = p.unit.length
        if (keep) {
          df = 0
          for (let j = 0; j < p.unit.length; j++) if (keep(p.unit[j]!)) df++
        }
        const w = Math.log(1 + (n - df + 0.5) / (df + 0.5))
        idf.set(term, w)
        return { unit: p.unit, tf: p.tf, weight, idf: w }
      })
      const hits = scoreUnits(scored, u.length, avgdl, params, limit, keep).map((s) => ({
        passageId: u.ids[s.unit]!,
        score: s.score,
        matchedWeight: s.matchedWeight,
        terms: s.terms.map((t) => terms[t]!.term),
        hadith: u.hadith[s.unit] === 1,
      }))
      return { hits, idf }
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
