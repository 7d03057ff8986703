import { type Distribution, distribute, type InheritanceCase } from './compute'
import { Fraction, lcm, sihaamOf } from './fraction'
import type { Relation } from './relations'

import type { OUTCOMES, UNBORN } from '../../contract/inheritance'

/** Whose child the unborn is, as the male heir it would be (its sister is the female one). */
export type Unborn = (typeof UNBORN)[number]
export const UNBORN_SISTER: Record<Unborn, Relation> = {
  son: 'daughter',
  sons_son: 'sons_daughter',
  full_brother: 'full_sister',
  paternal_brother: 'paternal_sister',
  maternal_brother: 'maternal_sister',
}

/** What the unborn may turn out to be: born dead, one or two children of either sex. */
export type Outcome = (typeof OUTCOMES)[number]
export const OUTCOME_CHILDREN: Record<Outcome, [number, number]> = { none: [0, 0], male: [1, 0], female: [0, 1], two_males: [2, 0], two_females: [0, 2], male_and_female: [1, 1] }

/**
 * The possibilities the heirs are given the least of. Hanbali: up to two children (Ahmad: twins are common,
 * more are rare), as the later Shafiʿi and Maliki manuals that divide before the birth do; Hanafi (Abu Yusuf,
 * the fatwa of the school): one child.
 */
function outcomesOf(school: InheritanceCase['school']): Outcome[] {
  return school === 'hanafi' ? ['none', 'male', 'female'] : ['none', 'male', 'female', 'two_males', 'two_females', 'male_and_female']
}

interface PregnancyScenario {
  outcome: Outcome
  distribution: Distribution
}

export interface PregnancyDistribution {
  unborn: Unborn
  scenarios: PregnancyScenario[]
  /** al-jāmiʿa: the least common multiple of the scenarios' corrected bases, in which everything is counted. */
  base: bigint
  /** Each present heir's part now: the least it receives in any scenario, of the estate and in shares of `base`. */
  heirs: { relation: Relation; count: number; share: Fraction; sihaam: bigint }[]
  /** What is held back until the birth, of the estate and in shares of `base`. */
  reserved: Fraction
  reservedSihaam: bigint
}

/** The family as it is if the unborn turns out `outcome`. */
export function withOutcome(c: InheritanceCase, unborn: Unborn, outcome: Outcome): InheritanceCase {
  const [males, females] = OUTCOME_CHILDREN[outcome]
  const heirs = c.heirs.map((h) => ({ ...h }))
  const add = (relation: Relation, count: number) => {
    if (count === 0) return
    const h = heirs.find((x) => x.relation === relation && !x.barred)
    if (h) h.count += count
    else heirs.push({ relation, count })
  }
  add(unborn, males)
  add(UNBORN_SISTER[unborn], females)
  return { ...c, heirs }
}

/**
 * A division before the birth (qismat al-ḥaml): the case computed as each possibility of the unborn, every
 * present heir given the least of its parts (nothing when some possibility excludes it), the rest held back;
 * all counted in the least common multiple of the scenarios' bases.
 */
export function distributeWithPregnancy(c: InheritanceCase, unborn: Unborn): PregnancyDistribution {
  const scenarios = outcomesOf(c.school).map((outcome) => ({ outcome, distribution: distribute(withOutcome(c, unborn, outcome)) }))
  const base = scenarios.reduce((b, s) => lcm(b, s.distribution.baseFinal), 1n)
  const heirs = c.heirs.map((h) => {
    const share = scenarios
      .map((s) => s.distribution.heirs.find((x) => x.relation === h.relation && x.barred === h.barred))
      .map((x) => (x ? x.share.mul(h.count).div(x.count) : Fraction.ZERO))
      .reduce((a, b) => (b.cmp(a) < 0 ? b : a))
    return { relation: h.relation, count: h.count, share, sihaam: sihaamOf(share, base) }
  })
  const given = heirs.reduce((a, h) => a.add(h.share), Fraction.ZERO)
  const reserved = Fraction.ONE.sub(given)
  return { unborn, scenarios, base, heirs, reserved, reservedSihaam: sihaamOf(reserved, base) }
}
