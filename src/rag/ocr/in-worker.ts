import { startBoundedWorker } from '../parse/bounded-worker'
import { UnreadableDocument } from '../parse/errors'
import { LimitExceeded, type ParseLimits } from '../parse/limits'
import type { DocumentKind } from '../parse/sniff'
import type { OcrLang } from './languages'
import type { OcrReply, OcrRequest } from './ocr-worker-main'
import type { PageReading } from './reader'

const WORKER = new URL('./ocr-worker.mjs', import.meta.url)

export interface OcrOptions {
  langs: OcrLang[] | null
  limits: ParseLimits
  /** Called for each page read, one at a time and in order; the next page's text waits for it. */
  onPage: (page: number, reading: PageReading) => Promise<void>
  /** Cancels (a document deleted mid-OCR): the thread, and Tesseract's with it, is terminated at once. */
  signal?: AbortSignal
}

/**
 * Reads `pages` of a document by OCR in a worker thread of its own: the heap bounded like parsing's, each
 * page's pixels bounded before decoding, each page bounded in time (a page that takes longer than
 * `limits.ocrPageMs` fails the document). Resolves when every page has been handed to `onPage`.
 */
export function ocrInWorker(bytes: Uint8Array, kind: DocumentKind, pages: number[], opts: OcrOptions): Promise<void> {
  const { limits, signal } = opts
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new LimitExceeded('cancelled', 'cancelled'))
    if (pages.length === 0) return resolve()
    const worker = startBoundedWorker(WORKER, limits.memoryMb)
    let settled = false
    let done = false
    let timer: NodeJS.Timeout | undefined
    // Pages are handed over in order; a slow onPage (the database) holds the ones behind it.
    let handed = Promise.resolve()
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      outcome()
    }
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => finish(() => reject(new LimitExceeded('ocrPageMs', `a page took more than ${Math.round(limits.ocrPageMs / 1000)} s to read by OCR`))), limits.ocrPageMs)
    }
    const onAbort = () => finish(() => reject(new LimitExceeded('cancelled', 'cancelled')))
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (reply: OcrReply) => {
      if ('page' in reply) {
        arm()
        handed = handed.then(() => (settled ? undefined : opts.onPage(reply.page, reply.reading)))
        handed.catch((err) => finish(() => reject(err)))
        return
      }
      if ('done' in reply) {
        done = true
        clearTimeout(timer)
        handed.then(
          () => finish(resolve),
          () => undefined,
        )
        return
      }
      const { message, unreadable } = reply.error
      finish(() => reject(unreadable ? new UnreadableDocument(message) : new UnreadableDocument(`a page could not be read by OCR (${message.slice(0, 160)})`)))
    })
    worker.once('error', (err: Error & { code?: string }) =>
      finish(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new LimitExceeded('memoryMb', `needed more than ${limits.memoryMb} MB of memory to read by OCR`)
            : new UnreadableDocument(`the document could not be read by OCR (${err.message.slice(0, 120)})`),
        ),
      ),
    )
    // After `done`, the thread ends on its own while the last pages are still being handed over.
    worker.once('exit', (code) => done || finish(() => reject(new Error(`the OCR thread ended (${code}) before answering`))))
    arm()
    // A real copy (a Buffer's slice() shares its memory): the transfer detaches it, never the caller's bytes.
    const copy = new Uint8Array(bytes)
    const req: OcrRequest = { bytes: copy, kind, pages, langs: opts.langs, maxPixels: limits.pixels }
    worker.postMessage(req, [copy.buffer as ArrayBuffer])
  })
}
