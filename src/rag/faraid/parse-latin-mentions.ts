import { readLatinHermaphrodite, type HermaphroditeRead } from './parse-hermaphrodite'
import { readSiblings, type SiblingsRead } from './parse-latin-siblings'
import { GROUP_SEX_SAID, NOT_KIN, NUMBERS, PHRASES, fold } from './parse-latin-words'
import type { Relation } from './relations'

/** A kinship phrase found in the folded text, where it starts, and whether a bracket after it said who it is. */
export interface Mention {
  at: number
  relation: Relation
  text: string
  glossed?: boolean
}

/** Every kinship phrase of a family, and what was set apart before reading them. */
export interface Mentions {
  /** The folded text with every phrase read blanked out. */
  rest: string
  found: Mention[]
  siblings: SiblingsRead
  hermaphrodite: HermaphroditeRead
  /** In-laws, step-kin, friends: named, and no heirs. */
  notKin: { at: number; phrase: string }[]
  /** Grandchildren whose sex is not said. */
  unsexed: string[]
  /** "his brother has two sons": an heir's own children. */
  kinsChildren: string[]
  spouseUnsexed: boolean
  /** Brackets that give the lines of siblings without their nouns (« (deux germaines et une consanguine) »). */
  lineless: string[]
  /** Whether a mention stands inside a bracket that glosses the heir before it. */
  inGloss: (m: { at: number }) => boolean
}

/** "her sons and daughters: 3 sons and 2 daughters": children or siblings restated, with numbers, after a colon. */
const RESTATED_GROUPS =
  /\b((?:his|her|their|ses|les)\s+)(?:sons?|daughters?|children|kids|brothers?|sisters?|siblings|enfants|fils|filles|freres|soeurs)(?:\s+(?:and|et)\s+(?:sons?|daughters?|brothers?|sisters?|fils|filles|freres|soeurs))?\s*:\s*(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b)/g
const KIN_HAS_CHILDREN =
  /\b(?:his|her|the|son|sa|le|la)\s+(?:brothers?|sisters?|sons?|daughters?|uncles?|wife|husband|frere|soeur|fils|fille|oncle|femme|epouse|mari)\s+(?:also\s+|himself\s+|herself\s+)?(?:has|had|have|a|avait|ont|avaient)\s+(?:lui-meme\s+|elle-meme\s+|aussi\s+|egalement\s+)?(?:(?:\d+|a|an|one|two|three|four|five|six|un|une|deux|trois|quatre|cinq|six)\s+)?(?:sons?|daughters?|children|kids|boys?|girls?|fils|filles?|enfants?|garcons?)\b/g
const UNSEXED_GRANDCHILDREN =
  /\b(?:great-?)?grand-?(?:children|child|kids)\b|\b(?:arriere-)?petits?-enfants?\b|\b(?:sons?|daughters?)'s?\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:children|kids|child)\b|\b(?:children|kids|child)\s+of\s+(?:his|her|the|their)\s+(?:late\s+)?(?:sons?|daughters?)\b|\b(?:enfants?)\s+(?:de\s+(?:son|sa|ses|leur)|du|des)\s+(?:defunte?s?\s+)?(?:fils|filles?)\b/g

const SAME_PARENT = /(?<!\b(?:from|of|by|through|on|de|du|par|with)\s)\b(?:the|la|le)\s+(?:same|meme)\s+(?:mother|father|mere|pere)\b/g
const blank = (m: string) => ' '.repeat(m.length)

/**
 * The kinship phrases of a family, in the order they are written: the groups of unsaid sex and the kin who are no
 * heirs set apart first, then the phrases of the vocabulary, "his spouse" and "his parents"; brackets that gloss
 * an heir or list a group are read last (`readBrackets`).
 */
export function readMentions(folded: string, lang: 'fr' | 'en', sex: { male: boolean; female: boolean }): Mentions {
  // (an heir of unknown sex is read apart: his noun is neither a son nor a brother)
  const hermaphrodite = readLatinHermaphrodite(folded)
  let rest = hermaphrodite.text
  // (read before the groups restated after a colon: "his siblings: 3 boys and 2 girls" are no sons and daughters)
  // ("3 siblings", « trois frères et sœurs »: of both sexes, how many of each unsaid — not brothers and sisters apart)
  const siblings = readSiblings(rest)
  rest = siblings.text
  const found: Mention[] = []
  // ("his siblings: 3 boys and 2 girls": brothers and sisters, counted by sex)
  if (siblings.bySex?.brothers) found.push({ at: siblings.bySex.at, relation: 'full_brother', text: `${siblings.bySex.brothers} brothers` })
  if (siblings.bySex?.sisters) found.push({ at: siblings.bySex.at, relation: 'full_sister', text: `${siblings.bySex.sisters} sisters` })
  // "her sons and daughters: 3 sons and 2 daughters": the groups before the colon are those counted after it
  rest = rest.replace(RESTATED_GROUPS, (m, owner: string) => owner + ' '.repeat(m.length - owner.length))
  rest = rest.replace(GROUP_SEX_SAID, blank)
  // (« on n'a pas tous la même mère », "not all of us have the same mother": no parent named — but "brothers from the same
  // mother", « de la même mère » say a line, read with the siblings)
  rest = rest.replace(SAME_PARENT, blank)
  const notKin: { at: number; phrase: string }[] = []
  rest = rest.replace(NOT_KIN, (phrase, at: number) => (notKin.push({ at, phrase }), blank(phrase)))
  // ("his son's two children", « les enfants de sa fille », "his grandchildren", « ses petits-enfants »:
  // grandchildren whose sex is not said — neither a son nor a daughter of the deceased)
  const unsexed: string[] = []
  rest = rest.replace(UNSEXED_GRANDCHILDREN, (phrase) => (unsexed.push(phrase.trim()), blank(phrase)))
  // ("his brother has two sons", « son frère a deux fils »: an heir's children, not the deceased's)
  const kinsChildren = [...rest.matchAll(KIN_HAS_CHILDREN)].map((m) => m[0].trim())
  for (const [pattern, relation, only] of PHRASES) {
    if (only !== 'both' && only !== lang) continue
    rest = rest.replace(new RegExp(pattern.source, 'g'), (m, ...args) => {
      found.push({ at: args[args.length - 2] as number, relation, text: m })
      return blank(m)
    })
  }
  // "his spouse", « son conjoint »: the husband or the wife as the deceased's sex (or the French noun's) says;
  // neither said, the case is refused
  let spouseUnsexed = false
  rest = rest.replace(/\b(?:spouses?|conjointe?s?)\b/g, (m, at: number) => {
    const relation = /^conjointes?$/.test(m) ? 'wife' : /^conjoints?$/.test(m) ? 'husband' : sex.male && !sex.female ? 'wife' : sex.female && !sex.male ? 'husband' : undefined
    if (relation) found.push({ at, relation, text: m })
    else spouseUnsexed = true
    return blank(m)
  })
  // "his parents", « ses parents », "both parents": the father and the mother
  rest = rest.replace(/\b(?:both (?:of )?(?:his |her )?parents|(?:his|her|ses|ses deux) parents)\b/g, (m, at: number) => {
    found.push({ at, relation: 'father', text: m }, { at, relation: 'mother', text: m })
    return blank(m)
  })
  found.sort((a, b) => a.at - b.at)
  const brackets = readBrackets(found, rest, folded)
  return { rest, siblings, hermaphrodite, notKin, unsexed, kinsChildren, spouseUnsexed, ...brackets }
}

const grandchild = (r: Relation) => /^(sons|daughters)_(sons_)?(son|daughter)$/.test(r)
const sibling = (r: Relation) => /^(full|paternal|maternal)_(brother|sister)$/.test(r)
const child = (r: Relation) => r === 'son' || r === 'daughter'
/** A grandmother whose side her phrase does not say. */
const unsidedGrandmother = (f: Mention) => f.relation === 'maternal_grandmother' && !/maternal|maternelle|mother's mother|mere de (?:la|sa) mere/.test(f.text)

/** Kin of one kind by their lines, the one a bare word names first (a "brother" is read as full). */
const LINES: readonly (readonly Relation[])[] = [
  ['full_brother', 'paternal_brother', 'maternal_brother'],
  ['full_sister', 'paternal_sister', 'maternal_sister'],
  // ("his nephew (his sister's son)": a nephew is read as the brother's son, the agnate)
  ['full_brothers_son', 'paternal_brothers_son', 'sisters_son', 'maternal_brothers_son', 'maternal_sisters_son'],
  ['full_brothers_sons_son', 'paternal_brothers_sons_son'],
  ['full_uncle', 'paternal_uncle'],
  ['full_uncles_son', 'paternal_uncles_son'],
  ['full_uncles_sons_son', 'paternal_uncles_sons_son'],
  ['fathers_full_uncle', 'fathers_paternal_uncle'],
]

/** A bracket saying a sibling's line in words ("(same father, different mother)", « (même mère) »), over folded text. */
const FATHER_SIDE = /\b(?:same father|meme pere|father only|through the father|from the father|by the father|paternal|consanguine?s?|du cote (?:de (?:son )?|du )pere|du cote paternel|par le pere)\b/
const MOTHER_SIDE = /\b(?:same mother|meme mere|mother only|through the mother|from the mother|by the mother|maternal|uterine?s?|du cote de (?:sa |la )?mere|du cote maternel|par la mere)\b/
/** The words that say an heir's line in his own phrase: then no bracket gives him another. */
const LINE_SAID = /\b(?:full|germaine?s?|consanguine?s?|uterine?s?|half|demi)\b/

/** The line a bracket says in words of a brother or sister whose word said none: one side only, not both. */
function siblingLineSaid(heir: Mention, bracket: string): Relation | undefined {
  // (LINES' first two rows: a brother's or a sister's full, paternal and maternal lines)
  const lines = LINES.slice(0, 2).find((k) => k[0] === heir.relation)
  if (!lines || LINE_SAID.test(heir.text)) return undefined
  const father = FATHER_SIDE.test(bracket)
  const mother = MOTHER_SIDE.test(bracket)
  return father && !mother ? lines[1] : mother && !father ? lines[2] : undefined
}

/**
 * The line a bracket gives an heir whose word said none: the one kinsman of the same kind it names ("(his father's
 * half-brother through the grandfather)": the grandfather named there only says how).
 */
function lineGlossed(heir: Mention, inner: readonly Mention[]): Relation | undefined {
  if (LINE_SAID.test(heir.text)) return undefined
  const kind = LINES.find((k) => k[0] === heir.relation)
  const same = inner.filter((f) => kind?.includes(f.relation))
  if (same.length === 1) return same[0]!.relation !== heir.relation ? same[0]!.relation : undefined
  // ("the son of his paternal uncle (that uncle was his father's half-brother)": the line of the kinsman he comes through)
  const through = inner.flatMap((f) => THROUGH_LINE[heir.relation]?.[f.relation] ?? [])
  return through.length === 1 ? through[0] : undefined
}
/** A kinsman's son read as of the full line, and the line the kinsman he comes through is glossed with. */
const THROUGH_LINE: Partial<Record<Relation, Partial<Record<Relation, Relation>>>> = {
  full_uncles_son: { paternal_uncle: 'paternal_uncles_son' },
  full_brothers_son: { paternal_brother: 'paternal_brothers_son', maternal_brother: 'maternal_brothers_son' },
}

/**
 * « sa petite-fille (fille de son fils) », "his grandson (son of his son)": a bracket right after an heir says who
 * he is; the kin named in it are not heirs (« ses 4 enfants (3 garçons et une fille) » counts them: no heir before).
 * The mentions left to count replace `found`'s contents.
 */
function readBrackets(found: Mention[], rest: string, folded: string): Pick<Mentions, 'found' | 'lineless' | 'inGloss'> {
  // (« son cousin paternel (fils de l'oncle paternel) »: a line adjective may stand between the heir and the bracket)
  const glossOf = (f: Mention, b: { index: number }) =>
    b.index >= f.at + f.text.length && /^\s*(?:(?:paternel|maternel|germain|consanguin|uterin)(?:le)?s?\s*)?$/.test(rest.slice(f.at + f.text.length, b.index))
  const glosses = [...rest.matchAll(/\(([^()]*)\)/g)].filter((b) => found.some((f) => glossOf(f, b)))
  const inGloss = (f: { at: number }) => glosses.some((b) => f.at > b.index && f.at < b.index + b[0].length)
  // brackets that list the heirs of the group before them, and that group
  const listed = new Set<number>()
  const lineless: string[] = []
  const listedBefore = (f: Mention) => [...listed].some((at) => at - (f.at + f.text.length) >= 0 && at - (f.at + f.text.length) <= 2)
  const pairedHeads = new Set<object>()
  for (const b of glosses) {
    const heir = found.filter((f) => f.at < b.index && glossOf(f, b)).at(-1)
    const inner = found.filter((f) => f.at > b.index && f.at < b.index + b[0].length)
    if (!heir) continue
    // ("his granddaughter (his daughter's daughter)": the one kinsman the bracket names is who the heir is)
    // (only a grandchild's line: "2 wives (my mother and my stepmother)" does not make the wives mothers)
    if (inner.length === 1 && grandchild(heir.relation) && grandchild(inner[0]!.relation)) Object.assign(heir, { relation: inner[0]!.relation, glossed: true })
    // ("his uncle (his dad's half-brother)", "his brother (paternal half-brother)": the line the heir's word left unsaid)
    // (the bracket's words as written: its kin words are blanked in `rest`)
    const line = lineGlossed(heir, inner) ?? siblingLineSaid(heir, folded.slice(b.index, b.index + b[0].length))
    if (line) Object.assign(heir, { relation: line, glossed: true })
    // ("her grandmother (her father's mother)", « sa grand-mère (la mère de son père) »: the bracket says her side)
    if (unsidedGrandmother(heir) && inner.length === 1 && inner[0]!.relation === 'paternal_grandmother') Object.assign(heir, { relation: 'paternal_grandmother', glossed: true })
    // ("Heirs: mother (his wife), me (male)": the asker's word for a parent, glossed by who she is to the deceased)
    const parentAsSpouse = (heir.relation === 'mother' || heir.relation === 'father') && /^\(\s*(?:his|her|son|sa)\s/.test(b[0])
    if (parentAsSpouse && inner.length === 1 && (inner[0]!.relation === 'wife' || inner[0]!.relation === 'husband')) Object.assign(heir, { relation: inner[0]!.relation, glossed: true })
    // ("his three sisters (two full sisters and one half-sister through the father)": the bracket lists them — they
    // are the heirs, the group before it is not counted again)
    // ("sons and daughters (3 boys and 2 girls)", « des fils et des filles (3 garçons et 2 filles) »: so does a
    // bracket after the children or siblings, and both groups of a pair before it are its heading)
    const kind = sibling(heir.relation) ? sibling : child(heir.relation) ? child : undefined
    if (kind && inner.length >= 2 && inner.every((f) => kind(f.relation))) {
      listed.add(b.index)
      const partner = found.filter((f) => f.at + f.text.length <= heir.at).at(-1)
      if (partner && kind(partner.relation) && /^\s+(?:and|et)\s+(?:(?:des|les|ses|his|her)\s+)?$/.test(rest.slice(partner.at + partner.text.length, heir.at))) pairedHeads.add(partner)
    }
    // (« ses trois sœurs (deux germaines et une consanguine) »: lines said without their nouns — not read, refused)
    const counts = fold(b[0])
      .split(/[^a-z0-9]+/)
      .some((w) => NUMBERS[w] !== undefined || /^\d+$/.test(w))
    // ("three sisters (two full and one from the same father only)": the father or mother named is the line, no heir)
    const lines = /\b(germaine?s?|consanguine?s?|uterine?s?|full|paternal|maternal|half|same (?:father|mother))\b/
    if (sibling(heir.relation) && inner.every((f) => f.relation === 'father' || f.relation === 'mother') && counts && lines.test(fold(b[0]))) lineless.push(b[0])
  }
  // ("his grandmother, his father's mother": an apposition saying her side — one grandmother, the father's mother)
  for (const [i, f] of found.entries()) {
    const next = found[i + 1]
    if (unsidedGrandmother(f) && next?.relation === 'paternal_grandmother' && /^\s*,\s*(?:his|her|sa|la)?\s*$/.test(rest.slice(f.at + f.text.length, next.at))) {
      Object.assign(f, { relation: 'paternal_grandmother', glossed: true })
      pairedHeads.add(next)
    }
  }
  const kept = found.filter((f) => (!inGloss(f) || glosses.some((b) => listed.has(b.index) && f.at > b.index && f.at < b.index + b[0].length)) && !listedBefore(f) && !pairedHeads.has(f))
  return { found: kept, lineless, inGloss }
}
