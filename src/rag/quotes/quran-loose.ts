import { rootStemArabic } from '../text/arabic'
import { quranCanon, type VerseRange } from './quran-match'

/**
 * The verses a quotation resembles when it is not a misquote of them word for word: a « verse » a model made
 * up from memory keeps the verse's rarer words but bends their forms (يبتغي for يبتغ, امرأة for امرأت,
 * تستغفر for استغفر) and pads them with common ones. Words are compared by stem as well as whole, and each
 * counts by its rarity in the Qur'an, so that « الله » and « من » do not make every verse look alike.
 */

interface LooseIndex {
  /** Per verse, per spelling (Uthmani, imla'i): each word's stems (of each of its forms). */
  stems: Array<[Set<string>[], Set<string>[]]>
  /** Stem → indexes of the verses holding it. */
  byStem: Map<string, Set<number>>
}

let index: LooseIndex | undefined

export function looseIndex(): LooseIndex {
  if (index) return index
  const { verses } = quranCanon()
  const byStem = new Map<string, Set<number>>()
  const stems = verses.map((v, i) => {
    const per = v.spellings.map((spelling) => spelling.map((forms) => new Set(forms.map(rootStemArabic)))) as [Set<string>[], Set<string>[]]
    for (const s of per.flatMap((sp) => sp.flatMap((set) => [...set]))) {
      const list = byStem.get(s) ?? new Set<number>()
      byStem.set(s, list)
      list.add(i)
    }
    return per
  })
  index = { stems, byStem }
  return index
}

/** A stem match counts for this share of a whole-word match: the form was bent, the word is the verse's. */
export const STEM_CREDIT = 0.6
/** Verses ranked by shared rare words and stems that are compared in full. */
const CANDIDATES = 60
/** Longest run of verses compared with one quotation. */
const MAX_VERSES = 6
/** A following verse joins only if it brings this share of the quotation's weight more. */
const MIN_GAIN = 0.1

/** A word's weight: the rarer in the Qur'an, the more it says which verse is meant (a word in none weighs most). */
function rarity(word: string, stem: string): number {
  const { verses, byWord } = quranCanon()
  const holders = byWord.get(word)?.length ?? looseIndex().byStem.get(stem)?.size ?? 0
  return Math.log((verses.length + 1) / (holders + 1))
}

/**
 * Longest common subsequence, weighted: a whole word gives its weight, a word of the same stem part of it. One
 * pass gives it for every prefix of the verses' words (the value at each column), so for every run of verses.
 */
function weightedLcsByPrefix(words: readonly string[], stems: readonly string[], weights: readonly number[], forms: readonly string[][], formStems: readonly Set<string>[]): number[] {
  let prev = new Array<number>(forms.length + 1).fill(0)
  for (let i = 0; i < words.length; i++) {
    const row = [0]
    for (let j = 0; j < forms.length; j++) {
      const credit = forms[j]!.includes(words[i]!) ? 1 : formStems[j]!.has(stems[i]!) ? STEM_CREDIT : 0
      row.push(Math.max(prev[j]! + credit * weights[i]!, prev[j + 1]!, row[j]!))
    }
    prev = row
  }
  return prev
}

const weightedLcs = (...args: Parameters<typeof weightedLcsByPrefix>) => weightedLcsByPrefix(...args).at(-1)!

/** One verse of a run that holds this share of what the run holds is the verse meant; the others lent common words (checked by cross-validation, eval/citations.ts). */
const SINGLE_VERSE_SHARE = 0.6

/**
 * A made-up « verse » shares a few words with any neighbour of the verse it bends, so a run of verses always
 * holds a little more of it than one: the one verse that holds most of what the run holds is taken instead.
 */
function singleVerse<T extends { i: number; j: number; s: 0 | 1; matched: number }>(best: T, words: readonly string[], stems: readonly string[], weights: readonly number[], minShare: number): T {
  if (best.j === best.i) return best
  const { verses } = quranCanon()
  const verseStems = looseIndex().stems
  let top = { k: best.i, matched: -1 }
  for (let k = best.i; k <= best.j; k++) {
    const m = Math.max(...([0, 1] as const).map((s) => weightedLcs(words, stems, weights, verses[k]!.spellings[s], verseStems[k]![s])))
    if (m > top.matched) top = { k, matched: m }
  }
  return top.matched >= best.matched * minShare ? { ...best, i: top.k, j: top.k, matched: top.matched } : best
}

/** A quotation's words with their stems and weights (rarity), and the sum of the weights. */
export function weighed(words: readonly string[]): { stems: string[]; weights: number[]; total: number } {
  const stems = words.map(rootStemArabic)
  const weights = words.map((w, i) => rarity(w, stems[i]!))
  return { stems, weights, total: weights.reduce((a, b) => a + b, 0) }
}

/** The verses sharing most of a quotation's weight (words whole or by stem), best first: those compared in full. */
export function candidateVerses(words: readonly string[], stems: readonly string[], weights: readonly number[]): number[] {
  const { byWord } = quranCanon()
  const { byStem } = looseIndex()
  const shared = new Map<number, number>()
  words.forEach((w, k) => {
    if (words.indexOf(w) !== k) return
    for (const i of new Set([...(byWord.get(w) ?? []), ...(byStem.get(stems[k]!) ?? [])])) shared.set(i, (shared.get(i) ?? 0) + weights[k]!)
  })
  return [...shared.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([i]) => i)
}

export interface LooseVerses {
  verses: VerseRange
  /** Share of the quotation's weight (rare words weigh more) found in order in the verses, stems counting in part. */
  share: number
}

/**
 * The consecutive verses (one unless the next ones bring more of the quotation) that a quotation resembles most;
 * one verse of them when it holds `singleVerseShare` of what they hold.
 */
export function closestVerses(words: readonly string[], singleVerseShare = SINGLE_VERSE_SHARE): LooseVerses | undefined {
  if (words.length === 0) return undefined
  const { verses } = quranCanon()
  const { stems: verseStems } = looseIndex()
  const { stems, weights, total } = weighed(words)
  if (total === 0) return undefined
  let best: { i: number; j: number; s: 0 | 1; matched: number } | undefined
  for (const i of candidateVerses(words, stems, weights)) {
    for (const s of [0, 1] as const) {
      // The verses that may follow, read once: each run's value is the pass's value where its last verse ends.
      const ends: number[] = []
      const forms: string[][] = []
      const formStems: Set<string>[] = []
      for (let j = i; j < i + MAX_VERSES && verses[j]?.surah === verses[i]!.surah; j++) {
        forms.push(...verses[j]!.spellings[s])
        formStems.push(...verseStems[j]![s])
        ends.push(forms.length)
      }
      const byPrefix = weightedLcsByPrefix(words, stems, weights, forms, formStems)
      let matched = 0
      for (let k = 0; k < ends.length; k++) {
        // Checked before a verse is skipped for bringing too little: the skipped ones lengthen the run all the same.
        if (k > 0 && ends[k - 1]! > words.length * 2 + 20) break
        const m = byPrefix[ends[k]!]!
        if (k > 0 && m - matched < total * MIN_GAIN) continue
        matched = m
        if (!best || m > best.matched + 1e-9) best = { i, j: i + k, s, matched: m }
      }
    }
  }
  if (!best) return undefined
  best = singleVerse(best, words, stems, weights, singleVerseShare)
  const span = verses.slice(best.i, best.j + 1)
  return { verses: { surah: span[0]!.surah, from: span[0]!.ayah, to: span.at(-1)!.ayah }, share: best.matched / total }
}
