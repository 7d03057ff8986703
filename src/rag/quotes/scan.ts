import { type AttributedSource, withAttribution } from './attribution-check'
import { type CitedVerses, citedMatches, citedVerses } from './cited'
import { claimAround } from './claim'
import { arabicRuns, markedQuotes, type Span } from './find'
import { type Judgement, type JudgeContext, judgeQuote, quotePieces } from './judge'
import { findVerbatim, longestVerbatimAt, nearestVerses, widestVerseWindow } from './quran-match'
import { quranReference } from '../canon/quran'
import { arabicWords } from './words'
import { versesText } from './quran-match'

/** A quotation found in a text (or given), with the judge's verdict and the reference or source written beside it, if any. */
export type JudgedSpan = Span & Judgement & { cited?: CitedVerses; attributed?: AttributedSource }

/**
 * Lets the event loop serve others between pieces of work: a long text of many quotes (up to the request's limit)
 * is judged in slices — one quote, or STARTS_PER_SLICE starts of an unmarked run — never in one stretch that would
 * hold every other request of the server (a 19,800-character text of particles held it 17 s).
 */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))
const STARTS_PER_SLICE = 256

/** An unmarked run must hold this many words of a verse in a row to be taken for a quotation (fewer occur in any Arabic prose). */
const MIN_UNMARKED_WORDS = 5
/** An unmarked clause is a misquote only when it is nearly all the verse's words: prose shares some of them by chance. */
const UNMARKED_MISQUOTE_SHARE = 0.8

/**
 * The reference written beside a quotation (`cited`, read by cited.ts), and the judgement it settles: words found
 * word for word in several verses (« ولا تقتلوا النفس التي حرم الله إلا بالحق » is in 6:151 and 17:33) are the
 * verse the answer names when they are there too.
 */
export function withCited(text: string, start: number, end: number, judged: Judgement, cited: CitedVerses | undefined, ctx: Pick<JudgeContext, 'lang'>): Judgement & { cited?: CitedVerses } {
  if (!cited) return judged
  const pieces = quotePieces(text.slice(start, end))
  if (judged.verdict !== 'authentic' || !judged.verses || citedMatches(cited, judged) !== false || pieces.length !== 1) return { ...judged, cited }
  const named = findVerbatim(pieces[0]!, (surah, ayah) => surah === cited.surah && (cited.from === undefined || (ayah >= cited.from - 1 && ayah <= (cited.to ?? cited.from))))
  return named ? { ...judged, verses: named, reference: quranReference[ctx.lang](named.surah, named.from, named.to), cited } : { ...judged, cited }
}

/** Judges the given spans of a text, one verdict per span, in their order. */
export async function judgeSpans(text: string, spans: readonly Span[], ctx: JudgeContext): Promise<JudgedSpan[]> {
  const out: JudgedSpan[] = []
  for (const s of spans) {
    const cited = citedVerses(text, s.start, s.end)
    const judged = await judgeQuote(text.slice(s.start, s.end), ctx, claimAround(text, s.start, '', cited))
    out.push({ ...s, ...(await withAttribution(text, s.start, s.end, withCited(text, s.start, s.end, judged, cited, ctx), ctx)) })
    await breathe()
  }
  return out
}

/**
 * Finds a text's quotations and judges them: every marked Arabic quotation of three words or more, and, outside
 * them, unmarked words that run word for word through a verse, or an unmarked clause that is nearly all a
 * verse's words (a misquote). Unmarked hadith are not looked for: each clause would be a search of the
 * collections, and an answer has dozens of clauses.
 */
export async function scanText(text: string, ctx: JudgeContext): Promise<JudgedSpan[]> {
  const marked = markedQuotes(text).filter((q) => quotePieces(q.inner).length > 0)
  const found: JudgedSpan[] = []
  for (const q of marked) {
    // The quote's own words, without the spaces inside its marks.
    const lead = /^\s*/.exec(q.inner)![0].length
    const trail = /\s*$/.exec(q.inner)![0].length
    const cited = citedVerses(text, q.whole.start, q.end)
    const judged = await judgeQuote(q.inner, ctx, claimAround(text, q.whole.start, q.open, cited))
    const sourced = await withAttribution(text, q.whole.start, q.end, withCited(text, q.whole.start, q.end, judged, cited, ctx), ctx)
    found.push({ start: q.start + lead, end: q.end - trail, ...sourced })
    await breathe()
  }
  for (const run of arabicRuns(
    text,
    marked.map((q) => q.whole),
  )) {
    found.push(...(await unmarked(run, ctx)))
    await breathe()
  }
  return found.sort((a, b) => a.start - b.start)
}

async function unmarked(run: Array<Span & { word: string }>, ctx: JudgeContext): Promise<JudgedSpan[]> {
  const tokens = run.flatMap((t) => arabicWords(t.word).map((w) => ({ ...t, folded: w })))
  const words = tokens.map((t) => t.folded)
  const out: JudgedSpan[] = []
  // (the first words of a start the Qur'an does not hold, remembered: a text repeating them is not searched again
  // at each repetition)
  const nowhere = new Set<string>()
  for (let s = 0, tried = 0; s < words.length; tried++) {
    if (tried > 0 && tried % STARTS_PER_SLICE === 0) await breathe()
    const opening = words.slice(s, s + MIN_UNMARKED_WORDS).join(' ')
    const hit = nowhere.has(opening) ? undefined : longestVerbatimAt(words, s, MIN_UNMARKED_WORDS)
    if (!hit) nowhere.add(opening)
    // (longestVerbatimAt gives only runs of MIN_UNMARKED_WORDS words or more)
    if (hit) {
      const v = hit.verses
      out.push({ start: tokens[s]!.start, end: tokens[s + hit.length - 1]!.end, kind: 'quran', verdict: 'authentic', verses: v, reference: quranReference[ctx.lang](v.surah, v.from, v.to), share: 1 })
      s += hit.length
    } else s++
  }
  // (a run too long for the verses it could misquote to hold its share of words is not compared word by word)
  if (out.length > 0 || words.length < MIN_UNMARKED_WORDS || words.length * UNMARKED_MISQUOTE_SHARE > widestVerseWindow()) return out
  const near = nearestVerses(words)
  if (!near || near.share < UNMARKED_MISQUOTE_SHARE || near.size > words.length * 1.5) return out
  const v = near.verses
  return [
    {
      start: tokens[0]!.start,
      end: tokens.at(-1)!.end,
      kind: 'quran',
      verdict: 'misquoted',
      verses: v,
      reference: quranReference[ctx.lang](v.surah, v.from, v.to),
      authenticText: versesText(v),
      share: near.share,
    },
  ]
}
