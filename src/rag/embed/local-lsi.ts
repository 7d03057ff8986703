import { createHash } from 'node:crypto'
import { ANALYZER_VERSION, mixedLanguageTerms } from '../text/analyze'
import type { UnitInput } from '../index/units'
import { normalise, type Embedder } from './embedder'
import { truncatedSvd, type SparseMatrix } from './svd'

/**
 * The offline default embedder: latent semantic indexing over the parallel Qur'an. Each verse is one
 * column holding its Arabic, French and English words together, so words that translate each other load
 * on the same latent dimensions; a text's vector is the idf-weighted sum of its words' vectors.
 * Built deterministically from the shipped text in a few seconds: no download, no weights to ship.
 */
export interface LsiModel {
  vocab: Map<string, number>
  idf: Float32Array
  vectors: Float32Array
  dim: number
  id: string
}

function unitText(unit: UnitInput): string {
  return unit.texts.map((t) => t.searchText ?? t.text).join('\n')
}

/**
 * The id names the text and the analyzer the vocabulary came from: a model built before the analyzer changed
 * maps words the new one no longer produces, so its vectors must not be mixed with a new model's.
 */
export function buildLsiModel(units: UnitInput[], dim = 128, sourceVersion = '', analyzerVersion = ANALYZER_VERSION): LsiModel {
  const docs = units.map((u) => {
    const tf = new Map<string, number>()
    for (const t of mixedLanguageTerms(unitText(u))) tf.set(t, (tf.get(t) ?? 0) + 1)
    return tf
  })
  const df = new Map<string, number>()
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const vocabList = [...df]
    .filter(([, n]) => n >= 2)
    .map(([t]) => t)
    .sort()
  const vocab = new Map(vocabList.map((t, i) => [t, i]))
  const idf = new Float32Array(vocabList.length)
  vocabList.forEach((t, i) => (idf[i] = Math.log(docs.length / df.get(t)!)))

  const colPtr = new Int32Array(docs.length + 1)
  const rowIdx: number[] = []
  const values: number[] = []
  docs.forEach((d, j) => {
    const entries = [...d].filter(([t]) => vocab.has(t)).map(([t, n]) => [vocab.get(t)!, Math.log(1 + n) * idf[vocab.get(t)!]!] as const)
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1
    for (const [row, w] of entries.sort((a, b) => a[0] - b[0])) {
      rowIdx.push(row)
      values.push(w / norm)
    }
    colPtr[j + 1] = rowIdx.length
  })
  const A: SparseMatrix = { rows: vocabList.length, cols: docs.length, colPtr, rowIdx: Int32Array.from(rowIdx), values: Float32Array.from(values) }
  const { U } = truncatedSvd(A, dim, { seed: 20_260_101 })
  const hash = createHash('sha256').update(sourceVersion).update(`analyzer ${analyzerVersion}`).update(String(vocabList.length)).digest('hex').slice(0, 8)
  return { vocab, idf, vectors: U, dim, id: `local-lsi-v1-d${dim}-${hash}` }
}

export function createLsiEmbedder(model: LsiModel): Embedder {
  return {
    id: model.id,
    dim: model.dim,
    async embed(texts) {
      return texts.map((text) => {
        const v = new Float32Array(model.dim)
        const tf = new Map<string, number>()
        for (const t of mixedLanguageTerms(text)) tf.set(t, (tf.get(t) ?? 0) + 1)
        for (const [t, n] of tf) {
          const row = model.vocab.get(t)
          if (row === undefined) continue
          const w = Math.log(1 + n) * model.idf[row]!
          const o = row * model.dim
          for (let c = 0; c < model.dim; c++) v[c]! += w * model.vectors[o + c]!
        }
        return normalise(v)
      })
    },
  }
}
