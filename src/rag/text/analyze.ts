import { lightStemArabic, normaliseArabic, rootStemArabic, withoutConjunction } from './arabic'
import { arabicRoot, foldForRoot } from './arabic-root'
import { foldLatin, stemEnglish, stemFrench, stripElision } from './latin'
import { isQuestionWord, isStopword } from './stopwords'

import type { Lang } from '../../contract/common'

export type { Lang }
export const LANGS: readonly Lang[] = ['ar', 'fr', 'en']

/** Bump whenever analysis changes: stored postings made by another version are rebuilt. */
export const ANALYZER_VERSION = 1

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/
const FRENCH_HINTS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'est',
  'et',
  'une',
  'pour',
  'que',
  'qui',
  'dans',
  'sur',
  'au',
  'aux',
  'ce',
  'il',
  'elle',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'comment',
  'pourquoi',
  'selon',
  'sont',
  'pas',
  'avec',
])
const ENGLISH_HINTS = new Set([
  'the',
  'of',
  'and',
  'is',
  'are',
  'what',
  'who',
  'which',
  'how',
  'why',
  'to',
  'in',
  'for',
  'does',
  'do',
  'on',
  'with',
  'about',
  'an',
  'a',
  'be',
  'was',
  'it',
  'that',
  'this',
])

/** The language of a question or passage: Arabic by script, French or English by their commonest words. */
export function detectLang(text: string): Lang {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length === 0) return 'fr'
  const arabic = [...letters].filter((c) => ARABIC_LETTER.test(c)).length
  if (arabic / letters.length >= 0.3) return 'ar'
  // Digits stay inside their token: « mot8kk2a » is one word, not « mot », « kk » and the English « a ».
  const words = foldLatin(text)
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^[a-z]{1,5}'/, ''))
  let fr = /[àâçéèêëîïôûùüÿœæ]/i.test(text) ? 2 : 0
  let en = 0
  for (const w of words) {
    if (FRENCH_HINTS.has(w)) fr++
    if (ENGLISH_HINTS.has(w)) en++
  }
  if (/\b(l|d|qu|j|n|s|c)['’]\p{L}/iu.test(text)) fr += 2
  return en > fr ? 'en' : 'fr'
}

/** Transliterated Arabic articles (« aS-Siyâm », « al-Hajj ») come off so the noun itself is indexed. */
const TRANSLIT_ARTICLE = /(^|[^\p{L}])(?:a[lsrntdzšḍṣṭ]|ash|ath|adh|az|as|ad|at|an|ar)-(?=\p{L})/giu

function words(text: string): string[] {
  return text
    .replace(TRANSLIT_ARTICLE, '$1')
    .split(/[^\p{L}\p{N}'’\u0640\u064B-\u065F\u0670\u06D6-\u06ED]+/u)
    .filter(Boolean)
}

export interface AnalyzeOptions {
  /** Drop question-framing words too (queries only). */
  query?: boolean
}

/** A Latin-script word as it is stemmed: elision detached, accents folded, apostrophes dropped. */
function latinWord(raw: string): string {
  return foldLatin(stripElision(raw)).replace(/['’]/g, '')
}

/**
 * An Arabic word as the index keeps it — normalised (`w`), without its conjunction (`bare`), light-stemmed
 * (`light`) — or undefined for a stop word (and, in a query, a question word).
 */
function keptArabicWord(raw: string, opts: AnalyzeOptions): { w: string; bare: string; light: string } | undefined {
  const w = normaliseArabic(raw).replace(/[^\u0621-\u064A]/g, '')
  const bare = withoutConjunction(w)
  if (w.length < 2 || isStopword(w, 'ar') || isStopword(bare, 'ar')) return undefined
  if (opts.query && (isQuestionWord(w, 'ar') || isQuestionWord(bare, 'ar'))) return undefined
  const light = lightStemArabic(w)
  return isStopword(light, 'ar') ? undefined : { w, bare, light }
}

/**
 * A Latin-script word as the index keeps it (`latinWord`), or undefined for a short word, a number, a stop word
 * (and, in a query, a question word of the question's language).
 */
function keptLatinWord(raw: string, opts: AnalyzeOptions, lang: Lang): string | undefined {
  const w = latinWord(raw)
  if (w.length < 2 || /^\d+$/.test(w) || isStopword(w, 'latin') || (opts.query && isQuestionWord(w, lang === 'ar' ? 'fr' : lang))) return undefined
  return w
}

/** A kept Arabic word's terms: its light stem and, where it differs, its deeper Snowball stem. */
function arabicStems(kept: { w: string; light: string }): string[] {
  const root = rootStemArabic(kept.w)
  return root !== kept.light && root.length >= 2 ? [kept.light, root] : [kept.light]
}

/**
 * Text → index terms, in order, duplicates kept (they are term frequencies). Arabic words give a light stem
 * and, where it differs, a deeper Snowball stem (both in one term space, so كفارة and فكفارته meet); French and English words are folded and Snowball-stemmed with
 * the passage's language. Latin words inside Arabic text (and the reverse) are analysed by their own script.
 */
export function analyze(text: string, lang: Lang, opts: AnalyzeOptions = {}): string[] {
  const out: string[] = []
  for (const raw of words(text)) {
    if (ARABIC_LETTER.test(raw)) {
      const kept = keptArabicWord(raw, opts)
      if (kept) out.push(...arabicStems(kept))
      continue
    }
    const w = keptLatinWord(raw, opts, lang)
    if (w) out.push(lang === 'en' ? stemEnglish(w) : stemFrench(w))
  }
  return out
}

/**
 * The terms of a text whose language is not known (the offline embedder's), in one pass: exactly the terms of
 * its analyses as Arabic, English and French together (the vocabulary the embedder was built with), with Arabic
 * words — the same in each analysis — analysed once instead of three times. Without Latin letters in the text,
 * the Arabic analysis alone. Order is not kept (the embedder counts terms).
 */
export function mixedLanguageTerms(text: string): string[] {
  const latin = /[A-Za-zÀ-ÿ]/.test(text)
  const out: string[] = []
  for (const raw of words(text)) {
    if (ARABIC_LETTER.test(raw)) {
      const kept = keptArabicWord(raw, {})
      if (kept) out.push(...arabicStems(kept))
      continue
    }
    const w = keptLatinWord(raw, {}, 'fr')
    if (!w) continue
    const french = stemFrench(w)
    out.push(french)
    if (!latin) continue
    // (the English and French analyses' Arabic-script terms were left out: the Arabic analysis holds them)
    const english = stemEnglish(w)
    if (!ARABIC_BLOCK.test(english)) out.push(english)
    if (!ARABIC_BLOCK.test(french)) out.push(french)
  }
  return out
}

const ARABIC_BLOCK = /[\u0600-\u06FF]/

/** Root terms live in the postings beside the stems, marked so that no stem can be mistaken for one. */
export const ROOT_MARK = '√'

/**
 * The Arabic words of a text with their roots (`arabic-root.ts`), each as `{ term, root }`: `term` the light stem
 * `analyze` gives the word, `root` the marked root term. The same words `analyze` keeps (no stop words; for
 * queries, no question words). The roots are a second field of the index: they are stored as postings but not
 * counted in a unit's length, so that searching them or not leaves the stems' scores as they were.
 */
export function arabicRootTerms(text: string, opts: AnalyzeOptions = {}): Array<{ term: string; root: string }> {
  const out: Array<{ term: string; root: string }> = []
  for (const raw of words(text)) {
    const kept = ARABIC_LETTER.test(raw) ? keptArabicWord(raw, opts) : undefined
    if (!kept) continue
    // A leading و/ف is taken for the conjunction when four letters remain (وقال → قال, but وعد, فقراء stay whole).
    const folded = foldForRoot(raw)
    const root = arabicRoot(kept.bare.length >= 4 && kept.bare !== kept.w ? folded.slice(1) : folded)
    if (root) out.push({ term: kept.light, root: ROOT_MARK + root })
  }
  return out
}

/**
 * French agent nouns and their base, for queries: Snowball keeps « voyageur » and « voyage », « pécheur » and
 * « péché » apart, so a question naming the person misses the passage naming the act. Each long -eur/-euse
 * word of a French question gives its term and the stem of its base (voyageur → voyag).
 */
export function agentNounBases(text: string, lang: Lang): Array<{ term: string; base: string }> {
  if (lang !== 'fr') return []
  const out: Array<{ term: string; base: string }> = []
  for (const raw of words(text)) {
    const w = latinWord(raw)
    if (w.length < 8 || !/eu(r|rs|se|ses)$/.test(w) || isStopword(w, 'latin')) continue
    const term = stemFrench(w)
    const base = stemFrench(w.replace(/eu(r|rs|se|ses)$/, 'e'))
    if (base !== term && base.length >= 4) out.push({ term, base })
  }
  return out
}

/** Term → frequency, the shape stored in the postings table. */
export function termFrequencies(terms: string[]): Map<string, number> {
  const tf = new Map<string, number>()
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1)
  return tf
}
