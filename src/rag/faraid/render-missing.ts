import type { Lang } from '../../contract/common'
import type { Source } from '../../contract/sources'
import type { MissingDistribution } from './missing'
import type { RecognisedCase } from './recognise'
import { citedEvidence, colon, sharesLine, closingLines, heirLabel, understoodLines } from './render'

const T = {
  en: {
    intro: (base: string) =>
      `While the missing heir's fate is unknown, each present heir is given now the least of what it would receive with the missing heir alive and without them, and the rest is held back (the common base: ${base}).`,
    head: '| Heir | Now | Shares |',
    held: (f: string, s: string, base: string, own: string) => `Held back: ${f} (${s} of ${base}), of which ${own} is the missing heir's own part if alive.`,
    after: 'When the missing heir returns, or a judge declares them dead, the reserve goes as follows:',
    alive: 'alive',
    dead: 'declared dead',
    nothing: 'nothing',
    treasury: 'treasury',
    evidence: 'Evidence',
  },
  fr: {
    intro: (base: string) =>
      `Tant que le sort de l'héritier disparu est inconnu, chaque héritier présent reçoit dès maintenant le moins de ce qui lui reviendrait s'il est vivant et s'il ne l'est pas, et le reste est réservé (base commune : ${base}).`,
    head: '| Héritier | Maintenant | Parts |',
    held: (f: string, s: string, base: string, own: string) => `Réservé : ${f} (${s} sur ${base}), dont ${own} pour l'héritier disparu s'il est vivant.`,
    after: 'Quand le disparu revient, ou qu’un juge le déclare mort, la réserve se répartit ainsi :',
    alive: 'vivant',
    dead: 'déclaré mort',
    nothing: 'rien',
    treasury: 'trésor public',
    evidence: 'Preuves',
  },
  ar: {
    intro: (base: string) => `ما دام حال المفقود مجهولًا يُعطى كل وارث حاضر الآن أقلَّ نصيبيه على تقدير حياة المفقود وعلى تقدير موته، ويوقف الباقي (الجامعة: ${base}).`,
    head: '| الوارث | الآن | السهام |',
    held: (f: string, s: string, base: string, own: string) => `الموقوف: ${f} (${s} من ${base})، منه ${own} نصيب المفقود إن كان حيًّا.`,
    after: 'فإذا ظهر المفقود أو حكم القاضي بموته قُسم الموقوف هكذا:',
    alive: 'على تقدير الحياة',
    dead: 'على تقدير الموت',
    nothing: 'لا شيء',
    treasury: 'بيت المال',
    evidence: 'الأدلة',
  },
} satisfies Record<Lang, Record<string, unknown>>

/**
 * The chat's answer to a case with a missing heir: what was understood, each present heir's part now and its
 * shares of the common base, what is held back, both readings, and the verses and hadith the shares rest on.
 */
export function renderMissing(c: RecognisedCase, p: MissingDistribution, sources: readonly Source[], lang: Lang): string {
  const t = T[lang]
  const base = p.base.toString()
  const lines = understoodLines(c, lang)
  lines.push('', t.intro(base), '', t.head, '|---|---|---|')
  for (const h of p.heirs) lines.push(`| ${heirLabel(h, lang)} | ${h.share.isZero() ? t.nothing : h.share.toString()} | ${h.sihaam} |`)
  lines.push('', t.held(p.reserved.toString(), p.reservedSihaam.toString(), base, p.missingShare.toString()), '', t.after)
  lines.push(
    `- ${t.alive} (${p.alive.baseFinal})${colon(lang)} ${sharesLine(p.alive, lang, t.nothing, t.treasury)}`,
    `- ${t.dead} (${p.dead.baseFinal})${colon(lang)} ${sharesLine(p.dead, lang, t.nothing, t.treasury)}`,
  )
  const evidence = citedEvidence(sources, lang)
  const cited = new Set([p.alive, p.dead].flatMap((d) => d.heirs.flatMap((h) => h.basis.map(evidence))).filter(Boolean))
  lines.push('', `${t.evidence}${colon(lang)} ${[...cited].join('; ')}.`)
  const differences = new Map([p.alive, p.dead].flatMap((d) => d.differences).map((d) => [JSON.stringify(d), d]))
  lines.push(...closingLines(p.alive.school, [...differences.values()], lang))
  return lines.join('\n')
}
