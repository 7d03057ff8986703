import type { Distribution, InheritanceCase } from './compute'
import { PATERNAL_OF, type Relation } from './relations'

/** The case as said, and with the kin said « full or through the father » read as through the father. */
export function eitherReadings(c: InheritanceCase, either: readonly Relation[]): [InheritanceCase, InheritanceCase] {
  const paternal = c.heirs.map((h) => (either.includes(h.relation) && !h.barred ? { ...h, relation: PATERNAL_OF[h.relation] ?? h.relation } : h))
  return [c, { ...c, heirs: paternal }]
}

/** Two readings divide alike: the same shares, heir by heir in the same order, out of the same base. */
export function sameDivision(a: Distribution, b: Distribution): boolean {
  return a.baseFinal === b.baseFinal && a.heirs.length === b.heirs.length && a.heirs.every((h, i) => h.share.cmp(b.heirs[i]!.share) === 0 && !h.blockedBy === !b.heirs[i]!.blockedBy)
}
