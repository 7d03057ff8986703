import type { Barrier, Relation } from './relations'

/**
 * The heirs a parser reads (Arabic or French/English): each relation counted once, the relatives barred from
 * inheriting apart, by relation and reason.
 */
export function heirTally() {
  const heirs = new Map<Relation, number>()
  const barred = new Map<string, { relation: Relation; count: number; barred: Barrier }>()
  const put = (relation: Relation, count: (had: number) => number, bar?: Barrier) => {
    if (!bar) return void heirs.set(relation, count(heirs.get(relation) ?? 0))
    const key = `${relation}/${bar}`
    barred.set(key, { relation, count: count(barred.get(key)?.count ?? 0), barred: bar })
  }
  return {
    /** The heirs who may inherit, by relation. */
    heirs,
    add: (relation: Relation, count: number, bar?: Barrier) => put(relation, (had) => had + count, bar),
    set: (relation: Relation, count: number, bar?: Barrier) => put(relation, () => count, bar),
    /** Every relation named, barred or not (a barred spouse still says who died). */
    named: () => new Set([...heirs.keys(), ...[...barred.values()].map((b) => b.relation)]),
    barredFor: (bar: Barrier) => [...barred.values()].some((b) => b.barred === bar),
    list: () => [...[...heirs].map(([relation, count]) => ({ relation, count })), ...barred.values()],
  }
}
