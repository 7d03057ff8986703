import { createHash } from 'node:crypto'
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { passages, passageTerms, passageTexts } from '../../db/schema'
import type { UnitInput } from './units'
import type { VectorStore } from './vectors'
import { analyze, ANALYZER_VERSION, termFrequencies } from '../text/analyze'

function contentHash(unit: UnitInput): string {
  const h = createHash('sha256')
  h.update(
    JSON.stringify([ANALYZER_VERSION, unit.title ?? null, unit.verses ?? null, unit.locator ?? null, unit.texts.map((t) => [t.lang, t.text, t.reference, t.title ?? null, t.searchText ?? null])]),
  )
  return h.digest('hex')
}

export interface WriteResult {
  inserted: number
  unchanged: number
  ids: string[]
}

/**
 * Inserts or replaces units idempotently: a unit whose content hash is already stored is left alone, a
 * changed one is replaced (texts, postings, embedding) in the same transaction.
 */
export async function writeUnits(db: Db, units: UnitInput[], vectors?: VectorStore): Promise<WriteResult> {
  if (units.length === 0) return { inserted: 0, unchanged: 0, ids: [] }
  const hashes = units.map(contentHash)
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
          contentHash: hash,
          termCount: [...analysed[i]!.values()].reduce((a, b) => a + b, 0),
        })),
      )
      .returning({ id: passages.id })
    const texts = fresh.flatMap(({ unit }, i) => unit.texts.map((t) => ({ passageId: inserted[i]!.id, lang: t.lang, text: t.text, reference: t.reference, title: t.title ?? null })))
    for (let i = 0; i < texts.length; i += 2_000) await tx.insert(passageTexts).values(texts.slice(i, i + 2_000))
    const postings = analysed.flatMap((tf, i) => [...tf].map(([term, n]) => ({ term, passageId: inserted[i]!.id, tf: n })))
    for (let i = 0; i < postings.length; i += 10_000) await tx.insert(passageTerms).values(postings.slice(i, i + 10_000))
    if (vectors && embeddings)
      await vectors.store(
        tx as unknown as Db,
        inserted.map((r) => r.id),
        embeddings,
      )
    ids.push(...inserted.map((r) => r.id))
  })
  return { inserted: fresh.length, unchanged: units.length - fresh.length, ids }
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
  return gone.length
}

export async function countUnits(db: Db): Promise<Array<{ collection: string; units: number; texts: number; languages: string[] }>> {
  const rows = await db.execute(sql`
    SELECT p.collection, count(DISTINCT p.id)::int AS units, count(t.*)::int AS texts, array_agg(DISTINCT t.lang) AS languages
    FROM passages p LEFT JOIN passage_texts t ON t.passage_id = p.id
    WHERE p.owner_id IS NULL
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
