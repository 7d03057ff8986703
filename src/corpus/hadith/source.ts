import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { catalogueSchema, type Catalogue } from '../../rag/canon/hadith-edition'

/** Where editions come from: a base URL in the hadith-api layout, or a local folder in the same layout. */
export type HadithSource = { kind: 'url'; base: string } | { kind: 'dir'; base: string }

export function resolveSource(from: string): HadithSource {
  if (/^https?:\/\//i.test(from)) return { kind: 'url', base: from.replace(/\/+$/, '') }
  return { kind: 'dir', base: path.resolve(from) }
}

export interface FetchLimits {
  /** Largest edition accepted (the biggest upstream, Arabic Bukhari, is about 9 MB). */
  maxBytes: number
  /** No byte for this long: the attempt is abandoned (and retried). */
  idleTimeoutMs: number
  attempts: number
  /** Pause before the n-th retry: retryDelayMs × n. */
  retryDelayMs: number
}

export function limitsFrom(config: { HADITH_MAX_EDITION_MB: number; HADITH_TIMEOUT_S: number }): FetchLimits {
  return { maxBytes: config.HADITH_MAX_EDITION_MB * 1024 * 1024, idleTimeoutMs: config.HADITH_TIMEOUT_S * 1000, attempts: 3, retryDelayMs: 1_000 }
}

/** A failure the user can act on; `retry` says whether another attempt may succeed. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message)
  }
}

export function sourceLabel(source: HadithSource, file: string): string {
  return source.kind === 'url' ? `${source.base}/${file}` : path.join(source.base, file)
}

/** Reads `editions.json` (small: read whole, with the same limits). */
export async function readCatalogue(source: HadithSource, limits: FetchLimits): Promise<Catalogue> {
  const label = sourceLabel(source, 'editions.json')
  let raw: string
  if (source.kind === 'dir') {
    raw = await fs.readFile(path.join(source.base, 'editions.json'), 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new SourceError(`${label}: ${err.code === 'ENOENT' ? 'not found (is this a folder in the hadith-api layout?)' : err.message}`, false)
    })
  } else {
    raw = await withRetries(limits, async () => {
      const res = await request(label, {}, limits)
      return new Response(limitedBody(res.body!, limits.maxBytes, label, limits.idleTimeoutMs)).text()
    })
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    throw new SourceError(`${label}: not valid JSON`, false)
  }
  const parsed = catalogueSchema.safeParse(json)
  if (!parsed.success) throw new SourceError(`${label}: not a hadith-api catalogue`, false)
  return parsed.data
}

async function request(url: string, headers: Record<string, string>, limits: FetchLimits): Promise<Response> {
  let res: Response
  // The timer covers the wait for the answer's headers only; the body has its own idle limit.
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(new Error('timeout')), limits.idleTimeoutMs)
  try {
    res = await fetch(url, { headers, signal: abort.signal, redirect: 'follow' })
  } catch (err) {
    throw new SourceError(`${url}: ${abort.signal.aborted ? 'no answer in time' : `cannot connect (${(err as Error).message})`}`, true)
  } finally {
    clearTimeout(timer)
  }
  if (res.status === 404) throw new SourceError(`${url}: not found (404)`, false)
  if (!res.ok && res.status !== 206) throw new SourceError(`${url}: the server answered ${res.status}`, res.status >= 500 || res.status === 429)
  if (!res.body) throw new SourceError(`${url}: empty answer`, true)
  const length = Number(res.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(length) && length > limits.maxBytes) {
    await res.body.cancel()
    throw new SourceError(`${url}: ${length} bytes, more than the ${limits.maxBytes}-byte limit`, false)
  }
  return res
}

/** The body as a stream that fails past the size cap or when no byte comes for `idleMs`. */
function limitedBody(body: ReadableStream<Uint8Array>, maxBytes: number, label: string, idleMs: number, already = 0): ReadableStream<Uint8Array> {
  let seen = already
  const reader = body.getReader()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: NodeJS.Timeout | undefined
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new SourceError(`${label}: the download stalled (no data for ${Math.round(idleMs / 1000)} s)`, true)), idleMs)
      })
      try {
        const { done, value } = await Promise.race([reader.read(), idle])
        if (done) return controller.close()
        seen += value.byteLength
        if (seen > maxBytes) throw new SourceError(`${label}: larger than the ${maxBytes}-byte limit`, false)
        controller.enqueue(value)
      } catch (err) {
        await reader.cancel().catch(() => undefined)
        controller.error(err instanceof SourceError ? err : new SourceError(`${label}: the connection broke (${(err as Error).message})`, true))
      } finally {
        clearTimeout(timer)
      }
    },
    cancel: (reason) => reader.cancel(reason),
  })
}

async function withRetries<T>(limits: FetchLimits, attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt()
    } catch (err) {
      if (!(err instanceof SourceError) || !err.retry || n >= limits.attempts) throw err
      await new Promise((resolve) => setTimeout(resolve, limits.retryDelayMs * n))
    }
  }
}

export interface Fetched {
  file: string
  url: string
  bytes: number
  sha256: string
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/** Each edition's size in bytes, when the source says (a HEAD request, or the file's size); null otherwise. */
export async function editionSizes(source: HadithSource, names: string[], limits: FetchLimits): Promise<Map<string, number | null>> {
  const sizes = await Promise.all(
    names.map(async (name): Promise<[string, number | null]> => {
      const where = sourceLabel(source, `editions/${name}.json`)
      if (source.kind === 'dir') return [name, (await fs.stat(where).catch(() => null))?.size ?? null]
      const res = await fetch(where, { method: 'HEAD', signal: AbortSignal.timeout(limits.idleTimeoutMs) }).catch(() => null)
      const length = Number(res?.ok ? res.headers.get('content-length') : Number.NaN)
      return [name, Number.isFinite(length) ? length : null]
    }),
  )
  return new Map(sizes)
}

/** An edition already on disk from an earlier run, or null. */
export async function keptEdition(file: string, url: string): Promise<Fetched | null> {
  const stat = await fs.stat(file).catch(() => null)
  if (!stat) return null
  return { file, url, bytes: stat.size, sha256: await sha256Of(file) }
}

/**
 * Brings one edition file to `dest`, through `dest.part`: a download resumes where an earlier one stopped
 * (HTTP range), and only a complete file is renamed into place. `onBytes` reports the bytes
 * on disk so far (and the total when known).
 */
export async function fetchEdition(source: HadithSource, name: string, dest: string, limits: FetchLimits, onBytes: (n: number, total?: number) => void): Promise<Fetched> {
  const file = `editions/${name}.json`
  const url = sourceLabel(source, file)
  const part = `${dest}.part`
  await fs.mkdir(path.dirname(dest), { recursive: true })
  if (source.kind === 'dir') {
    const stat = await fs.stat(url).catch(() => null)
    if (!stat) throw new SourceError(`${url}: not found`, false)
    if (stat.size > limits.maxBytes) throw new SourceError(`${url}: ${stat.size} bytes, more than the ${limits.maxBytes}-byte limit`, false)
    await fs.copyFile(url, part)
    onBytes(stat.size, stat.size)
  } else {
    await withRetries(limits, () => download(url, part, limits, onBytes))
  }
  const bytes = (await fs.stat(part)).size
  const sha256 = await sha256Of(part)
  await fs.rename(part, dest)
  return { file: dest, url, bytes, sha256 }
}

async function download(url: string, part: string, limits: FetchLimits, onBytes: (n: number, total?: number) => void): Promise<void> {
  const have = (await fs.stat(part).catch(() => null))?.size ?? 0
  const res = await request(url, have > 0 ? { range: `bytes=${have}-` } : {}, limits)
  // 206: the server continues where the last attempt stopped; 200: it sends the whole file again.
  const resumed = res.status === 206 && have > 0
  const start = resumed ? have : 0
  const length = Number(res.headers.get('content-length') ?? Number.NaN)
  const total = Number.isFinite(length) ? start + length : undefined
  let position = start
  onBytes(position, total)
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      position += chunk.byteLength
      onBytes(position, total)
      done(null, chunk)
    },
  })
  const body = Readable.fromWeb(limitedBody(res.body!, limits.maxBytes, url, limits.idleTimeoutMs, start) as import('node:stream/web').ReadableStream<Uint8Array>)
  await pipeline(body, count, createWriteStream(part, { flags: resumed ? 'a' : 'w' }))
}
