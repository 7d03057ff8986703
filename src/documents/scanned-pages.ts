import { eq, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { documentPages, documents } from '../db/schema'
import { ocrInWorker } from '../rag/ocr/in-worker'
import { parseOcrLangs } from '../rag/ocr/languages'
import type { ParseLimits } from '../rag/parse/limits'
import type { ParsedDocument } from '../rag/parse/parse'
import type { DocumentKind } from '../rag/parse/sniff'
import { type Chunk, chunkText } from '../rag/text/chunk'

export interface ScannedPagesDeps {
  db: Db
  limits: ParseLimits
  /** Bounds the documents read by OCR at once in this process (OCR_CONCURRENCY). */
  ocrSlot: <T>(task: () => Promise<T>) => Promise<T>
}

/** A page's chunks, with the OCR confidence of the page they come from (0–1). */
export type OcrChunk = Chunk & { confidence: number }

async function keptPages(db: Db, documentId: string): Promise<Map<number, { text: string; confidence: number }>> {
  const rows = await db.select().from(documentPages).where(eq(documentPages.documentId, documentId))
  return new Map(rows.map((r) => [r.page, { text: r.text, confidence: r.confidence }]))
}

/**
 * Reads by OCR the pages parsing left (scanned PDF pages, image frames). Each page's text is kept in
 * document_pages as soon as it is read and the document's pages_done counts it, so the page shows progress
 * and a job that died resumes after the pages already read (its primary key keeps any page from being
 * kept twice). A document deleted meanwhile makes the next page's insert fail on its foreign key.
 */
export async function readScannedPages(
  deps: ScannedPagesDeps,
  doc: { id: string; lang: string | null },
  bytes: Uint8Array,
  kind: DocumentKind,
  parsed: ParsedDocument,
  signal: AbortSignal,
): Promise<OcrChunk[]> {
  const { db } = deps
  const kept = await keptPages(db, doc.id)
  const todo = parsed.ocrPages.filter((p) => !kept.has(p))
  const textPages = (parsed.pages ?? 0) - parsed.ocrPages.length
  await db
    .update(documents)
    .set({ pagesTotal: parsed.pages, pagesDone: textPages + parsed.ocrPages.length - todo.length })
    .where(eq(documents.id, doc.id))
  if (todo.length > 0) {
    await deps.ocrSlot(() =>
      ocrInWorker(bytes, kind, todo, {
        langs: (doc.lang && parseOcrLangs(doc.lang)) || null,
        limits: deps.limits,
        signal,
        async onPage(page, reading) {
          await db.insert(documentPages).values({ documentId: doc.id, page, text: reading.text, confidence: reading.confidence }).onConflictDoNothing()
          await db
            .update(documents)
            .set({ pagesDone: sql`coalesce(${documents.pagesDone}, 0) + 1`, updatedAt: sql`now()` })
            .where(eq(documents.id, doc.id))
        },
      }),
    )
  }
  const read = await keptPages(db, doc.id)
  return parsed.ocrPages.flatMap((page) => {
    const p = read.get(page)
    return p ? chunkText(p.text, { page }).map((c) => ({ ...c, confidence: p.confidence })) : []
  })
}

/** Once the document is ready or failed, its pages' text lives in the index (or nowhere): the kept pages go. */
export async function forgetScannedPages(db: Db, documentId: string): Promise<void> {
  await db.delete(documentPages).where(eq(documentPages.documentId, documentId))
}
