import { parentPort } from 'node:worker_threads'
import { UnreadableDocument } from './errors'
import { LimitExceeded, type ParseLimits } from './limits'
import { type ParsedDocument, parseDocument } from './parse'
import type { DocumentKind } from './sniff'

export interface ParseRequest {
  bytes: Uint8Array
  kind: DocumentKind
  limits: ParseLimits
}

export type ParseReply = { ok: ParsedDocument } | { error: { message: string; unreadable: boolean; limit?: LimitExceeded['limit'] } }

function replyTo(err: unknown): ParseReply {
  const message = err instanceof Error ? err.message : String(err)
  return { error: { message, unreadable: err instanceof UnreadableDocument, ...(err instanceof LimitExceeded ? { limit: err.limit } : {}) } }
}

// Runs in a worker thread, one document per thread: a pathological file costs this thread's time and heap,
// which the parent bounds, never the server's event loop.
parentPort!.once('message', async (req: ParseRequest) => {
  let reply: ParseReply
  try {
    reply = { ok: await parseDocument(req.bytes, req.kind, req.limits) }
  } catch (err) {
    reply = replyTo(err)
  }
  parentPort!.postMessage(reply)
})
