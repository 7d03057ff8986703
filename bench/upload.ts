import { multipart } from '../test/helpers/files'

/**
 * Uploads a file to a conversation of a running server and polls the document until it is `ready` (throws
 * when it is `failed`): how long that took, from the upload, and how many passages it gave.
 */
export async function uploadUntilReady(
  base: string,
  auth: Record<string, string>,
  conversationId: string,
  file: { name: string; type: string; bytes: Buffer },
  pollMs: number,
): Promise<{ seconds: number; passages: number }> {
  const { payload, headers } = multipart(file)
  const t0 = performance.now()
  const up = (await (await fetch(`${base}/api/v1/conversations/${conversationId}/documents`, { method: 'POST', body: new Uint8Array(payload), headers: { ...headers, ...auth } })).json()) as {
    id: string
  }
  for (;;) {
    const d = (await (await fetch(`${base}/api/v1/conversations/${conversationId}/documents/${up.id}`, { headers: auth })).json()) as { status: string; error?: string; passages?: number }
    if (d.status === 'failed') throw new Error(`${file.name} failed: ${d.error}`)
    if (d.status === 'ready') return { seconds: (performance.now() - t0) / 1000, passages: d.passages ?? 0 }
    await new Promise((r) => setTimeout(r, pollMs))
  }
}
