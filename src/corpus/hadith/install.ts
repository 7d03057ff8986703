import fs from 'node:fs/promises'
import path from 'node:path'
import { readMeta, indexUnits, writeMeta, type IndexingState } from '../../rag/index/bulk'
import { deleteUnits, promoteStaged, refreshIndexStatistics, stagingName } from '../../rag/index/writer'
import type { VectorStore } from '../../rag/index/vectors'
import type { Db } from '../../db/client'
import { sql } from 'drizzle-orm'
import { indexMeta } from '../../db/schema'
import { ANALYZER_VERSION, type Lang, LANGS } from '../../rag/text/analyze'
import { EDITION_PREFIX, editionName, HADITH_BOOK_KEYS, type HadithBook, isHadithBook } from '../../rag/canon/hadith-books'
import { EditionShapeError, parseEdition, type Catalogue, type Edition } from '../../rag/canon/hadith-edition'
import { buildHadithUnits, type HadithUnitsReport } from '../../rag/canon/hadith-units'
import { fetchEdition, keptEdition, SourceError, sourceLabel, type FetchLimits, type HadithSource } from './source'

/** What is recorded of an installed collection (index_meta `hadith:<book>`). */
export interface InstalledBook {
  book: HadithBook
  languages: Lang[]
  hadiths: number
  editions: Array<{ name: string; url: string; sha256: string; bytes: number }>
  report: HadithUnitsReport
  analyzer: number
  installed_at: string
  seconds: number
}

/** Where an import stands, for a progress bar or the admin page. */
export interface ImportProgress {
  book: HadithBook
  phase: 'downloading' | 'reading' | 'indexing' | 'installing'
  edition?: string
  bytes?: number
  total_bytes?: number
  done: number
  total: number
}

export class HadithInputError extends Error {}

const metaKey = (book: string) => `hadith:${book}`

export interface HadithDeps {
  db: Db
  vectors?: VectorStore
  /** Downloaded editions are kept here (`<DATA_DIR>/hadith`), so that a re-run resumes and re-indexing needs no network. */
  dir: string
  source: HadithSource
  limits: FetchLimits
  signal?: AbortSignal
  /** Download again even when an edition is already on disk. */
  refresh?: boolean
}

/** Checks the books and languages a user named, with the valid ones in the message. */
export function checkRequest(books: string[], langs: string[]): { books: HadithBook[]; langs: Lang[] } {
  const unknown = books.filter((b) => !isHadithBook(b))
  if (books.length === 0 || unknown.length > 0) {
    throw new HadithInputError(`${unknown.length ? `unknown book ${unknown.map((b) => `"${b}"`).join(', ')}; ` : 'name at least one book; '}valid books: ${HADITH_BOOK_KEYS.join(', ')}`)
  }
  const badLang = langs.filter((l) => !(LANGS as readonly string[]).includes(l))
  if (badLang.length > 0) throw new HadithInputError(`unknown language ${badLang.map((l) => `"${l}"`).join(', ')}; valid languages: ${LANGS.join(', ')}`)
  return { books: [...new Set(books)] as HadithBook[], langs: [...new Set(langs)] as Lang[] }
}

export async function installedBooks(db: Db): Promise<InstalledBook[]> {
  const rows = await db.select().from(indexMeta).where(sql`${indexMeta.key} LIKE 'hadith:%'`)
  return rows.map((r) => r.value as InstalledBook).sort((a, b) => HADITH_BOOK_KEYS.indexOf(a.book) - HADITH_BOOK_KEYS.indexOf(b.book))
}

/** The languages the source offers for a book, from its catalogue. */
export function offeredLanguages(catalogue: Catalogue, book: HadithBook): Lang[] {
  const names = new Set((catalogue[book]?.collection ?? []).map((c) => c.name))
  return LANGS.filter((l) => names.has(editionName(book, l)))
}

export type AddOutcome = { book: HadithBook; status: 'installed' | 'unchanged'; installed: InstalledBook; skippedLanguages: Lang[] }

/**
 * Installs (or updates) one book: downloads and validates every edition first, builds the units, writes
 * them under a staging name (resumable: what is already written is skipped by content hash), then swaps
 * them in with the record of what was installed, in one transaction. Until that commit the previous state
 * — the book absent, or its earlier languages — is what search sees.
 */
export async function addBook(deps: HadithDeps, catalogue: Catalogue, book: HadithBook, requested: Lang[], onProgress: (p: ImportProgress) => void): Promise<AddOutcome> {
  const started = performance.now()
  const offered = offeredLanguages(catalogue, book)
  if (offered.length === 0) throw new HadithInputError(`${book}: the source has no edition of this book`)
  const previous = await readMeta<InstalledBook>(deps.db, metaKey(book))
  // Adding a language keeps the ones already installed.
  const wanted = [...new Set([...(previous?.languages ?? []), ...requested])].filter((l) => offered.includes(l))
  const skippedLanguages = requested.filter((l) => !offered.includes(l))
  if (wanted.length === 0) throw new HadithInputError(`${book}: no edition in ${requested.join(', ')} (available: ${offered.join(', ')})`)

  const editions: Partial<Record<Lang, Edition>> = {}
  const fetched: InstalledBook['editions'] = []
  for (const lang of wanted) {
    const name = editionName(book, lang)
    const file = path.join(deps.dir, `${name}.json`)
    // A complete earlier download is reused (only complete files are renamed into place): a re-run resumes.
    const kept = deps.refresh ? null : await keptEdition(file, previous?.editions.find((e) => e.name === name)?.url ?? sourceLabel(deps.source, `editions/${name}.json`))
    const got =
      kept ??
      (await fetchEdition(deps.source, name, file, deps.limits, (bytes, total) =>
        onProgress({ book, phase: 'downloading', edition: name, bytes, ...(total ? { total_bytes: total } : {}), done: 0, total: 0 }),
      ))
    onProgress({ book, phase: 'reading', edition: name, done: 0, total: 0 })
    try {
      editions[lang] = parseEdition(name, await fs.readFile(file, 'utf8'))
    } catch (err) {
      // A bad file is not kept: the next run downloads it again.
      await fs.rm(file, { force: true })
      throw err instanceof EditionShapeError ? new SourceError(err.message, false) : err
    }
    fetched.push({ name, url: got.url, sha256: got.sha256, bytes: got.bytes })
  }
  const { units, report } = buildHadithUnits(book, editions)
  const same = previous && previous.analyzer === ANALYZER_VERSION && sameEditions(previous.editions, fetched)
  if (same) return { book, status: 'unchanged', installed: previous, skippedLanguages }

  const staged = units.map((u) => ({ ...u, collection: stagingName(book) }))
  const state: IndexingState = { status: 'indexing', collection: book, done: 0, total: staged.length }
  const tick = setInterval(() => onProgress({ book, phase: 'indexing', done: state.done, total: state.total }), 250)
  try {
    await indexUnits(deps.db, staged, state, deps.vectors, deps.signal)
  } finally {
    clearInterval(tick)
  }
  if (deps.signal?.aborted) throw new SourceError(`${book}: interrupted; run the same command again to resume`, true)
  onProgress({ book, phase: 'installing', done: state.total, total: state.total })
  const installed: InstalledBook = {
    book,
    languages: wanted,
    hadiths: units.length,
    editions: fetched,
    report,
    analyzer: ANALYZER_VERSION,
    installed_at: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }
  await promoteStaged(deps.db, book, (tx) => writeMeta(tx, metaKey(book), installed))
  await refreshIndexStatistics(deps.db)
  return { book, status: 'installed', installed, skippedLanguages }
}

function sameEditions(a: InstalledBook['editions'], b: InstalledBook['editions']): boolean {
  const key = (e: InstalledBook['editions'][number]) => `${e.name}:${e.sha256}`
  return a.length === b.length && a.map(key).sort().join() === b.map(key).sort().join()
}

/** Removes a book: its units (and any half-built staging), its record and its downloaded editions. */
export async function removeBook(deps: Pick<HadithDeps, 'db' | 'dir'>, book: HadithBook): Promise<number> {
  const removed = await deps.db.transaction(async (tx) => {
    const n = await deleteUnits(tx as unknown as Db, { collection: book })
    await deleteUnits(tx as unknown as Db, { collection: stagingName(book) })
    await tx.delete(indexMeta).where(sql`${indexMeta.key} = ${metaKey(book)}`)
    return n
  })
  await Promise.all(LANGS.map((l) => fs.rm(path.join(deps.dir, `${EDITION_PREFIX[l]}-${book}.json`), { force: true })))
  await Promise.all(LANGS.map((l) => fs.rm(path.join(deps.dir, `${EDITION_PREFIX[l]}-${book}.json.part`), { force: true })))
  return removed
}
