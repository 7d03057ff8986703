import type { InheritanceBody, InheritanceResult } from '../contract/inheritance'
import { ValidationFailed } from '../errors'
import type { HadithCanon } from '../rag/canon/hadith-canon'
import { caseProblems, type Distribution, distribute, type HeirInput } from '../rag/faraid/compute'
import { describeDifference } from '../rag/faraid/differences'
import { type Evidence, evidenceOf } from '../rag/faraid/evidence'
import { estateShares } from '../rag/faraid/estate'
import { RELATION_LABELS } from '../rag/faraid/labels'
import { distributeWithHermaphrodite } from '../rag/faraid/hermaphrodite'
import { distributeWithMissing } from '../rag/faraid/missing'
import { distributeWithPregnancy } from '../rag/faraid/pregnancy'
import { type Barrier, FEMALE, RELATIONS, type Relation } from '../rag/faraid/relations'
import { distributeSuccessive, type LaterDeath, laterDeathProblems } from '../rag/faraid/successive'

/** The farāʾiḍ calculator: checks the family, computes the shares, quotes their evidence, divides the estate. */
export function createInheritanceService(deps: { hadith?: HadithCanon }) {
  return {
    async compute(body: InheritanceBody): Promise<InheritanceResult> {
      const problems = caseProblems(body)
      // a woman's own child dies with her: an unborn son or daughter is a man's, by his widow
      if (body.unborn === 'son' && body.deceased === 'female') problems.push('a deceased woman leaves no unborn child of her own')
      const missingProblem = body.missing && missingProblemOf(body)
      if (missingProblem) problems.push(missingProblem)
      if (body.hermaphrodite && (body.unborn || body.missing || body.later_deaths)) problems.push('an heir of unknown sex beside an unborn or missing heir or later deaths is not divided for')
      const laterProblems = problems.length === 0 && body.later_deaths ? laterDeathsProblemsOf(body) : []
      if (problems.length > 0 || laterProblems.length > 0)
        throw new ValidationFailed([...problems, ...laterProblems].join('; '), [
          ...problems.map((message) => ({ field: 'body.heirs', message })),
          ...laterProblems.map((message) => ({ field: 'body.later_deaths', message })),
        ])
      const { heirs, later } = caseOf(body)
      const c = { deceased: body.deceased, heirs, school: body.school }
      const herm = body.hermaphrodite ? distributeWithHermaphrodite(c, body.hermaphrodite.line, body.hermaphrodite.hope) : undefined
      // (with an heir of unknown sex, the shares with him read as a male; his division below)
      const d = herm?.male ?? distribute(c)
      const estate = body.estate ? estateShares(body.estate.amount, { funeral: body.funeral_costs ?? 0, debts: body.debts ?? 0, bequest: body.bequest ?? 0 }) : undefined
      if (estate && !estate.ok) throw new ValidationFailed(estate.problem, [{ field: 'body.estate.amount', message: estate.problem }])
      const money = estate?.ok ? estate : undefined
      const cited = new Map<string, Promise<Evidence>>()
      const cite = (b: Parameters<typeof evidenceOf>[0]) => {
        const key = JSON.stringify(b)
        if (!cited.has(key)) cited.set(key, evidenceOf(b, body.lang, deps.hadith))
        return cited.get(key)!
      }
      const amount = (f: { n: bigint; d: bigint }) => (money ? money.amountOf(f) : undefined)
      const p = body.unborn ? distributeWithPregnancy({ deceased: body.deceased, heirs, school: body.school }, body.unborn) : undefined
      const m = body.missing ? distributeWithMissing({ deceased: body.deceased, heirs, school: body.school }, { relation: body.missing.relation as Relation, count: body.missing.count }) : undefined
      const heirRow = async (h: Distribution['heirs'][number]) => ({
        relation: h.relation,
        label: RELATION_LABELS[body.lang][h.relation],
        count: h.count,
        status: h.barred ? ('barred' as const) : h.blockedBy ? ('excluded' as const) : ('heir' as const),
        ...(h.barred ? { barred: h.barred } : {}),
        ...(h.fard ? { fard: h.fard.toString() } : {}),
        ...(h.residuary ? { residuary: h.residuary } : {}),
        share: h.share.toString(),
        share_each: h.each.toString(),
        sihaam: Number(h.sihaam),
        ...(h.blockedBy ? { excluded_by: h.blockedBy } : {}),
        basis: await Promise.all(h.basis.map(cite)),
      })
      const s = later ? distributeSuccessive({ deceased: body.deceased, heirs, school: body.school }, later) : undefined
      return {
        school: d.school,
        deceased: body.deceased,
        base: Number(d.base),
        ...(d.awlBase ? { awl_base: Number(d.awlBase) } : {}),
        radd: d.radd,
        base_final: Number(d.baseFinal),
        heirs: await Promise.all(d.heirs.map(async (h) => ({ ...(await heirRow(h)), ...(money ? { amount: amount(h.share), amount_each: amount(h.each) } : {}) }))),
        treasury: d.treasury.toString(),
        ...(money ? { treasury_amount: amount(d.treasury) } : {}),
        cases: d.cases,
        differences: [...d.differences, ...(herm?.differences ?? [])].map((x) => ({ schools: x.schools, holds: describeDifference(x.holds, body.lang) })),
        ...(p
          ? {
              pregnancy: {
                unborn: p.unborn,
                base: Number(p.base),
                heirs: p.heirs.map((h) => ({ relation: h.relation, count: h.count, share: h.share.toString(), sihaam: Number(h.sihaam), ...(money ? { amount: amount(h.share) } : {}) })),
                reserved: p.reserved.toString(),
                reserved_sihaam: Number(p.reservedSihaam),
                ...(money ? { reserved_amount: amount(p.reserved) } : {}),
                outcomes: p.scenarios.map((s) => ({
                  outcome: s.outcome,
                  base_final: Number(s.distribution.baseFinal),
                  heirs: s.distribution.heirs.map((h) => ({ relation: h.relation, count: h.count, share: h.share.toString(), share_each: h.each.toString() })),
                })),
              },
            }
          : {}),
        ...(m
          ? {
              missing: {
                relation: m.missing.relation,
                count: m.missing.count,
                base: Number(m.base),
                heirs: m.heirs.map((h) => ({ relation: h.relation, count: h.count, share: h.share.toString(), sihaam: Number(h.sihaam), ...(money ? { amount: amount(h.share) } : {}) })),
                reserved: m.reserved.toString(),
                reserved_sihaam: Number(m.reservedSihaam),
                ...(money ? { reserved_amount: amount(m.reserved) } : {}),
                missing_share: m.missingShare.toString(),
                missing_sihaam: Number(m.missingSihaam),
                readings: [m.alive, m.dead].map((d, k) => ({
                  alive: k === 0,
                  base_final: Number(d.baseFinal),
                  heirs: d.heirs.map((h) => ({ relation: h.relation, count: h.count, share: h.share.toString(), share_each: h.each.toString() })),
                  treasury: d.treasury.toString(),
                })),
              },
            }
          : {}),
        ...(herm
          ? {
              hermaphrodite: {
                line: herm.line,
                hope: herm.hope,
                method: herm.method,
                base: Number(herm.base),
                heirs: herm.heirs.map((x) => ({ relation: x.relation, count: x.count, share: x.share.toString(), sihaam: Number(x.sihaam), ...(money ? { amount: amount(x.share) } : {}) })),
                share: herm.share.toString(),
                sihaam: Number(herm.sihaam),
                ...(money ? { amount: amount(herm.share) } : {}),
                reserved: herm.reserved.toString(),
                reserved_sihaam: Number(herm.reservedSihaam),
                ...(money ? { reserved_amount: amount(herm.reserved) } : {}),
                readings: (['male', 'female'] as const).map((as) => ({
                  as,
                  base_final: Number(herm[as].baseFinal),
                  heirs: herm[as].heirs.map((x) => ({ relation: x.relation, count: x.count, share: x.share.toString(), share_each: x.each.toString() })),
                  treasury: herm[as].treasury.toString(),
                })),
              },
            }
          : {}),
        ...(s && later
          ? {
              later_deaths: await Promise.all(
                s.later.map(async (l, k) => ({
                  of: l.of,
                  label: RELATION_LABELS[body.lang][l.of],
                  deceased: l.deceased,
                  share: l.share.toString(),
                  base: Number(l.distribution.base),
                  ...(l.distribution.awlBase ? { awl_base: Number(l.distribution.awlBase) } : {}),
                  radd: l.distribution.radd,
                  base_final: Number(l.distribution.baseFinal),
                  heirs: await Promise.all(
                    l.distribution.heirs.map(async (h) => {
                      const same = later[k]!.heirs.find((x) => x.relation === h.relation && !x.barred && !h.barred)?.sameAs
                      return { ...(await heirRow(h)), ...(same ? { same_as: same } : {}) }
                    }),
                  ),
                  treasury: l.distribution.treasury.toString(),
                })),
              ),
              combined: {
                base: Number(s.base),
                heirs: s.heirs.map((h) => ({
                  relation: h.relation,
                  label: RELATION_LABELS[body.lang][h.relation],
                  count: h.count,
                  ...(h.via ? { via: h.via, via_label: RELATION_LABELS[body.lang][h.via] } : {}),
                  share: h.share.toString(),
                  sihaam: Number(h.sihaam),
                  ...(money ? { amount: amount(h.share) } : {}),
                })),
                treasury: s.treasury.toString(),
                ...(money ? { treasury_amount: amount(s.treasury) } : {}),
              },
            }
          : {}),
        ...(money && body.estate ? { estate: { amount: body.estate.amount, currency: body.estate.currency, ...money.summary } } : {}),
      }
    },
  }
}

export type InheritanceService = ReturnType<typeof createInheritanceService>

/**
 * Later deaths: each later deceased's heirs a possible family for him (his sex from his relation), and each death
 * of an heir who inherits; not beside an unborn or missing heir, whose reserve would pass on undivided.
 */
function laterDeathsProblemsOf(body: InheritanceBody): string[] {
  const deaths = body.later_deaths!
  if (body.unborn || body.missing) return ['later deaths beside an unborn or missing heir are not divided for']
  const own = deaths.flatMap((x, k) =>
    [
      ...caseProblems({ deceased: FEMALE.has(x.of as Relation) ? 'female' : 'male', heirs: x.heirs }),
      ...x.heirs.flatMap((h) => (h.same_as && !(RELATIONS as readonly string[]).includes(h.same_as) ? [`unknown relation "${h.same_as}"`] : [])),
      ...((RELATIONS as readonly string[]).includes(x.of) ? [] : [`unknown relation "${x.of}"`]),
    ].map((p) => `later_deaths[${k}]: ${p}`),
  )
  if (own.length > 0) return own
  const { heirs, later } = caseOf(body)
  return laterDeathProblems({ deceased: body.deceased, heirs, school: body.school }, later ?? [])
}

/** The body's heirs and later deaths in the calculator's terms (relations checked by the caller). */
function caseOf(body: InheritanceBody): { heirs: HeirInput[]; later?: LaterDeath[] } {
  const heir = (h: { relation: string; count: number; barred?: Barrier }) => ({ relation: h.relation as Relation, count: h.count, ...(h.barred ? { barred: h.barred } : {}) })
  return {
    heirs: body.heirs.map(heir),
    ...(body.later_deaths
      ? { later: body.later_deaths.map((x) => ({ of: x.of as Relation, heirs: x.heirs.map((h) => ({ ...heir(h), ...(h.same_as ? { sameAs: h.same_as as Relation } : {}) })) })) }
      : {}),
  }
}

/** Missing heirs must be of a listed, unbarred group, no more than it counts, and not beside an unborn heir. */
function missingProblemOf(body: InheritanceBody): string | undefined {
  const missing = body.missing!
  const group = body.heirs.find((h) => h.relation === missing.relation && !h.barred)
  if (!group) return `missing: «${missing.relation}» is not among the heirs`
  if (missing.count > group.count) return `missing: ${missing.count} of ${missing.relation}, who are ${group.count}`
  if (body.unborn) return 'missing heirs beside an unborn heir are not divided for'
  return undefined
}
