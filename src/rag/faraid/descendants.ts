import { BASIS, type Basis } from './basis'
import { Fraction } from './fraction'
import type { Relation } from './relations'

/**
 * The descendants through sons, generation by generation: the same rules hold at each level, one level down.
 * A male excludes everyone below him; the females of the highest level take a half (one) or two thirds (several),
 * the next level's females a sixth beside a single half, and once two thirds are taken the females below inherit
 * only beside a male of their own level or lower, who takes them with him (al-qarīb al-mubārak).
 */
export const MALE_DESCENDANTS = ['son', 'sons_son', 'sons_sons_son'] as const satisfies readonly Relation[]
export const FEMALE_DESCENDANTS = ['daughter', 'sons_daughter', 'sons_sons_daughter'] as const satisfies readonly Relation[]

type Count = (r: Relation) => number
type Live = (r: Relation) => boolean

/** Exclusion among descendants: by a male above, and by the females above once they have two thirds. */
export function descendantExclusion(n: Count, live: Live, block: (r: Relation, by: Relation[]) => void): void {
  for (let g = 1; g < MALE_DESCENDANTS.length; g++) {
    const above = MALE_DESCENDANTS.slice(0, g)
    block(MALE_DESCENDANTS[g]!, above)
    block(FEMALE_DESCENDANTS[g]!, above)
  }
  let sixths = 0
  const holders: Relation[] = []
  for (let g = 0; g < FEMALE_DESCENDANTS.length; g++) {
    const female = FEMALE_DESCENDANTS[g]!
    if (!live(female) || live(MALE_DESCENDANTS[g]!)) continue
    if (sixths >= 4) {
      if (!MALE_DESCENDANTS.slice(g + 1).some(live)) block(female, holders)
      continue
    }
    sixths = sixths === 3 ? 4 : n(female) === 1 ? 3 : 4
    holders.push(female)
  }
}

/** The females' fixed shares, level by level from the top, until a male of their level makes them residuaries. */
export function descendantShares(n: Count, live: Live, fard: (r: Relation, f: Fraction, ...basis: Basis[]) => void): void {
  let taken = Fraction.ZERO
  for (let g = 0; g < FEMALE_DESCENDANTS.length; g++) {
    if (live(MALE_DESCENDANTS[g]!)) return
    const female = FEMALE_DESCENDANTS[g]!
    if (!live(female)) continue
    if (taken.isZero()) {
      taken = n(female) === 1 ? Fraction.of(1, 2) : Fraction.of(2, 3)
      fard(female, taken, BASIS.children)
    } else if (taken.cmp(Fraction.of(1, 2)) === 0) {
      taken = Fraction.of(2, 3)
      fard(female, Fraction.of(1, 6), BASIS.sonsDaughterAndSister)
    }
  }
}

/** The females above a residuary grandson who have no share of their own: they take the residue with him. */
export function femalesTakenAlong(agnate: Relation, live: Live, hasFard: (r: Relation) => boolean): Relation[] {
  const level = (MALE_DESCENDANTS as readonly Relation[]).indexOf(agnate)
  if (level < 1) return []
  return FEMALE_DESCENDANTS.slice(0, level).filter((f) => live(f) && !hasFard(f))
}
