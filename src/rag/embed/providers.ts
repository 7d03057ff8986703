import fs from 'node:fs/promises'
import path from 'node:path'
import { loadQuranUnits, quranVersion } from '../../corpus/quran'
import type { Embedder } from './embedder'
import { buildLsiModel, createLsiEmbedder, type LsiModel } from './local-lsi'

const LSI_DIM = 128

/**
 * The offline embedder, built from the shipped Qur'an on first use and cached under DATA_DIR/models
 * (a later start loads it in milliseconds instead of rebuilding it in seconds).
 */
export async function localEmbedder(modelsDir: string): Promise<Embedder> {
  const dir = modelsDir
  const file = path.join(dir, `lsi-${quranVersion().replace(/[^\w.+-]/g, '_')}-d${LSI_DIM}.json`)
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
    const model = buildLsiModel(loadQuranUnits(), LSI_DIM, quranVersion())
    await fs.mkdir(dir, { recursive: true })
    const vocab = [...model.vocab.keys()]
    // Written aside then renamed, so a concurrent reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`
    await fs.writeFile(tmp, JSON.stringify({ id: model.id, dim: model.dim, vocab, idf: Array.from(model.idf), vectors: Buffer.from(model.vectors.buffer).toString('base64') }))
    await fs.rename(tmp, file)
    return createLsiEmbedder(model)
  }
}
