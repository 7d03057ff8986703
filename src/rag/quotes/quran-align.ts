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
export interface AlignedVerses {
  verses: VerseRange
  /** The alignment's score: the weight of the words found in order, less what the skips cost. */
  weight: number
  /** That score as a share of the quotation's whole weight. */
  share: number
}

/**
 * The verse holding the best-scoring stretch of the quotation, in order; of two that hold it equally, the shorter
 * (the stretch is more of it). One verse: the words a made-up « verse » copies are one verse's (IslamicEval's
 * annotators name a single verse as the correction of all but one of the 230 misquotes of its shared half), and a
 * stretch allowed to cross into the next verse gathered that verse's common opening (« يا أيها الذين آمنوا ») too.
 */
export function alignedVerses(words: readonly string[]): AlignedVerses | undefined {
  const { stems, weights, total } = weighed(words)
  if (total === 0) return undefined
  const { verses } = quranCanon()
  const verseStems = looseIndex().stems
  let best = { weight: 0, verse: -1, size: 0 }
  for (const c of candidateVerses(words, stems, weights)) {
    for (const s of [0, 1] as const) {
      const weight = localAlignment(words, stems, weights, verses[c]!.spellings[s], verseStems[c]![s])
      const size = verses[c]!.spellings[s].length
      if (weight > best.weight + 1e-9 || (weight > best.weight - 1e-9 && weight > 0 && size < best.size)) best = { weight, verse: c, size }
    }
  }
  if (best.verse < 0) return undefined
  const { surah, ayah } = verses[best.verse]!
  return { verses: { surah, from: ayah, to: ayah }, weight: best.weight, share: best.weight / total }
}

/** The best local alignment's score (the weight of the words found in order, less what the skips cost). */
function localAlignment(words: readonly string[], stems: readonly string[], weights: readonly number[], forms: readonly string[][], formStems: readonly Set<string>[]): number {
  let best = 0
  // Per column: the score of the best alignment ending there.
  let prev = new Array<number>(forms.length + 1).fill(0)
  for (let a = 0; a < words.length; a++) {
    const row = [0]
    for (let b = 0; b < forms.length; b++) {
      const credit = forms[b]!.includes(words[a]!) ? 1 : formStems[b]!.has(stems[a]!) ? STEM_CREDIT : 0
      const score = Math.max(0, credit > 0 ? prev[b]! + credit * weights[a]! : 0, prev[b + 1]! - SKIP_QUOTE_WORD, row[b]! - SKIP_VERSE_WORD)
      row.push(score)
      best = Math.max(best, score)
    }
    prev = row
  }
  return best
}
