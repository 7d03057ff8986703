import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { requireRole, type Guard } from '../../auth/guard'
import { hadithBookSchema, hadithCatalogueSchema, hadithImportBody, hadithJobSchema } from '../../contract/corpus'
import { errorSchema } from '../../errors'
import type { Db } from '../../db/client'
import { Conflict, NotFound } from '../../errors'
import { HADITH_BOOK_KEYS, HADITH_BOOKS } from '../../rag/canon/hadith-books'
import { installedBooks, offeredLanguages, removeBook } from './install'
import type { HadithJobs } from './jobs'
import { readCatalogue, type FetchLimits, type HadithSource } from './source'

interface HadithRouteDeps {
  db: Db
  authenticate: Guard
  jobs: HadithJobs
  source: HadithSource
  limits: FetchLimits
  dir: string
}

/** The admin side of hadith collections: the catalogue and what is installed, imports with progress, removal. */
export const hadithRoutes: FastifyPluginAsyncZod<HadithRouteDeps> = async (app, { db, authenticate, jobs, source, limits, dir }) => {
  const admin = [authenticate, requireRole('admin')]
  const security = [{ bearer: [] }]

  app.get(
    '/corpus/hadith',
    {
      preHandler: admin,
      schema: { tags: ['corpus'], security, summary: 'Hadith collections: the catalogue, what is installed, the running import (admin)', response: { 200: hadithCatalogueSchema, 403: errorSchema } },
    },
    async () => {
      const installed = new Map((await installedBooks(db)).map((b) => [b.book, b]))
      let sourceError: string | null = null
      const catalogue = await readCatalogue(source, { ...limits, attempts: 1 }).catch((err: Error) => {
        sourceError = err.message
        return null
      })
      return {
        source: source.base,
        source_error: sourceError,
        books: HADITH_BOOK_KEYS.filter((b) => !catalogue || offeredLanguages(catalogue, b).length > 0 || installed.has(b)).map((book) => {
          const mine = installed.get(book)
          return {
            book,
            name: { ...HADITH_BOOKS[book] },
            languages: catalogue ? offeredLanguages(catalogue, book) : [],
            installed: mine ? { languages: mine.languages, hadiths: mine.hadiths, installed_at: mine.installed_at, seconds: mine.seconds, report: mine.report, editions: mine.editions } : null,
          }
        }),
        job: jobs.current(),
      }
    },
  )

  app.post(
    '/corpus/hadith',
    {
      preHandler: admin,
      schema: {
        tags: ['corpus'],
        security,
        summary: 'Start importing hadith books (admin): download, check, index; all or nothing per book. Poll GET /corpus/hadith for progress',
        body: hadithImportBody,
        response: { 202: z.object({ job: hadithJobSchema }), 403: errorSchema, 409: errorSchema, 422: errorSchema },
      },
    },
    async (req, reply) => reply.status(202).send({ job: jobs.start(req.body.books, req.body.langs) }),
  )

  app.delete(
    '/corpus/hadith/:book',
    {
      preHandler: admin,
      schema: {
        tags: ['corpus'],
        security,
        summary: 'Remove an installed hadith book (admin): its hadiths leave the index and its downloaded editions the disk',
        params: z.strictObject({ book: hadithBookSchema }),
        response: { 200: z.object({ book: hadithBookSchema, hadiths_removed: z.number() }), 403: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema },
      },
    },
    async (req) => {
      const running = jobs.current()
      if (running?.status === 'running' && running.books.includes(req.params.book)) {
        throw new Conflict('import_in_progress', `${req.params.book} is being imported; wait for the import to finish.`)
      }
      const removed = await removeBook({ db, dir }, req.params.book)
      if (removed === 0) throw new NotFound('Hadith book')
      return { book: req.params.book, hadiths_removed: removed }
    },
  )
}
