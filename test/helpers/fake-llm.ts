import { createHash } from 'node:crypto'
import http from 'node:http'

/**
 * A local server speaking the wire protocols of the Gemini API and of OpenAI-compatible servers, so the
 * real SDKs can be tested end to end. Embeddings are a hashed bag of words: texts sharing words get close
 * vectors. Every request is recorded.
 */
export interface FakeLlm {
  url: string
  requests: Array<{ path: string; body: any; headers: http.IncomingHttpHeaders }>
  /** Status to answer the next N requests with (to test retries and outages). */
  failNext(status: number, times?: number): void
  close(): Promise<void>
}

export function hashedVector(text: string, dim: number): number[] {
  const v = new Array<number>(dim).fill(0)
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const h = createHash('sha1').update(word).digest()
    v[h.readUInt32BE(0) % dim]! += 1
  }
  return v
}

export async function startFakeLlm(opts: { dim?: number } = {}): Promise<FakeLlm> {
  const dim = opts.dim ?? 32
  const requests: FakeLlm['requests'] = []
  let failures: Array<number> = []
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : undefined
      const path = (req.url ?? '').split('?')[0]!
      requests.push({ path, body, headers: req.headers })
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(payload))
      }
      const failing = failures.shift()
      if (failing) return send(failing, { error: { code: failing, message: 'fake failure', status: 'UNAVAILABLE' } })
      if (path.endsWith(':batchEmbedContents')) {
        return send(200, {
          embeddings: body.requests.map((r: any) => ({ values: hashedVector(r.content.parts.map((p: any) => p.text).join(' '), r.outputDimensionality ?? dim) })),
        })
      }
      if (path.endsWith('/embeddings')) {
        const input: string[] = Array.isArray(body.input) ? body.input : [body.input]
        return send(200, {
          object: 'list',
          model: body.model,
          data: input.map((text, index) => {
            const v = hashedVector(text, dim)
            const embedding = body.encoding_format === 'base64' ? Buffer.from(Float32Array.from(v).buffer).toString('base64') : v
            return { object: 'embedding', index, embedding }
          }),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        })
      }
      send(404, { error: { message: `fake server: no route for ${path}` } })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(status, times = 1) {
      failures = Array(times).fill(status)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
