import { candidateVerses, looseIndex, STEM_CREDIT, weighed } from './quran-loose'
import { quranCanon, type VerseRange } from './quran-match'

/**
 * The stretch of verses a made-up « verse » copies before it wanders off. A model often quotes the first words
 * of a verse right (« وإن تنصروا الله ينصركم ») and invents the rest (« وكان الله عزيزا حميدا »); a match that
 * counts the quote's words wherever they fall prefers a long verse holding the invented tail's common words one
 * by one. A local alignment (Smith–Waterman) scores the words found in order, each by its rarity, and charges
 * for what is skipped, so a run of rare words together outweighs the same weight scattered.
 */

/** What skipping a word costs, in the weights' unit (« الله » weighs 1.4, a word of one verse 8): an invented word of the quote… */
const SKIP_QUOTE_WORD = 1
/** …and a verse word the quote leaves out (models shorten verses more often than they pad them). */
const SKIP_VERSE_WORD = 0.5
/** Verses after a candidate that the stretch may run into (and the one before it). */
const FOLLOWING = 3

export interface AlignedVerses {
  verses: VerseRange
  /** The alignment's score: the weight of the words found in order, less what the skips cost. */
  weight: number
  /** That score as a share of the quotation's whole weight. */
  share: number
}

/** The consecutive verses holding the best-scoring stretch of the quotation, in order. */
export function alignedVerses(words: readonly string[]): AlignedVerses | undefined {
  const { stems, weights, total } = weighed(words)
  if (total === 0) return undefined
  const { verses } = quranCanon()
  const verseStems = looseIndex().stems
  let best = { weight: 0, first: -1, last: -1 }
  for (const c of candidateVerses(words, stems, weights)) {
    const from = verses[c - 1]?.surah === verses[c]!.surah ? c - 1 : c
    for (const s of [0, 1] as const) {
      const forms: string[][] = []
      const formStems: Set<string>[] = []
      const owner: number[] = []
      for (let v = from; v <= c + FOLLOWING && verses[v]?.surah === verses[c]!.surah; v++) {
        forms.push(...verses[v]!.spellings[s])
        formStems.push(...verseStems[v]![s])
        for (let k = 0; k < verses[v]!.spellings[s].length; k++) owner.push(v)
      }
      const found = localAlignment(words, stems, weights, forms, formStems)
      if (found.weight > best.weight) best = { weight: found.weight, first: owner[found.start]!, last: owner[found.end]! }
    }
  }
  if (best.first < 0) return undefined
  const first = verses[best.first]!
  return { verses: { surah: first.surah, from: first.ayah, to: verses[best.last]!.ayah }, weight: best.weight, share: best.weight / total }
}

/** The best local alignment's score and where it starts and ends among the verse words. */
function localAlignment(
  words: readonly string[],
  stems: readonly string[],
  weights: readonly number[],
  forms: readonly string[][],
  formStems: readonly Set<string>[],
): { weight: number; start: number; end: number } {
  let best = { weight: 0, start: -1, end: -1 }
  // Per column: the score of the best alignment ending there, and the verse word it starts at.
  let prev = new Array<number>(forms.length + 1).fill(0)
  let prevStart = new Array<number>(forms.length + 1).fill(-1)
  for (let a = 0; a < words.length; a++) {
    const row = [0]
    const rowStart = [-1]
    for (let b = 0; b < forms.length; b++) {
      const credit = forms[b]!.includes(words[a]!) ? 1 : formStems[b]!.has(stems[a]!) ? STEM_CREDIT : 0
      let score = 0
      let start = -1
      if (credit > 0) {
        score = prev[b]! + credit * weights[a]!
        start = prev[b]! > 0 ? prevStart[b]! : b
      }
      if (prev[b + 1]! - SKIP_QUOTE_WORD > score) {
        score = prev[b + 1]! - SKIP_QUOTE_WORD
        start = prevStart[b + 1]!
      }
      if (row[b]! - SKIP_VERSE_WORD > score) {
        score = row[b]! - SKIP_VERSE_WORD
        start = rowStart[b]!
      }
      row.push(score)
      rowStart.push(start)
      if (score > best.weight) best = { weight: score, start, end: b }
    }
    prev = row
    prevStart = rowStart
  }
  return best
}
