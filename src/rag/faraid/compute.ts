import { BASIS, type Basis } from './basis'
import type { DifferenceCode } from './differences'
import { descendantExclusion, descendantShares, FEMALE_DESCENDANTS, femalesTakenAlong, MALE_DESCENDANTS } from './descendants'
import { distantKindredNote, shareAmongDistantKindred } from './distant-kindred'
import { Fraction, lcm, sihaamOf, sum } from './fraction'
import { shareWithSiblings } from './grandfather'
import { type Barrier, DISTANT_KINDRED, FEMALE, MAX_COUNT, MAX_OTHER, RELATIONS, type Relation, type School, type Sex } from './relations'

export interface HeirInput {
  relation: Relation
  count: number
  /** Barred from inheriting (mawāniʿ al-irth): listed, given nothing, and counted for nothing. */
  barred?: Barrier
}

export interface InheritanceCase {
  deceased: Sex
  heirs: readonly HeirInput[]
  school: School
}

type Residuary = 'bi_nafsihi' | 'bi_ghayrihi' | 'maa_ghayrihi'

interface HeirShare {
  relation: Relation
  count: number
  /** The fixed share of the whole group before ʿawl or radd, when it has one. */
  fard?: Fraction
  residuary?: Residuary
  /** The group's part of the estate, and each member's. */
  share: Fraction
  each: Fraction
  /** The group's shares out of `baseFinal`. */
  sihaam: bigint
  /** Who excludes this heir (empty for distant kindred when sharers or residuaries take everything). */
  blockedBy?: Relation[]
  /** What bars this relative from inheriting. */
  barred?: Barrier
  basis: Basis[]
}

type NotableCase = 'umariyya' | 'mushtaraka' | 'akdariyya' | 'minbariyya' | 'grandfather_siblings' | 'distant_kindred'

export interface Distribution {
  school: School
  heirs: HeirShare[]
  /** aṣl al-masʾala: the common denominator of the fixed shares (or the residuaries' heads when there are none). */
  base: bigint
  /** The base raised by ʿawl, when the shares exceed the estate. */
  awlBase?: bigint
  radd: boolean
  /** The base after ʿawl, radd and correction (taṣḥīḥ): every heir receives a whole number of shares. */
  baseFinal: bigint
  /** What goes to the public treasury (bayt al-māl) for want of an heir to take it. */
  treasury: Fraction
  cases: NotableCase[]
  /** Where the schools differ on this case: what the others hold. */
  differences: { schools: School[]; holds: DifferenceCode }[]
}

/** What makes a case impossible, in words a client can act on; empty when it can be computed. */
export function caseProblems(c: { deceased: Sex; heirs: readonly { relation: string; count: number; barred?: string }[] }): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const counts = new Map<string, number>()
  for (const h of c.heirs) {
    if (!(RELATIONS as readonly string[]).includes(h.relation)) {
      problems.push(`unknown relation "${h.relation}"`)
      continue
    }
    const key = h.barred ? `${h.relation} (barred)` : h.relation
    if (seen.has(key)) problems.push(`${key} is listed twice`)
    seen.add(key)
    const max = MAX_COUNT[h.relation as Relation] ?? MAX_OTHER
    if (!Number.isInteger(h.count) || h.count < 1 || h.count > max) problems.push(`${h.relation}: count must be a whole number from 1 to ${max}`)
    else counts.set(h.relation, (counts.get(h.relation) ?? 0) + h.count)
  }
  // (the barred and the others of one relation together: a father who killed is the only father)
  for (const [relation, n] of counts) {
    const max = MAX_COUNT[relation as Relation] ?? MAX_OTHER
    if (n > max && seen.has(relation) && seen.has(`${relation} (barred)`)) problems.push(`${relation}: at most ${max} in all, barred or not`)
  }
  if (c.deceased === 'female' && seen.has('wife')) problems.push('a deceased woman leaves no wife')
  if (c.deceased === 'male' && seen.has('husband')) problems.push('a deceased man leaves no husband')
  if (c.heirs.length === 0) problems.push('at least one heir is needed')
  return problems
}

interface Group {
  relation: Relation
  count: number
  fard?: Fraction
  /** A portion fixed by the grandfather's rules: counted like a share, shown as a residue. */
  portion?: Fraction
  /** The denominator this group brings to the base, when it is not its own fraction's (a share split among several). */
  den?: bigint
  residuary?: Residuary
  /** Weight of one member in a residue shared "the male twice the female". */
  weight: number
  share: Fraction
  blockedBy?: Relation[]
  basis: Basis[]
}

/** The residuaries by themselves, nearest first: the first present takes what the sharers leave (Bukhari 6732). */
const AGNATES: Relation[] = [
  'son',
  'sons_son',
  'sons_sons_son',
  'father',
  'paternal_grandfather',
  'full_brother',
  'paternal_brother',
  'full_brothers_son',
  'paternal_brothers_son',
  'full_brothers_sons_son',
  'paternal_brothers_sons_son',
  'full_uncle',
  'paternal_uncle',
  'full_uncles_son',
  'paternal_uncles_son',
  'full_uncles_sons_son',
  'paternal_uncles_sons_son',
  'fathers_full_uncle',
  'fathers_paternal_uncle',
]
const FEMALE_PARTNER: Partial<Record<Relation, Relation>> = {
  son: 'daughter',
  sons_son: 'sons_daughter',
  sons_sons_son: 'sons_sons_daughter',
  full_brother: 'full_sister',
  paternal_brother: 'paternal_sister',
}

/**
 * What `count` members of a group receive in a division: the group of that relation (barred or not, as asked) each
 * member's part times `count`; nothing when the division has no such group.
 */
export function partOf(d: Distribution, relation: Relation, barred: Barrier | undefined, count: number): Fraction {
  const x = d.heirs.find((h) => h.relation === relation && h.barred === barred)
  return x ? x.each.mul(count) : Fraction.ZERO
}

/**
 * Computes the shares of a case that `caseProblems` accepts. The barred relatives are set aside first: they inherit
 * nothing and exclude or reduce no one (Mālik, Muwaṭṭaʾ: « ولا يحجب أحدا عن ميراثه »), then listed with their reason.
 */
export function distribute(c: InheritanceCase): Distribution {
  const barred = c.heirs.filter((h) => h.barred)
  const d = distributeAmong({ ...c, heirs: c.heirs.filter((h) => !h.barred) })
  if (barred.length === 0) return d
  const differences = [...d.differences]
  if (barred.some((h) => h.barred === 'homicide') && c.school !== 'maliki') differences.push({ schools: ['maliki'], holds: 'killer_by_mistake' })
  const listed = barred.map((h) => ({ relation: h.relation, count: h.count, share: Fraction.ZERO, each: Fraction.ZERO, sihaam: 0n, barred: h.barred, basis: [BASIS[h.barred!]] }))
  return { ...d, heirs: [...d.heirs, ...listed], differences }
}

function distributeAmong(c: InheritanceCase): Distribution {
  const groups = new Map<Relation, Group>()
  for (const h of c.heirs) groups.set(h.relation, { relation: h.relation, count: h.count, weight: FEMALE.has(h.relation) ? 1 : 2, share: Fraction.ZERO, basis: [] })
  const n = (r: Relation) => groups.get(r)?.count ?? 0
  const live = (r: Relation) => groups.has(r) && groups.get(r)!.blockedBy === undefined
  const block = (r: Relation, by: Relation[]) => {
    const g = groups.get(r)
    const present = by.filter(live)
    if (g && !g.blockedBy && present.length > 0) g.blockedBy = present
  }
  const fard = (r: Relation, f: Fraction, ...basis: Basis[]) => {
    const g = groups.get(r)
    if (g && !g.blockedBy) {
      g.fard = f
      g.basis.push(...basis)
    }
  }
  const differences: Distribution['differences'] = []
  const cases: NotableCase[] = []
  const differ = (schools: School[], holds: DifferenceCode) => {
    const rest = schools.filter((s) => s !== c.school)
    if (rest.length > 0) differences.push({ schools: rest, holds })
  }

  // Exclusion (ḥajb al-ḥirmān), nearest first so that an excluded heir excludes no one.
  const hanafi = c.school === 'hanafi'
  descendantExclusion(n, live, block)
  block('paternal_grandfather', ['father'])
  block('maternal_grandmother', ['mother'])
  block('paternal_grandmother', c.school === 'hanbali' ? ['mother'] : ['mother', 'father'])
  if (live('paternal_grandmother') && live('father')) differ(['hanafi', 'maliki', 'shafii'], 'father_excludes_grandmother')
  const maleDescendant = MALE_DESCENDANTS.some(live)
  const femaleDescendant = FEMALE_DESCENDANTS.some(live)
  const descendant = maleDescendant || femaleDescendant
  for (const r of ['maternal_brother', 'maternal_sister'] as const) block(r, [...MALE_DESCENDANTS, ...FEMALE_DESCENDANTS, 'father', 'paternal_grandfather'])
  const siblingBlockers: Relation[] = [...MALE_DESCENDANTS, 'father', ...(hanafi ? (['paternal_grandfather'] as const) : [])]
  for (const r of ['full_brother', 'full_sister'] as const) block(r, siblingBlockers)
  if (hanafi && groups.has('paternal_grandfather') && !live('father') && !maleDescendant && (n('full_brother') || n('full_sister') || n('paternal_brother') || n('paternal_sister'))) {
    differ(['maliki', 'shafii', 'hanbali'], 'siblings_with_grandfather')
  }
  const withGrandfather = !hanafi && live('paternal_grandfather')
  // A full sister made residuary by daughters ranks as a full brother (Bukhari 6736).
  const fullSisterResiduary = live('full_sister') && !live('full_brother') && femaleDescendant && !withGrandfather
  const byFullSister: Relation[] = fullSisterResiduary ? ['full_sister'] : []
  // With the grandfather the paternal siblings are first counted against him (muʿādda), then yield to the full ones.
  for (const r of ['paternal_brother', 'paternal_sister'] as const) block(r, [...siblingBlockers, ...(withGrandfather ? [] : (['full_brother'] as const)), ...byFullSister])
  if (n('full_sister') >= 2 && !live('paternal_brother') && !withGrandfather) block('paternal_sister', ['full_sister'])
  const paternalSisterResiduary = live('paternal_sister') && !live('paternal_brother') && femaleDescendant && !withGrandfather
  const bySisters: Relation[] = [...byFullSister, ...(paternalSisterResiduary ? (['paternal_sister'] as const) : [])]
  for (let i = AGNATES.indexOf('full_brothers_son'); i < AGNATES.length; i++) block(AGNATES[i]!, [...AGNATES.slice(0, i), ...bySisters])

  // Fixed shares (furūḍ), with the reductions (ḥajb al-nuqṣān): every sibling counts for the mother, even excluded ones.
  const siblingCount = n('full_brother') + n('full_sister') + n('paternal_brother') + n('paternal_sister') + n('maternal_brother') + n('maternal_sister')
  const spouse = live('husband') ? 'husband' : live('wife') ? 'wife' : undefined
  fard('husband', Fraction.of(1, descendant ? 4 : 2), BASIS.spouses)
  fard('wife', Fraction.of(1, descendant ? 8 : 4), BASIS.spouses)
  descendantShares(n, live, fard)
  const ascendant = live('father') ? 'father' : live('paternal_grandfather') ? 'paternal_grandfather' : undefined
  if (ascendant && descendant) fard(ascendant, Fraction.of(1, 6), BASIS.parents, ...(ascendant === 'paternal_grandfather' ? [BASIS.grandfather] : []))
  if (descendant || siblingCount >= 2) fard('mother', Fraction.of(1, 6), BASIS.parents)
  else if (spouse && live('father')) {
    // al-ʿUmariyyatān: a third of what the spouse leaves, so that the father keeps twice the mother.
    fard('mother', Fraction.ONE.sub(Fraction.of(1, spouse === 'husband' ? 2 : 4)).div(3), BASIS.parents, BASIS.umariyya)
    if (live('mother')) cases.push('umariyya')
  } else fard('mother', Fraction.of(1, 3), BASIS.parents)
  const grandmothers = (['paternal_grandmother', 'maternal_grandmother'] as const).filter(live)
  for (const r of grandmothers) {
    fard(r, Fraction.of(1, 6 * grandmothers.length), BASIS.grandmother)
    groups.get(r)!.den = 6n
  }
  const maternal = (['maternal_brother', 'maternal_sister'] as const).filter(live)
  const maternalCount = maternal.reduce((a, r) => a + n(r), 0)
  for (const r of maternal) {
    fard(r, maternalCount === 1 ? Fraction.of(1, 6) : Fraction.of(n(r), 3 * maternalCount), BASIS.maternalSiblings)
    groups.get(r)!.den = maternalCount === 1 ? 6n : 3n
  }
  if (!withGrandfather && !femaleDescendant) {
    if (live('full_sister') && !live('full_brother')) fard('full_sister', n('full_sister') === 1 ? Fraction.of(1, 2) : Fraction.of(2, 3), BASIS.siblings)
    if (live('paternal_sister') && !live('paternal_brother')) {
      if (live('full_sister')) fard('paternal_sister', Fraction.of(1, 6), BASIS.siblings, BASIS.sonsDaughterAndSister)
      else fard('paternal_sister', n('paternal_sister') === 1 ? Fraction.of(1, 2) : Fraction.of(2, 3), BASIS.siblings)
    }
  }

  const fixedOf = (gs: Iterable<Group>) => sum([...gs].flatMap((g) => [g.fard, g.portion].filter((f): f is Fraction => f !== undefined)))
  let takers: Group[] = []
  const siblingsWithGrandfather = withGrandfather && (['full_brother', 'full_sister', 'paternal_brother', 'paternal_sister'] as const).some(live)
  if (siblingsWithGrandfather) {
    cases.push('grandfather_siblings')
    differ(['hanafi'], 'grandfather_excludes_siblings')
    const others = [...groups.values()].filter((g) => !g.blockedBy && g.relation !== 'paternal_grandfather')
    const outcome = shareWithSiblings({ n, live, fixedOthers: fixedOf(others), present: [...groups.values()].filter((g) => !g.blockedBy).map((g) => g.relation) })
    const gf = groups.get('paternal_grandfather')!
    gf.fard = outcome.grandfather
    gf.basis = [BASIS.parents, BASIS.grandfather]
    for (const [r, portion] of outcome.siblings) {
      const g = groups.get(r)!
      if (portion.isZero() && r.startsWith('paternal') && live('full_brother')) {
        block(r, ['full_brother'])
        continue
      }
      g.portion = portion
      g.residuary = 'bi_ghayrihi'
      g.basis.push(BASIS.siblings, BASIS.grandfather)
    }
    if (outcome.akdariyya) return akdariyya(c.school, groups, differences)
  } else {
    takers = residuaries(live, (r) => groups.get(r)?.fard !== undefined, fullSisterResiduary, paternalSisterResiduary).map(({ relation, kind }) => {
      const g = groups.get(relation)!
      g.residuary = kind
      // (the father's uncles are agnates by the residue hadith alone, like the uncles)
      const verse = relation.startsWith('fathers_')
        ? undefined
        : relation.includes('son') || relation.includes('daughter')
          ? BASIS.children
          : relation.includes('brother') || relation.includes('sister')
            ? BASIS.siblings
            : relation.includes('father')
              ? BASIS.parents
              : undefined
      if (kind === 'maa_ghayrihi') g.basis.push(BASIS.sonsDaughterAndSister)
      else if (verse && !relation.endsWith('s_son')) g.basis.push(verse)
      if (kind === 'bi_nafsihi') g.basis.push(BASIS.residue)
      return g
    })
  }

  // al-Mushtaraka: the full brothers, residuaries, find nothing left while the maternal siblings have a third.
  if (fixedOf(groups.values()).cmp(Fraction.ONE) === 0 && takers.some((t) => t.relation === 'full_brother') && maternalCount >= 2) {
    cases.push('mushtaraka')
    const sharing = c.school === 'maliki' || c.school === 'shafii'
    differ(sharing ? ['hanafi', 'hanbali'] : ['maliki', 'shafii'], sharing ? 'mushtaraka_nothing' : 'mushtaraka_share')
    if (sharing) {
      const partners = [...maternal, ...(['full_brother', 'full_sister'] as const).filter(live)]
      const heads = partners.reduce((a, r) => a + n(r), 0)
      for (const r of partners) {
        const g = groups.get(r)!
        g.fard = Fraction.of(n(r), 3 * heads)
        g.den = 3n
        if (r.startsWith('full')) g.basis = [BASIS.maternalSiblings]
      }
      takers = []
    }
  }
  return settle(c.school, groups, takers, spouse, cases, differences)
}

/** ʿAwl, the residue, radd or the treasury; then the bases. */
function settle(school: School, groups: Map<Relation, Group>, takers: Group[], spouse: Relation | undefined, cases: NotableCase[], differences: Distribution['differences']): Distribution {
  const fixed = [...groups.values()].filter((g) => g.fard || g.portion)
  const part = (g: Group) => (g.fard ?? Fraction.ZERO).add(g.portion ?? Fraction.ZERO)
  const total = sum(fixed.map(part))
  const heads = takers.reduce((a, g) => a + g.weight * g.count, 0)
  // Residuaries all of one sex are counted by heads; the male counts twice only beside females.
  const sexes = new Set(takers.map((g) => g.weight))
  const headCount = sexes.size > 1 ? heads : takers.reduce((a, g) => a + g.count, 0)
  const dens = fixed.map((g) => g.den ?? part(g).d).filter((d) => d > 1n || fixed.length === 1)
  let base = fixed.length > 0 ? dens.reduce(lcm, 1n) : BigInt(Math.max(headCount, 1))
  let awlBase: bigint | undefined
  let radd = false
  let treasury = Fraction.ZERO
  const residue = Fraction.ONE.sub(total)
  if (residue.cmp(Fraction.ZERO) <= 0) sharersOnly(takers)
  if (total.cmp(Fraction.ONE) > 0) {
    // ʿAwl: every share shrinks in proportion, none is dropped.
    awlBase = (total.n * base) / total.d
    for (const g of fixed) g.share = part(g).div(total)
    if (base === 24n && awlBase === 27n) cases.push('minbariyya')
  } else {
    for (const g of fixed) g.share = part(g)
    if (!residue.isZero() && takers.length > 0) {
      for (const g of takers) g.share = g.share.add(residue.mul(g.weight * g.count).div(heads))
    } else if (!residue.isZero()) {
      const returned = fixed.filter((g) => g.relation !== 'husband' && g.relation !== 'wife')
      const kindred = [...groups.values()].filter((g) => DISTANT_KINDRED.has(g.relation))
      if (returned.length > 0) {
        radd = true
        const weight = sum(returned.map(part))
        for (const g of returned) {
          g.share = g.share.add(residue.mul(part(g)).div(weight))
          g.basis.push(BASIS.radd)
        }
        if (school === 'maliki' || school === 'shafii') differences.push({ schools: [school], holds: 'radd_early_treasury' })
      } else if (kindred.length > 0 && (school === 'hanafi' || school === 'hanbali')) {
        cases.push('distant_kindred')
        for (const [r, s] of shareAmongDistantKindred(school, kindred)) {
          const g = groups.get(r)!
          g.share = residue.mul(s)
          g.basis.push(BASIS.distantKindred)
        }
        differences.push(distantKindredNote(school))
      } else if (spouse && school === 'hanafi') {
        radd = true
        const g = groups.get(spouse)!
        g.share = Fraction.ONE
        g.basis.push(BASIS.radd)
        differences.push({ schools: ['maliki', 'shafii', 'hanbali'], holds: 'spouse_no_radd' })
      } else {
        treasury = residue
        if (kindred.length > 0) differences.push({ schools: ['hanafi', 'hanbali'], holds: 'kindred_inherit' })
        else if (spouse) differences.push({ schools: ['hanafi'], holds: 'spouse_radd' })
      }
    }
  }
  const heirsPresent = [...groups.values()].filter((g) => !g.blockedBy && !DISTANT_KINDRED.has(g.relation)).map((g) => g.relation)
  for (const g of groups.values()) if (DISTANT_KINDRED.has(g.relation) && g.share.isZero() && !g.blockedBy) g.blockedBy = heirsPresent
  if (fixed.length === 0 && takers.length === 0) base = [...groups.values()].reduce((a, g) => lcm(a, g.share.div(g.count).d), treasury.d)
  return shaped(school, groups, { base, awlBase, radd, treasury, cases, differences })
}

/**
 * When the shares leave nothing, a sharer who would also take the residue (the father or grandfather beside
 * daughters) is a sharer only: not called a residuary, and the residue hadith is not his evidence.
 */
function sharersOnly(takers: Group[]): void {
  for (const g of takers) {
    if (!g.fard) continue
    g.residuary = undefined
    g.basis = g.basis.filter((b) => b !== BASIS.residue)
  }
}

/** al-Akdariyya (Zayd's ruling, followed by Mālik, al-Shāfiʿī and Aḥmad): 6 raised to 9, then corrected to 27. */
function akdariyya(school: School, groups: Map<Relation, Group>, differences: Distribution['differences']): Distribution {
  for (const g of groups.values()) {
    if (g.blockedBy) continue
    g.share = g.relation === 'husband' ? Fraction.of(1, 3) : g.relation === 'mother' ? Fraction.of(2, 9) : (g.fard ?? g.portion)!
    if (g.relation.endsWith('sister')) g.fard = Fraction.of(1, 2)
  }
  groups.get('paternal_grandfather')!.fard = Fraction.of(1, 6)
  return shaped(school, groups, { base: 6n, awlBase: 9n, radd: false, treasury: Fraction.ZERO, cases: ['grandfather_siblings', 'akdariyya'], differences })
}

function shaped(school: School, groups: Map<Relation, Group>, rest: Omit<Distribution, 'school' | 'heirs' | 'baseFinal'> & { awlBase: bigint | undefined }): Distribution {
  const heirs = [...groups.values()].map((g) => ({ ...g, each: g.share.div(g.count) }))
  // Taṣḥīḥ: the base (raised by ʿawl) is multiplied until every heir has whole shares, never reduced below it — the
  // father's sixth and residue beside a daughter stay 1 + 2 of 6, not 1 of 2. After radd the base is the returned
  // shares' own (mother and daughter: 4), which the fractions already give.
  const start = rest.radd ? 1n : (rest.awlBase ?? rest.base)
  const baseFinal = heirs.reduce((a, h) => lcm(a, h.each.d), lcm(start, rest.treasury.d))
  const { awlBase, ...others } = rest
  return {
    school,
    heirs: heirs.map((h) => ({
      relation: h.relation,
      count: h.count,
      ...(h.fard ? { fard: h.fard } : {}),
      ...(h.residuary ? { residuary: h.residuary } : {}),
      share: h.share,
      each: h.each,
      sihaam: sihaamOf(h.share, baseFinal),
      ...(h.blockedBy ? { blockedBy: h.blockedBy } : {}),
      basis: dedupe(h.basis),
    })),
    ...others,
    ...(awlBase ? { awlBase } : {}),
    baseFinal,
  }
}

function residuaries(live: (r: Relation) => boolean, hasFard: (r: Relation) => boolean, fullSister: boolean, paternalSister: boolean): { relation: Relation; kind: Residuary }[] {
  const agnate = AGNATES.find(live)
  if (agnate) {
    const partner = FEMALE_PARTNER[agnate]
    const along = [...femalesTakenAlong(agnate, live, hasFard), ...(partner && live(partner) ? [partner] : [])]
    return [{ relation: agnate, kind: 'bi_nafsihi' }, ...along.map((relation) => ({ relation, kind: 'bi_ghayrihi' as const }))]
  }
  if (fullSister) return [{ relation: 'full_sister', kind: 'maa_ghayrihi' }]
  if (paternalSister) return [{ relation: 'paternal_sister', kind: 'maa_ghayrihi' }]
  return []
}

function dedupe(basis: Basis[]): Basis[] {
  const seen = new Set<string>()
  return basis.filter((b) => {
    const k = JSON.stringify(b)
    return !seen.has(k) && seen.add(k) !== undefined
  })
}
