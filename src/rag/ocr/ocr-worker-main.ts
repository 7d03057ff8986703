import { parentPort } from 'node:worker_threads'
import { UnreadableDocument } from '../parse/errors'
import type { DocumentKind } from '../parse/sniff'
import { candidateModels, type OcrLang } from './languages'
import { openPageImages } from './page-images'
import { createPageReader, type PageReading } from './reader'

export interface OcrRequest {
  bytes: Uint8Array
  kind: DocumentKind
  pages: number[]
  langs: OcrLang[] | null
  maxPixels: number
}

export type OcrReply = { page: number; reading: PageReading } | { done: true } | { error: { message: string; unreadable: boolean } }

// Runs in a worker thread, one document per thread: pages are drawn here one at a time and read by
// Tesseract's own thread; each page's text goes back as soon as it is read, so the parent keeps it and
// a job that dies resumes after it.
parentPort!.once('message', async (req: OcrRequest) => {
  const reader = createPageReader(candidateModels(req.langs))
  let reply: OcrReply = { done: true }
  try {
    const images = await openPageImages(req.bytes, req.kind, req.maxPixels)
    try {
      for (const page of req.pages) parentPort!.postMessage({ page, reading: await reader.read(await images.image(page)) } satisfies OcrReply)
    } finally {
      await images.close()
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    reply = { error: { message, unreadable: err instanceof UnreadableDocument } }
  }
  await reader.close().catch(() => undefined)
  parentPort!.postMessage(reply)
})
