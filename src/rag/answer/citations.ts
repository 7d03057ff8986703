import { quranVerseCount } from '../canon/quran'
import type { Source } from '../../contract/sources'
import type { Lang } from '../text/analyze'
import { checkArabicQuotes } from './quotes'

export interface CitationReport {
  /** The answer with invalid citations removed and wrong Qur'an references marked. */
  content: string
  /** [n] markers that point at no source (removed). */
  unknownCitations: number[]
  /** Qur'an references that do not exist (e.g. 2:300) or that no cited source supports. */
  invalidReferences: string[]
  /** Sentences that state something without any [n] (flagged, not removed). */
  uncitedSentences: string[]
  /** Arabic quotations close to a verse but not word for word: replaced by the verse's authentic text. */
  correctedQuotes: Array<{ quoted: string; reference: string }>
  /** Arabic quotations found neither in the cited sources nor in the Qur'an: removed. */
  removedQuotes: string[]
}

const QURAN_REF = /(Coran|Qur['’]?an|Quran|القرآن|سورة|sourate|surah)\s*(\d{1,3})\s*[:：]\s*(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?/gi

/**
 * Checks an answer against its sources: every [n] must exist; every Qur'an reference must exist in the
 * canonical text and be among the cited passages' verses (a model may quote a verse from memory and get
 * the number wrong). Wrong references are replaced by a visible marker rather than silently kept. Arabic
 * quotations are checked word for word against the cited sources and the Qur'an (see quotes.ts).
 */
export function checkCitations(answer: string, sources: Source[], lang: Lang): CitationReport {
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
  const quoteMarker = { fr: '[citation non vérifiée retirée]', en: '[unverified quotation removed]', ar: '[حُذف اقتباس غير موثق]' }[lang]
  const quotes = checkArabicQuotes(
    content,
    sources.flatMap((s) => [s.text, s.arabic?.text ?? '']),
    lang,
    quoteMarker,
  )
  content = quotes.content
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
