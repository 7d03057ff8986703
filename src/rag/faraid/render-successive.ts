import type { Lang } from '../../contract/common'
import type { Source } from '../../contract/sources'
import { Fraction } from './fraction'
import { RELATION_LABELS } from './labels'
import type { RecognisedCase } from './recognise'
import { type Amounts, closingLines, heirLabel, opening, row, tableLines } from './render'
import type { SuccessiveDistribution } from './successive'

const T = {
  en: {
    first: '**The first estate**',
    later: (who: string, share: string, female: boolean) =>
      `**Then the ${who} died before the division**: ${female ? 'her' : 'his'} part, ${share} of the estate, is divided among ${female ? 'her' : 'his'} own heirs as a case of its own.`,
    leaves: (list: string, female: boolean) => `${female ? 'Her' : 'His'} heirs: ${list}.`,
    treasury: (f: string) => `${f} of the estate goes to the public treasury (bayt al-māl).`,
    combined: (base: number) => `**In the end**, of the first estate (al-jāmiʿa: ${base} shares):`,
    head: '| Heir | Of the estate | Shares |',
    headAmount: '| Heir | Of the estate | Shares | Amount |',
    via: (who: string) => `through the ${who}`,
  },
  fr: {
    first: '**La première succession**',
    later: (who: string, share: string, female: boolean) =>
      `**Puis, avant le partage, décès : ${who}** (${female ? 'morte' : 'mort'} après le défunt) ; sa part, ${share} de la succession, se partage entre ses propres héritiers, comme une succession à part.`,
    leaves: (list: string, _female: boolean) => `Ses héritiers : ${list}.`,
    treasury: (f: string) => `${f} de la succession revient au trésor public (bayt al-māl).`,
    combined: (base: number) => `**Au final**, de la première succession (al-jāmiʿa : ${base} parts) :`,
    head: '| Héritier | De la succession | Parts |',
    headAmount: '| Héritier | De la succession | Parts | Montant |',
    via: (who: string) => `par ${who}`,
  },
  ar: {
    first: '**التركة الأولى**',
    later: (who: string, share: string, female: boolean) =>
      `**ثم ${female ? 'توفيت' : 'توفي'} ${who} قبل القسمة**: ${female ? 'فنصيبها' : 'فنصيبه'}، ${share} من التركة، يُقسم على ${female ? 'ورثتها' : 'ورثته'} مسألةً ثانية.`,
    leaves: (list: string, female: boolean) => `${female ? 'ورثتها' : 'ورثته'}: ${list}.`,
    treasury: (f: string) => `ويذهب ${f} من التركة إلى بيت المال.`,
    combined: (base: number) => `**والجامعة** للتركة الأولى من ${base} سهمًا:`,
    head: '| الوارث | من التركة | السهام |',
    headAmount: '| الوارث | من التركة | السهام | المبلغ |',
    via: (who: string) => `عن طريق ${who}`,
  },
} as const

/**
 * The chat's answer when heirs died before the division (al-munāsakhāt): the first case's table, each later
 * deceased's case (his part divided among his own heirs, amounts of his part), then what every line ends with of
 * the first estate in al-jāmiʿa.
 */
export function renderSuccessive(c: RecognisedCase, s: SuccessiveDistribution, sources: readonly Source[], lang: Lang): string {
  const t = T[lang]
  const labels = RELATION_LABELS[lang]
  const { lines, amountOf } = opening(c, lang)
  lines.push('', t.first, ...tableLines(s.first, sources, lang, amountOf))
  for (const l of s.later) {
    // (his heirs' amounts are parts of his part of the estate)
    const ofHis: Amounts = amountOf ? (f) => amountOf(l.share.mul(Fraction.of(f.n, f.d))) : undefined
    const list = l.distribution.heirs.map((h) => heirLabel(h, lang)).join(lang === 'ar' ? '، ' : ', ')
    const female = l.deceased === 'female'
    lines.push('', t.later(labels[l.of], l.share.toString(), female), t.leaves(list, female), ...tableLines(l.distribution, sources, lang, ofHis))
  }
  lines.push('', t.combined(Number(s.base)), '', amountOf ? t.headAmount : t.head, amountOf ? '|---|---|---|---|' : '|---|---|---|')
  for (const h of s.heirs) {
    const who = `${heirLabel(h, lang)}${h.via ? ` (${t.via(labels[h.via])})` : ''}`
    lines.push(row([who, h.share.toString(), String(h.sihaam), ...(amountOf ? [amountOf(h.share)] : [])]))
  }
  if (!s.treasury.isZero()) lines.push('', t.treasury(`${s.treasury.toString()}${amountOf ? ` (${amountOf(s.treasury)})` : ''}`))
  lines.push('', ...closingLines(s.first.school, s.first.differences, lang))
  return lines.join('\n')
}
