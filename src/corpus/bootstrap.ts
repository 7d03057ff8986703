import { eq, sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Db } from '../db/client'
import { indexMeta } from '../db/schema'
import { startProgress } from '../cli/progress'
import { refreshIndexStatistics, writeUnits, type UnitInput } from '../rag/index/writer'
import type { VectorStore } from '../rag/index/vectors'
import { loadQuranUnits, QURAN_COLLECTION, quranVersion } from './quran'

export interface IndexingState {
  status: 'pending' | 'indexing' | 'ready' | 'failed'
  collection: string
  done: number
  total: number
  error?: string
  seconds?: number
}

export async function readMeta<T>(db: Db, key: string): Promise<T | undefined> {
  const [row] = await db.select().from(indexMeta).where(eq(indexMeta.key, key))
  return row?.value as T | undefined
}

export async function writeMeta(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insert(indexMeta)
    .values({ key, value })
    .onConflictDoUpdate({ target: indexMeta.key, set: { value, updatedAt: sql`now()` } })
}

/** Writes units in batches with a progress bar (terminal) or progress lines, updating `state` as it goes. */
export async function indexUnits(db: Db, units: UnitInput[], state: IndexingState, vectors?: VectorStore, signal?: AbortSignal): Promise<{ inserted: number }> {
  const progress = startProgress(`indexing ${state.collection}`, units.length)
  let inserted = 0
  const batch = 100
  for (let i = 0; i < units.length; i += batch) {
    // Stopping between batches leaves nothing half-written; the next start resumes by content hash.
    if (signal?.aborted) break
    // PGlite works in this thread and its promises settle without I/O: yield so requests are served meanwhile.
    await new Promise((resolve) => setImmediate(resolve))
    const slice = units.slice(i, i + batch)
    const r = await writeUnits(db, slice, vectors)
    inserted += r.inserted
    state.done += slice.length
    progress.tick(slice.length)
  }
  progress.stop()
  if (inserted > 0) await refreshIndexStatistics(db)
  return { inserted }
}

/**
 * Indexes the shipped Qur'an when the stored version differs (first start, new package or analyser),
 * and skips it otherwise. Runs in the background of a starting server; `state` feeds /ready.
 */
export async function ensureQuranIndexed(db: Db, logger: Logger, state: IndexingState, vectors?: VectorStore, signal?: AbortSignal): Promise<void> {
  const started = performance.now()
  const version = quranVersion() + (vectors ? `+${vectors.embedderId}` : '')
  const stored = await readMeta<{ version: string; units: number }>(db, `corpus:${QURAN_COLLECTION}`)
  if (stored?.version === version) {
    Object.assign(state, { status: 'ready', done: stored.units, total: stored.units })
    logger.info({ collection: QURAN_COLLECTION, units: stored.units }, 'corpus index is current')
    return
  }
  const units = loadQuranUnits()
  Object.assign(state, { status: 'indexing', done: 0, total: units.length })
  logger.info({ collection: QURAN_COLLECTION, units: units.length, previous: stored?.version ?? null }, 'indexing the shipped corpus')
  const { inserted } = await indexUnits(db, units, state, vectors, signal)
  if (signal?.aborted) {
    logger.info({ done: state.done, total: state.total }, 'indexing interrupted; it resumes at the next start')
    return
  }
  await writeMeta(db, `corpus:${QURAN_COLLECTION}`, { version, units: units.length })
  state.seconds = Math.round((performance.now() - started) / 100) / 10
  state.status = 'ready'
  logger.info({ collection: QURAN_COLLECTION, units: units.length, inserted, texts: units.length * 3, seconds: state.seconds }, 'corpus indexed')
}
