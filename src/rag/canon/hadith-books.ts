import type { Lang } from '../text/analyze'

/**
 * The hadith collections of the hadith-api dataset, by the `book` key its editions use. The product ships
 * none of their texts: a user adds them (`npm run corpus -- add`), so this is only the catalogue — names in
 * the three reading languages, for references such as « Sahih al-Bukhari 1933 » or «صحيح البخاري 1933».
 */
export const HADITH_BOOKS = {
  bukhari: { en: 'Sahih al-Bukhari', fr: 'Sahih al-Bukhari', ar: 'صحيح البخاري' },
  muslim: { en: 'Sahih Muslim', fr: 'Sahih Muslim', ar: 'صحيح مسلم' },
  abudawud: { en: 'Sunan Abi Dawud', fr: 'Sunan Abi Dawud', ar: 'سنن أبي داود' },
  tirmidhi: { en: "Jami' at-Tirmidhi", fr: "Jami' at-Tirmidhi", ar: 'جامع الترمذي' },
  nasai: { en: "Sunan an-Nasa'i", fr: "Sunan an-Nasa'i", ar: 'سنن النسائي' },
  ibnmajah: { en: 'Sunan Ibn Majah', fr: 'Sunan Ibn Majah', ar: 'سنن ابن ماجه' },
  malik: { en: 'Muwatta Malik', fr: "Al-Muwatta' de Malik", ar: 'موطأ مالك' },
  nawawi: { en: "An-Nawawi's Forty Hadith", fr: "Les quarante hadiths d'an-Nawawi", ar: 'الأربعون النووية' },
  qudsi: { en: 'Forty Hadith Qudsi', fr: 'Quarante hadiths qudsi', ar: 'الأربعون القدسية' },
  dehlawi: { en: "Shah Waliullah Dehlawi's Forty Hadith", fr: 'Les quarante hadiths de Shah Waliullah Dehlawi', ar: 'الأربعون للدهلوي' },
} as const satisfies Record<string, Record<Lang, string>>

export type HadithBook = keyof typeof HADITH_BOOKS

export const HADITH_BOOK_KEYS = Object.keys(HADITH_BOOKS) as HadithBook[]

export function isHadithBook(name: string): name is HadithBook {
  return Object.hasOwn(HADITH_BOOKS, name)
}

/** hadith-api names editions by a three-letter language prefix: `ara-bukhari`, `fra-malik`. */
export const EDITION_PREFIX: Record<Lang, string> = { ar: 'ara', en: 'eng', fr: 'fra' }

export function editionName(book: HadithBook, lang: Lang): string {
  return `${EDITION_PREFIX[lang]}-${book}`
}

export function hadithReference(book: HadithBook, number: number, lang: Lang): string {
  return `${HADITH_BOOKS[book][lang]} ${number}`
}
