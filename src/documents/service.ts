import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { and, eq, isNull } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Db } from '../db/client'
import { documents } from '../db/schema'
import { NotFound, UnsupportedMediaType, ValidationFailed } from '../errors'
import type { ParseLimits } from '../rag/parse/limits'
import { MIME, sniffKind } from '../rag/parse/sniff'
import type { VectorStore } from '../rag/index/vectors'
import { deleteUnits } from '../rag/index/writer'
import { createIngestion } from './ingest'
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
  pages_done: d.pagesDone,
  pages_total: d.pagesTotal,
  passages: d.passages,
  created_at: d.createdAt.toISOString(),
  updated_at: d.updatedAt.toISOString(),
})

/** A file name safe to show and store: no directories, no control characters, bounded length. */
function sanitiseFileName(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? ''
  // Bidi controls too: « \u202egnp.exe.txt » would show as « txt.exe.png ».
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this strips from a file name
  const unsafe = /[\u0000-\u001f\u007f-\u009f<>:"|?*\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
  const clean = base.replace(unsafe, '').replace(/^\.+/, '').trim().slice(0, 180)
  return clean || 'document'
}

const UPLOADS_COLLECTION = 'uploads'

/**
 * Uploaded documents: stored under DATA_DIR/files/<owner>/<uuid>, parsed and indexed by the job queue,
 * visible only to their owner in their conversation (or, for admin corpus documents, to everyone).
 */
export function createDocumentService(deps: {
  db: Db
  dataDir: string
  vectors: () => VectorStore | undefined
  logger: Logger
  queue: () => JobQueue
  limits: ParseLimits
  maxAttempts: number
  ocrConcurrency: number
}) {
  const { db } = deps
  const ingestion = createIngestion(deps)
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

  /**
   * Its job stops, its passages leave the index, then its row (whose key cascades to any passage a racing job
   * wrote meanwhile) and its file. A job still running elsewhere fails on that key at its next batch, so
   * nothing of it reaches the index. Returns the passages removed.
   */
  async function removeRow(row: DocumentRow): Promise<number> {
    ingestion.cancel(row.id)
    const passages = await deleteUnits(db, { documentId: row.id })
    await db.delete(documents).where(eq(documents.id, row.id))
    await fs.rm(row.storagePath, { force: true })
    return passages
  }

  return {
    async upload(input: { ownerId: string; conversationId: string | null; fileName: string; declaredType?: string; bytes: Buffer; collection?: string; lang?: string }): Promise<DocumentView> {
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

    /** The ingestion job (parse in a bounded worker thread, index in batches): see ingest.ts. */
    ingest: ingestion.ingest,

    /** Documents left `processing` by a process that died are queued again at start (within their attempts). */
    recover: () => ingestion.recover((id) => deps.queue().enqueue(id)),

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

    /**
     * Empties a shared collection, whatever put it there (admin uploads, or the index CLI): its documents
     * (rows, files, jobs) and every passage left. The number of each removed; zero for an unknown collection.
     */
    async removeCollection(collection: string): Promise<{ documents: number; passages: number }> {
      const rows = await db
        .select()
        .from(documents)
        .where(and(eq(documents.collection, collection), isNull(documents.conversationId)))
      let passages = 0
      for (const row of rows) passages += await removeRow(row)
      passages += await deleteUnits(db, { collection })
      return { documents: rows.length, passages }
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
