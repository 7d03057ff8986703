import type { Lang } from '../../contract/common'
import type { Source } from '../../contract/sources'
import { HADITH_BOOKS } from '../canon/hadith-books'
import { quranReference } from '../canon/quran'
import { describeAssumption } from './assumptions'
import type { Basis } from './basis'
import type { Distribution } from './compute'
import { describeDifference } from './differences'
import { estateShares } from './estate'
import type { StatedEstate } from './estate-text'
import { RELATION_LABELS } from './labels'
import type { RecognisedCase } from './recognise'
import { PATERNAL_OF, type Relation, type School } from './relations'

const SCHOOL_NAMES: Record<Lang, Record<School, string>> = {
  en: { hanafi: 'Hanafi', maliki: 'Maliki', shafii: 'Shafiʿi', hanbali: 'Hanbali' },
  fr: { hanafi: 'hanafite', maliki: 'malikite', shafii: 'chaféite', hanbali: 'hanbalite' },
  ar: { hanafi: 'الحنفي', maliki: 'المالكي', shafii: 'الشافعي', hanbali: 'الحنبلي' },
}

const T = {
  en: {
    understood: (man: boolean, list: string) => `Understood: the deceased is a ${man ? 'man' : 'woman'}, survived by ${list}.`,
    assumed: 'Assumed',
    head: '| Heir | Share | Shares | Evidence |',
    headAmount: '| Heir | Share | Shares | Amount | Evidence |',
    estate: (a: string) => `Estate: ${a}.`,
    unstated: 'No funeral cost, debt or bequest was stated: any come out first (a bequest up to a third), and the shares apply to what remains.',
    outgoings: (parts: string[], capped: boolean, left: string) => `Out first: ${parts.join(', ')}${capped ? ' (the bequest cut to a third of what the debts leave)' : ''}; the heirs share ${left}.`,
    outNames: { funeral: 'funeral', debts: 'debts', bequest: 'bequest' },
    sameEither: 'Full or through the father only, the shares are the same.',
    orPaternal: '(or through the father only)',
    missing: (n: number, of: number) => (n === of ? '(missing, alive or dead unknown)' : `(${n} of them missing, alive or dead unknown)`),
    // (no quotation marks: the answer's check would take the words for a quotation)
    reading: (who: string) => `**Read as: ${who}**`,
    nothingLeft: 'The funeral costs and debts take the whole estate: nothing is left to inherit.',
    residue: 'residue',
    excluded: (by: string) => (by ? `excluded (by ${by})` : 'nothing'),
    barred: { homicide: 'does not inherit: killed the deceased', religion: 'does not inherit: another religion', adoption: 'does not inherit: adopted' },
    barredShort: { homicide: 'who killed the deceased', religion: 'of another religion', adoption: 'adopted' },
    base: (b: string) => `Base of the problem: ${b}.`,
    awl: (n: string) => `raised by ʿawl to ${n}`,
    radd: 'the surplus returns to the sharers (radd)',
    final: (n: string) => `every heir's shares out of ${n}`,
    treasury: (f: string) => `${f} goes to the public treasury (bayt al-māl).`,
    school: (s: string) => `Where the schools differ this follows the ${s} school.`,
    other: (s: string, h: string) => `Other view (${s}): ${h}.`,
    consensus: 'consensus',
    caution: 'Computed by the farāʾiḍ calculator; for a real estate, pay funeral costs and debts first, keep any bequest within a third, and have the division confirmed by a person of knowledge.',
  },
  fr: {
    understood: (man: boolean, list: string) => `Compris : ${man ? 'le défunt est un homme' : 'la défunte est une femme'}, qui laisse ${list}.`,
    assumed: 'Supposé',
    head: '| Héritier | Part | Parts (sihām) | Preuve |',
    headAmount: '| Héritier | Part | Parts (sihām) | Montant | Preuve |',
    estate: (a: string) => `Succession : ${a}.`,
    unstated: 'Aucun frais funéraire, dette ni legs n’a été indiqué : s’il y en a, ils passent d’abord (le legs dans la limite du tiers), et les parts s’appliquent au reste.',
    outgoings: (parts: string[], capped: boolean, left: string) =>
      `D’abord : ${parts.join(', ')}${capped ? ' (le legs ramené au tiers de ce que laissent les dettes)' : ''} ; les héritiers se partagent ${left}.`,
    outNames: { funeral: 'funérailles', debts: 'dettes', bequest: 'legs' },
    sameEither: 'Germain ou seulement par le père, les parts sont les mêmes.',
    orPaternal: '(ou par le père seulement)',
    missing: (n: number, of: number) => (n === of ? '(disparu, vivant ou mort on ne sait)' : `(dont ${n} disparus, vivants ou morts on ne sait)`),
    reading: (who: string) => `**Lu comme : ${who}**`,
    nothingLeft: 'Les frais funéraires et les dettes prennent toute la succession : il ne reste rien à hériter.',
    residue: 'le reste',
    excluded: (by: string) => (by ? `exclu (par ${by})` : 'rien'),
    barred: { homicide: 'n’hérite pas : a tué le défunt', religion: 'n’hérite pas : autre religion', adoption: 'n’hérite pas : adopté' },
    barredShort: { homicide: 'qui a tué le défunt', religion: 'd’une autre religion', adoption: 'adopté' },
    base: (b: string) => `Base du calcul : ${b}.`,
    awl: (n: string) => `portée à ${n} par ʿawl`,
    radd: 'le surplus revient aux héritiers à part fixe (radd)',
    final: (n: string) => `parts de chacun sur ${n}`,
    treasury: (f: string) => `${f} revient au trésor public (bayt al-māl).`,
    school: (s: string) => `Là où les écoles divergent, ce calcul suit l'école ${s}.`,
    other: (s: string, h: string) => `Autre avis (${s}) : ${h}.`,
    consensus: 'consensus',
    caution:
      "Calcul du module de farāʾiḍ ; pour une succession réelle, réglez d'abord les frais funéraires et les dettes, limitez le legs au tiers, et faites confirmer le partage par une personne de savoir.",
  },
  ar: {
    understood: (man: boolean, list: string) => `فهمتُ: ${man ? 'المتوفى رجل' : 'المتوفاة امرأة'}، والورثة: ${list}.`,
    assumed: 'افترضتُ',
    head: '| الوارث | النصيب | السهام | الدليل |',
    headAmount: '| الوارث | النصيب | السهام | المبلغ | الدليل |',
    estate: (a: string) => `التركة: ${a}.`,
    unstated: 'لم تُذكر تكاليف تجهيز ولا ديون ولا وصية: فإن وُجدت أُخرجت أولًا (والوصية في حدود الثلث)، وتُقسم الأنصبة على الباقي.',
    outgoings: (parts: string[], capped: boolean, left: string) => `يُخرج أولًا: ${parts.join('، ')}${capped ? ' (رُدّت الوصية إلى ثلث ما بعد الديون)' : ''}؛ ويقتسم الورثة ${left}.`,
    outNames: { funeral: 'التجهيز', debts: 'الديون', bequest: 'الوصية' },
    sameEither: 'سواء أكان القريب شقيقًا أم لأب، فالأنصبة واحدة.',
    orPaternal: '(أو لأب)',
    missing: (n: number, of: number) => (n === of ? '(مفقود لا تُعلم حياته من موته)' : `(منهم ${n} مفقود لا تُعلم حياته من موته)`),
    reading: (who: string) => `**على اعتبار: ${who}**`,
    nothingLeft: 'تستغرق تكاليف التجهيز والديون التركة كلها: فلا يبقى شيء للورثة.',
    residue: 'الباقي تعصيبًا',
    excluded: (by: string) => (by ? `محجوب (بـ${by})` : 'لا شيء'),
    barred: { homicide: 'لا يرث: قاتل', religion: 'لا يرث: اختلاف الدين', adoption: 'لا يرث: بالتبني' },
    barredShort: { homicide: 'القاتل', religion: 'المخالف في الدين', adoption: 'بالتبني' },
    base: (b: string) => `أصل المسألة: ${b}.`,
    awl: (n: string) => `وعالت إلى ${n}`,
    radd: 'ويُرَدّ الباقي على أصحاب الفروض',
    final: (n: string) => `وتصح من ${n}`,
    treasury: (f: string) => `ويذهب ${f} إلى بيت المال.`,
    school: (s: string) => `في مواضع الخلاف اتُّبع المذهب ${s}.`,
    other: (s: string, h: string) => `قول آخر (${s}): ${h}.`,
    consensus: 'الإجماع',
    caution: 'حُسبت بحاسبة الفرائض؛ وفي التركة الحقيقية تُقدَّم تكاليف التجهيز والديون، ولا تزيد الوصية على الثلث، ويُستوثق من القسمة عند أهل العلم.',
  },
} as const

const keyOf = (b: Basis) => (b.kind === 'quran' ? `quran/${b.surah}:${b.ayah}` : b.kind === 'hadith' ? `${b.collection}/${b.number}` : undefined)

/** The passages an answer cites, by the keys `Retriever.byKeys` takes. */
export function evidenceKeys(d: Distribution): { collection: string; key: string }[] {
  const keys = new Map<string, { collection: string; key: string }>()
  for (const h of d.heirs)
    for (const b of h.basis) {
      if (b.kind === 'quran') keys.set(keyOf(b)!, { collection: 'quran', key: `${b.surah}:${b.ayah}` })
      if (b.kind === 'hadith') keys.set(keyOf(b)!, { collection: b.collection, key: String(b.number) })
    }
  return [...keys.values()]
}

/** How a basis is cited in the answer: a verse or hadith among the sources with its [n], consensus by name. */
export function citedEvidence(sources: readonly Source[], lang: Lang): (b: Basis) => string {
  const cited = new Map<string, number>()
  for (const s of sources) {
    if (s.verses) cited.set(`quran/${s.verses.surah}:${s.verses.from}`, s.n)
    if (s.hadith) cited.set(`${s.hadith.collection}/${s.hadith.number}`, s.n)
  }
  return (b) => {
    const n = cited.get(keyOf(b) ?? '')
    if (b.kind === 'quran') return n ? `${quranReference[lang](b.surah, b.ayah)} [${n}]` : ''
    if (b.kind === 'hadith') return n ? `${HADITH_BOOKS[b.collection][lang]} ${b.number} [${n}]` : HADITH_BOOKS[b.collection][lang]
    return T[lang].consensus
  }
}

/**
 * Who inherits in one reading of a case, with their shares (the excluded left out), and what goes to the treasury
 * when a label for it is given; `nothing` when no one inherits.
 */
export function sharesLine(d: Distribution, lang: Lang, nothing: string, treasury?: string): string {
  const parts = d.heirs.filter((h) => !h.blockedBy && !h.share.isZero()).map((h) => `${heirLabel(h, lang)} ${h.share.toString()}`)
  if (treasury && !d.treasury.isZero()) parts.push(`${treasury} ${d.treasury.toString()}`)
  return parts.length > 0 ? parts.join(lang === 'ar' ? '، ' : ', ') : nothing
}

/** A colon as the language sets it (French puts a space before it). */
export const colon = (lang: Lang) => (lang === 'fr' ? ' :' : ':')

/** « ×3 » after a label when there are several. */
export const heirLabel = (h: { relation: Relation; count: number }, lang: Lang) => `${RELATION_LABELS[lang][h.relation]}${h.count > 1 ? ` ×${h.count}` : ''}`

/** What was understood (and what else, `extra`, was), then what was assumed. */
export function understoodLines(c: RecognisedCase, lang: Lang, extra: string[] = []): string[] {
  const t = T[lang]
  const qualified = (h: RecognisedCase['heirs'][number]) =>
    `${heirLabel(h, lang)}${h.barred ? ` (${t.barredShort[h.barred]})` : ''}${!h.barred && c.either?.includes(h.relation) ? ` ${t.orPaternal}` : ''}${!h.barred && c.missing?.relation === h.relation ? ` ${t.missing(c.missing.count, h.count)}` : ''}`
  const list = [...c.heirs.map(qualified), ...extra].join(lang === 'ar' ? '، ' : ', ')
  const lines = [t.understood(c.deceased === 'male', list)]
  const assumed = c.assumptions.map((a) => describeAssumption(a, lang))
  if (assumed.length > 0) lines.push(`${t.assumed}${colon(lang)} ${assumed.join('; ')}.`)
  return lines
}

/** The school followed, what the others hold, and the caution every computed answer ends with. */
export function closingLines(school: School, differences: Distribution['differences'], lang: Lang): string[] {
  const t = T[lang]
  const lines = [t.school(SCHOOL_NAMES[lang][school])]
  for (const diff of differences) lines.push(t.other(diff.schools.map((s) => SCHOOL_NAMES[lang][s]).join(', '), describeDifference(diff.holds, lang)))
  lines.push('', t.caution)
  return lines
}

export type Amounts = ((f: { n: bigint; d: bigint }) => string) | undefined

/** A table row; an empty cell is one space (the answer's check folds runs of spaces, and must find the text as written). */
export const row = (cells: string[]) => `|${cells.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`

/** The chat's answer to an inheritance case: what was understood, the table, the base, the evidence with its [n]. */
export function renderCase(c: RecognisedCase, d: Distribution, sources: readonly Source[], lang: Lang): string {
  const { lines, amountOf } = opening(c, lang)
  if (c.either) lines.push(T[lang].sameEither)
  lines.push(...tableLines(d, sources, lang, amountOf), ...closingLines(d.school, d.differences, lang))
  return lines.join('\n')
}

/**
 * A case with kin who may be full or paternal («أخت شقيقة أو لأب») whose two readings divide differently: each
 * reading's table under its name.
 */
export function renderReadings(c: RecognisedCase, readings: readonly [Distribution, Distribution], sources: readonly Source[], lang: Lang): string {
  const t = T[lang]
  const { lines, amountOf } = opening(c, lang)
  const names = (paternal: boolean) => (c.either ?? []).map((r) => RELATION_LABELS[lang][paternal ? (PATERNAL_OF[r] ?? r) : r]).join(lang === 'ar' ? '، ' : ', ')
  readings.forEach((d, k) => lines.push('', t.reading(names(k === 1)), ...tableLines(d, sources, lang, amountOf)))
  lines.push(...closingLines(readings[0].school, readings[0].differences, lang))
  return lines.join('\n')
}

/** What was understood, and the estate with what comes out of it first; the amounts of the heirs' part. */
export function opening(c: RecognisedCase, lang: Lang, extra: string[] = []): { lines: string[]; amountOf: Amounts } {
  const lines = understoodLines(c, lang, extra)
  // an estate the question states: each heir's amount, to the cent, of what the heirs share
  const e = c.estate
  // (a bequest said as a part is of what the funeral and the debts leave)
  const part = e?.bequestPart ? ((e.amount - (e.funeral ?? 0) - (e.debts ?? 0)) * e.bequestPart[0]) / e.bequestPart[1] : undefined
  const money = e ? estateShares(e.amount, { funeral: e.funeral ?? 0, debts: e.debts ?? 0, bequest: e.bequest ?? Math.max(0, part ?? 0) }) : undefined
  const amountOf = money?.ok ? (f: { n: bigint; d: bigint }) => formatAmount(money.amountOf(f), e!.unit, lang) : undefined
  if (e) lines.push(...estateLines(e, money, lang))
  return { lines, amountOf }
}

/** The table of shares (with amounts when an estate is given), the base, and what goes to the treasury. */
export function tableLines(d: Distribution, sources: readonly Source[], lang: Lang, amountOf: Amounts): string[] {
  const t = T[lang]
  const labels = RELATION_LABELS[lang]
  const evidence = citedEvidence(sources, lang)
  const lines = ['', amountOf ? t.headAmount : t.head, amountOf ? '|---|---|---|---|---|' : '|---|---|---|---|']
  for (const h of d.heirs) {
    const share = h.barred
      ? t.barred[h.barred]
      : h.blockedBy
        ? t.excluded(h.blockedBy.map((r) => labels[r]).join(', '))
        : // (a sharer whom the ʿawl or the sharers leave no residue keeps his share alone: the father's sixth beside two daughters and a husband)
          [h.fard?.toString(), h.residuary && (!h.fard || h.share.cmp(h.fard) > 0) ? t.residue : undefined].filter(Boolean).join(' + ')
    const final = h.blockedBy || h.barred ? '' : `${h.share.toString()} — ${h.sihaam}`
    const amount = amountOf ? [h.blockedBy || h.barred ? '' : amountOf(h.share)] : []
    lines.push(row([heirLabel(h, lang), share, final, ...amount, [...new Set(h.basis.map(evidence).filter(Boolean))].join('; ')]))
  }
  const base = [String(d.base), d.awlBase ? t.awl(String(d.awlBase)) : '', d.radd ? t.radd : '', d.baseFinal !== (d.awlBase ?? d.base) ? t.final(String(d.baseFinal)) : '']
  lines.push('', t.base(base.filter(Boolean).join(lang === 'ar' ? ' ' : ', ')))
  if (!d.treasury.isZero()) lines.push(t.treasury(`${d.treasury.toString()}${amountOf ? ` (${amountOf(d.treasury)})` : ''}`))
  return lines
}

/** The estate stated, and what comes out of it first (or that nothing was said to). */
function estateLines(e: StatedEstate, money: ReturnType<typeof estateShares> | undefined, lang: Lang): string[] {
  const t = T[lang]
  const fmt = (x: number) => formatAmount(x, e.unit, lang)
  if (!money?.ok) return [`${t.estate(fmt(e.amount))} ${t.nothingLeft}`]
  const parts = (['funeral', 'debts', 'bequest'] as const).flatMap((k) =>
    e[k] || (k === 'bequest' && e.bequestPart) ? [`${t.outNames[k]} ${fmt(k === 'bequest' ? money.summary.bequest : e[k]!)}`] : [],
  )
  return [`${t.estate(fmt(e.amount))} ${parts.length > 0 ? t.outgoings(parts, money.summary.bequest_capped, fmt(money.summary.to_heirs)) : t.unstated}`]
}

/** « 15 000 € », "15,000 $", «15,000 ريال»: grouped as the reader writes numbers (Latin digits throughout). */
function formatAmount(x: number, unit: string | undefined, lang: Lang): string {
  const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 }).format(x)
  if (!unit) return n
  // ("$40,000" in English; « 40 000 $ » in French)
  return lang === 'en' && /^[$£€]$/.test(unit) ? `${unit}${n}` : `${n} ${unit}`
}
