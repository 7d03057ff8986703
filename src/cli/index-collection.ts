import path from 'node:path'
import { Command } from 'commander'
import { indexUnits, type IndexingState } from '../rag/index/bulk'
import { readSource } from '../corpus/sources'
import { loadConfig } from '../config'
import { openDatabase } from '../db/client'
import { createEmbedder, vectorStoreOptions } from '../rag/engine'
import { openVectorStore } from '../rag/index/vectors'
import { deleteUnits } from '../rag/index/writer'
import { createLogger } from '../logger'
import type { Lang } from '../rag/text/analyze'
import { isHadithBook } from '../rag/canon/hadith-books'

/**
 * `npm run index -- <path> --collection <name> [--lang ar|fr|en] [--title …]` and `npm run index -- --drop <name>`.
 * Idempotent and resumable: every unit carries a content hash, so a re-run (after an interruption or an
 * edit) writes only what is new or changed.
 */
const program = new Command('index')
  .description('Index a collection (JSONL, TSV, Markdown or text files, or a folder of them) into the shared corpus')
  .argument('[path]', 'file or folder to index')
  .option('--collection <name>', 'collection name (e.g. fiqh-sunna, riyad-salihin)')
  .option('--lang <lang>', 'language of the texts when the file does not say (ar, fr, en); detected otherwise')
  .option('--title <title>', 'title shown with each passage')
  .option('--drop <collection>', 'remove a collection from the index')
  .action(async (file: string | undefined, opts: { collection?: string; lang?: string; title?: string; drop?: string }) => {
    const config = loadConfig()
    const logger = createLogger({ ...config, LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL })
    const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite'), logger })
    try {
      if (opts.drop) {
        if (opts.drop === 'quran') throw new Error("the shipped Qur'an is managed by the server; it cannot be dropped here")
        if (isHadithBook(opts.drop)) throw new Error(`${opts.drop} is a hadith book: remove it with npm run corpus -- remove ${opts.drop}, which also forgets its downloaded editions`)
        const n = await deleteUnits(database.db, { collection: opts.drop })
        console.log(`dropped collection ${opts.drop}: ${n} passages removed`)
        return
      }
      if (!file || !opts.collection) throw new Error('give a path and --collection <name> (or --drop <collection>)')
      if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(opts.collection)) throw new Error('--collection must be lower-case letters, digits, - or _ (at most 64)')
      if (opts.collection === 'quran' || opts.collection === 'uploads') throw new Error(`--collection ${opts.collection} is reserved`)
      // (a hadith book's name is its installed collection: installing or removing the book would replace or take these passages)
      if (isHadithBook(opts.collection)) throw new Error(`--collection ${opts.collection} is a hadith book's collection: install it with npm run corpus -- add ${opts.collection}`)
      if (opts.lang && !['ar', 'fr', 'en'].includes(opts.lang)) throw new Error('--lang must be ar, fr or en')
      const started = performance.now()
      const units = await readSource(path.resolve(file), { collection: opts.collection, lang: opts.lang as Lang | undefined, title: opts.title })
      if (units.length === 0) throw new Error(`${file}: no passages found`)
      const vectors = await openVectorStore(database, await createEmbedder(config), logger, vectorStoreOptions(config))
      const state: IndexingState = { status: 'indexing', collection: opts.collection, done: 0, total: units.length }
      const { inserted } = await indexUnits(database.db, units, state, vectors)
      const seconds = (performance.now() - started) / 1000
      console.log(
        `indexed ${opts.collection}: ${units.length} passages read, ${inserted} written, ${units.length - inserted} unchanged, in ${seconds.toFixed(1)} s (${(units.length / seconds).toFixed(0)} passages/s)`,
      )
    } finally {
      await database.close()
    }
  })

program.parseAsync().catch((err) => {
  console.error(`index failed: ${(err as Error).message}`)
  process.exit(1)
})
