import { createRequire } from 'node:module'
import path from 'node:path'
import type { UnitInput } from '../index/units'

const require = createRequire(import.meta.url)

interface QjVerse {
  id: number
  text: string
  translation: string
}
interface QjChapter {
  id: number
  name: string
  transliteration: string
  translation: string
  verses: QjVerse[]
}
interface QvVerse {
  surah: number
  ayah: number
  textSimple: string
}

export const QURAN_COLLECTION = 'quran'

/** Bump when what a verse unit contains changes; a stored corpus with another version is re-indexed. */
const QURAN_UNIT_VERSION = 3

/** quran-validator ships its data as files but exports only code: read them from the package folder. */
const validatorRoot = () => path.resolve(path.dirname(require.resolve('quran-validator')), '..')
function validatorData<T>(file: string): T {
  return require(path.join(validatorRoot(), 'data', file)) as T
}

export function quranVersion(): string {
  const qj = (require('quran-json/package.json') as { version: string }).version
  const qv = (require(path.join(validatorRoot(), 'package.json')) as { version: string }).version
  return `quran-json@${qj}+quran-validator@${qv}+unit${QURAN_UNIT_VERSION}`
}

export const quranReference = {
  ar: (s: number, a: number, b = a) => `القرآن ${s}:${a === b ? a : `${a}-${b}`}`,
  fr: (s: number, a: number, b = a) => `Coran ${s}:${a === b ? a : `${a}-${b}`}`,
  en: (s: number, a: number, b = a) => `Qur'an ${s}:${a === b ? a : `${a}-${b}`}`,
}

/**
 * The shipped corpus: each verse is one unit with three texts — the Uthmani Arabic (searched through its
 * imla'i spelling, which is how readers type), Hamidullah's French and Saheeh International's English.
 */
export function loadQuranUnits(): UnitInput[] {
  const fr = require('quran-json/dist/quran_fr.json') as QjChapter[]
  const en = require('quran-json/dist/quran_en.json') as QjChapter[]
  const simple = new Map(validatorData<QvVerse[]>('quran-verses.min.json').map((v) => [`${v.surah}:${v.ayah}`, v.textSimple]))
  const units: UnitInput[] = []
  for (const chapter of fr) {
    const enChapter = en[chapter.id - 1]!
    for (const verse of chapter.verses) {
      const s = chapter.id
      const a = verse.id
      const key = `${s}:${a}`
      units.push({
        collection: QURAN_COLLECTION,
        sourceKey: key,
        title: chapter.transliteration,
        verses: { surah: s, from: a, to: a },
        texts: [
          { lang: 'ar', text: verse.text, searchText: simple.get(key) ?? verse.text, reference: quranReference.ar(s, a), title: `سورة ${chapter.name}` },
          { lang: 'fr', text: verse.translation, reference: quranReference.fr(s, a), title: `Sourate ${chapter.transliteration} (${chapter.translation})` },
          { lang: 'en', text: enChapter.verses[a - 1]!.translation, reference: quranReference.en(s, a), title: `Surah ${chapter.transliteration} (${enChapter.translation})` },
        ],
      })
    }
  }
  return units
}

/** Canonical verse texts, for checking references and quotes in answers. */
export function quranVerseCount(surah: number): number {
  const fr = require('quran-json/dist/quran_fr.json') as QjChapter[]
  return fr[surah - 1]?.verses.length ?? 0
}
