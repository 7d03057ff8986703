import { isHadithBook } from '../canon/hadith-books'
import type { HadithCanon } from '../canon/hadith-canon'
import { arabicSourceReference } from '../canon/hadith-names'
import { citedMatches, citedReference } from '../quotes/cited'
import { claimAround } from '../quotes/claim'
import { markedQuotes } from '../quotes/find'
import { type Judgement, judgeQuote, quotePieces } from '../quotes/judge'
import { quranCanon } from '../quotes/quran-match'
import { breathe, withCited } from '../quotes/scan'
import { attributionOf } from '../quotes/attributed'
import { withAttribution } from '../quotes/attribution-check'
import { arabicWords } from '../quotes/words'
import type { Lang } from '../text/analyze'

/**
 * Arabic quotations in an answer, checked against the cited sources, the canonical Qur'an and the installed
 * hadith collections (the span judge, quotes/judge.ts). A model can quote a verse or a hadith from memory and
 * change a word; the reader would take it for scripture. Each quoted Arabic span of three words or more must be
 * found word for word in a cited source, in the Qur'an (Uthmani or imla'i spelling) or in an installed hadith;
 * one that is close to verses or a hadith (most of its words, in order) is replaced by the authentic text with
 * its reference; anything else is removed with a visible marker. A verse reference written beside a quote
 * (« (البقرة: 185) ») that names other verses than those quoted is replaced by the right one, and so is a hadith
 * collection named as the source (« (رواه مسلم) ») that does not hold the words (attribution-check.ts).
 */

/** Builds the canonical word index now (about 0.3 s) rather than during the first answer. */
export function prepareQuoteCheck(): void {
  quranCanon()
}

export interface QuoteReport {
  content: string
  corrected: Array<{ quoted: string; reference: string }>
  removed: string[]
  /** References written beside a quote that named other verses, or collections that do not hold it, as written (replaced by the right ones). */
  references: string[]
}

const ARABIC = /[\u0621-\u064A]/

/** A quotation without a piece of three words or more is a word or two, not a quotation of scripture. */
const TOO_SHORT = (inner: string) => quotePieces(inner).length === 0

export async function checkArabicQuotes(answer: string, sourceTexts: string[], lang: Lang, marker: string, hadith?: HadithCanon): Promise<QuoteReport> {
  const corrected: QuoteReport['corrected'] = []
  const removed: string[] = []
  const sources = sourceTexts.map(arabicWords)
  // Verdicts first (the hadith canon is asked asynchronously), then the text is rebuilt in one pass.
  const quotes = markedQuotes(answer).filter((q) => !TOO_SHORT(q.inner))
  // The same words announced as a verse or as a hadith may be judged differently (judge.ts): keyed by both.
  const verdicts = new Map<string, Judgement>()
  // Each quote's written reference and what it is announced as, read once.
  const leads = quotes.map((q) => {
    const written = citedReference(answer, q.whole.start, q.end)
    const claim = claimAround(answer, q.whole.start, q.open, written?.verses)
    return { written, claim, key: `${claim ?? ''}\u0000${q.inner}` }
  })
  for (const [i, q] of quotes.entries()) {
    const { claim, key } = leads[i]!
    if (!verdicts.has(key)) verdicts.set(key, await judgeQuote(q.inner, { lang, hadith, sources }, claim))
    // (one quote at a time: a long answer's check leaves the event loop to other requests between its quotes)
    await breathe()
  }
  const references: string[] = []
  const edits: Array<{ start: number; end: number; by: string }> = []
  for (const [i, q] of quotes.entries()) {
    const { written, key } = leads[i]!
    // (words found in several verses are the one the reference names, when it holds them: not a wrong reference; a
    // saying several collections hold is the named one's)
    const source = attributionOf(answer, q.whole.start, q.end)
    const v = await withAttribution(answer, q.whole.start, q.end, withCited(answer, q.whole.start, q.end, verdicts.get(key)!, written?.verses, { lang }), { lang, hadith }, source)
    const wrong = written && v.reference && citedMatches(written.verses, v) === false
    if (wrong) {
      references.push(answer.slice(written.start, written.end))
      edits.push({ start: written.start, end: written.end, by: v.reference! })
    }
    // A collection named as the source that does not hold the words: the reference of what they were traced to instead.
    const checkedSource = source && 'attributed' in v ? v.attributed.matches : undefined
    const misattributed = source && v.reference && v.verdict !== 'unverifiable' && checkedSource === false
    if (misattributed) {
      const written = answer.slice(source.start, source.end)
      references.push(written)
      // (in the answer's own words: an Arabic source is rewritten in Arabic whatever the reader's language)
      const book = v.hadith && isHadithBook(v.hadith.collection) ? v.hadith.collection : undefined
      edits.push({ start: source.start, end: source.end, by: book && ARABIC.test(written) ? arabicSourceReference(book, v.hadith!.number) : v.reference! })
    }
    if (v.verdict === 'authentic') continue
    if (v.verdict === 'misquoted') {
      corrected.push({ quoted: q.inner.trim(), reference: v.reference! })
      const [lead, trail] = [/^\s*/.exec(q.inner)![0], /\s*$/.exec(q.inner)![0]]
      // (a reference or a source already beside it, right or corrected above, is not said twice)
      edits.push({ start: q.whole.start, end: q.whole.end, by: `${q.open}${lead}${v.authenticText}${trail}${q.close}${written || checkedSource !== undefined ? '' : ` (${v.reference})`}` })
    } else {
      removed.push(q.inner.trim())
      edits.push({ start: q.whole.start, end: q.whole.end, by: marker })
    }
  }
  let content = ''
  let at = 0
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue
    content += answer.slice(at, e.start) + e.by
    at = e.end
  }
  return { content: content + answer.slice(at), corrected, removed, references }
}
