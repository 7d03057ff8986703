import { numberAt } from './arabic-numbers'
import { arabicWordsOf, foldArabic, westernDigits } from './arabic-text'

/** «أطفال», «طفلين», «أطفاله»: children, with the number the word itself says (none for a plural). */
const CHILD: Record<string, number | undefined> = {
  طفل: 1,
  طفلا: 1,
  طفلين: 2,
  طفلان: 2,
  اطفال: undefined,
  اطفالا: undefined,
  اطفاله: undefined,
  اطفالها: undefined,
  ذرية: undefined,
  عيال: undefined,
}

/**
 * «وستة أطفال», «وطفلين», «وذرية»: children of the deceased whose sex is not said — their shares depend on it, so
 * the family is kept apart from them: the text without the phrase, and how many (undefined when not said).
 */
export function unsexedChildren(raw: string): { text: string; count: number | undefined } | undefined {
  // (digits written in Western form, as the words are: «و٤ أطفال» was found as words but not in the text)
  const folded = westernDigits(foldArabic(raw))
  const words = arabicWordsOf(folded)
  const at = words.findIndex((w) => w.replace(/^و/, '') in CHILD)
  if (at < 0 || words.slice(at + 1).some((w) => w.replace(/^و/, '') in CHILD)) return undefined
  const word = words[at]!.replace(/^و/, '')
  // («ستة أطفال», «3 أطفال»: the number before the plural)
  let count = CHILD[word]
  let from = at
  for (let k = Math.max(0, at - 3); k < at && count === undefined; k++) {
    const n = numberAt(words, k)
    if (n && k + n.length === at) {
      count = n.value
      from = k
    }
  }
  // («أخت متزوجة ولديها أطفال»: another heir's children)
  if (/^و?(له|لها|لهم|لهما|لديه|لديها|لديهم|عنده|عندها|عندهم|منه|منها)$/.test(words[from - 1] ?? '')) return undefined
  const said = words.slice(from, at + 1).join(' ')
  const start = folded.indexOf(said)
  if (start < 0) return undefined
  return { text: `${folded.slice(0, start)} ${folded.slice(start + said.length)}`, count }
}
