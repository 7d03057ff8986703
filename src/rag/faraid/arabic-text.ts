/** The short vowels, tanwīn, shadda, sukūn, dagger alif and tatweel: written or not, the same words. */
export const ARABIC_VOWELS = /[\u064B-\u0652\u0670\u0640]/g

/**
 * Arabic text folded as the family parser's patterns are written — no diacritics or tatweel, one alif, final yāʾ —
 * punctuation and spacing kept.
 */
export function foldArabic(text: string): string {
  return text.replace(ARABIC_VOWELS, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي')
}

/** Arabic-Indic and Persian digits written as Western ones («٤» → «4»). */
export function westernDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
}

/** Arabic folded for matching: no diacritics or tatweel, one alif, final yāʾ, Western digits, words split off punctuation. */
export function arabicWordsOf(text: string): string[] {
  return westernDigits(text)
    .replace(ARABIC_VOWELS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/(\d)([^\d\s])/g, '$1 $2')
    .replace(/([^\d\s])(\d)/g, '$1 $2')
    .split(/[\s,،؛;:.()[\]«»"'!?؟\-–/]+/)
    .filter(Boolean)
}
