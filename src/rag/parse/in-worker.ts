import { startBoundedWorker } from './bounded-worker'
import { UnreadableDocument } from './errors'
import { LimitExceeded, type ParseLimits } from './limits'
import type { ParsedDocument } from './parse'
import type { ParseReply, ParseRequest } from './parse-worker-main'
import type { DocumentKind } from './sniff'

const WORKER = new URL('./parse-worker.mjs', import.meta.url)
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`

/**
 * Parses a document in a worker thread of its own, bounded in time (the thread is terminated) and in heap
 * (V8's resource limits): whatever the file, the caller's event loop only waits. `signal` cancels (a
 * document deleted mid-parse); the thread is terminated at once.
 */
export function parseInWorker(bytes: Uint8Array, kind: DocumentKind, limits: ParseLimits, signal?: AbortSignal): Promise<ParsedDocument> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new LimitExceeded('cancelled', 'cancelled'))
    const worker = startBoundedWorker(WORKER, limits.memoryMb)
    let settled = false
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      outcome()
    }
    const timer = setTimeout(() => finish(() => reject(new LimitExceeded('timeMs', `still parsing after ${seconds(limits.timeMs)}`))), limits.timeMs)
    const onAbort = () => finish(() => reject(new LimitExceeded('cancelled', 'cancelled')))
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.once('message', (reply: ParseReply) =>
      finish(() => {
        if ('ok' in reply) return resolve(reply.ok)
        const { message, unreadable, limit } = reply.error
        reject(limit ? Object.assign(new LimitExceeded(limit, ''), { message }) : unreadable ? new UnreadableDocument(message) : new Error(message))
      }),
    )
    worker.once('error', (err: Error & { code?: string }) =>
      finish(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new LimitExceeded('memoryMb', `needed more than ${limits.memoryMb} MB of memory to read`)
            : new UnreadableDocument(`the document could not be read (${err.message.slice(0, 120)})`),
        ),
      ),
    )
    worker.once('exit', (code) => finish(() => reject(new Error(`the parsing thread ended (${code}) before answering`))))
    // A real copy (a Buffer's slice() shares its memory): the transfer detaches it, never the caller's bytes.
    const copy = new Uint8Array(bytes)
    const req: ParseRequest = { bytes: copy, kind, limits }
    worker.postMessage(req, [copy.buffer as ArrayBuffer])
  })
}
