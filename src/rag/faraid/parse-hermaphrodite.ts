import { foldArabic } from './arabic-text'
import type { Assumption } from './assumptions'
import type { HermaphroditeLine } from './hermaphrodite'

/** An heir whose sex cannot be told, as a family text says it. */
export interface HermaphroditeRead {
  /** The text without him (and without what is said of his state), for the heirs' parser. */
  text: string
  line?: HermaphroditeLine
  /** Whether his sex may still become clear, when the text says it. */
  hope?: boolean
  /** A sibling whose line was not said, taken as full. */
  lineAssumed?: boolean
  problem?: string
}

/**
 * What an heir of unknown sex adds to a parsed family: what refuses it (beside an unborn or a missing heir, the
 * readings would multiply), the full line assumed for a sibling of no said line, and the result's field.
 */
export function withHermaphrodite(read: HermaphroditeRead, besideUnknown: boolean, problems: string[], assumptions: Assumption[]): { hermaphrodite?: { line: HermaphroditeLine; hope?: boolean } } {
  if (read.problem) problems.push(read.problem)
  if (read.line && besideUnknown) problems.push('an heir of unknown sex beside an unborn or missing heir')
  if (read.lineAssumed) assumptions.push({ kind: 'line_full', relation: 'full_brother' })
  return read.line ? { hermaphrodite: { line: read.line, ...(read.hope !== undefined ? { hope: read.hope } : {}) } } : {}
}

// («ولد خنثى», «ابن خنثى», «وخنثى مشكل»: a child; «أخ خنثى شقيق», «خنثى لأب»: a sibling of that line; «ولد ابن خنثى»: a son's child)
const HERMAPHRODITE = /(^|[\s،,:(])و?(?:(ولد|ابن|اخ|اخت|ولد ابن|ابن ابن)\s+)?(?:ال)?(خنثي|خنثيان|خنثيين)(?:\s+(?:ال)?مشكلا?)?(?:\s+(شقيقا?|شقيقة|لاب|لام|من الاب|من الام|لابوين))?(?=$|[\s،,.؟?)])/
/**
 * Whether his sex may still become clear: «في الحالة التي يرجى فيها انكشاف أمر الخنثى», «ولا يرجى اتضاح حاله» in a
 * sentence on it, or «خنثى بالغ», «خنثى صغير» right after him.
 */
export function hopeOf(raw: string, after = ''): boolean | undefined {
  const text = foldArabic(raw)
  const clause = text
    .split(/[.؟?\n]/)
    .filter((s) => /اتضاح|انكشاف|يتضح|ينكشف|ظهور|يظهر/.test(s))
    .join(' ')
  if (/لا\s+يرجي|لا\s+امل|ميؤوس|يئس/.test(clause)) return false
  if (/يرجي|يؤمل/.test(clause)) return true
  const next = after.trim().split(/\s+/).slice(0, 2).join(' ')
  if (/بالغ|كبير/.test(next)) return false
  if (/صغير|طفل|رضيع/.test(next)) return true
  return undefined
}
// («(كلهم أبناء المتوفى)», «(جميعهم أولاده)»: a bracket saying they are all the deceased's children names no one more)
const ALL_CHILDREN = /\((?:كلهم|جميعهم|وكلهم)\s+(?:ابناء|اولاد)\s+(?:الميت|المتوفي|المتوفاة|المورث|له|لها)?\)/

/**
 * The heir of unknown sex in a family («ابن، وبنتان، وخنثى», «وأخ خنثى شقيق»), taken out of the text with what is
 * said of his state, so that the other heirs can be read; his line, and whether his sex may still become clear.
 */
export function readHermaphrodite(raw: string): HermaphroditeRead {
  const text = foldArabic(raw)
  const m = HERMAPHRODITE.exec(text)
  if (!m) return { text: raw }
  // («أمر الخنثى», «حال الخنثى» after him: the same heir again, with the article)
  const rest = `${text.slice(0, m.index + m[1]!.length)}${text.slice(m.index + m[0].length)}`.replace(ALL_CHILDREN, ' ').replace(/(^|\s)(ال|لل)خنثي(?=$|[\s،,.؟?)])/g, '$1')
  if (m[3] !== 'خنثي' || HERMAPHRODITE.test(rest)) return { text: rest, problem: 'more than one heir of unknown sex' }
  const kin = m[2]
  const qualifier = m[4] ?? ''
  const sibling = kin === 'اخ' || kin === 'اخت' || qualifier !== ''
  const line: HermaphroditeLine | undefined =
    kin === 'ولد ابن' || kin === 'ابن ابن' ? 'sons_son' : !sibling ? 'son' : /لام|من الام/.test(qualifier) ? 'maternal_brother' : /لاب$|من الاب/.test(qualifier) ? 'paternal_brother' : 'full_brother'
  const hope = hopeOf(text, text.slice(m.index + m[0].length))
  return { text: rest, line, ...(hope !== undefined ? { hope } : {}), ...(sibling && qualifier === '' ? { lineAssumed: true } : {}) }
}

const KEY =
  '(?:hermaphrodites?|intersex(?:e|ue)?s?|khun?tha|of (?:unknown|ambiguous|undetermined|uncertain|indeterminate) sex|de sexe (?:indetermine|incertain|ambigu|inconnu)|dont le sexe (?:est )?(?:indetermine|inconnu|incertain|ambigu))'
const KIN = '(?:child|sibling|brother|sister|grandchild|heir|enfant|frere|soeur|petit-enfant|petits?-fils|petites?-filles?|heritier)s?'
const BEFORE = '(?:(?:full|paternal|maternal|consanguine|uterine|half)[- ]?)*'
const AFTER = String.raw`(?:\s*(?:germaine?s?|consanguine?s?|uterine?s?|paternel(?:le)?s?|maternel(?:le)?s?|through (?:his|her|the) (?:son|daughter|father|mother)|par (?:son|le) (?:fils|pere)|par (?:sa|la) (?:mere|fille)))*`
// "a full sibling of unknown sex", « un enfant hermaphrodite », "his son's child, who is intersex"; "a hermaphrodite child"
const LATIN_AFTER_KIN = new RegExp(
  String.raw`\b(?:(an?|une?|one|two|three|deux|trois|\d+|his|her|son|sa|ses)\s+)?(${BEFORE})\s*(${KIN})(${AFTER}),?\s*(?:(?:who|qui) (?:is|are|est|sont) )?(?:an? )?${KEY}`,
)
const LATIN_BEFORE_KIN = new RegExp(String.raw`\b(?:(an?|une?|one|two|three|deux|trois|\d+)\s+)?((?:(?:full|paternal|maternal) )?)${KEY}(?:\s+(${KIN}))?`)

/**
 * The heir of unknown sex in a French or English family ("a full sibling of unknown sex", « un enfant
 * hermaphrodite », "a hermaphrodite child"), blanked out of the folded text so that his noun is not counted as a
 * brother or a son; his line, and whether his sex may still become clear when the text says it.
 */
export function readLatinHermaphrodite(folded: string): HermaphroditeRead {
  const m = LATIN_AFTER_KIN.exec(folded) ?? LATIN_BEFORE_KIN.exec(folded)
  if (!m) return { text: folded }
  const text = folded.slice(0, m.index) + ' '.repeat(m[0].length) + folded.slice(m.index + m[0].length)
  const said = m[0]
  if (
    /^(two|three|deux|trois|\d+)$/.test(m[1] ?? '') ||
    /\b(?:children|siblings|brothers|sisters|enfants|freres|soeurs|grandchildren|petits-enfants)\b/.test(said) ||
    new RegExp(String.raw`\b(?:an?|une?|another|un autre|une autre) (?:[a-z-]+ )?${KEY}`).test(text)
  )
    return { text, problem: 'more than one heir of unknown sex' }
  if (/through (?:his|her|the) daughter|par (?:sa|la) fille/.test(said)) return { text, problem: "a daughter's child of unknown sex" }
  const grandchild = /grandchild|petit/.test(said)
  const sibling = /sibling|brother|sister|frere|soeur/.test(said)
  const lineWord = /maternal|uterin|par (?:sa|la) mere|through (?:his|her|the) mother/.test(said)
    ? 'maternal_brother'
    : /paternal|consanguin|half|paternel|par (?:son|le) pere|through (?:his|her|the) father/.test(said)
      ? 'paternal_brother'
      : /full|germain/.test(said)
        ? 'full_brother'
        : undefined
  const line: HermaphroditeLine = grandchild ? 'sons_son' : sibling ? (lineWord ?? 'full_brother') : 'son'
  const hope = /\b(?:adult|grown|adulte|majeure?|no hope|never be|ne pourra|jamais)\b/.test(folded)
    ? false
    : /\b(?:may still|might still|could still|not yet|pourrait encore|peut encore|pas encore|mineure?|minor|infant|baby|bebe)\b/.test(folded)
      ? true
      : undefined
  return { text, line, ...(hope !== undefined ? { hope } : {}), ...(sibling && !lineWord ? { lineAssumed: true } : {}) }
}
