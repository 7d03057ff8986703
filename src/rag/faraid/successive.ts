import { type Distribution, distribute, type InheritanceCase } from './compute'
import { Fraction, gcd, lcm, sihaamOf } from './fraction'
import { type Barrier, FEMALE, type Relation, type Sex } from './relations'
import { laterKinProblem } from './successive-kin'

/** An heir of the later deceased, named from his side; `sameAs` when he is one of the first deceased's heirs too. */
interface LaterHeir {
  relation: Relation
  count: number
  barred?: Barrier
  /** The first deceased's heirs of that relation are these same people (the son's mother is the deceased's wife). */
  sameAs?: Relation
}

/** One of the first deceased's heirs who died before the estate was divided, and his own heirs. */
export interface LaterDeath {
  of: Relation
  heirs: readonly LaterHeir[]
}

/** A line of the combined division: the people, their part of the first estate, and in shares of the combined base. */
interface CombinedShare {
  relation: Relation
  count: number
  /** The later deceased they inherit from, when they are not the first deceased's own heirs. */
  via?: Relation
  share: Fraction
  sihaam: bigint
}

export interface SuccessiveDistribution {
  first: Distribution
  later: { of: Relation; deceased: Sex; share: Fraction; distribution: Distribution }[]
  /** al-jāmiʿa: the base in which every part of the first estate, through every death, is whole, built as the books do. */
  base: bigint
  heirs: CombinedShare[]
  treasury: Fraction
}

/** Why later deaths cannot be divided for as given; empty when they can. */
export function laterDeathProblems(c: InheritanceCase, deaths: readonly LaterDeath[]): string[] {
  const problems: string[] = []
  const d = distribute(c)
  deaths.forEach((death, k) => {
    const at = `later_deaths[${k}]`
    const group = d.heirs.find((h) => h.relation === death.of && !h.barred)
    if (!group) return void problems.push(`${at}: «${death.of}» is not among the heirs`)
    const dying = deaths.filter((x) => x.of === death.of).length
    if (dying > group.count) problems.push(`${at}: ${dying} of «${death.of}» died later, who are ${group.count}`)
    if (group.share.isZero()) problems.push(`${at}: «${death.of}» inherits nothing here, so his death before the division changes nothing`)
    const sex = FEMALE.has(death.of) ? 'female' : 'male'
    if (sex === 'female' && death.heirs.some((h) => h.relation === 'wife')) problems.push(`${at}: a deceased woman leaves no wife`)
    if (sex === 'male' && death.heirs.some((h) => h.relation === 'husband')) problems.push(`${at}: a deceased man leaves no husband`)
    const used = new Set<Relation>()
    for (const h of death.heirs) {
      const kin = laterKinProblem(c.deceased, death.of, h)
      if (kin) problems.push(`${at}: ${kin}`)
      if (!h.sameAs) continue
      const same = d.heirs.find((g) => g.relation === h.sameAs && !g.barred)
      const living = (same?.count ?? 0) - deaths.filter((x) => x.of === h.sameAs).length
      if (!same || living < 1) problems.push(`${at}: same_as «${h.sameAs}» is not among the first deceased's living heirs`)
      else if (living !== h.count) problems.push(`${at}: «${h.relation}» are ${h.count}, but the living «${h.sameAs}» are ${living}`)
      if (FEMALE.has(h.relation) !== FEMALE.has(h.sameAs)) problems.push(`${at}: «${h.relation}» cannot be the same people as «${h.sameAs}»`)
      if (used.has(h.sameAs)) problems.push(`${at}: same_as «${h.sameAs}» is given twice`)
      used.add(h.sameAs)
    }
  })
  return problems
}

/**
 * The division when heirs die before the estate is divided (al-munāsakhāt): the first estate is divided among
 * the heirs alive at the first death; each later deceased's part is then divided among his own heirs, as his own
 * case. What each line receives of the first estate is added up — the first deceased's living heirs keep their
 * parts and receive what comes to them again through a later death (`sameAs`) — and counted in al-jāmiʿa as the
 * books build it (not reduced: 720 rather than 180 for the classic case). Each later death is divided on its own:
 * its heirs as the user lists them, alive at his death.
 */
export function distributeSuccessive(c: InheritanceCase, deaths: readonly LaterDeath[]): SuccessiveDistribution {
  const first = distribute(c)
  const lines = new Map<string, { relation: Relation; count: number; via?: Relation; share: Fraction }>()
  for (const h of first.heirs) {
    if (h.barred || h.share.isZero()) continue
    const living = h.count - deaths.filter((x) => x.of === h.relation).length
    if (living > 0) lines.set(h.relation, { relation: h.relation, count: living, share: h.each.mul(Fraction.of(living)) })
  }
  let treasury = first.treasury
  const later = deaths.map((death, k) => {
    const deceased: Sex = FEMALE.has(death.of) ? 'female' : 'male'
    const share = first.heirs.find((h) => h.relation === death.of && !h.barred)!.each
    const distribution = distribute({ deceased, school: c.school, heirs: death.heirs.map(({ sameAs: _, ...h }) => h) })
    treasury = treasury.add(share.mul(distribution.treasury))
    for (const h of distribution.heirs) {
      if (h.barred || h.share.isZero()) continue
      const part = share.mul(h.share)
      const same = death.heirs.find((x) => x.relation === h.relation && !x.barred)?.sameAs
      const key = same ?? `${k}:${h.relation}`
      const line = lines.get(key)
      if (line) line.share = line.share.add(part)
      else lines.set(key, { relation: h.relation, count: h.count, via: death.of, share: part })
    }
    return { of: death.of, deceased, share, distribution }
  })
  const all = [...lines.values()]
  // (as the books build it: the first base, times each later base over its common factor with the dead heir's
  // shares (waqf); raised further only if a part is still not whole)
  const built = later.reduce((j, l) => {
    const s = sihaamOf(l.share, j)
    return j * (l.distribution.baseFinal / gcd(s, l.distribution.baseFinal))
  }, first.baseFinal)
  const base = [...all.map((l) => l.share), treasury].reduce((b, f) => (f.isZero() || b % f.d === 0n ? b : lcm(b, f.d)), built)
  return {
    first,
    later,
    base,
    heirs: all.map((l) => ({ ...l, sihaam: sihaamOf(l.share, base) })),
    treasury,
  }
}
