import type { DifferenceCode } from './differences'
import { Fraction } from './fraction'
import { type DistantKin, FEMALE, type Relation, type School } from './relations'

interface Kin {
  relation: Relation
  count: number
}

/** The heir a distant kinsman stands for under tanzīl, each taken as one person. */
type Represented = 'daughter' | 'full_sister' | 'full_brother' | 'maternal_brother' | 'maternal_sister' | 'mother' | 'father' | 'uncle'

/**
 * Whom each distant kinsman stands for under tanzīl, how many steps from that heir he is (the nearer to the heir
 * takes his part), and his class (ṣinf) for the Hanafi order of proximity.
 */
const PLACE: Record<DistantKin, { through: Represented; steps: number; class: number }> = {
  daughters_son: { through: 'daughter', steps: 1, class: 1 },
  daughters_daughter: { through: 'daughter', steps: 1, class: 1 },
  maternal_grandfather: { through: 'mother', steps: 1, class: 2 },
  sisters_son: { through: 'full_sister', steps: 1, class: 3 },
  sisters_daughter: { through: 'full_sister', steps: 1, class: 3 },
  brothers_daughter: { through: 'full_brother', steps: 1, class: 3 },
  maternal_brothers_son: { through: 'maternal_brother', steps: 1, class: 3 },
  maternal_brothers_daughter: { through: 'maternal_brother', steps: 1, class: 3 },
  maternal_sisters_son: { through: 'maternal_sister', steps: 1, class: 3 },
  maternal_sisters_daughter: { through: 'maternal_sister', steps: 1, class: 3 },
  paternal_aunt: { through: 'father', steps: 1, class: 4 },
  maternal_uncle: { through: 'mother', steps: 1, class: 4 },
  maternal_aunt: { through: 'mother', steps: 1, class: 4 },
  // (cousins: a step further from the parent their own parent stands for; the paternal uncle's daughter stands
  // for the uncle, a residuary)
  uncles_daughter: { through: 'uncle', steps: 1, class: 5 },
  paternal_aunts_son: { through: 'father', steps: 2, class: 5 },
  paternal_aunts_daughter: { through: 'father', steps: 2, class: 5 },
  maternal_uncles_son: { through: 'mother', steps: 2, class: 5 },
  maternal_uncles_daughter: { through: 'mother', steps: 2, class: 5 },
  maternal_aunts_son: { through: 'mother', steps: 2, class: 5 },
  maternal_aunts_daughter: { through: 'mother', steps: 2, class: 5 },
}

// (called with the kindred `compute` picked out by DISTANT_KINDRED; the table holds every one of them)
const place = (r: Relation) => PLACE[r as DistantKin]

/**
 * How the distant kindred share what no sharer or residuary takes, as fractions of it that sum to one.
 * Hanbali (tanzīl): each stands in the place of the heir through whom he is related — daughter, sister, brother,
 * maternal brother or sister, mother, father or uncle, each taken as one person — those heirs' shares are computed among
 * themselves, and each heir's part goes to the nearest of those standing for him, shared equally, male and
 * female alike. Hanafi (qarāba): the nearest class takes everything (descendants, then the maternal grandfather,
 * then the siblings' children, then aunts and uncles, then their children), shared the male twice the female,
 * the aunts and uncles (or their children) of the father's side taking two thirds beside the mother's side's one
 * third. The finer Hanafi degrees within a class (strength of kinship, which child of which aunt) are not modelled.
 */
export function shareAmongDistantKindred(school: 'hanafi' | 'hanbali', kin: readonly Kin[]): Map<Relation, Fraction> {
  const out = new Map<Relation, Fraction>()
  if (school === 'hanafi') {
    const nearest = Math.min(...kin.map((k) => place(k.relation).class))
    const winners = kin.filter((k) => place(k.relation).class === nearest)
    const w = (k: Kin) => (FEMALE.has(k.relation) ? 1 : 2) * k.count
    // (aunts and uncles, and their children, of both sides: the father's side two thirds, the mother's one third)
    const sides = nearest >= 4 ? [winners.filter((k) => place(k.relation).through !== 'mother'), winners.filter((k) => place(k.relation).through === 'mother')] : [winners]
    const present = sides.filter((side) => side.length > 0)
    for (const side of present) {
      const part = present.length === 1 ? Fraction.ONE : side === sides[0] ? Fraction.of(2, 3) : Fraction.of(1, 3)
      const total = side.reduce((a, k) => a + w(k), 0)
      for (const k of side) out.set(k.relation, part.mul(w(k)).div(total))
    }
    return out
  }
  const stands = tanzil(new Set(kin.map((k) => place(k.relation).through)))
  for (const k of kin) {
    const { through, steps } = place(k.relation)
    const group = kin.filter((o) => place(o.relation).through === through)
    const nearest = Math.min(...group.map((o) => place(o.relation).steps))
    const heads = group.filter((o) => place(o.relation).steps === nearest).reduce((a, o) => a + o.count, 0)
    out.set(k.relation, steps === nearest ? (stands.get(through) ?? Fraction.ZERO).mul(k.count).div(heads) : Fraction.ZERO)
  }
  return out
}

/** The shares of the represented heirs among themselves (one of each), as fractions of the whole. */
function tanzil(heirs: Set<Represented>): Map<string, Fraction> {
  const fixed = new Map<string, Fraction>()
  const descendant = heirs.has('daughter')
  if (descendant) fixed.set('daughter', Fraction.of(1, 2))
  const maternal = (['maternal_brother', 'maternal_sister'] as const).filter((s) => heirs.has(s))
  const siblings = (['full_sister', 'full_brother'] as const).filter((s) => heirs.has(s)).length + maternal.length
  if (heirs.has('mother')) fixed.set('mother', descendant || siblings >= 2 ? Fraction.of(1, 6) : Fraction.of(1, 3))
  if (heirs.has('father')) fixed.set('father', descendant ? Fraction.of(1, 6) : Fraction.ZERO)
  const blockedSiblings = heirs.has('father')
  if (!blockedSiblings && heirs.has('full_sister') && !heirs.has('full_brother') && !descendant) fixed.set('full_sister', Fraction.of(1, 2))
  // (a maternal brother or sister takes a sixth — both, a third between them — unless a descendant or the father
  // excludes them)
  if (!blockedSiblings && !descendant) for (const m of maternal) fixed.set(m, Fraction.of(1, 6))
  const rest = [...fixed.values()].reduce((a, f) => a.sub(f), Fraction.ONE)
  // The residue goes to the nearest agnate represented: father, else the brother (with the sister), else a sister
  // with a daughter, else the uncle.
  const residuary = heirs.has('father')
    ? ['father']
    : heirs.has('full_brother')
      ? ['full_brother', ...(heirs.has('full_sister') ? ['full_sister'] : [])]
      : heirs.has('full_sister') && descendant
        ? ['full_sister']
        : heirs.has('uncle')
          ? ['uncle']
          : []
  if (residuary.length > 0 && rest.cmp(Fraction.ZERO) > 0) {
    const w = (r: string) => (r === 'full_sister' ? 1 : 2)
    const total = residuary.reduce((a, r) => a + w(r), 0)
    for (const r of residuary) fixed.set(r, (fixed.get(r) ?? Fraction.ZERO).add(rest.mul(w(r)).div(total)))
  }
  // More than the whole (a sister's half, the mother's third and a sixth): reduced in proportion (ʿawl); less:
  // returned to them in proportion (radd among the represented)
  const sumFixed = [...fixed.values()].reduce((a, b) => a.add(b), Fraction.ZERO)
  return new Map([...fixed].filter(([, f]) => !f.isZero()).map(([r, f]) => [r, f.div(sumFixed)]))
}

/** What the other schools hold when the distant kindred inherit. */
export function distantKindredNote(school: 'hanafi' | 'hanbali'): { schools: School[]; holds: DifferenceCode } {
  return school === 'hanafi' ? { schools: ['hanbali'], holds: 'kindred_tanzil' } : { schools: ['hanafi'], holds: 'kindred_nearest_class' }
}
