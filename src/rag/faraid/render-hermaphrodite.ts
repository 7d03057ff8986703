import type { Lang } from '../../contract/common'
import type { Source } from '../../contract/sources'
import type { Fraction } from './fraction'
import type { HermaphroditeDistribution, HermaphroditeLine, HermaphroditeMethod } from './hermaphrodite'
import type { RecognisedCase } from './recognise'
import { citedEvidence, colon, sharesLine, closingLines, heirLabel, opening, row } from './render'

const T = {
  en: {
    who: {
      son: 'a child of unknown sex (khunthā)',
      sons_son: "a son's child of unknown sex (khunthā)",
      full_brother: 'a full sibling of unknown sex (khunthā)',
      paternal_brother: 'a paternal half-sibling of unknown sex (khunthā)',
      maternal_brother: 'a maternal half-sibling of unknown sex (khunthā)',
    },
    him: 'the heir of unknown sex',
    method: {
      least: (base: string) =>
        `While the sex of the heir of unknown sex may still become clear, every heir, he too, is given now the least of his parts as a male and as a female, and the rest waits until it is clear or the heirs settle (counted in ${base}).`,
      average: (base: string) => `The sex cannot become clear: every heir, he too, is given half of his parts as a male and as a female (counted in ${base}).`,
      worse_for_him: (base: string) => `The heir of unknown sex is given the worse of his two parts, and the others what they receive in that reading (counted in ${base}).`,
    },
    head: '| Heir | Share | Shares |',
    headAmount: '| Heir | Share | Shares | Amount |',
    held: (f: string, s: string, base: string) => `Waiting until the sex is clear: ${f} (${s} of ${base}).`,
    each: 'Each reading:',
    as: { male: 'as a male', female: 'as a female' },
    nothing: 'nothing',
    evidence: 'Evidence',
  },
  fr: {
    who: {
      son: 'un enfant de sexe indéterminé (khunthā)',
      sons_son: 'un enfant du fils de sexe indéterminé (khunthā)',
      full_brother: 'un germain de sexe indéterminé (khunthā)',
      paternal_brother: 'un consanguin de sexe indéterminé (khunthā)',
      maternal_brother: 'un utérin de sexe indéterminé (khunthā)',
    },
    him: 'l’héritier de sexe indéterminé',
    method: {
      least: (base: string) =>
        `Tant que le sexe de l’héritier de sexe indéterminé peut encore s’établir, chaque héritier, lui aussi, reçoit dès maintenant la moindre de ses parts selon qu’il est homme ou femme, et le reste attend que le sexe soit établi ou que les héritiers transigent (compté sur ${base}).`,
      average: (base: string) => `Le sexe ne peut plus s’établir : chaque héritier, lui aussi, reçoit la moitié de ses deux parts, homme et femme (compté sur ${base}).`,
      worse_for_him: (base: string) => `L’héritier de sexe indéterminé reçoit la moindre de ses deux parts, et les autres ce qu’ils reçoivent dans ce cas (compté sur ${base}).`,
    },
    head: '| Héritier | Part | Parts |',
    headAmount: '| Héritier | Part | Parts | Montant |',
    held: (f: string, s: string, base: string) => `En attente jusqu’à ce que le sexe soit établi : ${f} (${s} sur ${base}).`,
    each: 'Chaque cas :',
    as: { male: 'homme', female: 'femme' },
    nothing: 'rien',
    evidence: 'Preuves',
  },
  ar: {
    who: {
      son: 'خنثى مشكل (من الأولاد)',
      sons_son: 'خنثى مشكل (من أولاد الابن)',
      full_brother: 'خنثى مشكل (من الإخوة الأشقاء)',
      paternal_brother: 'خنثى مشكل (من الإخوة لأب)',
      maternal_brother: 'خنثى مشكل (من الإخوة لأم)',
    },
    him: 'الخنثى',
    method: {
      least: (base: string) => `ما دام يُرجى اتضاح حال الخنثى يُعطى كل وارث، والخنثى معهم، الآن الأقلَّ من نصيبيه على الذكورة والأنوثة، ويوقف الباقي حتى يتضح أمره أو يصطلحوا (من ${base}).`,
      average: (base: string) => `لا يُرجى اتضاح حاله: يُعطى كل وارث، والخنثى معهم، نصف نصيبيه على الذكورة والأنوثة (من ${base}).`,
      worse_for_him: (base: string) => `يُعطى الخنثى أسوأ حاليه، ويأخذ الباقون نصيبهم على تلك الحال (من ${base}).`,
    },
    head: '| الوارث | النصيب | السهام |',
    headAmount: '| الوارث | النصيب | السهام | المبلغ |',
    held: (f: string, s: string, base: string) => `الموقوف حتى يتضح أمره: ${f} (${s} من ${base}).`,
    each: 'الحالان:',
    as: { male: 'على تقدير الذكورة', female: 'على تقدير الأنوثة' },
    nothing: 'لا شيء',
    evidence: 'الأدلة',
  },
} satisfies Record<Lang, { who: Record<HermaphroditeLine, string>; method: Record<HermaphroditeMethod, (base: string) => string> } & Record<string, unknown>>

/**
 * The chat's answer to a case with an heir of unknown sex: what was understood, how the school divides for him,
 * each heir's part with its shares (and amount), what waits, both readings, and the verses and hadith.
 */
export function renderHermaphrodite(c: RecognisedCase, h: HermaphroditeDistribution, sources: readonly Source[], lang: Lang): string {
  const t = T[lang]
  const base = h.base.toString()
  const { lines, amountOf } = opening(c, lang, [t.who[h.line]])
  lines.push('', t.method[h.method](base), '', amountOf ? t.headAmount : t.head, amountOf ? '|---|---|---|---|' : '|---|---|---|')
  const cell = (f: Fraction) => (f.isZero() ? t.nothing : f.toString())
  for (const x of h.heirs) lines.push(row([heirLabel(x, lang), cell(x.share), String(x.sihaam), ...(amountOf ? [amountOf(x.share)] : [])]))
  lines.push(row([t.him, cell(h.share), String(h.sihaam), ...(amountOf ? [amountOf(h.share)] : [])]))
  if (!h.reserved.isZero()) lines.push('', t.held(h.reserved.toString(), h.reservedSihaam.toString(), base))
  lines.push('', t.each)
  for (const as of ['male', 'female'] as const) lines.push(`- ${t.as[as]} (${h[as].baseFinal})${colon(lang)} ${sharesLine(h[as], lang, t.nothing)}`)
  const evidence = citedEvidence(sources, lang)
  const cited = new Set([h.male, h.female].flatMap((d) => d.heirs.flatMap((x) => x.basis.map(evidence))).filter(Boolean))
  lines.push('', `${t.evidence}${colon(lang)} ${[...cited].join('; ')}.`)
  const differences = new Map([...h.male.differences, ...h.female.differences, ...h.differences].map((d) => [JSON.stringify(d), d]))
  lines.push(...closingLines(h.male.school, [...differences.values()], lang))
  return lines.join('\n')
}
