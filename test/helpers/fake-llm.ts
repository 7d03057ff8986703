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
  /** What the model "says", from the whole prompt text (system + messages). */
  reply: (prompt: string) => string
  /** Pause between streamed pieces. */
  chunkDelayMs: number
  /** Streams the client closed before their end (generation cancelled). */
  readonly cancelled: number
  close(): Promise<void>
}

function hashedVector(text: string, dim: number): number[] {
  const v = new Array<number>(dim).fill(0)
  for (const word of text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)) {
    const h = createHash('sha1').update(word).digest()
    v[h.readUInt32BE(0) % dim]! += 1
  }
  return v
}

/** The default model: a short answer citing the first source listed in the prompt, or echoing a rewrite or ranking request. */
export function defaultReply(prompt: string): string {
  // Retrieval requests: the question itself as the one query; the passages in the order given.
  if (/search queries for a library/.test(prompt)) return /^Question: (.*)$/m.exec(prompt)?.[1] ?? ''
  if (/Order the passages/.test(prompt)) return (prompt.match(/^\[(c\d+)\]/gm) ?? []).map((m) => m.slice(1, -1)).join(', ')
  const last = /Last question: (.*)$/m.exec(prompt)
  if (/Rewrite the last question/.test(prompt) && last) return `${last[1]} (standalone)`
  if (/Write a title/.test(prompt)) return 'Titre proposé par le modèle'
  const first = /\[1\] ([^\n—]+)/.exec(prompt)
  return first ? `Selon la source, la réponse se trouve dans ${first[1]!.trim()} [1].` : 'Les sources ne répondent pas.'
}

function pieces(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [text]
}

export async function startFakeLlm(opts: { dim?: number } = {}): Promise<FakeLlm> {
  const dim = opts.dim ?? 32
  const requests: FakeLlm['requests'] = []
  let failures: Array<number> = []
  const state = { reply: defaultReply, chunkDelayMs: 0, cancelled: 0 }
  const stream = async (res: http.ServerResponse, events: string[]) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    res.on('close', () => {
      if (!res.writableFinished) state.cancelled++
    })
    for (const e of events) {
      if (res.destroyed) return
      res.write(`data: ${e}\n\n`)
      if (state.chunkDelayMs) await new Promise((r) => setTimeout(r, state.chunkDelayMs))
    }
    res.end()
  }
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
      if (path.endsWith(':streamGenerateContent')) {
        const prompt = [body.systemInstruction?.parts?.map((p: any) => p.text).join('\n') ?? '', ...body.contents.flatMap((c: any) => c.parts.map((p: any) => p.text))].join('\n')
        const parts = pieces(state.reply(prompt))
        return void stream(
          res,
          parts.map((text, i) =>
            JSON.stringify({
              candidates: [{ content: { role: 'model', parts: [{ text }] }, index: 0, ...(i === parts.length - 1 ? { finishReason: 'STOP' } : {}) }],
              ...(i === parts.length - 1 ? { usageMetadata: { promptTokenCount: 10, candidatesTokenCount: parts.length, totalTokenCount: 10 + parts.length } } : {}),
            }),
          ),
        )
      }
      if (path.endsWith('/chat/completions')) {
        const prompt = body.messages.map((m: any) => m.content).join('\n')
        const parts = pieces(state.reply(prompt))
        const chunk = (delta: object, finish: string | null) =>
          JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })
        return void stream(res, [chunk({ role: 'assistant', content: '' }, null), ...parts.map((content) => chunk({ content }, null)), chunk({}, 'stop'), '[DONE]'])
      }
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
    get reply() {
      return state.reply
    },
    set reply(fn) {
      state.reply = fn
    },
    get cancelled() {
      return state.cancelled
    },
    get chunkDelayMs() {
      return state.chunkDelayMs
    },
    set chunkDelayMs(ms) {
      state.chunkDelayMs = ms
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
