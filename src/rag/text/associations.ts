import type { Lang } from './analyze'

/**
 * Word associations learned from aligned texts (the same verse in Arabic, French and English), so a question's
 * words reach the words the sources use in other languages without anyone writing the pairs by hand. The table
 * is IBM Model 1's translation probability t(target | source), learned by expectation–maximisation over the
 * aligned units' analysed terms: a pair that co-occurs only by chance loses its mass to the word that explains
 * the target better, which plain co-occurrence counts cannot do.
 */
export type AlignedUnit = Partial<Record<Lang, string[]>>

type Table = Map<string, Map<string, number>>

export interface AssociationOptions {
  iterations?: number
  /** Associations below this probability are dropped (noise of the EM's spread). */
  minProbability?: number
  /** At most this many associations kept per source term. */
  perTerm?: number
}

interface Pair {
  source: string[]
  target: string[]
}

/** Terms as small integers: the EM touches millions of (source, target) cells and string keys make it slow. */
class Interner {
  readonly ids = new Map<string, number>()
  readonly terms: string[] = []
  id(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.ids.set(term, id)
      this.terms.push(term)
    }
    return id
  }
}

/**
 * One EM run of IBM Model 1 over pairs; returns t(target | source), with a NULL source absorbing function words.
 * Each distinct (source, target) cell gets an index once, and each pair lists its cells, so the iterations are
 * plain array arithmetic.
 */
function trainModel1(pairs: Pair[], iterations: number): Table {
  const src = new Interner()
  const tgt = new Interner()
  src.id('\u0000')
  const cellIds = new Map<number, number>()
  const cellSource: number[] = []
  const cellTarget: number[] = []
  const encoded = pairs.map((p) => ({ source: [0, ...p.source.map((w) => src.id(w))], target: p.target.map((w) => tgt.id(w)) }))
  const width = Math.max(1, tgt.terms.length)
  const occurrences: number[] = []
  const spans: Array<{ start: number; sources: number; targets: number }> = []
  for (const { source, target } of encoded) {
    spans.push({ start: occurrences.length, sources: source.length, targets: target.length })
    for (const w of target) {
      for (const s of source) {
        const key = s * width + w
        let cell = cellIds.get(key)
        if (cell === undefined) {
          cell = cellSource.length
          cellIds.set(key, cell)
          cellSource.push(s)
          cellTarget.push(w)
        }
        occurrences.push(cell)
      }
    }
  }
  const cells = Int32Array.from(occurrences)
  let t = new Float64Array(cellSource.length).fill(1)
  for (let it = 0; it < iterations; it++) {
    const counts = new Float64Array(t.length)
    for (const span of spans) {
      for (let j = 0; j < span.targets; j++) {
        const row = span.start + j * span.sources
        let norm = 0
        for (let i = 0; i < span.sources; i++) norm += t[cells[row + i]!]!
        for (let i = 0; i < span.sources; i++) counts[cells[row + i]!]! += t[cells[row + i]!]! / norm
      }
    }
    const totals = new Float64Array(src.terms.length)
    for (let c = 0; c < counts.length; c++) totals[cellSource[c]!]! += counts[c]!
    for (let c = 0; c < counts.length; c++) counts[c] = counts[c]! / totals[cellSource[c]!]!
    t = counts
  }
  const table: Table = new Map()
  for (let c = 0; c < t.length; c++) {
    if (cellSource[c] === 0) continue
    const term = src.terms[cellSource[c]!]!
    const row = table.get(term) ?? new Map<string, number>()
    table.set(term, row)
    row.set(tgt.terms[cellTarget[c]!]!, t[c]!)
  }
  return table
}

function prune(t: Table, minProbability: number, perTerm: number): Table {
  const out: Table = new Map()
  for (const [s, row] of t) {
    const kept = [...row].filter(([w, p]) => p >= minProbability && w !== s).sort((a, b) => b[1] - a[1])
    if (kept.length > 0) out.set(s, new Map(kept.slice(0, perTerm)))
  }
  return out
}

interface WeightedAssociation {
  term: string
  weight: number
}

export interface Associations {
  /** Weighted source-language terms → associated terms in the other languages, weighted by source weight × probability. */
  expand(terms: readonly WeightedAssociation[], from: Lang, opts?: { pivot?: number }): WeightedAssociation[]
  readonly pairs: number
  /** One line per (direction, source term): `ar>en<TAB>term<TAB>target:p target:p`, sorted, probabilities to 3 decimals. */
  serialise(): string
}

const LANGS: readonly Lang[] = ['ar', 'fr', 'en']

/** Learns one table per ordered language pair from units holding at least those two languages. */
export function learnAssociations(units: readonly AlignedUnit[], opts: AssociationOptions = {}): Associations {
  const iterations = opts.iterations ?? 5
  const minProbability = opts.minProbability ?? 0.1
  const perTerm = opts.perTerm ?? 3
  const tables = new Map<string, Table>()
  for (const from of LANGS) {
    for (const to of LANGS) {
      if (from === to) continue
      const pairs: Pair[] = []
      for (const u of units) {
        const source = u[from]
        const target = u[to]
        if (source?.length && target?.length) pairs.push({ source: [...new Set(source)], target: [...new Set(target)] })
      }
      if (pairs.length > 0) tables.set(`${from}>${to}`, prune(trainModel1(pairs, iterations), minProbability, perTerm))
    }
  }
  return fromTables(tables)
}

/** Reads what `serialise()` wrote. */
export function parseAssociations(text: string): Associations {
  const tables = new Map<string, Table>()
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue
    const [direction, source, targets] = line.split('\t')
    if (!direction || !source || !targets) throw new Error(`associations: malformed line "${line.slice(0, 60)}"`)
    const table = tables.get(direction) ?? new Map<string, Map<string, number>>()
    tables.set(direction, table)
    table.set(
      source,
      new Map(
        targets.split(' ').map((pair) => {
          const at = pair.lastIndexOf(':')
          return [pair.slice(0, at), Number(pair.slice(at + 1))]
        }),
      ),
    )
  }
  return fromTables(tables)
}

function fromTables(tables: Map<string, Table>): Associations {
  return {
    pairs: [...tables.values()].reduce((n, t) => n + [...t.values()].reduce((m, row) => m + row.size, 0), 0),
    serialise() {
      const lines: string[] = []
      for (const direction of [...tables.keys()].sort()) {
        const table = tables.get(direction)!
        for (const source of [...table.keys()].sort()) {
          const targets = [...table.get(source)!].map(([w, p]) => `${w}:${p.toFixed(3)}`).join(' ')
          lines.push(`${direction}\t${source}\t${targets}`)
        }
      }
      return `${lines.join('\n')}\n`
    },
    expand(terms, from, { pivot = 0 } = {}) {
      const weights = new Map<string, number>()
      const own = new Set(terms.map((t) => t.term))
      const add = (w: string, weight: number) => {
        if (!own.has(w)) weights.set(w, Math.max(weights.get(w) ?? 0, weight))
      }
      for (const to of LANGS) {
        const table = tables.get(`${from}>${to}`)
        if (!table) continue
        const back = tables.get(`${to}>${from}`)
        for (const s of terms) {
          for (const [w, p] of table.get(s.term) ?? []) {
            add(w, s.weight * p)
            // Through the other language and back: the source language's own synonyms (a paraphrase table).
            if (pivot > 0) for (const [v, q] of back?.get(w) ?? []) add(v, pivot * s.weight * p * q)
          }
        }
      }
      return [...weights].map(([term, weight]) => ({ term, weight }))
    },
  }
}
