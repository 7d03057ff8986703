import type { HadithCanon } from '../canon/hadith-canon'
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

/** The installed hadith that holds the quote word for word, else the one holding most of its words in order. */
export async function nearestHadith(words: readonly string[], canon: HadithCanon): Promise<HadithMatch | undefined> {
  const candidates = await canon.candidates(words.join(' '))
  let best: HadithMatch | undefined
  for (const c of candidates) {
    const hadith = wordsOf(c.arabic)
    if (containsRun(hadith.folded, words, true)) return { collection: c.collection, number: c.number, verbatim: true, share: 1, text: c.arabic }
    const window = bestWindow(words, hadith)
    if (!best || window.share > best.share) best = { collection: c.collection, number: c.number, verbatim: false, share: window.share, text: window.text }
  }
  return best
}
