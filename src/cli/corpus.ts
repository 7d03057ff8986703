import path from 'node:path'
import { Command } from 'commander'
import { loadConfig, type Config } from '../config'
import { openDatabase, type Database } from '../db/client'
import { createLogger } from '../logger'
import { createEmbedder, vectorStoreOptions } from '../rag/engine'
import { openVectorStore } from '../rag/index/vectors'
import { startProgress, type Progress } from '../progress'
import { editionName, HADITH_BOOK_KEYS, HADITH_BOOKS } from '../rag/canon/hadith-books'
import { addBook, checkRequest, HadithInputError, installedBooks, offeredLanguages, removeBook, type AddOutcome, type ImportProgress } from '../corpus/hadith/install'
import { editionSizes, limitsFrom, readCatalogue, resolveSource, SourceError } from '../corpus/hadith/source'
import { summariseOutcome } from '../corpus/hadith/summary'

/**
 * `npm run corpus -- list | add <book>… [--lang ar,en,fr] [--from <url or folder>] | remove <book> | status`:
 * the hadith collections a user chooses to add (the product ships none of their texts).
 */
async function withDatabase<T>(run: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig()
  const logger = createLogger({ ...config, LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL })
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite'), logger })
  try {
    return await run(database, config)
  } finally {
    await database.close()
  }
}

const mb = (bytes: number | null | undefined) => (bytes == null ? '?' : `${(bytes / 1024 / 1024).toFixed(1)} MB`)

/** A progress bar per download and per indexing pass, fed by the installer's progress events. */
function progressPrinter(): (p: ImportProgress) => void {
  let current: { key: string; bar: Progress; at: number } | undefined
  return (p) => {
    const key = `${p.phase}:${p.edition ?? p.book}`
    const total = p.phase === 'downloading' ? (p.total_bytes ?? 0) : p.total
    const at = p.phase === 'downloading' ? (p.bytes ?? 0) : p.done
    if (p.phase === 'reading' || p.phase === 'installing') return
    if (current?.key !== key) {
      current?.bar.stop()
      current = { key, bar: startProgress(p.phase === 'downloading' ? `downloading ${p.edition} (bytes)` : `indexing ${p.book}`, total), at: 0 }
    }
    if (at > current.at) current.bar.tick(at - current.at)
    current.at = at
    if (total > 0 && at >= total) current.bar.stop()
  }
}

const program = new Command('corpus').description('Hadith collections: list the catalogue, add, remove, status')

program
  .command('list')
  .description('the books the source offers, their languages and sizes, and what is installed')
  .option('--from <url or folder>', 'source in the hadith-api layout (default: HADITH_SOURCE_URL)')
  .action(async (opts: { from?: string }) => {
    await withDatabase(async (database, config) => {
      const source = resolveSource(opts.from ?? config.HADITH_SOURCE_URL)
      const limits = limitsFrom(config)
      const catalogue = await readCatalogue(source, limits)
      const installed = new Map((await installedBooks(database.db)).map((b) => [b.book, b]))
      const names = HADITH_BOOK_KEYS.flatMap((b) => offeredLanguages(catalogue, b).map((l) => editionName(b, l)))
      const sizes = await editionSizes(source, names, limits)
      console.log(`source: ${source.base}`)
      for (const book of HADITH_BOOK_KEYS) {
        const langs = offeredLanguages(catalogue, book)
        if (langs.length === 0) continue
        const size = langs.map((l) => `${l} ${mb(sizes.get(editionName(book, l)))}`).join(', ')
        const mine = installed.get(book)
        const state = mine ? `installed: ${mine.languages.join(',')}, ${mine.hadiths} hadiths` : 'not installed'
        console.log(`${book.padEnd(9)} ${HADITH_BOOKS[book].en.padEnd(38)} ${size.padEnd(40)} ${state}`)
      }
    })
  })

program
  .command('add')
  .description('download, check and index books (all or nothing per book; re-run to resume)')
  .argument('<books...>', `books: ${HADITH_BOOK_KEYS.join(', ')}`)
  .option('--lang <langs>', 'languages, comma-separated (ar, en, fr)', 'ar,en,fr')
  .option('--from <url or folder>', 'source in the hadith-api layout (default: HADITH_SOURCE_URL)')
  .option('--refresh', 'download again even when an edition is already on disk')
  .action(async (names: string[], opts: { lang: string; from?: string; refresh?: boolean }) => {
    const request = checkRequest(
      names,
      opts.lang
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    await withDatabase(async (database, config) => {
      const logger = createLogger({ ...config, LOG_LEVEL: 'warn' })
      const source = resolveSource(opts.from ?? config.HADITH_SOURCE_URL)
      const limits = limitsFrom(config)
      const catalogue = await readCatalogue(source, limits)
      const vectors = await openVectorStore(database, await createEmbedder(config), logger, vectorStoreOptions(config))
      const deps = { db: database.db, vectors, dir: path.join(config.DATA_DIR, 'hadith'), source, limits, refresh: opts.refresh }
      const outcomes: AddOutcome[] = []
      for (const book of request.books) {
        const outcome = await addBook(deps, catalogue, book, request.langs, progressPrinter())
        outcomes.push(outcome)
        console.log(summariseOutcome(outcome))
      }
    })
  })

program
  .command('remove')
  .description('remove installed books from the index (and their downloaded editions)')
  .argument('<books...>')
  .action(async (names: string[]) => {
    const { books } = checkRequest(names, [])
    await withDatabase(async (database, config) => {
      for (const book of books) {
        const n = await removeBook({ db: database.db, dir: path.join(config.DATA_DIR, 'hadith') }, book)
        console.log(n > 0 ? `removed ${book}: ${n} hadiths` : `${book} was not installed`)
      }
    })
  })

program
  .command('status')
  .description('installed books: languages, counts, gaps, sources')
  .action(async () => {
    await withDatabase(async (database) => {
      const books = await installedBooks(database.db)
      if (books.length === 0) console.log("no hadith collection installed (the Qur'an is always there); add one with: npm run corpus -- add bukhari")
      for (const b of books) {
        console.log(summariseOutcome({ book: b.book, status: 'unchanged', installed: b, skippedLanguages: [] }))
        for (const e of b.editions) console.log(`  ${e.name}: ${mb(e.bytes)} sha256 ${e.sha256.slice(0, 16)}… from ${e.url}`)
      }
    })
  })

program.parseAsync().catch((err: Error) => {
  const known = err instanceof HadithInputError || err instanceof SourceError
  console.error(`corpus: ${known ? err.message : (err.stack ?? err.message)}`)
  process.exit(1)
})
