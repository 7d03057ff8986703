import { normaliseArabic } from '../text/arabic'

const DAGGER = '\u0670'

/**
 * The Uthmani spellings that imla'i writes otherwise, rewritten before folding: the vocative يَـٰٓأَيُّهَا is
 * two words (يا أيها), a waw or alef maqsura carrying the dagger alef is an alef (ٱلصَّلَوٰة → الصلاة,
 * أَتۡقَىٰكُمۡ → أتقاكم), and a final ىٰ is the imla'i ى (عَلَىٰ → على).
 */
function imlaiForms(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(^|\s)([وف]?)ي\u064E?\u0640?\u0670\u0653?(?=\p{L})/gu, '$1$2يا ')
    .replace(/[وى]\u0670\u0653?(?=[\u0621-\u064A])/g, 'ا')
    .replace(/ى\u0670/g, 'ى')
}

/**
 * The hamza's seat is a spelling choice (مسؤول and مسئول, شؤون and شئون, رءوس and رؤوس): a seated hamza is folded
 * like the lone one, to nothing, so that the spellings meet.
 */
const fold = (text: string) =>
  normaliseArabic(text.replace(/[ؤئ]/g, 'ء'))
    .replace(/[^\u0621-\u064A]+/g, ' ')
    .split(' ')
    .filter(Boolean)

/** A text's Arabic words, folded (diacritics, alef and hamza variants, Uthmani spellings) as they are compared. */
export function arabicWords(text: string): string[] {
  return fold(imlaiForms(text))
}

/**
 * A verse's words, each with the forms it may be written in: the dagger alef is an alef in some imla'i words
 * (كِتَٰب → كتاب) and nothing in others (ذَٰلِك → ذلك, ٱلرَّحۡمَٰن → الرحمن), so both are accepted.
 */
export function wordForms(text: string): string[][] {
  const imlai = imlaiForms(text)
  const withAlef = fold(imlai)
  const without = fold(imlai.replaceAll(DAGGER, ''))
  if (without.length !== withAlef.length) return withAlef.map((w) => [w])
  return withAlef.map((w, i) => (without[i] === w ? [w] : [w, without[i]!]))
}

/** The same word but for a conjunction و or ف stuck to one of them. */
function sameButConjunction(a: string, b: string): boolean {
  return a === b || ((a[0] === 'و' || a[0] === 'ف') && a.slice(1) === b) || ((b[0] === 'و' || b[0] === 'ف') && b.slice(1) === a)
}

/**
 * Whether `needle` occurs word for word in `haystack`. With `openingConjunction`, its first word may gain or
 * lose a conjunction (« صلوا كما رأيتموني » from « وصلوا كما رأيتموني »): it joins the quote to the sentence
 * around it, not to what is quoted.
 */
export function containsRun(haystack: readonly string[], needle: readonly string[], openingConjunction = false): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      const same = j === 0 && openingConjunction ? sameButConjunction(haystack[i]!, needle[0]!) : haystack[i + j] === needle[j]
      if (!same) continue outer
    }
    return true
  }
  return false
}

/** Longest common subsequence of two word lists, `b`'s words each in one of their forms (short lists: quadratic is fine). */
export function lcs(a: readonly string[], b: readonly (string | readonly string[])[]): number {
  let prev = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    const row = [0]
    for (let j = 0; j < b.length; j++) {
      const y = b[j]!
      const same = typeof y === 'string' ? x === y : y.includes(x)
      row.push(same ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!))
    }
    prev = row
  }
  return prev[b.length]!
}
