import { HADITH_BOOKS, type HadithBook } from './hadith-books'

/**
 * The names answers give the collections by, in the three reading languages: the catalogue's own titles
 * (« Sahih al-Bukhari », «صحيح البخاري») and the compilers' names they are cited by (« Bukhari », «البخاري»,
 * « Abou Dawoud »). Longest first, so that « Sahih Bukhari » is read whole before « Bukhari ».
 */
export const HADITH_BOOK_NAMES: ReadonlyArray<readonly [string, HadithBook]> = (
  [
    ...Object.entries(HADITH_BOOKS).flatMap(([book, names]) => Object.values(names).map((n) => [n, book])),
    ['Sahih Bukhari', 'bukhari'],
    ['al-Bukhari', 'bukhari'],
    ['Bukhari', 'bukhari'],
    ['البخاري', 'bukhari'],
    ['صحيح مسلم', 'muslim'],
    ['مسلم', 'muslim'],
    ['Sunan Abu Dawud', 'abudawud'],
    ['Abu Dawud', 'abudawud'],
    ['Abi Dawud', 'abudawud'],
    ['Abou Dawoud', 'abudawud'],
    ['أبو داود', 'abudawud'],
    ['أبي داود', 'abudawud'],
    ['at-Tirmidhi', 'tirmidhi'],
    ['Tirmidhi', 'tirmidhi'],
    ['الترمذي', 'tirmidhi'],
    ["an-Nasa'i", 'nasai'],
    ["Nasa'i", 'nasai'],
    ['النسائي', 'nasai'],
    ['Ibn Majah', 'ibnmajah'],
    ['ابن ماجه', 'ibnmajah'],
    ['Muwatta', 'malik'],
    ['الموطأ', 'malik'],
  ] as Array<[string, HadithBook]>
).sort((a, b) => b[0].length - a[0].length)

/** The collection a name (as written, any case) stands for. */
export function bookNamed(name: string): HadithBook | undefined {
  const lower = name.toLowerCase()
  return HADITH_BOOK_NAMES.find(([n]) => n.toLowerCase() === lower)?.[1]
}
