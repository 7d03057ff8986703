import type { Lang } from '../../contract/common'
import { numberAt } from './arabic-numbers'
import { arabicWordsOf } from './arabic-text'
import { HEADS, plain } from './parse-ar-words'

/**
 * An estate a question states: its amount and, when given, what it is counted in (« € », «ريال», "hectares"), with
 * the funeral costs, debts and bequest the question says come out of it.
 */
export interface StatedEstate {
  amount: number
  unit?: string
  funeral?: number
  debts?: number
  bequest?: number
  /** A bequest said as a part of what the debts leave («أوصى بالثلث», "a bequest of a quarter"), as [n, d]. */
  bequestPart?: [number, number]
}

/** «أوصى بالثلث», « un legs du quart », "he bequeathed a third": the part a bequest is said as. */
const BEQUEST_PART = [
  /(?:وصية|وصيه|أوصى|اوصى|وصى)\s+(?:ب|بـ)?(?:ال)?(ثلث|ربع|خمس|سدس|نصف)/,
  // (over the text without accents)
  /\b(?:bequest|bequeathed|bequeaths|legs|leguee?|legue|testament|a will|his will|her will)\b[^.;]{0,30}?(?<![\d/])\b(third|quarter|fourth|fifth|sixth|half|tiers|quart|cinquieme|sixieme|moitie|1\/[2-6])(?![\d/])/i,
]
const PARTS: Record<string, [number, number]> = {
  ثلث: [1, 3],
  ربع: [1, 4],
  خمس: [1, 5],
  سدس: [1, 6],
  نصف: [1, 2],
  third: [1, 3],
  quarter: [1, 4],
  fourth: [1, 4],
  fifth: [1, 5],
  sixth: [1, 6],
  half: [1, 2],
  tiers: [1, 3],
  quart: [1, 4],
  cinquieme: [1, 5],
  '1/2': [1, 2],
  '1/3': [1, 3],
  '1/4': [1, 4],
  '1/5': [1, 5],
  '1/6': [1, 6],
  sixieme: [1, 6],
  moitie: [1, 2],
}

/** An amount found in a question, with the words just before it (what it is an amount of). */
interface Found {
  amount: number
  unit?: string
  before: string
}

const OUTGOINGS: [RegExp, 'funeral' | 'debts' | 'bequest'][] = [
  [/(تجهيز|جنازة|الجنازة|دفن|كفن|\b(funeral|burial|fun[ée]railles|obs[èe]ques|enterrement|inhumation)\b)/i, 'funeral'],
  [/(دين|ديون|مدين|قرض|\b(debts?|owed|owes|owing|loan|dettes?|doit|devait|emprunt|cr[ée]dit)\b)/i, 'debts'],
  // (letters around, not \b, which « légué » ends outside of)
  [/(وصية|وصيه|أوصى|اوصى|وصى|(?<!\p{L})(bequest|bequeathed|legs|l[ée]gu[ée]e?s?|l[èe]gue|testament|a will|his will|her will)(?!\p{L}))/iu, 'bequest'],
]

/** The estate and what comes out of it, from the amounts in the order the question gives them. */
function stated(found: Found[]): StatedEstate | undefined {
  let estate: StatedEstate | undefined
  const out: Partial<Record<'funeral' | 'debts' | 'bequest', number>> = {}
  for (const f of found) {
    // (the words since the amount before: «وعليه دين 20000 وترك 100000» — the second is the estate)
    const near = f.before.slice(-25).split(/\d/).at(-1)!
    const kind = OUTGOINGS.find(([re]) => re.test(near))?.[1]
    if (kind) out[kind] = (out[kind] ?? 0) + f.amount
    // («a house worth 300k and 50k in savings», « 200 000 € et 30 000 € d'épargne», «5000 جنيه نقدا ونصف منزل بمبلغ
    // 8000 جنيه»: another asset joined to the first, in its unit, adds to the estate)
    else if (estate && (f.unit ?? estate.unit) === estate.unit && /(^|[\s(])(and|et|plus|و)|(^|\s)و\S/i.test(near)) estate = { ...estate, amount: estate.amount + f.amount }
    else estate ??= { amount: f.amount, ...(f.unit ? { unit: f.unit } : {}) }
  }
  return estate && { ...estate, ...out }
}

const AR_UNIT =
  /^\s*\)?\s*(?:من\s+)?(دينار|دينارا|دنانير|ريال|ريالا|ريالات|درهم|درهما|دراهم|جنيه|جنيها|جنيهات|الجنيهات|دولار|دولارا|دولارات|ليرة|يورو|€|\$|متر|مترا|م2|فدان|فدانا|هكتار|هكتارا|هكتارات|دونم|دونما|ج\b)/
const AR_ESTATE_WORDS = /(تركة|تركته|تركتها|التركة|مبلغ|مبلغا|بمبلغ|بقيمة|قدره|قدرها|مقداره|مقدارها|بمقدار|بلغت|قيمتها|قيمته|وترك|وتركت|ثروته|ثروتها)\s*(هي|هو)?\s*[:(]?\s*$/
const AR_OUTGOING_WORDS = /(دين|ديون|دينا|قرض|وصية|بوصية|تجهيز|تكفين|الجنازة)\s*(قدره|قدرها|مقداره|بمبلغ|بقيمة)?\s*[:(]?\s*$/
/** «50 ألف دولار», «2 مليون»: a thousand or a million after digits. */
const AR_SCALE = /^\s*(الف|ألف|ألفا|الفا|آلاف|الاف)(?=\s|$)|^\s*(مليون|ملايين)(?=\s|$)/

/** «وتركت 90000 ريال», «تركة مقدارها 7500», «بمقدار تركة 4000€», «بأربعة وعشرين ألفاً من الجنيهات». */
export function arabicEstate(text: string): StatedEstate | undefined {
  return stated(arabicAmounts(text))
}

/** «وأرض مساحتها 1000 متر»: a land the text measures, beside any money it states. */
export function arabicLand(text: string): number | undefined {
  return arabicAmounts(text).find((f) => f.unit && LAND_UNIT.test(f.unit))?.amount
}
const LAND_UNIT = /^(متر|مترا|م2|فدان|فدانا|هكتار|هكتارا|هكتارات|دونم|دونما)$/

/** «وترك 3 أبناء», «وترك: (3) ابن»: a bare number after «ترك» that counts heirs, not money. */
const countsKin = (rest: string) => {
  const next = arabicWordsOf(rest)[0]
  // («وتركت 5000 وزوجا»: an heir after «و» follows the amount, he is not counted by it)
  return next !== undefined && !next.startsWith('و') && (HEADS[next] !== undefined || HEADS[plain(next)] !== undefined)
}

function arabicAmounts(text: string): Found[] {
  const found: Found[] = []
  const t = text.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x0660)).replace(/(\d)[,،](?=\d{3}(?!\d))/g, '$1')
  for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) {
    const before = t.slice(Math.max(0, m.index - 30), m.index)
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 24)
    const scale = AR_SCALE.exec(rest)
    const after = scale ? rest.slice(scale[0].length) : rest
    const unit = AR_UNIT.exec(after.slice(0, 16))?.[1]
    // («وعليه دين 20000»: an outgoing names its amount as an estate word does)
    if (unit || ((AR_ESTATE_WORDS.test(before) || AR_OUTGOING_WORDS.test(before)) && !countsKin(rest)))
      found.push({ amount: Number(m[0]) * (scale ? (scale[2] ? 1_000_000 : 1000) : 1), ...(unit ? { unit } : {}), before })
  }
  if (found.length > 0) return found
  const words = arabicWordsOf(text)
  for (let i = 0; i < words.length; i++) {
    // «بأربعة وعشرين ألفاً»: a number after «ب»
    const n = numberAt(words, i) ?? (/^ب../.test(words[i]!) ? numberAt([words[i]!.slice(1), ...words.slice(i + 1)], 0) : undefined)
    if (!n) continue
    const unit = AR_UNIT.exec(words[i + n.length] ?? '')?.[1] ?? AR_UNIT.exec(`${words[i + n.length] ?? ''} ${words[i + n.length + 1] ?? ''}`)?.[1]
    if (unit || (AR_ESTATE_WORDS.test(words[i - 1] ?? '') && !countsKin(words[i + n.length] ?? '')))
      found.push({ amount: n.value, ...(unit ? { unit } : {}), before: words.slice(Math.max(0, i - 4), i).join(' ') })
    i += n.length - 1
  }
  return found
}

const LATIN_UNIT = /^\s*(€|euros?|eur|\$|dollars?|usd|£|pounds?|livres?|gbp|dirhams?|dh|mad|dinars?|da|riyals?|rials?|sar|francs?|fcfa|cfa|chf|hectares?|ha)\b|^\s*(€|\$|£)/i
const LATIN_UNIT_BEFORE = /(€|\$|£)\s*$/
const LATIN_ESTATE_WORDS = /\b(estate|worth|inheritance|of|leaving|left|leaves|laisse|laissant|laiss[ée]e?s?|succession|patrimoine|h[ée]ritage|de)\s*(?:of|de|d'un montant de|worth|:)?\s*$/i
const LATIN_SCALE = /^\s*(thousand|mille|k)\b|^\s*(million|millions)\b/i

/** « a laissé 120 000 € », "an estate of $50,000", "left 2 million dirhams", « un héritage de 90 000 euros ». */
function latinEstate(text: string): StatedEstate | undefined {
  const found: Found[] = []
  // thousands written with spaces, commas or points: 120 000, 120,000, 120.000 (a decimal keeps one or two digits)
  // (not the terms of a fraction: «un testament de 1/3» is a part, not 1 €)
  for (const m of text.matchAll(/(?<![\d/])(?:\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d))(?!\s?\/\s?\d)/g)) {
    const raw = m[0]
    const decimal = /[.,]\d{1,2}$/.exec(raw)
    const whole = (decimal ? raw.slice(0, -decimal[0].length) : raw).replace(/[ \u00a0\u202f,.]/g, '')
    let amount = Number(`${whole}${decimal ? `.${decimal[0].slice(1)}` : ''}`)
    const rest = text.slice(m.index + raw.length, m.index + raw.length + 30)
    const scale = LATIN_SCALE.exec(rest)
    if (scale) amount *= scale[2] ? 1_000_000 : 1000
    const after = scale ? rest.slice(scale[0].length) : rest
    const before = text.slice(Math.max(0, m.index - 30), m.index)
    const unit = LATIN_UNIT.exec(after)?.slice(1).find(Boolean) ?? LATIN_UNIT_BEFORE.exec(before)?.[1]
    // a bare number is an estate only right after words that announce one; a unit says it alone; after a first
    // sum, a bare one joined to it («300k and 50k») or right after a debt, a funeral or a bequest is one too
    const since = before.split(/\d/).at(-1)!
    const kin = /^\s*(?:[a-z-]+\s+)?(sons?|daughters?|brothers?|sisters?|wi(?:fe|ves)|children|heirs|fils|filles?|fr[eè]res?|s(?:oe|œ)urs?|enfants?|[ée]pouses?|h[ée]ritiers)\b/i.test(after)
    const follows = found.length > 0 && !kin && ((scale && /\b(and|et|plus)\s*$/i.test(since)) || OUTGOINGS.some(([re]) => re.test(since)))
    if (unit || (LATIN_ESTATE_WORDS.test(before) && scale) || follows) found.push({ amount, ...(unit ? { unit } : {}), before })
  }
  return stated(found)
}

export function estateIn(text: string, lang: Lang): StatedEstate | undefined {
  const estate = lang === 'ar' ? arabicEstate(text) : latinEstate(text)
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  const part = BEQUEST_PART.map((re, i) => re.exec(i === 0 ? text : plain)?.[1]?.toLowerCase()).find(Boolean)
  return estate && part && estate.bequest === undefined ? { ...estate, bequestPart: PARTS[part]! } : estate
}
