import fs from 'node:fs/promises'
import { and, eq, lt, sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Db } from '../db/client'
import { documents } from '../db/schema'
import type { UnitInput } from '../rag/index/units'
import type { VectorStore } from '../rag/index/vectors'
import { deleteUnits, refreshIndexStatistics, writeUnits } from '../rag/index/writer'
import { UnreadableDocument } from '../rag/parse/errors'
import { parseInWorker } from '../rag/parse/in-worker'
import { createSlots } from '../rag/ocr/slots'
import { enforce, LimitExceeded, type ParseLimits } from '../rag/parse/limits'
import type { ParsedDocument } from '../rag/parse/parse'
import { type DocumentKind, MIME } from '../rag/parse/sniff'
import { detectLang, type Lang } from '../rag/text/analyze'
import type { Chunk } from '../rag/text/chunk'
import { documentReference } from './references'
import { type OcrChunk, forgetScannedPages, readScannedPages } from './scanned-pages'

type DocumentRow = typeof documents.$inferSelect

export interface IngestionDeps {
  db: Db
  vectors: () => VectorStore | undefined
  logger: Logger
  limits: ParseLimits
  /** Jobs started for one document before it is given up (a file that kills its worker must not do it forever). */
  maxAttempts: number
  /** Documents read by OCR at once in this process. */
  ocrConcurrency: number
}

/** Why a document whose jobs kept dying is given up (said by claim() and by recover()). */
const givenUp = (attempts: number) => `gave up after ${attempts} attempts (the file stopped its worker each time)`

/** The document was deleted while its job ran: nothing to report, nothing to keep. */
class DocumentGone extends Error {}

/** PostgreSQL's foreign-key violation: the passages' document row is gone (deleted mid-ingestion). */
const isForeignKeyViolation = (err: unknown) =>
  /23503|foreign key/i.test(`${(err as { code?: string }).code ?? ''} ${(err as Error).message ?? ''} ${String((err as { cause?: unknown }).cause ?? '')}`)

function toUnits(doc: DocumentRow, parsed: ParsedDocument, scanned: OcrChunk[], limits: ParseLimits): UnitInput[] {
  // In page order, whether a page was read from its text layer or by OCR.
  const all: Array<Chunk & { confidence?: number }> = [...parsed.chunks, ...scanned].sort((a, b) => (a.page ?? 0) - (b.page ?? 0))
  // Letters or digits of any script (`\W` would count an Arabic passage as empty).
  const chunks = all.filter((c) => /[\p{L}\p{N}]/u.test(c.text))
  if (chunks.length === 0) {
    throw new UnreadableDocument(
      parsed.ocrPages.length > 0
        ? `no extractable text (OCR read ${parsed.ocrPages.length} page${parsed.ocrPages.length > 1 ? 's' : ''} and found no text: blank pages, or pictures without text)`
        : 'no extractable text',
    )
  }
  enforce(limits, 'passages', chunks.length, (max) => `${chunks.length} passages (at most ${max})`)
  const lang = doc.lang && !/[\s,+]/.test(doc.lang) ? (doc.lang as Lang) : null
  return chunks.map((c, i) => ({
    collection: doc.collection,
    sourceKey: `${doc.id}#${i + 1}`,
    documentId: doc.id,
    ownerId: doc.conversationId ? doc.ownerId : null,
    conversationId: doc.conversationId,
    title: doc.fileName,
    locator: {
      ...(c.page ? { page: c.page } : {}),
      ...(c.heading ? { heading: c.heading } : {}),
      ...(c.confidence !== undefined ? { ocr: true, confidence: Math.round(c.confidence * 100) / 100 } : {}),
    },
    texts: [{ lang: lang ?? detectLang(c.text), text: c.text, reference: documentReference(doc.fileName, c, i) }],
  }))
}

/**
 * The ingestion job and what surrounds it: parse in a bounded worker thread, index in batches, and let a
 * delete win at any moment — it cancels the parse, and the passages' foreign key makes any batch written
 * after it fail, so a deleted document never reaches the index.
 */
export function createIngestion(deps: IngestionDeps) {
  const { db, logger } = deps
  const running = new Map<string, AbortController>()
  const ocrSlot = createSlots(deps.ocrConcurrency)

  /** Claims the document for this attempt; undefined when it is gone, done, or given up. */
  async function claim(id: string): Promise<DocumentRow | undefined> {
    const [doc] = await db
      .update(documents)
      .set({ attempts: sql`${documents.attempts} + 1`, updatedAt: sql`now()` })
      .where(and(eq(documents.id, id), eq(documents.status, 'processing')))
      .returning()
    if (!doc) return undefined
    if (doc.attempts > deps.maxAttempts) {
      await markFailed(id, givenUp(deps.maxAttempts))
      return undefined
    }
    return doc
  }

  async function markFailed(id: string, message: string, limit?: string): Promise<void> {
    await db.update(documents).set({ status: 'failed', error: message, updatedAt: sql`now()` }).where(eq(documents.id, id))
    logger.warn({ documentId: id, error: message, limit }, 'document failed')
  }

  async function index(doc: DocumentRow, units: UnitInput[], pages: number | null, signal: AbortSignal): Promise<void> {
    for (let i = 0; i < units.length; i += 100) {
      if (signal.aborted) throw new DocumentGone()
      try {
        await writeUnits(db, units.slice(i, i + 100), deps.vectors())
      } catch (err) {
        throw isForeignKeyViolation(err) ? new DocumentGone() : err
      }
    }
    await refreshIndexStatistics(db)
    const done = await db
      .update(documents)
      .set({ status: 'ready', pages, pagesDone: pages, pagesTotal: pages, passages: units.length, error: null, updatedAt: sql`now()` })
      .where(eq(documents.id, doc.id))
      .returning({ id: documents.id })
    if (done.length === 0) throw new DocumentGone()
    await forgetScannedPages(db, doc.id)
  }

  return {
    /** One job: idempotent (content hashes), so a retried job adds no duplicate. */
    async ingest(id: string, finalAttempt = true): Promise<void> {
      const doc = await claim(id)
      if (!doc) return
      const cancel = new AbortController()
      running.set(id, cancel)
      try {
        const bytes = await fs.readFile(doc.storagePath)
        const kind = (Object.entries(MIME).find(([, m]) => m === doc.mimeType)?.[0] ?? 'text') as DocumentKind
        const parsed = await parseInWorker(bytes, kind, deps.limits, cancel.signal)
        const scanned = parsed.ocrPages.length > 0 ? await readScannedPages({ db, limits: deps.limits, ocrSlot }, doc, bytes, kind, parsed, cancel.signal) : []
        const units = toUnits(doc, parsed, scanned, deps.limits)
        await index(doc, units, parsed.pages, cancel.signal)
        logger.info({ documentId: id, passages: units.length, pages: parsed.pages, ocrPages: parsed.ocrPages.length }, 'document ready')
      } catch (err) {
        // A foreign-key violation here means the document row went (deleted in another process mid-OCR).
        if (err instanceof DocumentGone || cancel.signal.aborted || isForeignKeyViolation(err)) return void logger.info({ documentId: id }, 'document deleted while it was processed: nothing indexed')
        // A passing failure (database or cache away) is retried by the queue; the file itself is not at fault.
        if (!(err instanceof UnreadableDocument) && !finalAttempt) throw err
        const message = err instanceof UnreadableDocument ? err.message : `processing failed: ${(err as Error).message.slice(0, 200)}`
        // Failing removes whatever a partial run indexed (through the index's own API); a limit is final
        // (recover() only takes `processing`).
        await deleteUnits(db, { documentId: id })
        await forgetScannedPages(db, id)
        await markFailed(id, message, err instanceof LimitExceeded ? err.limit : undefined)
      } finally {
        running.delete(id)
      }
    },

    /** Stops the job of a document being deleted (in this process; another process's job stops at its next batch). */
    cancel(id: string): void {
      running.get(id)?.abort()
    },

    /** Documents left `processing` by a process that died are queued again at start, unless they used up their attempts. */
    async recover(enqueue: (id: string) => Promise<void>): Promise<number> {
      const stuck = await db
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.status, 'processing'), lt(documents.attempts, deps.maxAttempts)))
      const spent = await db
        .update(documents)
        .set({ status: 'failed', error: givenUp(deps.maxAttempts), updatedAt: sql`now()` })
        .where(and(eq(documents.status, 'processing'), sql`${documents.attempts} >= ${deps.maxAttempts}`))
        .returning({ id: documents.id })
      for (const d of spent) logger.warn({ documentId: d.id }, 'document given up after repeated attempts')
      for (const d of stuck) await enqueue(d.id)
      return stuck.length
    },
  }
}
