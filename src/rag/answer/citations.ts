import { quranVerseCount } from '../canon/quran'
import type { Source } from '../../contract/sources'
import type { Lang } from '../text/analyze'
import type { HadithCanon } from '../canon/hadith-canon'
import { HADITH_BOOK_NAMES, bookNamed } from '../canon/hadith-names'
import { checkArabicQuotes } from './quotes'

export interface CitationReport {
  /** The answer with invalid citations removed and wrong Qur'an references marked. */
  content: string
  /** [n] markers that point at no source (removed). */
  unknownCitations: number[]
  /** Qur'an and hadith references that do not exist (e.g. 2:300, Sahih al-Bukhari 99999) or that no cited source supports. */
  invalidReferences: string[]
  /** Sentences that state something without any [n] (flagged, not removed). */
  uncitedSentences: string[]
  /** Arabic quotations close to a verse or a hadith but not word for word: replaced by the authentic text. */
  correctedQuotes: Array<{ quoted: string; reference: string }>
  /** Arabic quotations found neither in the cited sources, nor in the Qur'an, nor in an installed hadith collection: removed. */
  removedQuotes: string[]
}

const QURAN_REF = /(Coran|Qur['’]?an|Quran|القرآن|سورة|sourate|surah)\s*(\d{1,3})\s*[:：]\s*(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?/gi

/**
 * Checks an answer against its sources: every [n] must exist; every Qur'an reference must exist in the
 * canonical text and be among the cited passages' verses (a model may quote a verse from memory and get
 * the number wrong). Wrong references are replaced by a visible marker rather than silently kept. Arabic
 * quotations are checked word for word against the cited sources and the Qur'an (see quotes.ts).
 */
export async function checkCitations(answer: string, sources: Source[], lang: Lang, hadith?: HadithCanon): Promise<CitationReport> {
  const known = new Set(sources.map((s) => s.n))
  const unknown = new Set<number>()
  let content = answer.replace(/\[(\d{1,3})\]/g, (m, n: string) => {
    if (known.has(Number(n))) return m
    unknown.add(Number(n))
    return ''
  })
  const supported = sources.filter((s) => s.verses).map((s) => s.verses!)
  const invalid: string[] = []
  const marker = { fr: '[référence non vérifiée retirée]', en: '[unverified reference removed]', ar: '[حُذف مرجع غير موثق]' }[lang]
  content = content.replace(QURAN_REF, (m, _label: string, s: string, a: string, b?: string) => {
    const surah = Number(s)
    const from = Number(a)
    const to = b ? Number(b) : from
    const exists = surah >= 1 && surah <= 114 && from >= 1 && to >= from && to <= quranVerseCount(surah)
    const cited = supported.some((v) => v.surah === surah && from <= v.to && to >= v.from)
    if (exists && cited) return m
    invalid.push(m.trim())
    return marker
  })
  content = await checkHadithReferences(content, sources, hadith, marker, invalid)
  const quoteMarker = { fr: '[citation non vérifiée retirée]', en: '[unverified quotation removed]', ar: '[حُذف اقتباس غير موثق]' }[lang]
  const quotes = await checkArabicQuotes(
    content,
    sources.flatMap((s) => [s.text, s.arabic?.text ?? '']),
    lang,
    quoteMarker,
    hadith,
  )
  content = quotes.content
  invalid.push(...quotes.references)
  const uncited = content
    .split(/(?<=[.!?؟])\s+|\n+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 40 && !/\[\d+\]/.test(x) && /\p{L}/u.test(x))
  return {
    content: content.replace(/[ \t]{2,}/g, ' '),
    unknownCitations: [...unknown],
    invalidReferences: invalid,
    uncitedSentences: uncited,
    correctedQuotes: quotes.corrected,
    removedQuotes: quotes.removed,
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const HADITH_REF = new RegExp(`(${HADITH_BOOK_NAMES.map(([n]) => escapeRegExp(n)).join('|')})\\s*,?\\s*(?:n[°o]\\.?|no\\.|#|hadith|حديث|رقم)?\\s*(\\d{1,5}(?:\\.\\d)?)(?![\\d:])`, 'giu')

/**
 * A hadith cited by number must be one of the answer's sources, and must exist in the installed collection:
 * a model may remember « Bukhari 1933 » wrongly. Others are replaced by the marker, like Qur'an references.
 */
async function checkHadithReferences(content: string, sources: Source[], canon: HadithCanon | undefined, marker: string, invalid: string[]): Promise<string> {
  const cited = new Set(sources.filter((s) => s.hadith).map((s) => `${s.hadith!.collection}:${s.hadith!.number}`))
  const verdicts = new Map<string, 'cited' | 'uncited' | 'absent'>()
  for (const m of content.matchAll(HADITH_REF)) {
    if (verdicts.has(m[0])) continue
    const book = bookNamed(m[1]!)!
    const number = Number(m[2])
    // Among the sources is enough (the number came from the index); otherwise it is flagged, and said not to exist when it does not.
    verdicts.set(m[0], cited.has(`${book}:${number}`) ? 'cited' : (await canon?.exists(book, number)) === false ? 'absent' : 'uncited')
  }
  return content.replace(HADITH_REF, (m) => {
    const verdict = verdicts.get(m)
    if (verdict === 'cited') return m
    invalid.push(verdict === 'absent' ? `${m.trim()} (no such hadith in the installed collection)` : m.trim())
    return marker
  })
}
