import type { Logger } from 'pino'
import { Conflict } from '../../errors'
import type { HadithBook } from '../../rag/canon/hadith-books'
import type { VectorStore } from '../../rag/index/vectors'
import type { Lang } from '../../rag/text/analyze'
import type { Db } from '../../db/client'
import { ANALYZER_VERSION } from '../../rag/text/analyze'
import type { Catalogue } from '../../rag/canon/hadith-edition'
import { addBook, installedBooks, type ImportProgress } from './install'
import { readCatalogue, type FetchLimits, type HadithSource } from './source'
import { summariseOutcome } from './summary'

/** An import started from the admin API, as the page polls it. */
export interface HadithJob {
  id: string
  books: HadithBook[]
  languages: Lang[]
  status: 'running' | 'done' | 'failed'
  progress: ImportProgress | null
  results: Array<{ book: HadithBook; status: 'installed' | 'unchanged'; hadiths: number; summary: string }>
  error: string | null
  started_at: string
  finished_at: string | null
}

export interface HadithJobDeps {
  db: Db
  vectors: () => VectorStore | undefined
  dir: string
  source: HadithSource
  limits: FetchLimits
  logger: Logger
}

function newJob(books: HadithBook[], languages: Lang[]): HadithJob {
  return { id: crypto.randomUUID(), books, languages, status: 'running', progress: null, results: [], error: null, started_at: new Date().toISOString(), finished_at: null }
}

/**
 * One import at a time in this process (a second request while one runs is a 409): imports are long,
 * CPU-bound and write the shared index, and the page shows the one that runs.
 */
export function createHadithJobs(deps: HadithJobDeps) {
  let current: HadithJob | null = null
  let running: Promise<void> | null = null
  const abort = new AbortController()

  async function run(job: HadithJob, known?: Catalogue): Promise<void> {
    try {
      const catalogue = known ?? (await readCatalogue(deps.source, deps.limits))
      for (const book of job.books) {
        if (abort.signal.aborted) throw new Error('the server is stopping; add the books again to resume')
        const outcome = await addBook({ ...deps, vectors: deps.vectors(), signal: abort.signal }, catalogue, book, job.languages, (p) => {
          job.progress = p
        })
        const summary = summariseOutcome(outcome)
        job.results.push({ book, status: outcome.status, hadiths: outcome.installed.hadiths, summary })
        deps.logger.info({ book, status: outcome.status, hadiths: outcome.installed.hadiths, seconds: outcome.installed.seconds }, summary)
      }
      job.status = 'done'
    } catch (err) {
      job.status = 'failed'
      job.error = (err as Error).message
      deps.logger.warn({ books: job.books, err: job.error }, 'hadith import failed')
    } finally {
      job.progress = null
      job.finished_at = new Date().toISOString()
    }
  }

  return {
    current: () => current,
    start(books: HadithBook[], languages: Lang[]): HadithJob {
      if (current?.status === 'running') throw new Conflict('import_in_progress', `An import is already running (${current.books.join(', ')}); wait for it to finish.`)
      current = newJob(books, languages)
      running = run(current)
      return current
    },
    /**
     * Re-indexes, from the editions kept on disk (no network), the books installed by an older analyser:
     * their postings would no longer meet the queries' terms. Run at start; null when none is stale.
     */
    async refreshStale(): Promise<HadithJob | null> {
      const stale = (await installedBooks(deps.db)).filter((b) => b.analyzer !== ANALYZER_VERSION)
      if (stale.length === 0 || current?.status === 'running') return null
      deps.logger.info({ books: stale.map((b) => b.book) }, 'hadith books indexed by an older analyser: re-indexing them from the kept editions')
      const catalogue: Catalogue = Object.fromEntries(stale.map((b) => [b.book, { name: b.book, collection: b.editions.map((e) => ({ name: e.name, book: b.book, language: e.name.slice(0, 3) })) }]))
      const languages = [...new Set(stale.flatMap((b) => b.languages))]
      current = newJob(
        stale.map((b) => b.book),
        languages,
      )
      running = run(current, catalogue)
      return current
    },
    /** Interrupts between two batches (graceful shutdown); what was written resumes on the next add. */
    async stop(): Promise<void> {
      abort.abort()
      await running
    },
  }
}

export type HadithJobs = ReturnType<typeof createHadithJobs>
