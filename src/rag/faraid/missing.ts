import { type Distribution, distribute, type InheritanceCase, partOf } from './compute'
import { Fraction, lcm, sihaamOf } from './fraction'
import type { Relation } from './relations'

/** Heirs whose whereabouts and life are unknown (al-mafqūd): `count` of the `relation` group the case lists. */
export interface Missing {
  relation: Relation
  count: number
}

export interface MissingDistribution {
  missing: Missing
  /** The case with the missing heirs alive, and without them (dead before the deceased, or judged dead). */
  alive: Distribution
  dead: Distribution
  /** al-jāmiʿa: the least common multiple of the two corrected bases, in which everything is counted. */
  base: bigint
  /** Each present heir's part now: the least it receives either way, of the estate and in shares of `base`. */
  heirs: { relation: Relation; count: number; share: Fraction; sihaam: bigint }[]
  /** What goes to the public treasury either way. */
  treasury: Fraction
  /** What is held back until the missing return or are judged dead, of the estate and in shares of `base`. */
  reserved: Fraction
  reservedSihaam: bigint
  /** The missing heirs' own part if they are alive (within the reserve). */
  missingShare: Fraction
  missingSihaam: bigint
}

/** The case without the missing heirs. */
function withoutMissing(c: InheritanceCase, missing: Missing): InheritanceCase {
  const heirs = c.heirs.flatMap((h) => (h.relation === missing.relation && !h.barred ? (h.count > missing.count ? [{ ...h, count: h.count - missing.count }] : []) : [h]))
  return { ...c, heirs }
}

/**
 * The division while heirs are missing (qismat al-mafqūd), as the four schools do it: the case is computed with
 * them alive and without them; every present heir takes now the least of its two parts (nothing when either
 * excludes it), and the rest — the missing heirs' part if alive, and what the others would gain if they are not —
 * is held back until they return or a judge declares them dead. All is counted in the two bases' common multiple.
 */
export function distributeWithMissing(c: InheritanceCase, missing: Missing): MissingDistribution {
  const alive = distribute(c)
  const dead = distribute(withoutMissing(c, missing))
  const base = lcm(alive.baseFinal, dead.baseFinal)
  const heirs = c.heirs.flatMap((h) => {
    const count = h.relation === missing.relation && !h.barred ? h.count - missing.count : h.count
    if (count <= 0) return []
    const a = partOf(alive, h.relation, h.barred, count)
    const b = partOf(dead, h.relation, h.barred, count)
    const share = b.cmp(a) < 0 ? b : a
    return [{ relation: h.relation, count, share, sihaam: sihaamOf(share, base) }]
  })
  const treasury = dead.treasury.cmp(alive.treasury) < 0 ? dead.treasury : alive.treasury
  const reserved = heirs.reduce((r, h) => r.sub(h.share), Fraction.ONE.sub(treasury))
  const missingShare = partOf(alive, missing.relation, undefined, missing.count)
  return { missing, alive, dead, base, heirs, treasury, reserved, reservedSihaam: sihaamOf(reserved, base), missingShare, missingSihaam: sihaamOf(missingShare, base) }
}
