import { HADITH_BOOKS, type HadithBook, hadithReference } from './hadith-books'

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

/**
 * The compilers an Arabic sentence names as a source (« رواه البخاري », « أخرجه مسلم »): a collection's title
 * reads wrongly after such a verb (« رواه صحيح البخاري »). The forty-hadith books are cited by their titles.
 */
const COMPILERS_AR: Partial<Record<HadithBook, string>> = {
  bukhari: 'البخاري',
  muslim: 'مسلم',
  abudawud: 'أبو داود',
  tirmidhi: 'الترمذي',
  nasai: 'النسائي',
  ibnmajah: 'ابن ماجه',
  malik: 'مالك في الموطأ',
}

/** A hadith's reference to write in place of an Arabic source: « البخاري (1933) ». */
export function arabicSourceReference(book: HadithBook, number: number): string {
  const compiler = COMPILERS_AR[book]
  return compiler ? `${compiler} (${number})` : hadithReference(book, number, 'ar')
}
