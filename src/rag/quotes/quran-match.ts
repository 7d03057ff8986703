import { loadQuranUnits } from '../canon/quran'
import { arabicWords, lcs, wordForms } from './words'

/** Verses of one surah, first to last: what a quotation of the Qur'an is traced to. */
export interface VerseRange {
  surah: number
  from: number
  to: number
}

interface CanonVerse {
  surah: number
  ayah: number
  text: string
  /** Folded words, each in the forms it may be written in, of the Uthmani text and of the imla'i spelling (readers and models write either). */
  spellings: [string[][], string[][]]
}

interface Canon {
  verses: CanonVerse[]
  /** Folded word → indexes of the verses holding it, in either spelling. */
  byWord: Map<string, number[]>
  /** "surah:ayah" → index in `verses`. */
  at: Map<string, number>
}

let canon: Canon | undefined

/** The shipped Qur'an as a word index, built once (about 0.3 s): call it at start-up rather than during the first request. */
export function quranCanon(): Canon {
  if (canon) return canon
  const verses: CanonVerse[] = []
  const byWord = new Map<string, number[]>()
  const at = new Map<string, number>()
  for (const unit of loadQuranUnits()) {
    const ar = unit.texts.find((t) => t.lang === 'ar')!
    const imlai = arabicWords(ar.searchText ?? ar.text)
    const spellings: [string[][], string[][]] = [eitherSpelling(wordForms(ar.text), imlai), imlai.map((w) => [w])]
    const i = verses.push({ surah: unit.verses!.surah, ayah: unit.verses!.from, text: ar.text, spellings }) - 1
    at.set(`${unit.verses!.surah}:${unit.verses!.from}`, i)
    for (const w of new Set(spellings.flat(2))) {
      const list = byWord.get(w) ?? []
      byWord.set(w, list)
      list.push(i)
    }
  }
  canon = { verses, byWord, at }
  return canon
}

/**
 * A reader may write one word as the Uthmani text has it and the next as the imla'i does (« أولئك … أولو الألباب »:
 * the Uthmani folds to اولك but writes اولوا, the imla'i writes اولو but folds أولئك to اولايك), so each Uthmani
 * word also takes its imla'i form. The two spellings have as many words in all but 32 verses, and there the words
 * line up (each differs from its counterpart by two letters at most, checked over the whole text); the 32 others
 * are left apart.
 */
function eitherSpelling(uthmani: string[][], imlai: string[]): string[][] {
  if (uthmani.length !== imlai.length) return uthmani
  return uthmani.map((forms, i) => (forms.includes(imlai[i]!) ? forms : [...forms, imlai[i]!]))
}

/** The authentic (Uthmani) text of consecutive verses, one after the other. */
export function versesText(range: VerseRange): string {
  const { verses, at } = quranCanon()
  const first = at.get(`${range.surah}:${range.from}`)
  if (first === undefined) return ''
  return verses
    .slice(first, first + range.to - range.from + 1)
    .map((v) => v.text)
    .join(' ')
}

/** Where a word stands in a verse (in any of its forms). */
function positions(verse: readonly string[][], word: string): number[] {
  const out: number[] = []
  verse.forEach((forms, p) => {
    if (forms.includes(word)) out.push(p)
  })
  return out
}

/** Longest run of verses a quotation is compared with: a quote of more is cut by the one who quotes. */
const MAX_VERSES = 6

/**
 * The verses `words` occurs in word for word, starting in one verse and running on into the next ones of the
 * same surah if it is long, in one spelling or the other (starting in the verses `within` accepts); undefined when it is nowhere.
 */
export function findVerbatim(words: readonly string[], within?: (surah: number, ayah: number) => boolean): VerseRange | undefined {
  if (words.length === 0) return undefined
  const { verses, byWord } = quranCanon()
  for (const i of byWord.get(words[0]!) ?? []) {
    if (within && !within(verses[i]!.surah, verses[i]!.ayah)) continue
    for (const s of [0, 1] as const) {
      const own = verses[i]!.spellings[s]
      for (const p of positions(own, words[0]!)) {
        const end = runFrom(i, s, p, words)
        if (end !== undefined) return { surah: verses[i]!.surah, from: verses[i]!.ayah, to: verses[end]!.ayah }
      }
    }
  }
  return undefined
}

/**
 * The longest run of `words` from `at` on that a verse holds word for word (running on into the next verses), and
 * those verses — only runs of `minLength` words or more. The candidates are the places of the rarest of the first
 * `minLength` words, not of the first word: scanning a long text, each start would otherwise try every place of a
 * particle such as «من» (some 3,000), and a text of such words took seconds per request.
 */
export function longestVerbatimAt(words: readonly string[], at: number, minLength = 1): { length: number; verses: VerseRange } | undefined {
  const { verses, byWord } = quranCanon()
  const span = Math.max(1, minLength)
  if (at + span > words.length) return undefined
  let anchor = 0
  for (let j = 1; j < span; j++) if ((byWord.get(words[at + j]!)?.length ?? 0) < (byWord.get(words[at + anchor]!)?.length ?? 0)) anchor = j
  let best: { length: number; verses: VerseRange } | undefined
  for (const i of byWord.get(words[at + anchor]!) ?? []) {
    for (const s of [0, 1] as const) {
      for (const p of positions(verses[i]!.spellings[s], words[at + anchor]!)) {
        const start = stepBack(i, s, p, anchor)
        if (!start) continue
        let [v, k] = start
        const first = v
        let n = 0
        let last = v
        while (at + n < words.length) {
          while (k >= verses[v]!.spellings[s].length && verses[v + 1]?.surah === verses[i]!.surah) [v, k] = [v + 1, 0]
          if (!verses[v]!.spellings[s][k]?.includes(words[at + n]!)) break
          last = v
          n++
          k++
        }
        if (n >= span && (!best || n > best.length)) best = { length: n, verses: { surah: verses[first]!.surah, from: verses[first]!.ayah, to: verses[last]!.ayah } }
      }
    }
  }
  return best
}

/** The place `back` words before word `p` of verse `i` (in spelling `s`), within its surah; undefined before the surah's start. */
function stepBack(i: number, s: 0 | 1, p: number, back: number): [number, number] | undefined {
  const { verses } = quranCanon()
  let v = i
  let k = p - back
  while (k < 0) {
    if (verses[v - 1]?.surah !== verses[i]!.surah) return undefined
    v--
    k += verses[v]!.spellings[s].length
  }
  return [v, k]
}

/** The index of the verse where `words` ends when read from word `p` of verse `i` on; undefined if it differs. */
function runFrom(i: number, s: 0 | 1, p: number, words: readonly string[]): number | undefined {
  const { verses } = quranCanon()
  let v = i
  let k = p
  for (const w of words) {
    while (k >= verses[v]!.spellings[s].length) {
      const next = verses[v + 1]
      if (!next || next.surah !== verses[i]!.surah) return undefined
      v++
      k = 0
    }
    if (!verses[v]!.spellings[s][k]!.includes(w)) return undefined
    k++
  }
  return v
}

export interface NearestVerses {
  verses: VerseRange
  /** Share of the quote's words found, in order, in those verses. */
  share: number
  /** How many words those verses have. */
  size: number
  /** The longest run of the quote's words found one after the other in those verses. */
  run: number
  /** The verse (or verses, when it crosses from one to the next) holding that run (or a longer one among the candidates). */
  readonly runVerses: VerseRange
}

/** How many verses sharing words with a quotation are compared with it in full (the rest share too few). */
const CANDIDATES = 40
/** The best-ranked verses whose predecessors are tried as the start of a quote of several verses. */
const LEAD_CANDIDATES = 5
/** A following verse joins the match only if it brings at least this many more of the quote's words in order (and half its own words). */
const MIN_GAIN = 2

let widest: number | undefined

/** The most words MAX_VERSES consecutive verses of one surah hold: no quote longer than this can be mostly theirs. */
export function widestVerseWindow(): number {
  if (widest !== undefined) return widest
  const { verses } = quranCanon()
  widest = 0
  for (let i = 0; i < verses.length; i++) {
    let n = 0
    for (let j = i; j < i + MAX_VERSES && verses[j]?.surah === verses[i]!.surah; j++) n += Math.max(verses[j]!.spellings[0].length, verses[j]!.spellings[1].length)
    widest = Math.max(widest, n)
  }
  return widest
}

/**
 * The consecutive verses holding most of the quote's words in order (a misquote of them), scored by that
 * share. A verse is added after the first only while it brings more of the quote's words: a quote of one
 * verse is not stretched over its neighbours by the common words they share.
 */
export function nearestVerses(words: readonly string[]): NearestVerses | undefined {
  if (words.length === 0) return undefined
  const { verses, byWord } = quranCanon()
  // Verses ranked by the quote's words they hold, a rare word counting for more than « الله » or « من ».
  const shared = new Map<number, number>()
  for (const w of new Set(words)) {
    const holders = byWord.get(w) ?? []
    const weight = Math.log(verses.length / (holders.length || 1))
    for (const i of holders) shared.set(i, (shared.get(i) ?? 0) + weight)
  }
  const ranked = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([i]) => i)
  // A quote of several verses may begin with one of common words only: the verses before the best ones are tried too.
  const candidates = new Set(ranked.slice(0, CANDIDATES))
  for (const i of ranked.slice(0, LEAD_CANDIDATES)) {
    for (let k = 1; k < MAX_VERSES && verses[i - k]?.surah === verses[i]!.surah; k++) candidates.add(i - k)
  }
  let best: { i: number; j: number; s: 0 | 1; matched: number; size: number } | undefined
  for (const i of candidates) {
    for (const s of [0, 1] as const) {
      let window: string[][] = []
      let matched = 0
      let taken = 0
      for (let j = i; j < i + MAX_VERSES && verses[j]?.surah === verses[i]!.surah; j++) {
        // Checked before a verse is skipped for bringing too little: the skipped ones lengthen the window all the same.
        if (window.length > words.length * 2 + 20) break
        window = [...window, ...verses[j]!.spellings[s]]
        const m = lcs(words, window)
        // Measured against the last window taken, not the previous verse (a verse of common words may come
        // between), and the verses added must be mostly the quote's: an invented tail shares a few words with any.
        if (j > i && m - matched < Math.max(MIN_GAIN, (window.length - taken) / 2)) continue
        matched = m
        taken = window.length
        const better = !best || matched > best.matched || (matched === best.matched && window.length < best.size)
        if (better) best = { i, j, s, matched, size: window.length }
      }
    }
  }
  if (!best) return undefined
  // The first verse stays only if it brings its share of the quote: the best run may have begun one verse early.
  if (best.j > best.i) {
    const rest = verses.slice(best.i + 1, best.j + 1).flatMap((v) => v.spellings[best!.s])
    const m = lcs(words, rest)
    if (best.matched - m < MIN_GAIN) best = { ...best, i: best.i + 1, matched: m, size: rest.length }
  }
  const span = verses.slice(best.i, best.j + 1)
  const runs = ([0, 1] as const).map((sp) =>
    longestRun(
      words,
      span.flatMap((v) => v.spellings[sp]),
    ),
  )
  const sp = runs[0]!.length >= runs[1]!.length ? 0 : 1
  const run = runs[sp]!
  const { i, j } = best
  return {
    verses: rangeOf(i, j),
    share: best.matched / words.length,
    size: best.size,
    run: run.length,
    // (read only for a quote accepted for its run alone: the candidates' runs are not scanned for the others)
    get runVerses() {
      const longer = longerRun(words, candidates, run)
      if (longer || run.length === 0) return longer ?? rangeOf(i, j)
      const owner = span.flatMap((v, k) => v.spellings[sp].map(() => i + k))
      return rangeOf(owner[run.at]!, owner[run.at + run.length - 1]!)
    },
  }
}

/**
 * A verse among the candidates holding a longer run of the quote than the best window does: a long verse may hold
 * more of a quote's common words scattered, while the verse the quote began by copying holds the longer run.
 */
function longerRun(words: readonly string[], candidates: Iterable<number>, than: { length: number }): VerseRange | undefined {
  const { verses } = quranCanon()
  let best = { length: than.length, verse: -1 }
  for (const c of candidates)
    for (const s of [0, 1] as const) {
      const { length } = longestRun(words, verses[c]!.spellings[s])
      if (length > best.length) best = { length, verse: c }
    }
  return best.verse < 0 ? undefined : rangeOf(best.verse, best.verse)
}

function rangeOf(i: number, j: number): VerseRange {
  const { verses } = quranCanon()
  return { surah: verses[i]!.surah, from: verses[i]!.ayah, to: verses[j]!.ayah }
}

/** The longest run of `words` found one after the other in `window` (words in any of their forms), and where in `window` it starts. */
function longestRun(words: readonly string[], window: readonly string[][]): { length: number; at: number } {
  let best = { length: 0, at: 0 }
  for (let i = 0; i < words.length; i++) {
    for (let j = 0; j < window.length; j++) {
      let k = 0
      while (i + k < words.length && j + k < window.length && window[j + k]!.includes(words[i + k]!)) k++
      if (k > best.length) best = { length: k, at: j }
    }
  }
  return best
}
