import { numberAt } from './arabic-numbers'
import { Fraction } from './fraction'

/** The unit fractions by their noun, «نصف» to «عشر». */
const UNIT: Record<string, number> = { نصف: 2, ثلث: 3, ربع: 4, خمس: 5, سدس: 6, سبع: 7, ثمن: 8, تسع: 9 }
/** Their duals («الثلثان», «خمسين»; «الربعان» is a half, not a share anyone is given) and broken plurals («ثلاثة أرباع», «خمسة أسداس»). */
const DUAL: Record<string, number> = { ثلثان: 3, ثلثين: 3, ثلثا: 3, ثلثي: 3, خمسان: 5, خمسين: 5, سدسان: 6, سدسين: 6, سبعان: 7, سبعين: 7, ثمنان: 8, ثمنين: 8, تسعان: 9, تسعين: 9 }
/** A dual's construct form before a pronoun («سدساها»); alone, «سدسًا» is one sixth. */
const CONSTRUCT: Record<string, string> = { ثلثا: 'ثلثان', سدسا: 'سدسان', خمسا: 'خمسان', سبعا: 'سبعان', ثمنا: 'ثمنان', تسعا: 'تسعان' }
const PLURAL: Record<string, number> = { اثلاث: 3, ارباع: 4, اخماس: 5, اسداس: 6, اسباع: 7, اثمان: 8, اتساع: 9 }

export interface FractionMention {
  value: Fraction
  /** Word index of the first word and how many words the fraction spans. */
  at: number
  length: number
}

/** «والنصف», «بالثلث» → the noun («سدسًا» keeps its alif: «ثلثا» is a dual before its complement). */
const nounOf = (w: string) => w.replace(/^و/, '').replace(/^(ال|بال|فال|لل|كال)/, '')
/** «خمسين», «سبعين», «تسعين» without the article, or before «ألف» or a currency, are fifty, seventy, ninety. */
const NUMBER_LIKE = new Set(['خمسين', 'سبعين', 'تسعين'])

/**
 * The fractions written in words in normalised Arabic words: «النصف», «الثلثان», «الخمسين» (two fifths, only with
 * the article, since «خمسين» alone is fifty), «ثلاثة أرباع», «نصف السدس» (a twelfth: a fraction of a fraction).
 */
export function arabicFractions(words: readonly string[]): FractionMention[] {
  const out: FractionMention[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    // («سدساها», «ثلثاه»: a dual before a pronoun is the dual)
    const noun = nounOf(w).replace(/^(\S+ا)(ها|ه|هما|هم|هن)$/, (all, dual: string) => CONSTRUCT[dual] ?? all)
    const hasArticle = /^(و?)(ال|بال|فال|لل|كال)/.test(w)
    let value: Fraction | undefined
    let at = i
    const unit = UNIT[noun] ?? UNIT[noun.replace(/ا$/, '')]
    const numeral = NUMBER_LIKE.has(noun) && (!hasArticle || /^(الف|الاف|الفا|دينار|ريال|درهم|جنيه|سهم|سهما)$/.test(words[i + 1] ?? ''))
    if (DUAL[noun] && !numeral) value = Fraction.of(2, DUAL[noun]!)
    else if (unit) value = Fraction.of(1, unit)
    else if (PLURAL[noun] && i > 0) {
      const n = numberBefore(words, i)
      if (n) {
        value = Fraction.of(n.value, PLURAL[noun]!)
        at = n.at
      }
    }
    if (!value) continue
    // «نصف السدس»: a fraction of the fraction that follows it with its article
    const next = words[i + 1]
    const of = next && /^(ال)/.test(next) && UNIT[nounOf(next)] ? Fraction.of(1, UNIT[nounOf(next)]!) : undefined
    if (of) {
      out.push({ value: value.mul(of), at, length: i + 2 - at })
      i++
    } else out.push({ value, at, length: i + 1 - at })
  }
  return out
}

/** «ثلاثة» before «أرباع», «خمسة» before «أسداس». */
function numberBefore(words: readonly string[], i: number): { value: number; at: number } | undefined {
  // («الخمسة أسداس»: the number may carry the article)
  const bare = words.map((w) => w.replace(/^ال(?=.{3})/, ''))
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const n = numberAt(bare, k)
    if (n && k + n.length === i) return { value: n.value, at: k }
  }
  return undefined
}
