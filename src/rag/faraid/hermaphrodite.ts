import { type Distribution, distribute, type InheritanceCase, partOf } from './compute'
import type { DifferenceCode } from './differences'
import { Fraction, lcm, sihaamOf } from './fraction'
import { UNBORN_SISTER, type Unborn, withOutcome } from './pregnancy'
import type { Relation, School } from './relations'

/**
 * al-khunthā al-mushkil: an heir whose sex cannot be told, named by the male heir of his line (a child of the
 * deceased: `son`; of a son: `sons_son`; a brother or sister: `full_brother`…). The female of each line is the
 * unborn heir's sister: the same lines, the same counterparts.
 */
export type HermaphroditeLine = Unborn
const HERMAPHRODITE_FEMALE: Record<HermaphroditeLine, Relation> = UNBORN_SISTER

/**
 * How the schools divide while his sex is unknown (Ibn Qudāma, al-Mughnī, bāb mīrāth al-khunthā):
 * - `least`: every heir, he too, takes the least of his parts as a male and as a female; the rest waits until
 *   his sex is clear or the heirs settle (al-Shāfiʿī; Aḥmad while there is hope that it becomes clear);
 * - `average`: every heir takes half of his two parts (Mālik; Aḥmad when there is no hope, as in an adult);
 * - `worse_for_him`: he takes the worse of his two parts and the others what they take in that reading (Abū Ḥanīfa).
 */
export type HermaphroditeMethod = 'least' | 'average' | 'worse_for_him'

export function hermaphroditeMethod(school: School, hope: boolean): HermaphroditeMethod {
  if (school === 'hanafi') return 'worse_for_him'
  if (school === 'shafii') return 'least'
  if (school === 'maliki') return 'average'
  return hope ? 'least' : 'average'
}

/** What the other schools hold, for the answer to say beside the one it follows. */
function hermaphroditeDifferences(school: School): { schools: School[]; holds: DifferenceCode }[] {
  const others: { schools: School[]; holds: DifferenceCode }[] = [
    { schools: ['hanafi'], holds: 'hermaphrodite_worse_for_him' },
    { schools: ['shafii'], holds: 'hermaphrodite_least' },
    { schools: ['maliki'], holds: 'hermaphrodite_average' },
    { schools: ['hanbali'], holds: 'hermaphrodite_by_hope' },
  ]
  return others.filter((o) => !o.schools.includes(school))
}

export interface HermaphroditeDistribution {
  line: HermaphroditeLine
  hope: boolean
  method: HermaphroditeMethod
  /** The case with him read as a male, and as a female. */
  male: Distribution
  female: Distribution
  /** The base everything is counted in: the two readings' common base (twice it when parts are halved). */
  base: bigint
  /** Each listed heir's part now, of the estate and in shares of `base`. */
  heirs: { relation: Relation; count: number; share: Fraction; sihaam: bigint }[]
  /** His own part now. */
  share: Fraction
  sihaam: bigint
  treasury: Fraction
  /** What waits until his sex is clear (with `least`), of the estate and in shares of `base`. */
  reserved: Fraction
  reservedSihaam: bigint
  /** What the other schools do, for the answer to say. */
  differences: { schools: School[]; holds: DifferenceCode }[]
}

const least = (a: Fraction, b: Fraction) => (b.cmp(a) < 0 ? b : a)
const half = (a: Fraction, b: Fraction) => a.add(b).div(2)

/** The division with one heir of unknown sex, as the case's school makes it (`hermaphroditeMethod`). */
export function distributeWithHermaphrodite(c: InheritanceCase, line: HermaphroditeLine, hope: boolean): HermaphroditeDistribution {
  const method = hermaphroditeMethod(c.school, hope)
  // (read as a male or a female, he is one more of his line, as an unborn child born a boy or a girl)
  const male = distribute(withOutcome(c, line, 'male'))
  const female = distribute(withOutcome(c, line, 'female'))
  const his = (d: Distribution, sex: 'male' | 'female') => partOf(d, sex === 'male' ? line : HERMAPHRODITE_FEMALE[line], undefined, 1)
  const asMale = his(male, 'male')
  const asFemale = his(female, 'female')
  // (Abū Ḥanīfa: the reading worse for him decides everyone's part; equal either way, he is read as a male)
  const worse = asFemale.cmp(asMale) < 0 ? female : male
  const combine = (a: Fraction, b: Fraction, w: Fraction) => (method === 'least' ? least(a, b) : method === 'average' ? half(a, b) : w)
  const heirs = c.heirs.map((h) => {
    const [a, b, w] = [male, female, worse].map((d) => partOf(d, h.relation, h.barred, h.count)) as [Fraction, Fraction, Fraction]
    return { relation: h.relation, count: h.count, share: combine(a, b, w) }
  })
  const share = combine(asMale, asFemale, worse === male ? asMale : asFemale)
  const treasury = combine(male.treasury, female.treasury, worse.treasury)
  const reserved = heirs.reduce((r, h) => r.sub(h.share), Fraction.ONE.sub(treasury).sub(share))
  const common = lcm(male.baseFinal, female.baseFinal)
  const base = method === 'worse_for_him' ? worse.baseFinal : method === 'average' ? common * 2n : common
  return {
    line,
    hope,
    method,
    male,
    female,
    base,
    heirs: heirs.map((h) => ({ ...h, sihaam: sihaamOf(h.share, base) })),
    share,
    sihaam: sihaamOf(share, base),
    treasury,
    reserved,
    reservedSihaam: sihaamOf(reserved, base),
    differences: hermaphroditeDifferences(c.school),
  }
}
