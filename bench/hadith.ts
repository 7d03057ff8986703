import fs from 'node:fs/promises'
import path from 'node:path'
import pino from 'pino'
import { runScript } from '../test/helpers/cli'
import { openDatabase } from '../src/db/client'
import { createSharedPostings } from '../src/rag/index/shared-postings'
import { createRetriever, DEFAULT_RETRIEVAL } from '../src/rag/search/retriever'
import { loadThesaurus } from '../src/rag/text/thesaurus'
import { loadQuranAssociations } from '../src/rag/canon/quran-associations'
import type { BenchQuery } from './queries'
import { percentile, timeEach } from './stats'

/** The eight books the shared hadith-api folder holds (the import row times al-Bukhari alone first). */
const OTHER_BOOKS = ['muslim', 'abudawud', 'tirmidhi', 'nasai', 'ibnmajah', 'malik', 'nawawi']

export interface HadithRow {
  source: string
  bukhari_import_s: number
  bukhari_hadiths: number
  bukhari_hadiths_per_s: number
  all_books_import_s: number
  hadiths_installed: number
  /** The product's path (the shared corpus's postings in the process), the first time these queries are seen. */
  search_p50_ms: number
  search_p95_ms: number
  /** The same queries again (their terms' postings already in memory). */
  search_repeat_p50_ms: number
  /** The same questions on postings read as they come (no warm-up): what the first questions met before the server warmed at start. */
  search_cold_p50_ms: number
  search_cold_p95_ms: number
  /** The server's start-up warm-up of the shared postings (SharedPostings.prepare), timed. */
  warm_up_s: number
  /** The SQL path (postings read and joined in the database for every query): the baseline. */
  sql_p50_ms: number
  sql_p95_ms: number
  queries: number
}

/**
 * What a user does to add hadith (`npm run corpus -- add …`, timed as a whole process: database opened,
 * editions read and checked, units built, written with their embeddings), then /search's retrieval over the
 * Qur'an and the eight books together, on the same queries as the Qur'an-only row of the same run.
 */
export async function hadithRows(env: Record<string, string>, from: string, queries: BenchQuery[], log: (line: string) => void): Promise<HadithRow | { skipped: string }> {
  if (!(await fs.stat(path.join(from, 'editions.json')).catch(() => null))) return { skipped: `no hadith-api folder at ${from}` }
  log('hadith: npm run corpus -- add bukhari (ar, en, fr)…')
  let t0 = performance.now()
  const bukhari = await runScript('src/cli/corpus.ts', ['add', 'bukhari', '--from', from], env)
  if (bukhari.code !== 0) throw new Error(`corpus add bukhari failed: ${bukhari.stderr}`)
  const bukhariS = (performance.now() - t0) / 1000
  const bukhariHadiths = Number(/bukhari \(Sahih al-Bukhari\): (\d+) hadiths/.exec(bukhari.stdout)?.[1] ?? Number.NaN)
  log(`hadith: npm run corpus -- add ${OTHER_BOOKS.join(' ')}…`)
  t0 = performance.now()
  const rest = await runScript('src/cli/corpus.ts', ['add', ...OTHER_BOOKS, '--from', from], env)
  if (rest.code !== 0) throw new Error(`corpus add failed: ${rest.stderr}`)
  const restS = (performance.now() - t0) / 1000
  const installed = bukhariHadiths + [...rest.stdout.matchAll(/: (\d+) hadiths —/g)].reduce((n, m) => n + Number(m[1]), 0)

  const database = await openDatabase({ dataDir: path.join(env.DATA_DIR!, 'pglite'), logger: pino({ level: 'warn' }) })
  try {
    // The expansions the server's retriever uses (rag/engine.ts): each question's learned associations add terms to read.
    const expansions = { thesaurus: loadThesaurus(), associations: loadQuranAssociations() }
    const cold = createRetriever({ db: database.db, ...expansions, settings: DEFAULT_RETRIEVAL, shared: createSharedPostings(database.db) })
    const coldMs = await timeEach(queries, async (q) => void (await cold.search(q.text, 10, { include: 'corpus' })))
    // As a started server does (rag/engine.ts): the shared postings read once, then the questions.
    const shared = createSharedPostings(database.db, { exclusive: true })
    log('hadith: warming the shared postings as a server does at start…')
    const warmStarted = performance.now()
    await shared.prepare()
    const warmS = (performance.now() - warmStarted) / 1000
    const product = createRetriever({ db: database.db, ...expansions, settings: DEFAULT_RETRIEVAL, shared })
    const bySql = createRetriever({ db: database.db, ...expansions, settings: DEFAULT_RETRIEVAL })
    const ms = await timeEach(queries, async (q) => void (await product.search(q.text, 10, { include: 'corpus' })))
    const repeat = await timeEach(queries, async (q) => void (await product.search(q.text, 10, { include: 'corpus' })))
    const sqlMs = await timeEach(queries, async (q) => void (await bySql.search(q.text, 10, { include: 'corpus' })))
    return {
      source: from,
      bukhari_import_s: Math.round(bukhariS * 10) / 10,
      bukhari_hadiths: bukhariHadiths,
      bukhari_hadiths_per_s: Math.round(bukhariHadiths / bukhariS),
      all_books_import_s: Math.round((bukhariS + restS) * 10) / 10,
      hadiths_installed: installed,
      search_p50_ms: percentile(ms, 50),
      search_p95_ms: percentile(ms, 95),
      search_repeat_p50_ms: percentile(repeat, 50),
      search_cold_p50_ms: percentile(coldMs, 50),
      search_cold_p95_ms: percentile(coldMs, 95),
      warm_up_s: Math.round(warmS * 10) / 10,
      sql_p50_ms: percentile(sqlMs, 50),
      sql_p95_ms: percentile(sqlMs, 95),
      queries: queries.length,
    }
  } finally {
    await database.close()
  }
}

/** The summary line of the hadith rows, beside the Qur'an-only figures of the same run when there are some. */
export function hadithLine(row: HadithRow | { skipped: string }, quranPassagesPerS?: number, quranP50Ms?: number): [string, string] {
  if ('skipped' in row) return ['hadith', `skipped: ${row.skipped}`]
  const vsQuran = quranPassagesPerS === undefined ? '' : ` vs the Qur'an's ${quranPassagesPerS} passages/s`
  const quranAlone = quranP50Ms === undefined ? '' : `; Qur'an alone p50 ${quranP50Ms} ms`
  return [
    'hadith',
    `import al-Bukhari (${row.bukhari_hadiths} hadiths × ar, en, fr) ${row.bukhari_import_s} s (target ≤ 60; ${row.bukhari_hadiths_per_s} hadiths/s${vsQuran}); eight books ${row.hadiths_installed} hadiths in ${row.all_books_import_s} s; search with the Qur'an and the eight books, after the server's warm-up (${row.warm_up_s} s), p50 ${row.search_p50_ms} ms, p95 ${row.search_p95_ms} ms, repeated ${row.search_repeat_p50_ms} ms (target p50 ≤ 30; before the warm-up p50 ${row.search_cold_p50_ms} ms, p95 ${row.search_cold_p95_ms} ms; BM25 in SQL p50 ${row.sql_p50_ms} ms, p95 ${row.sql_p95_ms} ms${quranAlone})`,
  ]
}
