import { eq, sql } from 'drizzle-orm'
import type { IndexState } from '../../contract/ops'
import type { Db } from '../../db/client'
import { indexMeta } from '../../db/schema'
import { startProgress } from '../../progress'
import type { UnitInput } from './units'
import type { VectorStore } from './vectors'
import { refreshIndexStatistics, writeUnits } from './writer'

/** The indexing part of the readiness the API reports (the embedder's part is added by the engine). */
export type IndexingState = Omit<IndexState, 'embedder' | 'vector_mode'>

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
