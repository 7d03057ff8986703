import type { Lang } from '../../contract/common'
import type { Source } from '../../contract/sources'
import type { Outcome, PregnancyDistribution, Unborn } from './pregnancy'
import type { RecognisedCase } from './recognise'
import { citedEvidence, colon, sharesLine, closingLines, heirLabel, understoodLines } from './render'

const T = {
  en: {
    unborn: {
      son: 'his unborn child',
      sons_son: "an unborn child of the son's",
      full_brother: 'an unborn full sibling',
      paternal_brother: 'an unborn paternal half-sibling',
      maternal_brother: 'an unborn maternal half-sibling',
    },
    intro: (base: string) => `Before the birth, each heir is given now the least of what it would receive, and the rest is held back until the birth (al-jāmiʿa, the common base: ${base}).`,
    head: '| Heir | Now | Shares |',
    held: (f: string, s: string, base: string) => `Held back until the birth: ${f} (${s} of ${base}).`,
    each: 'Each possibility:',
    outcome: { none: 'born dead', male: 'a boy', female: 'a girl', two_males: 'two boys', two_females: 'two girls', male_and_female: 'a boy and a girl' },
    nothing: 'nothing',
    evidence: 'Evidence',
  },
  fr: {
    unborn: {
      son: 'un enfant à naître',
      sons_son: 'un enfant à naître du fils',
      full_brother: 'un frère ou une sœur germains à naître',
      paternal_brother: 'un demi-frère ou une demi-sœur consanguins à naître',
      maternal_brother: 'un demi-frère ou une demi-sœur utérins à naître',
    },
    intro: (base: string) =>
      `Avant la naissance, chaque héritier reçoit dès maintenant le moins de ce qui lui reviendrait, et le reste est réservé jusqu'à la naissance (al-jāmiʿa, base commune : ${base}).`,
    head: '| Héritier | Maintenant | Parts |',
    held: (f: string, s: string, base: string) => `Réservé jusqu'à la naissance : ${f} (${s} sur ${base}).`,
    each: 'Chaque possibilité :',
    outcome: { none: 'mort-né', male: 'un garçon', female: 'une fille', two_males: 'deux garçons', two_females: 'deux filles', male_and_female: 'un garçon et une fille' },
    nothing: 'rien',
    evidence: 'Preuves',
  },
  ar: {
    unborn: { son: 'حمل (ولده)', sons_son: 'حمل (ولد ابنه)', full_brother: 'حمل (أخ أو أخت شقيقة)', paternal_brother: 'حمل (أخ أو أخت لأب)', maternal_brother: 'حمل (أخ أو أخت لأم)' },
    intro: (base: string) => `قبل الولادة يُعطى كل وارث الآن أقلَّ ما يستحقه في الاحتمالات، ويوقف الباقي إلى الولادة (الجامعة: ${base}).`,
    head: '| الوارث | الآن | السهام |',
    held: (f: string, s: string, base: string) => `الموقوف إلى الولادة: ${f} (${s} من ${base}).`,
    each: 'الاحتمالات:',
    outcome: { none: 'إن وُلد ميتًا', male: 'ذكر', female: 'أنثى', two_males: 'ذكران', two_females: 'أنثيان', male_and_female: 'ذكر وأنثى' },
    nothing: 'لا شيء',
    evidence: 'الأدلة',
  },
} satisfies Record<Lang, { unborn: Record<Unborn, string>; outcome: Record<Outcome, string> } & Record<string, unknown>>

/**
 * The chat's answer to a case with an unborn heir: what was understood, each heir's part now and its shares of
 * al-jāmiʿa, what is held back, every possibility, and the verses and hadith the shares rest on.
 */
export function renderPregnancy(c: RecognisedCase, p: PregnancyDistribution, sources: readonly Source[], lang: Lang): string {
  const t = T[lang]
  const base = p.base.toString()
  const lines = understoodLines(c, lang, [t.unborn[p.unborn]])
  lines.push('', t.intro(base), '', t.head, '|---|---|---|')
  for (const h of p.heirs) lines.push(`| ${heirLabel(h, lang)} | ${h.share.isZero() ? t.nothing : h.share.toString()} | ${h.sihaam} |`)
  lines.push('', t.held(p.reserved.toString(), p.reservedSihaam.toString(), base), '', t.each)
  for (const s of p.scenarios) lines.push(`- ${t.outcome[s.outcome]} (${s.distribution.baseFinal})${colon(lang)} ${sharesLine(s.distribution, lang, t.nothing)}`)
  const evidence = citedEvidence(sources, lang)
  const cited = new Set(p.scenarios.flatMap((s) => s.distribution.heirs.flatMap((h) => h.basis.map(evidence))).filter(Boolean))
  lines.push('', `${t.evidence}${colon(lang)} ${[...cited].join('; ')}.`)
  const differences = new Map(p.scenarios.flatMap((s) => s.distribution.differences).map((d) => [JSON.stringify(d), d]))
  lines.push(...closingLines(p.scenarios[0]!.distribution.school, [...differences.values()], lang))
  return lines.join('\n')
}
