/**
 * Arabic root extraction without a root dictionary, after the ISRI stemmer (Taghva, Elkhoury & Coombs 2005):
 * strip the article and the particles attached to it, then plural, dual and pronoun suffixes, then match the
 * word against the derivational patterns of its length (مفعول، افتعال، مستفعل، فعائل …) and keep the letters the
 * pattern says are radicals. Light stems keep broken plurals and derived forms apart (فقراء/فقير, صيام/صوم,
 * مساكين/مسكين); their roots meet. Weak radicals (ا و ي) are folded into one letter, since a hollow or defective
 * root shows any of the three depending on the form (صام، صوم، صيام).
 *
 * Input: a word folded by `normaliseArabic` except for ة, which stays (`foldForRoot`): the feminine ending is never a
 * radical, while ه often is (وجه، فقه).
 */

import { normaliseArabic } from './arabic'

/** `normaliseArabic` keeping ة apart from ه, letters only. */
export function foldForRoot(raw: string): string {
  return normaliseArabic(raw.replace(/ة/g, '\uE000'))
    .replace(/\uE000/g, 'ة')
    .replace(/[^\u0621-\u064A]/g, '')
}

const PREFIX3 = ['كال', 'بال', 'ولل', 'وال', 'فال', 'فلل', 'فبال', 'وبال']
const PREFIX2 = ['ال', 'لل']
const PREFIX1 = ['ل', 'ب', 'ف', 'س', 'و', 'ي', 'ت', 'ن', 'ا']
const SUFFIX3 = ['تما', 'هما', 'كما', 'تان', 'تين']
const SUFFIX2 = ['ون', 'ات', 'ان', 'ين', 'تن', 'كم', 'هن', 'نا', 'يا', 'ها', 'تم', 'كن', 'ني', 'وا', 'ما', 'هم']
const SUFFIX1 = ['ه', 'ي', 'ك', 'ت', 'ا', 'ن']
const WEAK = /[اوي]/g

/** The article with the particles before it; what remains may be two letters (الحق → حق, a doubled root). */
function stripPrefix(w: string): string {
  for (const p of PREFIX3) if (w.length - p.length >= 2 && w.startsWith(p)) return w.slice(p.length)
  for (const p of PREFIX2) if (w.length - p.length >= 2 && w.startsWith(p)) return w.slice(2)
  return w
}

function stripSuffix(w: string): string {
  if (w.length >= 6) for (const s of SUFFIX3) if (w.endsWith(s)) return w.slice(0, -3)
  if (w.length >= 5) for (const s of SUFFIX2) if (w.endsWith(s)) return w.slice(0, -2)
  return w
}

const withoutFeminine = (w: string) => (w.endsWith('ة') && w.length >= 3 ? w.slice(0, -1) : w)
const dropLastShort = (w: string) => (SUFFIX1.some((s) => w.endsWith(s)) ? w.slice(0, -1) : w)
const dropFirstShort = (w: string) => (PREFIX1.includes(w[0]!) ? w.slice(1) : w)

/** Four letters: مفعل, فاعل, فعال/فعول/فعيل, فعلة, else one short affix. */
function four(w: string): string {
  if (w[0] === 'م') return w.slice(1)
  if (w[1] === 'ا') return w[0]! + w.slice(2)
  if ('اوي'.includes(w[2]!)) return w.slice(0, 2) + w[3]!
  if (w[3] === 'ه') return w.slice(0, 3)
  const s = dropLastShort(w)
  return s.length === 4 ? dropFirstShort(s) : s
}

/** Five letters, three radicals: the commonest derived and plural patterns, else one short affix. */
function fiveToThree(w: string): string {
  const [a, b, c, d, e] = [...w] as [string, string, string, string, string]
  if (w.startsWith('است') || w.startsWith('مست')) return d + e + e // استفعّ، مستفعّ (doubled last radical)
  if ((c === 'ا' || c === 'ت') && a === 'ا') return b + d + e // افتعل، افاعل
  if ('ايو'.includes(d) && a === 'م') return b + c + e // مفعول، مفعال، مفعيل
  if ('اتم'.includes(a) && e === 'ه') return b + c + d // مفعلة، تفعلة، افعلة
  if ('ميت'.includes(a) && c === 'ت') return b + d + e // مفتعل، يفتعل، تفتعل
  if ('مت'.includes(a) && c === 'ا') return b + d + e // مفاعل، تفاعل
  if ('او'.includes(c) && e === 'ه') return a + b + d // فعولة، فعالة
  if ('ام'.includes(a) && b === 'ن') return c + d + e // انفعل، منفعل
  if (d === 'ا' && a === 'ا') return b + c + e // افعال
  if (e === 'ن' && d === 'ا') return a + b + c // فعلان
  if (d === 'ي' && a === 'ت') return b + c + e // تفعيل
  if (d === 'و' && b === 'ا') return a + c + e // فاعول
  if (c === 'ا' && b === 'و') return a + d + e // فواعل
  if (d === 'ي' && c === 'ا') return a + b + e // فعائل (ئ folded to ي)
  if (e === 'ه' && b === 'ا') return a + c + d // فاعلة
  if (e === 'ي' && c === 'ا') return a + b + d // فعالي
  const s = dropLastShort(w)
  return s.length === 5 ? dropFirstShort(s) : s
}

/** Five letters, four radicals: تفعلل/افعلل/مفعلل, فعللة, فعالل. */
function fiveToFour(w: string): string {
  if ('تام'.includes(w[0]!)) return w.slice(1)
  if (w[4] === 'ه') return w.slice(0, 4)
  if (w[2] === 'ا') return w.slice(0, 2) + w.slice(3)
  return w
}

function endFive(w: string): string {
  if (w.length === 4) return four(w)
  if (w.length === 5) return fiveToFour(w)
  return w
}

/** Six letters whose pattern is recognisable before any suffix comes off (مفاعيل would otherwise lose its ين). */
function sixPattern(w: string): string | null {
  if (w.startsWith('است') || w.startsWith('مست')) return w.slice(3) // استفعل، مستفعل
  if (w[0] === 'م' && w[2] === 'ا' && w[4] === 'ي') return w[1]! + w[3]! + w[5]! // مفاعيل
  if (w[0] === 'ت' && w[2] === 'ا' && w[4] === 'ي') return w[1]! + w[3]! + w[5]! // تفاعيل
  if (w[0] === 'م' && w[3] === 'ا' && w[5] === 'ه') return w[1]! + w[2]! + w[4]! // مفعالة
  if (w[0] === 'ا' && w[2] === 'ت' && w[4] === 'ا') return w[1]! + w[3]! + w[5]! // افتعال
  if (w[0] === 'ا' && w[3] === 'و' && w[2] === w[4]) return w[1]! + w.slice(4) // افعوعل
  if (w[0] === 'ا' && w[4] === 'ا') return w.slice(1, 4) + w[5]! // افعلال (four radicals)
  if (w.startsWith('مت')) return w.slice(2) // متفعلل
  return null
}

/** Six letters with no pattern: one short affix, then the five- or four-letter patterns. */
function six(w: string): string {
  const p = sixPattern(w)
  if (p) return p
  const s = dropLastShort(w)
  return endSix(s.length === 6 ? dropFirstShort(s) : s)
}

function endSix(w: string): string {
  if (w.length === 5) return endFive(fiveToThree(w))
  if (w.length === 4) return four(w)
  return w
}

/** By length, from the longest: one short affix at a time until a pattern of five or fewer letters applies. */
function byPattern(w: string): string {
  let word = w
  while (word.length > 6) {
    const shorter = dropLastShort(word)
    const next = shorter.length < word.length ? shorter : dropFirstShort(word)
    if (next.length === word.length) return word
    word = next
  }
  if (word.length === 6) return six(word)
  if (word.length === 5) return endFive(fiveToThree(word))
  if (word.length === 4) return four(word)
  return word
}

/** One letter for the three weak radicals after the first: صام، صوم، صيام → صوم; قال، قول، قيل → قول. */
const foldWeak = (root: string) => root[0]! + root.slice(1).replace(WEAK, 'و')

/** مفعيل and مفاعيل end in what looks like the plural ين: recognised before that comes off (مسكين، مساكين). */
function beforeSuffix(w: string): string | null {
  if (w.length === 6) return sixPattern(w)
  if (w.length === 5 && w[0] === 'م' && w[3] === 'ي') return w[1]! + w[2]! + w[4]!
  return null
}

/**
 * The root of a word folded by `foldForRoot` (three or four letters, weak radicals folded), or null when what is
 * left is shorter than three letters or longer than four. Two strong letters are taken for a doubled root (حق → حقق).
 */
export function arabicRoot(word: string): string | null {
  let w = withoutFeminine(stripPrefix(word))
  if (w.length >= 4 && w.startsWith('وو')) w = w.slice(1)
  let root = beforeSuffix(w) ?? byPattern(stripSuffix(w))
  if (root.length === 2 && w.length <= 3 && !/[اوي]/.test(root)) root += root[1]
  return root.length >= 3 && root.length <= 4 ? foldWeak(root) : null
}
