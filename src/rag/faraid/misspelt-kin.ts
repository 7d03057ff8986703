/**
 * "her husbnd", « son mrai »: a kinship noun misspelt is no phrase the parser knows, and skipping it would compute
 * the family without that heir (the son given all his mother left her husband). A word left over once the phrases
 * are read, one edit (a letter added, dropped, changed, or two swapped) from a kinship noun, makes the case go to
 * retrieval instead. Everyday words that lie one edit from a kinship noun ("other", "rather", « mais », « même »)
 * are not misspellings.
 */

const KIN_EN = [
  'husband',
  'wife',
  'wives',
  'sons',
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
  'parents',
  'children',
]
const KIN_FR = ['mari', 'epoux', 'epouse', 'femme', 'fils', 'fille', 'mere', 'pere', 'frere', 'soeur', 'oncle', 'tante', 'neveu', 'niece', 'cousin', 'cousine', 'veuve', 'parents', 'enfant']

/** Words one edit from a kinship noun that are words of their own. */
const EVERYDAY = new Set([
  // English
  'other',
  'others',
  'bother',
  'rather',
  'gather',
  'feather',
  'laughter',
  'wise',
  'wide',
  'wire',
  'life',
  'wine',
  'wipe',
  'wifi',
  'piece',
  'window',
  'hunt',
  'suns',
  'soon',
  'sins',
  'uncles',
  'cousins',
  'parent',
  // French
  'mais',
  'marie',
  'mariee',
  'marier',
  'mars',
  'mardi',
  'meme',
  'mer',
  'mers',
  'mare',
  'perd',
  'perte',
  'pres',
  'file',
  'mille',
  'ville',
  'fil',
  'fit',
  'fis',
  'ferme',
  'tant',
  'tente',
  'neuve',
  'veuf',
  'fier',
  'cousins',
  'enfants',
  'epouses',
  'femmes',
  'filles',
  'freres',
  'soeurs',
  'oncles',
  'tantes',
  'neveux',
  'nieces',
  'cousines',
  'veuves',
  'parent',
])

/** Exactly one edit apart (optimal string alignment: an insertion, a deletion, a substitution or an adjacent swap). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  return long.slice(i + 1) === short.slice(i)
}

/** The words of folded text left over by the phrases that look like a misspelt kinship noun. */
export function misspeltKin(leftover: string, lang: 'fr' | 'en'): string[] {
  const nouns = lang === 'en' ? KIN_EN : KIN_FR
  const plural = (n: string) => (lang === 'en' ? [n, `${n}s`] : [n, `${n}s`, `${n}x`])
  return [...leftover.matchAll(/[a-z]{4,}/g)]
    .map((m) => m[0])
    .filter((w) => !EVERYDAY.has(w) && !nouns.some((n) => plural(n).includes(w)) && nouns.some((n) => plural(n).some((form) => oneEditApart(w, form))))
}
