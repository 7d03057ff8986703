import { createHash } from 'node:crypto'
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { passages } from '../../db/schema'
import { unnestColumns } from './sql-arrays'
import { STAGING_SUFFIX } from './scope'
import { bumpSharedGeneration } from './shared-postings'
import type { UnitInput } from './units'
import type { VectorStore } from './vectors'
import { analyze, ANALYZER_VERSION, arabicRootTerms, termFrequencies } from '../text/analyze'
import { personMarks } from '../text/answer-type'

function contentHash(unit: UnitInput, fields: boolean): string {
  const h = createHash('sha256')
  h.update(
    JSON.stringify([
      // Units indexed with the experimental fields differ from the same units without them.
      fields ? `${ANALYZER_VERSION}+fields` : ANALYZER_VERSION,
      unit.title ?? null,
      unit.verses ?? null,
      unit.locator ?? null,
      unit.texts.map((t) => [t.lang, t.text, t.reference, t.title ?? null, t.searchText ?? null]),
      ...(unit.hadith ? [unit.hadith] : []),
    ]),
  )
  return h.digest('hex')
}

export interface WriteResult {
  inserted: number
  unchanged: number
  ids: string[]
}

export interface WriteOptions {
  /**
   * Also index the Arabic root field and the answer-type field (`arabicRootTerms`, `personMarks`), as postings
   * outside the unit's length. Off in the product: topic cross-validation did not keep them (docs/retrieval.md);
   * the evaluation indexes them when an experiment searches them.
   */
  fields?: boolean
}

/** The field terms of a unit's texts (root and answer-type marks), counted apart from its length. */
function fieldTerms(unit: UnitInput): Map<string, number> {
  return termFrequencies(unit.texts.flatMap((t) => [...arabicRootTerms(t.searchText ?? t.text).map((r) => r.root), ...personMarks(t.searchText ?? t.text)]))
}

/**
 * Inserts or replaces units idempotently: a unit whose content hash is already stored is left alone, a
 * changed one is replaced (texts, postings, embedding) in the same transaction.
 */
export async function writeUnits(db: Db, units: UnitInput[], vectors?: VectorStore, opts: WriteOptions = {}): Promise<WriteResult> {
  if (units.length === 0) return { inserted: 0, unchanged: 0, ids: [] }
  const hashes = units.map((u) => contentHash(u, opts.fields === true))
  const existing = await db
    .select({ id: passages.id, sourceKey: passages.sourceKey, collection: passages.collection, contentHash: passages.contentHash })
    .from(passages)
    .where(
      and(
        eq(passages.collection, units[0]!.collection),
        inArray(
          passages.sourceKey,
          units.map((u) => u.sourceKey),
        ),
      ),
    )
  const byKey = new Map(existing.map((e) => [`${e.collection}\u0000${e.sourceKey}`, e]))
  const fresh: Array<{ unit: UnitInput; hash: string }> = []
  const ids: string[] = []
  units.forEach((unit, i) => {
    const prior = byKey.get(`${unit.collection}\u0000${unit.sourceKey}`)
    if (prior && prior.contentHash === hashes[i]) ids.push(prior.id)
    else fresh.push({ unit, hash: hashes[i]! })
  })
  if (fresh.length === 0) return { inserted: 0, unchanged: units.length, ids }
  const embeddings = vectors ? await vectors.embedUnits(fresh.map((f) => f.unit)) : null

  await db.transaction(async (tx) => {
    const stale = fresh.map((f) => byKey.get(`${f.unit.collection}\u0000${f.unit.sourceKey}`)?.id).filter((x): x is string => !!x)
    if (stale.length > 0) await tx.delete(passages).where(inArray(passages.id, stale))
    const analysed = fresh.map(({ unit }) => termFrequencies(unit.texts.flatMap((t) => analyze(t.searchText ?? t.text, t.lang))))
    const fields = fresh.map(({ unit }) => (opts.fields ? fieldTerms(unit) : new Map<string, number>()))
    const inserted = await tx
      .insert(passages)
      .values(
        fresh.map(({ unit, hash }, i) => ({
          collection: unit.collection,
          sourceKey: unit.sourceKey,
          documentId: unit.documentId ?? null,
          ownerId: unit.ownerId ?? null,
          conversationId: unit.conversationId ?? null,
          title: unit.title ?? null,
          surah: unit.verses?.surah ?? null,
          verseFrom: unit.verses?.from ?? null,
          verseTo: unit.verses?.to ?? null,
          locator: unit.locator ?? null,
          hadith: unit.hadith ?? null,
          contentHash: hash,
          termCount: [...analysed[i]!.values()].reduce((a, b) => a + b, 0),
        })),
      )
      .returning({ id: passages.id })
    const texts = fresh.flatMap(({ unit }, i) => unit.texts.map((t) => [inserted[i]!.id, t.lang, t.text, t.reference, t.title ?? ''] as const))
    // Titles travel as '' through the array (an array literal has no typed NULL here) and are stored as NULL.
    await tx.execute(sql`INSERT INTO passage_texts (passage_id, lang, text, reference, title)
      SELECT id, lang, text, reference, nullif(title, '') FROM ${unnestColumns([
        [texts.map((t) => t[0]), 'uuid'],
        [texts.map((t) => t[1]), 'text'],
        [texts.map((t) => t[2]), 'text'],
        [texts.map((t) => t[3]), 'text'],
        [texts.map((t) => t[4]), 'text'],
      ])} AS t(id, lang, text, reference, title)`)
    await insertPostings(
      tx as unknown as Db,
      analysed.flatMap((tf, i) => [...tf, ...fields[i]!].map(([term, n]) => [term, inserted[i]!.id, n] as const)),
    )
    if (vectors && embeddings)
      await vectors.store(
        tx as unknown as Db,
        inserted.map((r) => r.id),
        embeddings,
      )
    ids.push(...inserted.map((r) => r.id))
    if (fresh.some(({ unit }) => !unit.ownerId && !unit.collection.endsWith(STAGING_SUFFIX))) await bumpSharedGeneration(tx as unknown as Db)
  })
  return { inserted: fresh.length, unchanged: units.length - fresh.length, ids }
}

/** Postings go in as three array parameters per 20,000 rows (a multi-row VALUES would bind 60,000). */
async function insertPostings(db: Db, rows: ReadonlyArray<readonly [string, string, number]>): Promise<void> {
  for (let i = 0; i < rows.length; i += 20_000) {
    const slice = rows.slice(i, i + 20_000)
    await db.execute(sql`INSERT INTO passage_terms (term, passage_id, tf)
      SELECT * FROM ${unnestColumns([
        [slice.map((r) => r[0]), 'text'],
        [slice.map((r) => r[1]), 'uuid'],
        [slice.map((r) => r[2]), 'real'],
      ])}`)
  }
}

/** Which units to remove: a whole collection, one document's, or everything a user brought into one conversation. */
export type UnitSelection = { collection: string } | { documentId: string } | { conversationId: string; ownerId: string }

const selected = (where: UnitSelection) =>
  'collection' in where
    ? eq(passages.collection, where.collection)
    : 'documentId' in where
      ? eq(passages.documentId, where.documentId)
      : and(eq(passages.conversationId, where.conversationId), eq(passages.ownerId, where.ownerId))

/** Removes the selected units; their postings, texts and vectors go by cascade. */
export async function deleteUnits(db: Db, where: UnitSelection): Promise<number> {
  const gone = await db.delete(passages).where(selected(where)).returning({ id: passages.id })
  // A whole collection or a document may be shared: the in-process copy of the shared corpus must drop it.
  if (gone.length > 0 && !('conversationId' in where)) await bumpSharedGeneration(db)
  return gone.length
}

/** The name a collection is built under before it replaces the installed one (never visible to search). */
export const stagingName = (collection: string) => `${collection}${STAGING_SUFFIX}`

/**
 * Replaces the collection `to` by the units staged under `stagingName(to)`, in one transaction with
 * `alongside` (the caller's record of what is installed): readers see the old collection or the new one,
 * never a mix, and an interruption before the commit leaves the old one as it was.
 */
export async function promoteStaged(db: Db, to: string, alongside: (tx: Db) => Promise<void>): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.delete(passages).where(eq(passages.collection, to))
    const moved = await tx
      .update(passages)
      .set({ collection: to })
      .where(eq(passages.collection, stagingName(to)))
      .returning({ id: passages.id })
    await alongside(tx as unknown as Db)
    await bumpSharedGeneration(tx as unknown as Db)
    return moved.length
  })
}

export async function countUnits(db: Db): Promise<Array<{ collection: string; units: number; texts: number; languages: string[] }>> {
  const rows = await db.execute(sql`
    SELECT p.collection, count(DISTINCT p.id)::int AS units, count(t.*)::int AS texts, array_agg(DISTINCT t.lang) AS languages
    FROM passages p LEFT JOIN passage_texts t ON t.passage_id = p.id
    WHERE p.owner_id IS NULL AND p.collection NOT LIKE ${`%${STAGING_SUFFIX}`}
    GROUP BY p.collection ORDER BY p.collection`)
  return (rows as unknown as { rows: Array<{ collection: string; units: number; texts: number; languages: string[] }> }).rows
}

/**
 * Refreshes the planner's statistics after bulk writes. Without them (PGlite has no autovacuum) the BM25
 * query is planned as nested loops and takes seconds instead of milliseconds.
 */
export async function refreshIndexStatistics(db: Db): Promise<void> {
  await db.execute(sql`ANALYZE passages, passage_terms, passage_texts`)
}
