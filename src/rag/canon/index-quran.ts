import type { Logger } from 'pino'
import type { Db } from '../../db/client'
import { indexUnits, readMeta, writeMeta, type IndexingState } from '../index/bulk'
import type { VectorStore } from '../index/vectors'
import { ANALYZER_VERSION } from '../text/analyze'
import { loadQuranUnits, QURAN_COLLECTION, quranVersion } from './quran'

/**
 * What the stored index of the Qur'an was built from: the data packages, the unit layout, the analyser (its
 * terms are the postings) and the embedder. Any change re-indexes at the next start.
 */
export function quranIndexVersion(embedderId?: string, analyzer = ANALYZER_VERSION): string {
  return `${quranVersion()}+analyzer${analyzer}${embedderId ? `+${embedderId}` : ''}`
}

/**
 * Indexes the shipped Qur'an when the stored version differs (first start, new package or analyser),
 * and skips it otherwise. Runs in the background of a starting server; `state` feeds /ready.
 */
export async function ensureQuranIndexed(db: Db, logger: Logger, state: IndexingState, vectors?: VectorStore, signal?: AbortSignal): Promise<void> {
  const started = performance.now()
  const version = quranIndexVersion(vectors?.embedderId)
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
