import type { HadithCanon } from '../canon/hadith-canon'
import { hadithReference, isHadithBook } from '../canon/hadith-books'
import { quranReference } from '../canon/quran'
import type { Lang } from '../text/analyze'
import type { Claim } from './claim'
import { nearestHadith } from './hadith-match'
import { alignedVerses } from './quran-align'
import { closestVerses } from './quran-loose'
import { findVerbatim, type NearestVerses, nearestVerses, type VerseRange, versesText } from './quran-match'
import { arabicWords, containsRun } from './words'

/**
 * The span judge: what one quotation is (a verse, a hadith, or neither found) and whether it is quoted word for
 * word. The answer check (answer/quotes.ts) and the verification service both stand on it, so a quotation gets
 * the same verdict wherever it is read.
 */
type QuoteKind = 'quran' | 'hadith' | 'unknown'
type QuoteVerdict = 'authentic' | 'misquoted' | 'unverifiable'

export interface Judgement {
  kind: QuoteKind
  verdict: QuoteVerdict
  /** The verses quoted (authentic) or corrupted (misquoted). */
  verses?: VerseRange
  hadith?: { collection: string; number: number }
  /** The verses' or the hadith's reference, in the reader's language. */
  reference?: string
  /** For a misquote: the authentic words it corrupts (the whole verses, or the corresponding part of the hadith). */
  authenticText?: string
  /** Share of the quote's words found in order in the nearest verses or hadith (1 when authentic). */
  share?: number
}

export interface JudgeContext {
  lang: Lang
  /** The installed hadith collections; without them only the Qur'an is checked. */
  hadith?: HadithCanon
  /** Folded words of texts the quote may come from besides scripture (an answer's cited sources). */
  sources?: readonly string[][]
  /** Share of a quote's words, in order, the nearest verses or hadith must hold for it to be a misquote of them. */
  minShare?: number
  /** Or: words of the quote found one after the other in the nearest verses (a verse quoted right, then invented on). */
  minRun?: number
  /** A quote announced as a verse that is close to none: the share of its weight (by rarity, stems in part) the closest verses must hold for it to be a misquote of them. */
  minLooseShare?: number
  /** Of the verses a loose match runs over, one that holds this share of what they hold is taken alone. */
  singleVerseShare?: number
  /** Failing that, the score of the stretch of verses it copies in order (quran-align.ts) for it to be their misquote. */
  minLooseAligned?: number
  /** The share of a quote's content words, in order, a hadith of a collection named as its source must hold (versionShare in hadith-match.ts). */
  heldShare?: number
}

/** Fewer words than this are found everywhere (« في سبيل الله »): not judged. */
const MIN_QUOTE_WORDS = 3
/** Below this share the nearest verse is a coincidence of common words, not what the quote was meant to be. */
const MISQUOTE_MIN_SHARE = 0.7
/** A run this long is a verse's own words, not chance (checked on IslamicEval's shared half by cross-validation, eval/citations.ts). */
const MISQUOTE_MIN_RUN = 5
/** For a quote announced as a verse (checked on IslamicEval's shared half by cross-validation, eval/citations.ts). */
const LOOSE_MIN_SHARE = 0.6
/** About two rare words in order with little skipped (« تنصروا الله ينصركم »); chosen by cross-validation there too. It replaced a run of three words whole or by stem, which let common phrases through. */
const LOOSE_MIN_ALIGNED = 15

const ELLIPSIS = /\s*(?:…|\.{3})\s*/
const UNVERIFIABLE: Judgement = { kind: 'unknown', verdict: 'unverifiable' }

/** The folded words of a quotation's pieces long enough to judge (an excerpt cut with « … » has several). */
export function quotePieces(text: string): string[][] {
  return piecesOf(text).map((p) => p.words)
}

/** The pieces with their text as written: the index is searched with that, analysed as the hadith were. */
function piecesOf(text: string): Array<{ raw: string; words: string[] }> {
  return text
    .split(ELLIPSIS)
    .map((raw) => ({ raw, words: arabicWords(raw) }))
    .filter((p) => p.words.length >= MIN_QUOTE_WORDS)
}

/**
 * One quotation's verdict. An excerpt cut with « … » is authentic when each piece is; otherwise it is judged
 * whole, as the misquote of what its pieces together come closest to. `claim` is what the words introducing
 * the quote announce it as (claim.ts): a quote announced as a verse that is close to none is the misquote of
 * the verses it resembles most, if it resembles them enough; of a verse and a hadith, the announced one is taken.
 */
export async function judgeQuote(text: string, ctx: JudgeContext, claim?: Claim): Promise<Judgement> {
  const pieces = piecesOf(text)
  if (pieces.length === 0) return judgeShort(arabicWords(text), ctx.lang)
  if (pieces.length === 1) return judgeWords(pieces[0]!, ctx, claim)
  const each = await Promise.all(pieces.map((p) => judgeWords(p, ctx)))
  if (each.every((j) => j.verdict === 'authentic')) return joinAuthentic(each, ctx.lang)
  const whole = await judgeWords({ raw: pieces.map((p) => p.raw).join(' '), words: pieces.flatMap((p) => p.words) }, ctx, claim)
  return whole.verdict === 'misquoted' ? whole : UNVERIFIABLE
}

/**
 * A quotation of one or two words (a short verse, « وَٱلضُّحَىٰ ») is judged word for word only: so few words
 * are close to many verses, so no misquote is inferred from them.
 */
function judgeShort(words: string[], lang: Lang): Judgement {
  const verbatim = words.length > 0 ? findVerbatim(words) : undefined
  if (!verbatim) return UNVERIFIABLE
  return { kind: 'quran', verdict: 'authentic', verses: verbatim, reference: quranReference[lang](verbatim.surah, verbatim.from, verbatim.to), share: 1 }
}

/** Authentic pieces of one surah report the verses from the first piece's to the last's. */
function joinAuthentic(each: Judgement[], lang: Lang): Judgement {
  const first = each[0]!
  const ranges = each.map((j) => j.verses)
  if (ranges.every((r) => r && r.surah === first.verses?.surah)) {
    const verses = { surah: first.verses!.surah, from: Math.min(...ranges.map((r) => r!.from)), to: Math.max(...ranges.map((r) => r!.to)) }
    return { ...first, verses, reference: quranReference[lang](verses.surah, verses.from, verses.to) }
  }
  return first
}

async function judgeWords({ raw, words }: { raw: string; words: string[] }, ctx: JudgeContext, claim?: Claim): Promise<Judgement> {
  const minShare = ctx.minShare ?? MISQUOTE_MIN_SHARE
  if (ctx.sources?.some((s) => containsRun(s, words))) return { kind: 'unknown', verdict: 'authentic', share: 1 }
  const verbatim = findVerbatim(words)
  if (verbatim) return { kind: 'quran', verdict: 'authentic', verses: verbatim, reference: quranReference[ctx.lang](verbatim.surah, verbatim.from, verbatim.to), share: 1 }
  const verses = nearerWithoutConjunction(words, nearestVerses(words))
  const hadith = ctx.hadith ? await nearestHadith(words, ctx.hadith, { query: raw }) : undefined
  // Words announced as a verse that only a hadith holds are not an authentic verse: the hadith is what they misquote.
  if (hadith?.verbatim && claim !== 'quran') return { kind: 'hadith', verdict: 'authentic', ...hadithFacts(hadith, ctx.lang), share: 1 }
  const minRun = ctx.minRun ?? MISQUOTE_MIN_RUN
  const quranShare = verses && (verses.share >= minShare || verses.run >= minRun) ? verses.share : 0
  const hadithShare = hadith && hadith.share >= minShare ? hadith.share : 0
  if (quranShare === 0 && hadithShare === 0) return claim === 'quran' ? looseVerses(words, ctx) : UNVERIFIABLE
  const quranFirst = claim === 'quran' ? quranShare > 0 : claim === 'hadith' ? hadithShare === 0 : quranShare >= hadithShare
  // Accepted for the run alone, the quote is that run's verse quoted right and then invented on: that verse is named.
  if (verses && quranFirst) return misquotedVerses(verses.share >= minShare ? verses.verses : verses.runVerses, quranShare, ctx.lang)
  return { kind: 'hadith', verdict: 'misquoted', ...hadithFacts(hadith!, ctx.lang), authenticText: hadith!.text, share: hadithShare }
}

/**
 * The nearest verses of the quote read without the conjunction of its first word, when that brings more of it in
 * order: a model joins a quote to its sentence with « و » or « ف » (« وقل الله أعلم … » from « قل الله أعلم … »).
 */
function nearerWithoutConjunction(words: string[], found: NearestVerses | undefined): NearestVerses | undefined {
  const first = words[0]!
  if (first.length < 3 || (first[0] !== 'و' && first[0] !== 'ف')) return found
  const without = nearestVerses([first.slice(1), ...words.slice(1)])
  return without && (!found || without.share > found.share) ? without : found
}

function misquotedVerses(r: VerseRange, share: number, lang: Lang): Judgement {
  return { kind: 'quran', verdict: 'misquoted', verses: r, reference: quranReference[lang](r.surah, r.from, r.to), authenticText: versesText(r), share }
}

/**
 * A quote announced as a verse and close to none word for word: the verses it resembles by rare words and stems,
 * if enough; else the verses whose opening or middle it copies in order before inventing the rest, if enough.
 */
function looseVerses(words: readonly string[], ctx: JudgeContext): Judgement {
  const loose = closestVerses(words, ctx.singleVerseShare)
  if (loose && loose.share >= (ctx.minLooseShare ?? LOOSE_MIN_SHARE)) return misquotedVerses(loose.verses, loose.share, ctx.lang)
  const aligned = alignedVerses(words)
  if (!aligned || aligned.weight < (ctx.minLooseAligned ?? LOOSE_MIN_ALIGNED)) return UNVERIFIABLE
  return misquotedVerses(aligned.verses, aligned.share, ctx.lang)
}

export function hadithFacts(h: { collection: string; number: number }, lang: Lang): Pick<Judgement, 'hadith' | 'reference'> {
  const reference = isHadithBook(h.collection) ? hadithReference(h.collection, h.number, lang) : `${h.collection} ${h.number}`
  return { hadith: { collection: h.collection, number: h.number }, reference }
}
