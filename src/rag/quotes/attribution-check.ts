import type { HadithBook } from '../canon/hadith-books'
import type { HadithCanon } from '../canon/hadith-canon'
import { type Attribution, attributionOf } from './attributed'
import { type HadithMatch, nearestAmong, nearestHadith, versionShare } from './hadith-match'
import { hadithFacts, type Judgement, type JudgeContext, quotePieces } from './judge'
import { arabicWords } from './words'

/**
 * The collections a text names as a quotation's source (attributed.ts), checked against the installed ones.
 * `matches`: every named collection that is installed holds the words — as the hadith the quotation was traced
 * to, or as a version of it (most of its words, in order); absent when none of them is installed here.
 */
export interface AttributedSource {
  collections: HadithBook[]
  matches?: boolean
}

/** A collection holds a saying when one of its hadith holds this share of its content words in order (versionShare; the eval's figures are in the README). */
const HELD_SHARE = 0.5

/**
 * The source written beside the quotation at [start, end) (`source`, read by attributed.ts) and whether the named
 * collections hold it. A hadith
 * traced to one collection while the text names another that holds it as closely is reported as the named one's
 * (« "…" (رواه مسلم) » is Muslim's version, not al-Bukhari's, when both have it).
 */
export async function withAttribution<J extends Judgement>(
  text: string,
  start: number,
  end: number,
  judged: J,
  ctx: Pick<JudgeContext, 'lang' | 'hadith' | 'heldShare'>,
  source: Attribution | undefined = attributionOf(text, start, end),
): Promise<J | (J & { attributed: AttributedSource })> {
  if (!source) return judged
  const collections = source.books
  const canon = ctx.hadith
  if (!canon) return { ...judged, attributed: { collections } }
  const quote = text.slice(start, end)
  const pieces = quotePieces(quote)
  const words = pieces.length > 0 ? pieces.flat() : arabicWords(quote)
  const held = new Map<HadithBook, HadithMatch | undefined>()
  for (const book of collections) {
    const own = judged.hadith?.collection === book
    const found = own ? 'own' : await heldIn(words, quote, canon, book, ctx.heldShare ?? HELD_SHARE)
    if (found === 'not installed') continue
    held.set(book, found === 'own' ? undefined : found)
    if (!found) return { ...judged, ...(await tracedElsewhere(judged, words, quote, canon, ctx.lang)), attributed: { collections, matches: false } }
  }
  if (held.size === 0) return { ...judged, attributed: { collections } }
  const attributed = { collections, matches: true }
  // (a verse stays a verse; words traced to nothing that a named collection holds are its hadith)
  if (judged.kind === 'quran' || (judged.hadith && collections.includes(judged.hadith.collection as HadithBook))) return { ...judged, attributed }
  const named = [...held.values()].find((m) => m && m.share >= (judged.share ?? 0))
  if (!named) return { ...judged, attributed }
  const verdict = named.verbatim ? ('authentic' as const) : ('misquoted' as const)
  return { ...judged, kind: 'hadith' as const, verdict, ...hadithFacts(named, ctx.lang), share: named.share, authenticText: named.verbatim ? undefined : named.text, attributed }
}

/**
 * Words found in a cited source are authentic without being placed (judge.ts); named after a collection that does
 * not hold them, they are placed, so that what they are can be said instead.
 */
async function tracedElsewhere(judged: Judgement, words: readonly string[], query: string, canon: HadithCanon, lang: JudgeContext['lang']): Promise<Partial<Judgement>> {
  if (judged.kind !== 'unknown' || judged.verdict !== 'authentic') return {}
  const match = await nearestHadith(words, canon, { query })
  return match?.verbatim ? { kind: 'hadith', ...hadithFacts(match, lang) } : {}
}

/** The collection's hadith that holds the saying (its version of it), if any; whether it is installed is asked only when nothing is found. */
async function heldIn(words: readonly string[], query: string, canon: HadithCanon, book: HadithBook, minShare: number): Promise<HadithMatch | 'not installed' | undefined> {
  const candidates = words.length > 0 ? await canon.candidates(query, undefined, book) : []
  if (candidates.length === 0) return (await canon.installed(book)) ? undefined : 'not installed'
  return candidates.some((c) => versionShare(words, c.arabic) >= minShare) ? nearestAmong(words, candidates) : undefined
}
