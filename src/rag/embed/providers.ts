import fs from 'node:fs/promises'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { quranVersion } from '../canon/quran'
import { ANALYZER_VERSION } from '../text/analyze'
import type { Embedder } from './embedder'
import { createLsiEmbedder, type LsiModel } from './local-lsi'

const LSI_DIM = 128

/** Builds the LSI model in a worker thread, so a starting server keeps answering while it is built. */
function buildInWorker(): Promise<LsiModel> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lsi-worker.mjs', import.meta.url), { env: { ...process.env, LSI_DIM: String(LSI_DIM) } })
    worker.once('message', (m: { id: string; dim: number; vocab: string[]; idf: Float32Array; vectors: Float32Array }) => {
      resolve({ id: m.id, dim: m.dim, vocab: new Map(m.vocab.map((t, i) => [t, i])), idf: m.idf, vectors: m.vectors })
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the embedder build stopped with code ${code}`)))
  })
}

/**
 * The offline embedder, built from the shipped Qur'an on first use and cached under DATA_DIR/models
 * (a later start loads it in milliseconds instead of rebuilding it in seconds).
 */
export async function localEmbedder(modelsDir: string): Promise<Embedder> {
  const dir = modelsDir
  // (the analyzer's version in the name: a model cached by an older analyzer is rebuilt, not loaded)
  const file = path.join(dir, `lsi-${quranVersion().replace(/[^\w.+-]/g, '_')}-a${ANALYZER_VERSION}-d${LSI_DIM}.json`)
  try {
    const raw = JSON.parse(await fs.readFile(file, 'utf8')) as { id: string; dim: number; vocab: string[]; idf: number[]; vectors: string }
    const model: LsiModel = {
      id: raw.id,
      dim: raw.dim,
      vocab: new Map(raw.vocab.map((t, i) => [t, i])),
      idf: Float32Array.from(raw.idf),
      vectors: new Float32Array(Buffer.from(raw.vectors, 'base64').buffer.slice(0)),
    }
    return createLsiEmbedder(model)
  } catch {
    const model = await buildInWorker()
    await fs.mkdir(dir, { recursive: true })
    const vocab = [...model.vocab.keys()]
    // Written aside then renamed, so a concurrent reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`
    await fs.writeFile(tmp, JSON.stringify({ id: model.id, dim: model.dim, vocab, idf: Array.from(model.idf), vectors: Buffer.from(model.vectors.buffer).toString('base64') }))
    await fs.rename(tmp, file)
    return createLsiEmbedder(model)
  }
}
