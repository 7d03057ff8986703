import { NEGATION, NUMBERS } from './parse-latin-words'

/** Siblings named together, their sexes not said ("3 siblings", « trois frères et sœurs »). */
export interface SiblingsRead {
  /** The folded text with the phrase blanked out: not read as brothers and sisters apart. */
  text: string
  phrase?: string
  count?: number
}

const NUMBER = `\\d+|${Object.keys(NUMBERS)
  .filter((w) => w.length > 2)
  .join('|')}`
const SIBLINGS = new RegExp(`\\b(?:(${NUMBER})\\s+)?(siblings?|brothers? and sisters?|sisters? and brothers?|freres? et soeurs?|soeurs? et freres?|fratrie)\\b`)

/**
 * "two siblings", "his brothers and sisters", « trois frères et sœurs »: a group of both sexes, how many of each not
 * said (not «no siblings», « sans frères ni sœurs »).
 */
export function readSiblings(folded: string): SiblingsRead {
  const m = SIBLINGS.exec(folded)
  if (!m) return { text: folded }
  const text = folded.slice(0, m.index) + ' '.repeat(m[0].length) + folded.slice(m.index + m[0].length)
  const before = folded
    .slice(Math.max(0, m.index - 12), m.index)
    .trim()
    .split(/\s+/)
  if (before.some((w) => NEGATION.test(w))) return { text }
  const said = m[1]
  const count = said === undefined ? undefined : (NUMBERS[said] ?? Number(said))
  return { text, phrase: m[0], ...(count !== undefined ? { count } : {}) }
}
