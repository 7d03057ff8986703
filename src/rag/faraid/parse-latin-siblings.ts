import { NEGATION, NUMBERS, saidToHaveDiedBefore } from './parse-latin-words'

/** Siblings named together, their sexes not said ("3 siblings", « trois frères et sœurs »), or said after them. */
export interface SiblingsRead {
  /** The folded text with the phrase blanked out: not read as brothers and sisters apart. */
  text: string
  phrase?: string
  count?: number
  /** "his siblings: 3 boys and 2 girls", « ses frères et sœurs (3 garçons et 2 filles) »: how many of each sex, and where. */
  bySex?: { at: number; brothers: number; sisters: number }
}

const NUMBER = `\\d+|${Object.keys(NUMBERS)
  .filter((w) => w.length > 2)
  .join('|')}`
const MALE_NOUN = /^(boys?|males?|garcons?|brothers?|freres?)$/
/** ": 3 boys and 2 girls", " (two brothers and a sister)", ": 2 garçons" — a count by sex right after the siblings. */
const BY_SEX = new RegExp(
  `^\\s*[:(]\\s*(${NUMBER}|an?|une?)\\s+(boys?|males?|garcons?|girls?|females?|filles?|brothers?|sisters?|freres?|soeurs?)(?:\\s*(?:,|and|et)\\s*(${NUMBER}|an?|une?)\\s+(boys?|males?|garcons?|girls?|females?|filles?|brothers?|sisters?|freres?|soeurs?))?\\s*\\)?`,
)
/** ", 2 brothers…", " left, 2 brothers…": a comma (after a word saying they survive) before a count by sex. */
const AFTER_COMMA = /^(?:\s+(?:left|remaining|alive|living|surviving|vivants?|restants?))?\s*,/
const SIBLINGS = new RegExp(`\\b(?:(${NUMBER})\\s+)?(siblings?|brothers? and sisters?|sisters? and brothers?|freres? et soeurs?|soeurs? et freres?|fratrie)\\b`)

/** "no children, parents or ", « ni enfants, ni parents, ni »: a denial running over a list, up to the siblings. */
const DENIED_LIST = /\b(?:no|without|neither|sans|aucun|aucune|ni)\s+(?:[a-z'-]+(?:\s+[a-z'-]+)?\s*(?:,|\bor\b|\bnor\b|\bni\b|\bou\b)\s*)+$/

/**
 * "two siblings", "his brothers and sisters", « trois frères et sœurs »: a group of both sexes, how many of each not
 * said (not «no siblings», « sans frères ni sœurs »).
 */
export function readSiblings(folded: string): SiblingsRead {
  const m = SIBLINGS.exec(folded)
  if (!m) return { text: folded }
  // (the boys and girls counted after them are the siblings, not the deceased's sons and daughters)
  const n = (w: string | undefined) => (w === undefined ? 0 : /^(an?|une?)$/.test(w) ? 1 : (NUMBERS[w] ?? Number(w)))
  const after = folded.slice(m.index + m[0].length)
  const direct = BY_SEX.exec(after)
  // ("4 siblings left, 2 brothers and 2 sisters": after a comma, only when the counts add up to the group's; the
  // comma and its word read as the colon, and counted in the span blanked)
  const comma = direct ? null : AFTER_COMMA.exec(after)
  const afterComma = comma ? BY_SEX.exec(`:${after.slice(comma[0].length)}`) : null
  const adds = afterComma !== null && m[1] !== undefined && n(afterComma[1]) + n(afterComma[3]) === n(m[1])
  const split = direct ?? (adds ? afterComma : null)
  if (split) {
    const [males, females] = MALE_NOUN.test(split[2]!) ? [n(split[1]), n(split[3])] : [n(split[3]), n(split[1])]
    const length = m[0].length + split[0].length + (comma ? comma[0].length - 1 : 0)
    return { text: folded.slice(0, m.index) + ' '.repeat(length) + folded.slice(m.index + length), bySex: { at: m.index, brothers: males, sisters: females } }
  }
  const text = folded.slice(0, m.index) + ' '.repeat(m[0].length) + folded.slice(m.index + m[0].length)
  const before = folded
    .slice(Math.max(0, m.index - 12), m.index)
    .trim()
    .split(/\s+/)
  if (before.some((w) => NEGATION.test(w))) return { text }
  // ("No children, parents or siblings alive.": the last of a list denied; "his siblings died before him")
  if (DENIED_LIST.test(folded.slice(Math.max(0, m.index - 60), m.index)) || saidToHaveDiedBefore(after)) return { text }
  const said = m[1]
  const count = said === undefined ? undefined : (NUMBERS[said] ?? Number(said))
  return { text, phrase: m[0], ...(count !== undefined ? { count } : {}) }
}
