/** Turns texts into unit vectors. `kind` lets providers that distinguish queries from documents do so. */
export interface Embedder {
  /** Identifies the model and its version; the index records it and refuses vectors from another. */
  readonly id: string
  readonly dim: number
  embed(texts: string[], kind: 'query' | 'document'): Promise<Float32Array[]>
}

export function normalise(v: Float32Array): Float32Array {
  let n = 0
  for (let i = 0; i < v.length; i++) n += v[i]! * v[i]!
  n = Math.sqrt(n)
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= n
  return v
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!
    na += a[i]! * a[i]!
    nb += b[i]! * b[i]!
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0
}
