import { loadQuranUnits, quranReference } from '../canon/quran'
import type { Lang } from '../text/analyze'
import { normaliseArabic } from '../text/arabic'

/**
 * Arabic quotations in an answer, checked against the canonical Qur'an and the cited sources. A model can
 * quote a verse from memory and change a word; the reader would take it for the Qur'an. Each quoted Arabic
 * span of three words or more must be found word for word in a cited source or in the Qur'an (Uthmani or
 * imla'i spelling); one that is close to a verse (most of its words, in order) is replaced by that verse's
 * authentic text; anything else is removed with a visible marker.
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

type Verdict = { kind: 'verified' } | { kind: 'misquoted'; verse: CanonVerse } | { kind: 'unverified' }

/** Share of a quote's words, in order, that a verse must hold for the quote to count as a misquote of it. */
const MISQUOTE_MIN_SHARE = 0.6

function judge(words: string[], sourceWords: string[][]): Verdict {
  if (sourceWords.some((s) => containsRun(s, words))) return { kind: 'verified' }
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
  return best && best.share >= MISQUOTE_MIN_SHARE ? { kind: 'misquoted', verse: best.verse } : { kind: 'unverified' }
}

export interface QuoteReport {
  content: string
  corrected: Array<{ quoted: string; reference: string }>
  removed: string[]
}

const QUOTED = /(«|“|"|﴿)([^«»“”"﴿﴾\n]{3,1500}?)(»|”|"|﴾)/g
const ELLIPSIS = /\s*(?:…|\.{3})\s*/

export function checkArabicQuotes(answer: string, sourceTexts: string[], lang: Lang, marker: string): QuoteReport {
  const corrected: QuoteReport['corrected'] = []
  const removed: string[] = []
  let sourceWords: string[][] | undefined
  const content = answer.replace(QUOTED, (whole, open: string, inner: string, close: string) => {
    const letters = inner.replace(/[^\p{L}]/gu, '')
    const arabic = letters.replace(/[^\u0621-\u064A\u0671-\u06D3]/g, '')
    if (letters.length === 0 || arabic.length / letters.length < 0.7) return whole
    // An excerpt cut with « … » is checked piece by piece.
    const pieces = inner
      .split(ELLIPSIS)
      .map(arabicWords)
      .filter((w) => w.length >= 3)
    if (pieces.length === 0) return whole
    sourceWords ??= sourceTexts.map(arabicWords)
    const verdicts = pieces.map((p) => judge(p, sourceWords!))
    if (verdicts.every((v) => v.kind === 'verified')) return whole
    const misquote = verdicts.length === 1 && verdicts[0]!.kind === 'misquoted' ? verdicts[0]!.verse : undefined
    if (misquote) {
      const reference = quranReference[lang](misquote.surah, misquote.ayah)
      corrected.push({ quoted: inner.trim(), reference })
      const [lead, trail] = [/^\s*/.exec(inner)![0], /\s*$/.exec(inner)![0]]
      return `${open}${lead}${misquote.text}${trail}${close} (${reference})`
    }
    removed.push(inner.trim())
    return marker
  })
  return { content, corrected, removed }
}
