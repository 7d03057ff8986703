import { stemmer as snowballArabic } from '@orama/stemmers/arabic'

// Harakat, shadda, sukun, dagger alef's neighbours and the Qur'anic annotation signs.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF]/g
const TATWEEL = /\u0640/g

/**
 * Folds the spellings readers and scripts disagree on: diacritics and Qur'anic marks go, alef variants
 * (أ إ آ ٱ and the dagger alef) become ا, ى → ي, ة → ه, ؤ → و, ئ → ي, a lone ء disappears, so that the
 * Uthmani الصلوٰة, the imla'i الصلاة and a hurried الصلاه meet.
 */
export function normaliseArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u0670/g, 'ا')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ء/g, '')
}

const PREFIXES = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال']
// Only the conjunctions: ب ك ل alone begin too many nouns (بيت، كتاب، لحم) to strip blindly.
const ONE_LETTER_PREFIXES = ['و', 'ف']
const SUFFIXES = ['هما', 'كما', 'تما', 'كم', 'هم', 'هن', 'نا', 'ها', 'ات', 'ان', 'ون', 'ين', 'يه', 'وا', 'ه', 'ي', 'ت', 'ا']

/** Strips one article/conjunction prefix (وال، بال، لل، ال, or a lone و/ف), keeping three letters or more. */
function stripArabicPrefix(word: string): string {
  for (const p of PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= 3) return word.slice(p.length)
  }
  if (word.length >= 5 && ONE_LETTER_PREFIXES.includes(word[0]!)) return word.slice(1)
  return word
}

/**
 * Light stemming (after Larkey's light10): one prefix, then one common suffix, keeping at least three
 * letters. Input must already be normalised.
 */
export function lightStemArabic(word: string): string {
  const w = stripArabicPrefix(word)
  const s = SUFFIXES.find((suf) => w.endsWith(suf) && w.length - suf.length >= 3)
  return s ? w.slice(0, -s.length) : w
}

/** A deeper stem: Snowball Arabic's suffix rules over the prefix-stripped word (a second, lower-weighted term). */
export function rootStemArabic(word: string): string {
  const bare = stripArabicPrefix(word)
  const s = normaliseArabic(snowballArabic(bare))
  return s.length >= 2 ? s : bare
}

/** The word without a leading conjunction و/ف, when what remains is still a word. */
export function withoutConjunction(word: string): string {
  return word.length >= 3 && (word[0] === 'و' || word[0] === 'ف') ? word.slice(1) : word
}
