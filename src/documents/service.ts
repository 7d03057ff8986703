import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Db } from '../db/client'
import { documents } from '../db/schema'
import { NotFound, UnsupportedMediaType, ValidationFailed } from '../errors'
import { parseDocument, UnreadableDocument } from '../rag/parse/parse'
import { MIME, sniffKind, type DocumentKind } from '../rag/parse/sniff'
import type { VectorStore } from '../rag/index/vectors'
import type { UnitInput } from '../rag/index/units'
import { deleteUnits, refreshIndexStatistics, writeUnits } from '../rag/index/writer'
import { detectLang, type Lang } from '../rag/text/analyze'
import type { JobQueue } from './queue'
import type { DocumentInfo } from '../contract/documents'

type DocumentRow = typeof documents.$inferSelect

type DocumentView = DocumentInfo

const toDocumentView = (d: DocumentRow): DocumentView => ({
  id: d.id,
  conversation_id: d.conversationId,
  collection: d.collection,
  file_name: d.fileName,
  mime_type: d.mimeType,
  size_bytes: d.sizeBytes,
  status: d.status,
  error: d.error,
  pages: d.pages,
  passages: d.passages,
  created_at: d.createdAt.toISOString(),
  updated_at: d.updatedAt.toISOString(),
})

/** A file name safe to show and store: no directories, no control characters, bounded length. */
function sanitiseFileName(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? ''
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this strips from a file name
  const unsafe = /[\u0000-\u001f\u007f<>:"|?*]/g
  const clean = base.replace(unsafe, '').replace(/^\.+/, '').trim().slice(0, 180)
  return clean || 'document'
}

const UPLOADS_COLLECTION = 'uploads'

function referenceOf(fileName: string, chunk: { page?: number; heading?: string }, i: number): string {
  if (chunk.page) return `${fileName} p. ${chunk.page}`
  if (chunk.heading) return `${fileName}, ${chunk.heading}`
  return `${fileName} §${i + 1}`
}

/**
 * Uploaded documents: stored under DATA_DIR/files/<owner>/<uuid>, parsed and indexed by the job queue,
 * visible only to their owner in their conversation (or, for admin corpus documents, to everyone).
 */
export function createDocumentService(deps: { db: Db; dataDir: string; vectors: () => VectorStore | undefined; logger: Logger; queue: () => JobQueue }) {
  const { db, logger } = deps
  const filesDir = path.join(deps.dataDir, 'files')

  async function find(ownerId: string | null, conversationId: string | null, id: string): Promise<DocumentRow> {
    const conds = [eq(documents.id, id), conversationId ? eq(documents.conversationId, conversationId) : isNull(documents.conversationId)]
    if (ownerId) conds.push(eq(documents.ownerId, ownerId))
    const [row] = await db
      .select()
      .from(documents)
      .where(and(...conds))
    if (!row) throw new NotFound('Document')
    return row
  }

  async function removeRow(row: DocumentRow): Promise<void> {
    await deleteUnits(db, { documentId: row.id })
    await db.delete(documents).where(eq(documents.id, row.id))
    await fs.rm(row.storagePath, { force: true })
  }

  return {
    async upload(input: { ownerId: string; conversationId: string | null; fileName: string; declaredType?: string; bytes: Buffer; collection?: string; lang?: Lang }): Promise<DocumentView> {
      if (input.bytes.length === 0) throw new ValidationFailed('The file is empty.', [{ field: 'file', message: 'is empty' }])
      const fileName = sanitiseFileName(input.fileName)
      const kind = await sniffKind(input.bytes, fileName, input.declaredType)
      if (typeof kind !== 'string') throw new UnsupportedMediaType(`Unsupported file: ${kind.refused}.`)
      const id = randomUUID()
      const dir = path.join(filesDir, input.ownerId)
      await fs.mkdir(dir, { recursive: true })
      const storagePath = path.join(dir, id)
      await fs.writeFile(storagePath, input.bytes)
      try {
        const [row] = await db
          .insert(documents)
          .values({
            id,
            ownerId: input.ownerId,
            conversationId: input.conversationId,
            collection: input.collection ?? UPLOADS_COLLECTION,
            lang: input.lang ?? null,
            fileName,
            mimeType: MIME[kind],
            sizeBytes: input.bytes.length,
            storagePath,
          })
          .returning()
        try {
          await deps.queue().enqueue(id)
        } catch (err) {
          // Not acknowledged, so not kept: a row nobody will ingest would stay `processing` until a restart.
          await db
            .delete(documents)
            .where(eq(documents.id, id))
            .catch(() => undefined)
          throw err
        }
        return toDocumentView(row!)
      } catch (err) {
        await fs.rm(storagePath, { force: true })
        throw err
      }
    },

    /** The ingestion job: parse, chunk, index; idempotent (content hashes), so a retried job adds no duplicate. */
    async ingest(id: string, finalAttempt = true): Promise<void> {
      const [doc] = await db.select().from(documents).where(eq(documents.id, id))
      if (doc?.status !== 'processing') return
      try {
        const bytes = await fs.readFile(doc.storagePath)
        const kind = (Object.entries(MIME).find(([, m]) => m === doc.mimeType)?.[0] ?? 'text') as DocumentKind
        const parsed = await parseDocument(bytes, kind)
        const chunks = parsed.chunks.filter((c) => c.text.replace(/\W/g, '').length > 0)
        if (chunks.length === 0) throw new UnreadableDocument('no extractable text (a scanned PDF needs OCR first)')
        const units: UnitInput[] = chunks.map((c, i) => ({
          collection: doc.collection,
          sourceKey: `${doc.id}#${i + 1}`,
          documentId: doc.id,
          ownerId: doc.conversationId ? doc.ownerId : null,
          conversationId: doc.conversationId,
          title: doc.fileName,
          locator: { ...(c.page ? { page: c.page } : {}), ...(c.heading ? { heading: c.heading } : {}) },
          texts: [{ lang: (doc.lang as Lang | null) ?? detectLang(c.text), text: c.text, reference: referenceOf(doc.fileName, c, i) }],
        }))
        for (let i = 0; i < units.length; i += 100) await writeUnits(db, units.slice(i, i + 100), deps.vectors())
        await refreshIndexStatistics(db)
        await db.update(documents).set({ status: 'ready', pages: parsed.pages, passages: units.length, error: null, updatedAt: sql`now()` }).where(eq(documents.id, id))
        logger.info({ documentId: id, passages: units.length, pages: parsed.pages }, 'document ready')
      } catch (err) {
        // A passing failure (database or cache away) is retried by the queue; the file itself is not at fault.
        if (!(err instanceof UnreadableDocument) && !finalAttempt) throw err
        const message = err instanceof UnreadableDocument ? err.message : `processing failed: ${(err as Error).message.slice(0, 200)}`
        await deleteUnits(db, { documentId: id })
        await db.update(documents).set({ status: 'failed', error: message, updatedAt: sql`now()` }).where(eq(documents.id, id))
        logger.warn({ documentId: id, error: message }, 'document failed')
      }
    },

    /** Documents left `processing` by a process that died are queued again at start. */
    async recover(): Promise<number> {
      const stuck = await db.select({ id: documents.id }).from(documents).where(eq(documents.status, 'processing'))
      for (const d of stuck) await deps.queue().enqueue(d.id)
      return stuck.length
    },

    async list(ownerId: string | null, conversationId: string | null): Promise<DocumentView[]> {
      const conds = [conversationId ? eq(documents.conversationId, conversationId) : isNull(documents.conversationId)]
      if (ownerId) conds.push(eq(documents.ownerId, ownerId))
      return (
        await db
          .select()
          .from(documents)
          .where(and(...conds))
          .orderBy(documents.createdAt)
      ).map(toDocumentView)
    },

    async get(ownerId: string | null, conversationId: string | null, id: string): Promise<DocumentView> {
      return toDocumentView(await find(ownerId, conversationId, id))
    },

    /** Its passages leave the index at once, then the row and the file. */
    async remove(ownerId: string | null, conversationId: string | null, id: string): Promise<void> {
      await removeRow(await find(ownerId, conversationId, id))
    },

    /** Before a conversation is deleted: its documents' passages and files (rows go by cascade). */
    async removeAllOf(ownerId: string, conversationId: string): Promise<void> {
      const rows = await db
        .select()
        .from(documents)
        .where(and(eq(documents.ownerId, ownerId), eq(documents.conversationId, conversationId)))
      for (const row of rows) await removeRow(row)
    },
  }
}

export type DocumentService = ReturnType<typeof createDocumentService>
