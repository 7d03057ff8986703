import type { HadithCanon } from '../canon/hadith-canon'
import { hadithReference, isHadithBook } from '../canon/hadith-books'
import { loadQuranUnits, quranReference } from '../canon/quran'
import type { Lang } from '../text/analyze'
import { normaliseArabic } from '../text/arabic'

/**
 * Arabic quotations in an answer, checked against the cited sources, the canonical Qur'an and the installed
 * hadith collections. A model can quote a verse or a hadith from memory and change a word; the reader would
 * take it for scripture. Each quoted Arabic span of three words or more must be found word for word in a
 * cited source, in the Qur'an (Uthmani or imla'i spelling) or in an installed hadith; one that is close to a
 * verse or a hadith (most of its words, in order) is replaced by the authentic text with its reference;
 * anything else is removed with a visible marker.
 */

interface CanonVerse {
  surah: number
  ayah: number
  text: string
  /** Normalised words of the Uthmani text and of the imla'i spelling. */
  spellings: string[][]
}

interface Canon {
  verses: CanonVerse[]
  /** Normalised word → indexes of the verses containing it. */
  byWord: Map<string, Set<number>>
}

let canon: Canon | undefined

function arabicWords(text: string): string[] {
  return normaliseArabic(text)
    .replace(/[^\u0621-\u064A]+/g, ' ')
    .split(' ')
    .filter(Boolean)
}

/** Builds the canonical word index now (about 0.3 s) rather than during the first answer. */
export function prepareQuoteCheck(): void {
  canonical()
}

function canonical(): Canon {
  if (canon) return canon
  const verses: CanonVerse[] = []
  const byWord = new Map<string, Set<number>>()
  for (const unit of loadQuranUnits()) {
    const ar = unit.texts.find((t) => t.lang === 'ar')!
    const spellings = [arabicWords(ar.text), arabicWords(ar.searchText ?? ar.text)]
    const i = verses.push({ surah: unit.verses!.surah, ayah: unit.verses!.from, text: ar.text, spellings }) - 1
    for (const w of spellings.flat()) {
      const set = byWord.get(w) ?? new Set<number>()
      byWord.set(w, set)
      set.add(i)
    }
  }
  canon = { verses, byWord }
  return canon
}

function containsRun(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/** Longest common subsequence of two word lists (short lists: quadratic is fine). */
function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    const row = [0]
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!))
    prev = row
  }
  return prev[b.length]!
}

/** What a quotation turned out to be; a misquote carries the authentic words and where they are. */
type Verdict = { kind: 'verified' } | { kind: 'misquoted'; share: number; text: string; reference: string } | { kind: 'unverified' }

/** Share of a quote's words, in order, that a verse must hold for the quote to count as a misquote of it. */
const MISQUOTE_MIN_SHARE = 0.6

function judgeQuran(words: string[], lang: Lang): Verdict {
  const { verses, byWord } = canonical()
  const candidates = new Set<number>()
  for (const w of words) for (const i of byWord.get(w) ?? []) candidates.add(i)
  let best: { verse: CanonVerse; share: number } | undefined
  for (const i of candidates) {
    const next = verses[i + 1]
    for (const spelling of [0, 1]) {
      const own = verses[i]!.spellings[spelling]!
      // A quote may run on into the next verse.
      const span = next && next.surah === verses[i]!.surah ? [...own, ...next.spellings[spelling]!] : own
      if (containsRun(span, words)) return { kind: 'verified' }
      const share = lcs(words, own) / words.length
      if (!best || share > best.share) best = { verse: verses[i]!, share }
    }
  }
  return best && best.share >= MISQUOTE_MIN_SHARE
    ? { kind: 'misquoted', share: best.share, text: best.verse.text, reference: quranReference[lang](best.verse.surah, best.verse.ayah) }
    : { kind: 'unverified' }
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
function bestWindow(words: string[], hadith: { shown: string[]; folded: string[] }): { share: number; text: string } {
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

async function judgeHadith(words: string[], canon: HadithCanon, lang: Lang): Promise<Verdict> {
  const candidates = await canon.candidates(words.join(' '))
  let best: Extract<Verdict, { kind: 'misquoted' }> | undefined
  for (const c of candidates) {
    const hadith = wordsOf(c.arabic)
    if (containsRun(hadith.folded, words)) return { kind: 'verified' }
    const window = bestWindow(words, hadith)
    const reference = isHadithBook(c.collection) ? hadithReference(c.collection, c.number, lang) : `${c.collection} ${c.number}`
    if (!best || window.share > best.share) best = { kind: 'misquoted', share: window.share, text: window.text, reference }
  }
  return best && best.share >= MISQUOTE_MIN_SHARE ? best : { kind: 'unverified' }
}

/**
 * One quotation's verdict: found word for word in a cited source, the Qur'an or an installed hadith
 * collection; else a misquote of the closest verse or hadith (most of its words, in order); else unverified.
 */
async function judge(words: string[], sourceWords: string[][], lang: Lang, hadith?: HadithCanon): Promise<Verdict> {
  if (sourceWords.some((s) => containsRun(s, words))) return { kind: 'verified' }
  const quran = judgeQuran(words, lang)
  if (quran.kind === 'verified' || !hadith) return quran
  const fromHadith = await judgeHadith(words, hadith, lang)
  if (fromHadith.kind === 'verified') return fromHadith
  if (quran.kind === 'misquoted' && (fromHadith.kind !== 'misquoted' || quran.share >= fromHadith.share)) return quran
  return fromHadith
}

export interface QuoteReport {
  content: string
  corrected: Array<{ quoted: string; reference: string }>
  removed: string[]
}

const QUOTED = /(«|“|"|﴿)([^«»“”"﴿﴾\n]{3,1500}?)(»|”|"|﴾)/g
const ELLIPSIS = /\s*(?:…|\.{3})\s*/

/** The quoted Arabic pieces of a quotation (an excerpt cut with « … » is checked piece by piece), or null if it is not Arabic. */
function arabicPieces(inner: string): string[][] | null {
  const letters = inner.replace(/[^\p{L}]/gu, '')
  const arabic = letters.replace(/[^\u0621-\u064A\u0671-\u06D3]/g, '')
  if (letters.length === 0 || arabic.length / letters.length < 0.7) return null
  const pieces = inner
    .split(ELLIPSIS)
    .map(arabicWords)
    .filter((w) => w.length >= 3)
  return pieces.length > 0 ? pieces : null
}

export async function checkArabicQuotes(answer: string, sourceTexts: string[], lang: Lang, marker: string, hadith?: HadithCanon): Promise<QuoteReport> {
  const corrected: QuoteReport['corrected'] = []
  const removed: string[] = []
  const sourceWords = sourceTexts.map(arabicWords)
  // Verdicts first (the hadith canon is asked asynchronously), then the text is rebuilt in one pass.
  const verdicts = new Map<string, Verdict[]>()
  for (const m of answer.matchAll(QUOTED)) {
    const pieces = arabicPieces(m[2]!)
    if (pieces && !verdicts.has(m[2]!)) verdicts.set(m[2]!, await Promise.all(pieces.map((p) => judge(p, sourceWords, lang, hadith))))
  }
  const content = answer.replace(QUOTED, (whole, open: string, inner: string, close: string) => {
    const found = verdicts.get(inner)
    if (!found || found.every((v) => v.kind === 'verified')) return whole
    const misquote = found.length === 1 && found[0]!.kind === 'misquoted' ? found[0]! : undefined
    if (misquote) {
      corrected.push({ quoted: inner.trim(), reference: misquote.reference })
      const [lead, trail] = [/^\s*/.exec(inner)![0], /\s*$/.exec(inner)![0]]
      return `${open}${lead}${misquote.text}${trail}${close} (${misquote.reference})`
    }
    removed.push(inner.trim())
    return marker
  })
  return { content, corrected, removed }
}
