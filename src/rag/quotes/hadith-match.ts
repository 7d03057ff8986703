import type { HadithCanon } from '../canon/hadith-canon'
import { isStopword } from '../text/stopwords'
import { arabicWords, containsRun, lcs } from './words'

/** An installed hadith a quotation was traced to: verbatim, or the closest window of its words (a misquote). */
export interface HadithMatch {
  collection: string
  number: number
  verbatim: boolean
  /** Share of the quote's words found, in order, in `text`. */
  share: number
  /** The authentic words: the part of the hadith the quote corresponds to (its whole text when verbatim). */
  text: string
}

/** A text's words with diacritics (as shown) beside their folded form (as compared). */
function wordsOf(text: string): { shown: string[]; folded: string[] } {
  const shown: string[] = []
  const folded: string[] = []
  for (const token of text.split(/\s+/)) {
    const f = arabicWords(token).join('')
    if (!f) continue
    shown.push(token)
    folded.push(f)
  }
  return { shown, folded }
}

/** The window of the hadith (as many words as the quote) that shares most of its words in order. */
function bestWindow(words: readonly string[], hadith: { shown: string[]; folded: string[] }): { share: number; text: string } {
  const size = Math.min(hadith.folded.length, words.length)
  let best = { share: 0, at: 0 }
  for (let at = 0; at + size <= hadith.folded.length; at++) {
    if (!words.includes(hadith.folded[at]!) && at > 0) continue
    const share = lcs(words, hadith.folded.slice(at, at + size)) / words.length
    if (share > best.share) best = { share, at }
  }
  // Punctuation inside the window is the text's own; at its edges it belongs to the words outside.
  const text = hadith.shown
    .slice(best.at, best.at + size)
    .join(' ')
    .replace(/^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$/gu, '')
  return { share: best.share, text }
}

/**
 * The installed hadith that holds the quote word for word, else the one holding most of its words in order (in
 * one collection, if named). The candidates are searched with the quote as written (`query`) when given: its
 * folded words are the comparison's, not the index's (« شقائق » folds to « شقاق », a word the index has not got).
 */
export async function nearestHadith(words: readonly string[], canon: HadithCanon, where: { query?: string; collection?: string } = {}): Promise<HadithMatch | undefined> {
  return nearestAmong(words, await canon.candidates(where.query ?? words.join(' '), undefined, where.collection))
}

/** Of hadith already found, the one that holds the quote word for word, else the one holding most of its words in order. */
export function nearestAmong(words: readonly string[], candidates: ReadonlyArray<{ collection: string; number: number; arabic: string }>): HadithMatch | undefined {
  let best: HadithMatch | undefined
  for (const c of candidates) {
    const hadith = wordsOf(c.arabic)
    if (containsRun(hadith.folded, words, true)) return { collection: c.collection, number: c.number, verbatim: true, share: 1, text: c.arabic }
    const window = bestWindow(words, hadith)
    if (!best || window.share > best.share) best = { collection: c.collection, number: c.number, verbatim: false, share: window.share, text: window.text }
  }
  return best
}

/**
 * How much of a saying a hadith holds as its own version: the share of the quote's content words (particles
 * aside) found in order in a stretch of the hadith up to half as long again as the quote. Versions of one saying
 * differ by a particle (« لا يقبل الله صلاة » / « لا تقبل صلاة ») or a narrator's remark inserted (« إذا قام أحدكم –
 * وفي حديث أبي عوانة من قام من مجلسه – ثم رجع »); another saying sharing « على كل » does not count.
 */
export function versionShare(words: readonly string[], arabic: string): number {
  const content = words.filter((w) => !isStopword(w, 'ar'))
  const wanted = content.length > 0 ? content : words
  if (wanted.length === 0) return 0
  const folded = wordsOf(arabic).folded
  const size = Math.ceil(words.length * 1.5)
  let best = 0
  // (a stretch may run past the hadith's end: the saying often closes it)
  for (let at = 0; at < folded.length; at++) {
    if (at > 0 && !wanted.includes(folded[at]!)) continue
    best = Math.max(best, lcs(wanted, folded.slice(at, at + size)) / wanted.length)
  }
  return best
}
