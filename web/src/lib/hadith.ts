import type { AskOptions, HadithCatalogue, Source } from '../api/types'

/** The hadith books of the catalogue, in its order (the page names them in the interface language). */
const HADITH_BOOKS = ['bukhari', 'muslim', 'abudawud', 'tirmidhi', 'nasai', 'ibnmajah', 'malik', 'nawawi', 'qudsi', 'dehlawi'] as const
export type HadithBook = (typeof HADITH_BOOKS)[number]

export const isHadithBook = (name: string): name is HadithBook => (HADITH_BOOKS as readonly string[]).includes(name)

/** Collections whose every report is held authentic by the scholars: hadith-api gives their hadiths no grades. */
const SAHIH_COLLECTIONS = new Set(['bukhari', 'muslim'])

/**
 * Which shared sources a question searches: all of them, the Qur'an only, the hadith only, or one
 * hadith book (`book:bukhari`).
 */
export type SourceChoice = 'all' | 'quran' | 'hadith' | `book:${string}`

/** The ask options a choice stands for. */
export function choiceOptions(choice: SourceChoice): Pick<AskOptions, 'kind' | 'collection'> {
  if (choice === 'quran' || choice === 'hadith') return { kind: choice }
  if (choice.startsWith('book:')) return { kind: 'hadith', collection: choice.slice('book:'.length) }
  return {}
}

/** The choices the selector offers, given the shared collections the index holds: hadith ones only once a book is installed. */
export function sourceChoices(collections: string[]): SourceChoice[] {
  const books = HADITH_BOOKS.filter((b) => collections.includes(b))
  return books.length === 0 ? ['all', 'quran'] : ['all', 'quran', 'hadith', ...books.map((b) => `book:${b}` as const)]
}

/** A remembered choice that still makes sense: a removed book (or a value from elsewhere) falls back to all. */
export function validChoice(stored: string | null, collections: string[] | null): SourceChoice {
  if (stored === 'all' || stored === 'quran' || stored === 'hadith') return stored
  if (stored?.startsWith('book:')) {
    const book = stored.slice('book:'.length)
    // While the list is loading the choice is kept; once known, a book that is gone is dropped.
    if (isHadithBook(book) && (collections === null || collections.includes(book))) return `book:${book}`
  }
  return 'all'
}

/** What is said of a hadith's authenticity: the scholars' grades, the collection's standing, or nothing. */
export function hadithGrading(h: NonNullable<Source['hadith']>): { grades: Array<{ name: string; grade: string }> } | 'sahih-collection' | null {
  const grades = h.grades.filter((g) => g.name.trim() && g.grade.trim())
  if (grades.length > 0) return { grades }
  return SAHIH_COLLECTIONS.has(h.collection) ? 'sahih-collection' : null
}

/**
 * The Arabic of a hadith source: the report without its chain when it could be told apart (`matn`), and the
 * full text with the chain when that says more. For an Arabic reader the text itself is the Arabic.
 */
export function hadithArabic(s: Pick<Source, 'lang' | 'text' | 'arabic' | 'hadith'>): { matn: string; full: string | null } | null {
  const full = (s.lang === 'ar' ? s.text : s.arabic?.text)?.trim() || null
  const matn = s.hadith?.matn?.trim() || null
  if (!matn) return full ? { matn: full, full: null } : null
  return { matn, full: full && full !== matn ? full : null }
}

type Progress = NonNullable<NonNullable<HadithCatalogue['job']>['progress']>

/** How far the running step is, from 0 to 1: bytes of the edition while downloading, units otherwise; null when unknown. */
export function progressFraction(p: Progress): number | null {
  if (p.phase === 'downloading' && p.total_bytes && p.total_bytes > 0) return Math.min(1, (p.bytes ?? 0) / p.total_bytes)
  if (p.total > 0) return Math.min(1, p.done / p.total)
  return null
}

/** A byte count for people: 830 kB, 12.4 MB. */
export function formatBytes(bytes: number, locale: string): string {
  return bytes < 1024 * 1024
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)
}
