import type { DifferenceCode } from './differences'
import { Fraction } from './fraction'
import { FEMALE, type Relation, type School } from './relations'

interface Kin {
  relation: Relation
  count: number
}

/** Whom each distant kinsman stands for under tanzīl, and his class (ṣinf) for the Hanafi order of proximity. */
const PLACE: Partial<Record<Relation, { through: 'daughter' | 'full_sister' | 'full_brother' | 'mother' | 'father'; class: number }>> = {
  daughters_son: { through: 'daughter', class: 1 },
  daughters_daughter: { through: 'daughter', class: 1 },
  maternal_grandfather: { through: 'mother', class: 2 },
  sisters_son: { through: 'full_sister', class: 3 },
  sisters_daughter: { through: 'full_sister', class: 3 },
  brothers_daughter: { through: 'full_brother', class: 3 },
  paternal_aunt: { through: 'father', class: 4 },
  maternal_uncle: { through: 'mother', class: 4 },
  maternal_aunt: { through: 'mother', class: 4 },
}

/**
 * How the distant kindred share what no sharer or residuary takes, as fractions of it that sum to one.
 * Hanbali (tanzīl): each stands in the place of the heir through whom he is related — daughter, sister,
 * brother, mother or father, each taken as one person — those heirs' shares are computed among themselves,
 * and each group divides its part equally, male and female alike. Hanafi (qarāba): the nearest class takes
 * everything (descendants, then the maternal grandfather, then the siblings' children, then aunts and uncles),
 * shared the male twice the female. The finer Hanafi degrees within a class are not modelled.
 */
export function shareAmongDistantKindred(school: 'hanafi' | 'hanbali', kin: readonly Kin[]): Map<Relation, Fraction> {
  const out = new Map<Relation, Fraction>()
  if (school === 'hanafi') {
    const nearest = Math.min(...kin.map((k) => PLACE[k.relation]!.class))
    const winners = kin.filter((k) => PLACE[k.relation]!.class === nearest)
    const w = (k: Kin) => (FEMALE.has(k.relation) ? 1 : 2) * k.count
    const total = winners.reduce((a, k) => a + w(k), 0)
    for (const k of winners) out.set(k.relation, Fraction.of(w(k), total))
    return out
  }
  const stands = tanzil(new Set(kin.map((k) => PLACE[k.relation]!.through)))
  for (const k of kin) {
    const through = PLACE[k.relation]!.through
    const group = kin.filter((o) => PLACE[o.relation]!.through === through).reduce((a, o) => a + o.count, 0)
    out.set(k.relation, (stands.get(through) ?? Fraction.ZERO).mul(k.count).div(group))
  }
  return out
}

/** The shares of the represented heirs among themselves (one of each), as fractions of the whole. */
function tanzil(heirs: Set<'daughter' | 'full_sister' | 'full_brother' | 'mother' | 'father'>): Map<string, Fraction> {
  const fixed = new Map<string, Fraction>()
  const descendant = heirs.has('daughter')
  if (descendant) fixed.set('daughter', Fraction.of(1, 2))
  const twoSiblings = heirs.has('full_sister') && heirs.has('full_brother')
  if (heirs.has('mother')) fixed.set('mother', descendant || twoSiblings ? Fraction.of(1, 6) : Fraction.of(1, 3))
  if (heirs.has('father')) fixed.set('father', descendant ? Fraction.of(1, 6) : Fraction.ZERO)
  const blockedSiblings = heirs.has('father')
  if (!blockedSiblings && heirs.has('full_sister') && !heirs.has('full_brother') && !descendant) fixed.set('full_sister', Fraction.of(1, 2))
  const rest = [...fixed.values()].reduce((a, f) => a.sub(f), Fraction.ONE)
  // The residue goes to the nearest agnate represented: father, else the brother (with the sister), else a sister with a daughter.
  const residuary = heirs.has('father')
    ? ['father']
    : heirs.has('full_brother')
      ? ['full_brother', ...(heirs.has('full_sister') ? ['full_sister'] : [])]
      : heirs.has('full_sister') && descendant
        ? ['full_sister']
        : []
  if (residuary.length > 0) {
    const w = (r: string) => (r === 'full_sister' ? 1 : 2)
    const total = residuary.reduce((a, r) => a + w(r), 0)
    for (const r of residuary) fixed.set(r, (fixed.get(r) ?? Fraction.ZERO).add(rest.mul(w(r)).div(total)))
  }
  const sumFixed = [...fixed.values()].reduce((a, b) => a.add(b), Fraction.ZERO)
  // Anything left returns to them in proportion (radd among the represented).
  return new Map([...fixed].filter(([, f]) => !f.isZero()).map(([r, f]) => [r, f.div(sumFixed)]))
}

/** What the other schools hold when the distant kindred inherit. */
export function distantKindredNote(school: 'hanafi' | 'hanbali'): { schools: School[]; holds: DifferenceCode } {
  return school === 'hanafi' ? { schools: ['hanbali'], holds: 'kindred_tanzil' } : { schools: ['hanafi'], holds: 'kindred_nearest_class' }
}
