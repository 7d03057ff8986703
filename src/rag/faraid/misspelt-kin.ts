import { loadQuranUnits } from '../canon/quran'
import { fold } from './parse-latin-words'

/**
 * "her husbnd", « son mrai »: a kinship noun misspelt is no phrase the parser knows, and skipping it would compute
 * the family without that heir (the son given all his mother left her husband). A word left over once the phrases
 * are read, one edit (a letter added, dropped, changed, or two swapped) from a kinship noun, makes the case go to
 * retrieval instead. Words that lie one edit from a kinship noun but are words of their own ("other", « cœurs », «
 * même ») are not misspellings: the shipped translations' words, and a few everyday ones they lack.
 */

/** Kinship nouns as they are written, singular and plural (the plural is not a suffix: "wives", « neveux »). */
const KIN_EN = [
  ...[
    'husband',
    'daughter',
    'mother',
    'father',
    'brother',
    'sister',
    'uncle',
    'aunt',
    'nephew',
    'niece',
    'cousin',
    'grandson',
    'granddaughter',
    'grandmother',
    'grandfather',
    'widow',
    'parent',
  ].flatMap((n) => [n, `${n}s`]),
  'wife',
  'wives',
  'sons',
  'child',
  'children',
]
const KIN_FR = [
  ...['epouse', 'femme', 'fille', 'mere', 'pere', 'frere', 'soeur', 'oncle', 'tante', 'niece', 'cousin', 'cousine', 'veuve', 'parent', 'enfant'].flatMap((n) => [n, `${n}s`]),
  'mari',
  'maris',
  'epoux',
  'fils',
  'neveu',
  'neveux',
]

/** Everyday words one edit from a kinship noun that the translations do not use. */
const EVERYDAY = new Set(['brothel', 'bothers', 'bother', 'feather', 'laughter', 'wire', 'wifi', 'piece', 'window', 'suns', 'mariee', 'mars', 'mardi', 'mare', 'perd', 'file', 'fis', 'neuve', 'veuf'])

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps); `most + 1` when the lengths alone exceed `most`. */
function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

/** Exactly one edit apart. */
export function oneEditApart(a: string, b: string): boolean {
  return a !== b && editDistance(a, b, 1) === 1
}

const vocabulary: Partial<Record<'en' | 'fr', Set<string>>> = {}

/**
 * The words of the shipped translations (Saheeh International, Hamidullah), folded: a word they use is a word, not a
 * misspelling — « cœurs » is one letter from « sœurs », "lives" from "wives".
 */
function words(lang: 'en' | 'fr'): Set<string> {
  vocabulary[lang] ??= new Set(loadQuranUnits().flatMap((unit) => fold(unit.texts.find((t) => t.lang === lang)?.text ?? '').match(/[a-z]+/g) ?? []))
  return vocabulary[lang]
}

/** The words of folded text left over by the phrases that look like a misspelt kinship noun. */
export function misspeltKin(leftover: string, lang: 'fr' | 'en'): string[] {
  const nouns = lang === 'en' ? KIN_EN : KIN_FR
  return (
    [...leftover.matchAll(/[a-z]{4,}/g)]
      .map((m) => m[0])
      // (the translations' words are read last, for a word near a kinship noun only: most questions never need them)
      .filter((w) => !EVERYDAY.has(w) && !nouns.includes(w) && nouns.some((n) => oneEditApart(w, n)) && !words(lang).has(w))
  )
}
