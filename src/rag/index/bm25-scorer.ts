import type { Bm25Params } from './bm25'

/** One query term's postings over the units (unit indices and term frequencies), with its weight and idf. */
export interface ScoredTerm {
  unit: Int32Array
  tf: Float32Array
  weight: number
  idf: number
}

export interface ScoredUnit {
  unit: number
  score: number
  matchedWeight: number
  /** Indices into the terms given, in the order they were scored. */
  terms: number[]
}

/**
 * BM25 over postings held in memory, with buffers reused from one query to the next: a question touches
 * thousands of units, and a Map of objects per unit, then a sort of all of them, was most of the time of a
 * search (and of the garbage). The k best are found by a numeric sort of the scores alone, then only those
 * are ordered — by score, ties by unit index (the caller numbers units in id order, so every instance agrees).
 */
export function createBm25Scorer() {
  let score = new Float64Array(0)
  let matched = new Float64Array(0)
  let head = new Int32Array(0)
  let touched = new Int32Array(1024)
  let linkTerm = new Int32Array(4096)
  let linkNext = new Int32Array(4096)

  function ensureUnits(n: number) {
    if (score.length >= n) return
    score = new Float64Array(n)
    matched = new Float64Array(n)
    head = new Int32Array(n).fill(-1)
  }
  const grow = (a: Int32Array<ArrayBuffer>, min: number): Int32Array<ArrayBuffer> => {
    if (a.length >= min) return a
    const b = new Int32Array(Math.max(min, a.length * 2))
    b.set(a)
    return b
  }

  return function scoreUnits(terms: readonly ScoredTerm[], length: Int32Array, avgdl: number, params: Bm25Params, limit: number, keep: ((i: number) => boolean) | null): ScoredUnit[] {
    ensureUnits(length.length)
    let nTouched = 0
    let nLinks = 0
    const { k1, b } = params
    for (let t = 0; t < terms.length; t++) {
      const { unit, tf, weight, idf } = terms[t]!
      for (let j = 0; j < unit.length; j++) {
        const i = unit[j]!
        if (keep && !keep(i)) continue
        const f = tf[j]!
        const part = (weight * idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * length[i]!) / avgdl))
        if (head[i] === -1) {
          touched = grow(touched, nTouched + 1)
          touched[nTouched++] = i
          score[i] = 0
          matched[i] = 0
        }
        score[i] = score[i]! + part
        matched[i] = matched[i]! + weight
        linkTerm = grow(linkTerm, nLinks + 1)
        linkNext = grow(linkNext, nLinks + 1)
        linkTerm[nLinks] = t
        linkNext[nLinks] = head[i]!
        head[i] = nLinks++
      }
    }
    const chosen = best(nTouched, limit)
    const out = chosen.map((i) => ({ unit: i, score: score[i]!, matchedWeight: matched[i]!, terms: termsOf(i) }))
    for (let j = 0; j < nTouched; j++) head[touched[j]!] = -1
    return out
  }

  /** The units scored, best first, at most `limit` of them. */
  function best(nTouched: number, limit: number): number[] {
    let threshold = Number.NEGATIVE_INFINITY
    if (nTouched > limit) {
      const values = new Float64Array(nTouched)
      for (let j = 0; j < nTouched; j++) values[j] = score[touched[j]!]!
      threshold = nthSmallest(values, nTouched - limit)
    }
    const kept: number[] = []
    for (let j = 0; j < nTouched; j++) if (score[touched[j]!]! >= threshold) kept.push(touched[j]!)
    return kept.sort((x, y) => score[y]! - score[x]! || x - y).slice(0, limit)
  }

  /** The terms a unit was reached by, in scoring order (the links run from the last one back). */
  function termsOf(i: number): number[] {
    const out: number[] = []
    for (let l = head[i]!; l !== -1; l = linkNext[l]!) out.push(linkTerm[l]!)
    return out.reverse()
  }
}

/** The value that would be at index `n` once `a` is sorted ascending (Hoare's selection, in place, linear on average). */
export function nthSmallest(a: Float64Array, n: number): number {
  let lo = 0
  let hi = a.length - 1
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!
    let i = lo
    let j = hi
    while (i <= j) {
      while (a[i]! < pivot) i++
      while (a[j]! > pivot) j--
      if (i <= j) {
        const t = a[i]!
        a[i] = a[j]!
        a[j] = t
        i++
        j--
      }
    }
    if (n <= j) hi = j
    else if (n >= i) lo = i
    else return a[n]!
  }
  return a[n]!
}
