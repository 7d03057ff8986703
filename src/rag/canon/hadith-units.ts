import type { UnitInput } from '../index/units'
import type { Lang } from '../text/analyze'
import { commonSkeletons, looksShifted, nameSkeletons } from './hadith-align'
import { HADITH_BOOKS, type HadithBook, hadithReference } from './hadith-books'
import type { Edition, HadithGrade } from './hadith-edition'
import { splitIsnad } from './matn'

/** What an import found per language: texts kept, empty entries, translations left out as misaligned. */
interface LanguageReport {
  texts: number
  empty: number
  misaligned: number[]
}

export interface HadithUnitsReport {
  units: number
  languages: Partial<Record<Lang, LanguageReport>>
}

type Entry = Edition['hadiths'][number]

function byNumber(edition: Edition): Map<number, Entry> {
  const map = new Map<number, Entry>()
  // A number given twice keeps its first text: the second cannot be placed with certainty.
  for (const h of edition.hadiths) if (!map.has(h.hadithnumber)) map.set(h.hadithnumber, h)
  return map
}

/** The chapter (section) title in a language: Arabic from the native names, else the edition's own titles. */
function chapterTitle(edition: Edition, lang: Lang, section: number | undefined): string | null {
  if (section === undefined) return null
  const key = String(section)
  if (lang === 'ar') return edition.metadata.section_details[key]?.name_native?.trim() || edition.metadata.sections[key]?.trim() || null
  return edition.metadata.sections[key]?.trim() || null
}

/** Translations checked for shifts against the English, the Latin-script reference every book has. */
function misalignedNumbers(own: Map<number, Entry>, reference: Map<number, Entry>, numbers: number[]): Set<number> {
  const refNames = new Map([...reference].map(([n, h]) => [n, nameSkeletons(h.text)]))
  const common = commonSkeletons(refNames.values())
  const out = new Set<number>()
  numbers.forEach((n, i) => {
    const text = own.get(n)?.text.trim()
    if (!text) return
    const neighbours = [numbers[i - 1], numbers[i + 1]].map((x) => (x === undefined ? undefined : refNames.get(x)))
    if (looksShifted(nameSkeletons(text), refNames.get(n), neighbours, common)) out.add(n)
  })
  return out
}

/**
 * One retrieval unit per hadith number, holding the Arabic and its translations (aligned by number), the
 * chapter title in each language, the grades, and — when the chain can be told apart — the matn, which is
 * what search reads of the Arabic and what an answer quotes. Missing or empty texts leave that language out
 * of the unit; so does a translation that looks shifted (reported, never shown under the wrong number).
 */
export function buildHadithUnits(book: HadithBook, editions: Partial<Record<Lang, Edition>>): { units: UnitInput[]; report: HadithUnitsReport } {
  const langs = (['ar', 'en', 'fr'] as const).filter((l) => editions[l])
  const maps = new Map(langs.map((l) => [l, byNumber(editions[l]!)]))
  const numbers = [...new Set(langs.flatMap((l) => [...maps.get(l)!.keys()]))].sort((a, b) => a - b)
  const english = maps.get('en')
  const dropped = new Map<Lang, Set<number>>(langs.filter((l) => l === 'fr' && english).map((l) => [l, misalignedNumbers(maps.get(l)!, english!, numbers)]))
  const report: HadithUnitsReport = { units: 0, languages: Object.fromEntries(langs.map((l) => [l, { texts: 0, empty: 0, misaligned: [] }])) }

  const units: UnitInput[] = []
  for (const number of numbers) {
    let grades: HadithGrade[] = []
    let matn: string | null = null
    const texts: UnitInput['texts'] = []
    for (const lang of langs) {
      const entry = maps.get(lang)!.get(number)
      const stats = report.languages[lang]!
      const text = entry?.text.replace(/[\u200e\u200f]/g, '').trim()
      if (!entry || !text) {
        stats.empty++
        continue
      }
      if (dropped.get(lang)?.has(number)) {
        stats.misaligned.push(number)
        continue
      }
      if (grades.length === 0 && entry.grades.length > 0) grades = entry.grades
      const chapter = chapterTitle(editions[lang]!, lang, entry.reference?.book)
      const split = lang === 'ar' ? splitIsnad(text) : null
      if (split) matn = split.matn
      // The chapter title is read as part of the text, so « Le jeûne » helps a question about fasting.
      const searchText = chapter ? `${chapter}\n${text}` : text
      texts.push({ lang, text, reference: hadithReference(book, number, lang), title: chapter, searchText })
      stats.texts++
    }
    if (texts.length === 0) continue
    units.push({ collection: book, sourceKey: String(number), title: HADITH_BOOKS[book].en, hadith: { number, grades, matn }, texts })
  }
  report.units = units.length
  return { units, report }
}
