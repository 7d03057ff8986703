import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createBm25Scorer, nthSmallest, type ScoredTerm } from './bm25-scorer'

const PARAMS = { k1: 0.6, b: 0.5 }

/** The plain formula: every unit scored in a Map, then all of them sorted (ties by unit), as the scorer replaced. */
function reference(terms: ScoredTerm[], length: Int32Array, avgdl: number, limit: number, keep: ((i: number) => boolean) | null) {
  const score = new Map<number, { score: number; matched: number; terms: number[] }>()
  terms.forEach(({ unit, tf, weight, idf }, t) => {
    unit.forEach((i, j) => {
      if (keep && !keep(i)) return
      const f = tf[j]!
      const part = (weight * idf * f * (PARAMS.k1 + 1)) / (f + PARAMS.k1 * (1 - PARAMS.b + (PARAMS.b * length[i]!) / avgdl))
      const s = score.get(i) ?? { score: 0, matched: 0, terms: [] }
      s.score += part
      s.matched += weight
      s.terms.push(t)
      score.set(i, s)
    })
  })
  return [...score]
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, limit)
    .map(([unit, s]) => ({ unit, score: s.score, matchedWeight: s.matched, terms: s.terms }))
}

function randomTerms(seed: number, units: number): ScoredTerm[] {
  let x = seed
  const next = () => {
    x = (x * 48_271) % 2_147_483_647
    return x / 2_147_483_647
  }
  return Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
    const chosen = [...new Set(Array.from({ length: Math.floor(next() * units) }, () => Math.floor(next() * units)))]
    // Integer frequencies and few lengths: many units tie, which is where the order of ties shows.
    return { unit: Int32Array.from(chosen), tf: Float32Array.from(chosen, () => 1 + Math.floor(next() * 2)), weight: next() < 0.5 ? 1 : 0.3, idf: 1 + Math.floor(next() * 3) }
  })
}

describe('BM25 over postings in memory', () => {
  test('gives the same hits, scores, order of ties (by unit) and matched terms as scoring every unit and sorting them all', () => {
    const scoreUnits = createBm25Scorer()
    const length = Int32Array.from({ length: 500 }, (_, i) => 5 + (i % 3))
    for (let seed = 1; seed <= 200; seed++) {
      const terms = randomTerms(seed, length.length)
      const keep = seed % 3 === 0 ? (i: number) => i % 2 === 0 : null
      const limit = [1, 10, 100, 1000][seed % 4]!
      assert.deepEqual(scoreUnits(terms, length, 6, PARAMS, limit, keep), reference(terms, length, 6, limit, keep), `seed ${seed}`)
    }
  })

  test('a term given twice counts twice, and nothing of one query remains in the next', () => {
    const scoreUnits = createBm25Scorer()
    const length = Int32Array.from([10, 10, 10])
    const t = { unit: Int32Array.from([0, 2]), tf: Float32Array.from([1, 2]), weight: 1, idf: 1 }
    const twice = scoreUnits([t, t], length, 10, PARAMS, 10, null)
    assert.deepEqual(
      twice.map((h) => [h.unit, h.terms]),
      [
        [2, [0, 1]],
        [0, [0, 1]],
      ],
    )
    const other = scoreUnits([{ unit: Int32Array.from([1]), tf: Float32Array.from([1]), weight: 1, idf: 1 }], length, 10, PARAMS, 10, null)
    assert.deepEqual(
      other.map((h) => [h.unit, h.terms, h.matchedWeight]),
      [[1, [0], 1]],
    )
  })

  test('the selection finds the value a full sort puts at each place, ties and repeats included', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const values = Float64Array.from({ length: seed * 7 }, (_, i) => ((i * 7919 + seed * 104_729) % 13) / 4)
      const sorted = Float64Array.from(values).sort()
      for (let n = 0; n < values.length; n += 3) assert.equal(nthSmallest(Float64Array.from(values), n), sorted[n], `seed ${seed}, n ${n}`)
    }
  })
})
