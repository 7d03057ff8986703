import type { Assumption } from './assumptions'
import type { Relation, Sex } from './relations'

/** Who a relative is to the asker («my father», «أخي»), or the asker («me», «أنا»); `other`: a relative whose kin the asker's side does not place. */
export type AskerKin =
  | 'father'
  | 'mother'
  | 'stepmother'
  | 'stepfather'
  // a spouse's parent ("my mother-in-law", «حماتي»)
  | 'mother_in_law'
  | 'father_in_law'
  // « belle-mère », « beau-père »: a spouse's parent or a parent's spouse, as the deceased places them
  | 'mother_by_marriage'
  | 'father_by_marriage'
  | 'husband'
  | 'wife'
  | 'brother'
  | 'sister'
  | 'son'
  | 'daughter'
  | 'me'
  | 'grandfather'
  | 'grandmother'
  // a grandparent whose side is settled (said, or by the kin named): who died
  | 'fathers_father'
  | 'fathers_mother'
  | 'mothers_father'
  | 'mothers_mother'
  // «عمي», «خالتي» say the side; "my uncle", « ma tante » do not
  | 'paternal_uncle'
  | 'paternal_aunt'
  | 'maternal_uncle'
  | 'maternal_aunt'
  | 'uncle'
  | 'aunt'
  | 'other'

/**
 * The relation to the deceased of the asker's relative `heir` (or of the asker), the deceased being the asker's
 * `deceased`: a parent's other kin from the asker's side — the other parent their spouse, the asker's siblings
 * and the asker their children, the asker's children their grandchildren through the asker; a spouse's — the
 * asker the surviving spouse, the asker's children theirs; a sibling's — the same parents and siblings (full),
 * grandparents, uncles and aunts. A parent's own parents and siblings are the asker's grandparents, uncles and
 * aunts of that parent's side. Undefined when that side does not place them (the asker's uncle of no side said, the
 * asker of no said sex).
 */
export function deceasedSide(deceased: AskerKin, heir: AskerKin, asker: Sex | undefined): Relation | undefined {
  switch (deceased) {
    case 'father':
    case 'mother':
      return parentSide(heir, asker, deceased)
    case 'husband':
    case 'wife':
      return heir === 'me' ? (deceased === 'husband' ? 'wife' : 'husband') : heir === 'son' || heir === 'daughter' ? heir : SPOUSE_SIDE[heir]
    case 'brother':
    case 'sister':
      return heir === 'me' ? bySex(asker, 'full_brother', 'full_sister') : SIBLING_SIDE[heir]
    case 'fathers_father':
    case 'fathers_mother':
    case 'mothers_father':
    case 'mothers_mother':
      return grandparentSide(deceased, heir)
    // (a grandparent of no settled side: the other grandparent is the spouse all the same, no one else is placed)
    case 'grandfather':
      return heir === 'grandmother' ? 'wife' : undefined
    case 'grandmother':
      return heir === 'grandfather' ? 'husband' : undefined
    case 'paternal_uncle':
    case 'paternal_aunt':
    case 'maternal_uncle':
    case 'maternal_aunt':
      return parentsSiblingSide(deceased, heir, asker)
    default:
      return undefined
  }
}

/** The asker's uncles and aunts of a settled side. */
const PARENTS_SIBLINGS: readonly AskerKin[] = ['paternal_uncle', 'paternal_aunt', 'maternal_uncle', 'maternal_aunt']

/** The deceased is someone whose kin the asker's side can place (a parent, a spouse, a sibling, a grandparent, an uncle or aunt of a settled side). */
export const placesKin = (deceased: AskerKin): boolean =>
  ['father', 'mother', 'husband', 'wife', 'brother', 'sister', 'grandfather', 'grandmother', 'fathers_father', 'fathers_mother', 'mothers_father', 'mothers_mother', ...PARENTS_SIBLINGS].includes(
    deceased,
  )

/** An uncle or an aunt of a settled side. */
export const isParentsSibling = (kin: AskerKin): boolean => PARENTS_SIBLINGS.includes(kin)
/** A grandparent who died, of a side said or not: the asker's group beside that death has no place in the reading. */
export const isGrandparent = (kin: AskerKin): boolean => /^(?:fathers|mothers)_(?:father|mother)$|^grand(?:father|mother)$/.test(kin)

/** The asker's kin that say which side a grandparent is on: the parent who is the grandparent's child, and that parent's siblings. */
const PATERNAL: AskerKin[] = ['father', 'paternal_uncle', 'paternal_aunt']
const MATERNAL: AskerKin[] = ['mother', 'maternal_uncle', 'maternal_aunt']

/** The asker's kin who are an uncle's or aunt's kin too, on the father's side or the mother's: parent, grandparents, the parent's siblings. */
const PATERNAL_FAMILY: AskerKin[] = [...PATERNAL, 'fathers_father', 'fathers_mother']
const MATERNAL_FAMILY: AskerKin[] = [...MATERNAL, 'mothers_father', 'mothers_mother']

/**
 * «توفي جدي وترك جدتي وأبي وعمتي», "my grandfather died leaving my grandmother, my father and my aunts": the
 * grandparent's side, as said («جدي لأبي», "my paternal grandfather") or as the kin named show it («أبي», «عمتي»:
 * his children, so the father's father). So for an uncle or an aunt of no side said ("my uncle died leaving his
 * wife and my father": the father's brother). Undefined when neither says it, or when they disagree — the kin of
 * the other side are not the deceased's heirs, and which side was meant is a guess.
 */
export function sideSettled(deceased: AskerKin, said: 'paternal' | 'maternal' | undefined, named: readonly AskerKin[]): AskerKin | undefined {
  const grandparent = deceased === 'grandfather' || deceased === 'grandmother'
  if (!grandparent && deceased !== 'uncle' && deceased !== 'aunt') return undefined
  const [fathers, mothers] = grandparent ? [PATERNAL, MATERNAL] : [PATERNAL_FAMILY, MATERNAL_FAMILY]
  const paternal = said === 'paternal' || named.some((k) => fathers.includes(k))
  const maternal = said === 'maternal' || named.some((k) => mothers.includes(k))
  if (paternal === maternal) return undefined
  return sidedKin(deceased, paternal ? 'paternal' : 'maternal')
}

/**
 * An uncle's or an aunt's kin from the asker's side: the asker's parent of that side their brother or sister, the
 * parent's other siblings theirs too (all of a line assumed full, as said back), the grandparents of that side their
 * parents, and the asker and the asker's brothers and sisters the children of their brother (the father's side) or
 * of their sister (the mother's). A spouse or children of theirs are named from their side («his wife»), not here.
 */
function parentsSiblingSide(deceased: AskerKin, heir: AskerKin, asker: Sex | undefined): Relation | undefined {
  const paternal = deceased === 'paternal_uncle' || deceased === 'paternal_aunt'
  const [parent, uncle, aunt, grandfather, grandmother] = paternal ? PATERNAL_FAMILY : MATERNAL_FAMILY
  if (heir === grandfather) return 'father'
  if (heir === grandmother) return 'mother'
  if (heir === parent) return paternal ? 'full_brother' : 'full_sister'
  if (heir === uncle) return 'full_brother'
  if (heir === aunt) return 'full_sister'
  const [male, female]: [Relation, Relation] = paternal ? ['full_brothers_son', 'brothers_daughter'] : ['sisters_son', 'sisters_daughter']
  if (heir === 'brother') return male
  if (heir === 'sister') return female
  if (heir === 'me') return bySex(asker, male, female)
  return undefined
}

/** A grandparent's kin from the asker's side: the other grandparent their spouse, the parent of that side and the parent's siblings their children. */
function grandparentSide(deceased: AskerKin, heir: AskerKin): Relation | undefined {
  const male = deceased === 'fathers_father' || deceased === 'mothers_father'
  if (heir === 'grandmother' && male) return 'wife'
  if (heir === 'grandfather' && !male) return 'husband'
  const paternal = deceased === 'fathers_father' || deceased === 'fathers_mother'
  const [parent, uncle, aunt]: AskerKin[] = paternal ? PATERNAL : MATERNAL
  if (heir === parent) return paternal ? 'son' : 'daughter'
  // ("my uncle" beside a grandparent of a settled side: that side's uncle, said back as read)
  if (heir === uncle || heir === 'uncle') return 'son'
  if (heir === aunt || heir === 'aunt') return 'daughter'
  return undefined
}

/** A sibling's kin are the asker's: the same parents, grandparents and uncles (a paternal uncle of unsaid line assumed full). */
const SIBLING_SIDE: Partial<Record<AskerKin, Relation>> = {
  father: 'father',
  mother: 'mother',
  brother: 'full_brother',
  sister: 'full_sister',
  fathers_father: 'paternal_grandfather',
  fathers_mother: 'paternal_grandmother',
  mothers_father: 'maternal_grandfather',
  mothers_mother: 'maternal_grandmother',
  paternal_uncle: 'full_uncle',
  paternal_aunt: 'paternal_aunt',
  maternal_uncle: 'maternal_uncle',
  maternal_aunt: 'maternal_aunt',
}
/** A parent's own parents and siblings, from the asker's side of that parent: the deceased's parents, brothers and sisters (of a line assumed full). */
const PARENTS_SIDE: Record<'father' | 'mother', Partial<Record<AskerKin, Relation>>> = {
  father: { fathers_father: 'father', fathers_mother: 'mother', paternal_uncle: 'full_brother', paternal_aunt: 'full_sister' },
  mother: { mothers_father: 'father', mothers_mother: 'mother', maternal_uncle: 'full_brother', maternal_aunt: 'full_sister' },
}

/**
 * The asker's grandparent, uncle or aunt of the side said («my paternal grandmother», « mon oncle maternel »), as
 * the sided kin; unsided, as named.
 */
export function sidedKin(kin: AskerKin, side: 'paternal' | 'maternal' | undefined): AskerKin {
  if (!side) return kin
  const paternal = side === 'paternal'
  switch (kin) {
    case 'grandfather':
      return paternal ? 'fathers_father' : 'mothers_father'
    case 'grandmother':
      return paternal ? 'fathers_mother' : 'mothers_mother'
    case 'uncle':
      return paternal ? 'paternal_uncle' : 'maternal_uncle'
    case 'aunt':
      return paternal ? 'paternal_aunt' : 'maternal_aunt'
    default:
      return kin
  }
}

/**
 * What the asker's side leaves of a relative it does not place: `none`, no kin of the deceased (the mother's
 * parents when the father died: his in-laws); `unsure`, an heir or not by a side left unsaid ("my grandmother",
 * « mon oncle » when a parent or a sibling died) — refused rather than dropped; undefined, left for the parser.
 */
export function unplacedKin(deceased: AskerKin, heir: AskerKin): 'none' | 'unsure' | undefined {
  // (the other parent's own parents and siblings: the deceased parent's in-laws)
  if (deceased === 'father' && PARENTS_SIDE.mother[heir]) return 'none'
  if (deceased === 'mother' && PARENTS_SIDE.father[heir]) return 'none'
  // (an uncle's or aunt's: the other parent's family, no kin of theirs)
  if ((deceased === 'paternal_uncle' || deceased === 'paternal_aunt') && MATERNAL_FAMILY.includes(heir)) return 'none'
  if ((deceased === 'maternal_uncle' || deceased === 'maternal_aunt') && PATERNAL_FAMILY.includes(heir)) return 'none'
  const sideUnsaid = heir === 'grandfather' || heir === 'grandmother' || heir === 'uncle' || heir === 'aunt'
  return sideUnsaid && (['father', 'mother', 'brother', 'sister'].includes(deceased) || isParentsSibling(deceased)) ? 'unsure' : undefined
}
/** The asker's parents-in-law are the deceased spouse's parents. */
const SPOUSE_SIDE: Partial<Record<AskerKin, Relation>> = { mother_in_law: 'mother', mother_by_marriage: 'mother', father_in_law: 'father', father_by_marriage: 'father' }

function parentSide(heir: AskerKin, asker: Sex | undefined, parent: 'father' | 'mother'): Relation | undefined {
  const otherParent = parent === 'father' ? 'wife' : 'husband'
  if (heir === 'mother' && otherParent === 'wife') return 'wife'
  if (heir === 'father' && otherParent === 'husband') return 'husband'
  // (the father's other wife; the mother's other husband: the deceased's spouse all the same — « belle-mère »
  // beside a father's death is his wife, as the answer says back, not the asker's mother-in-law)
  if ((heir === 'stepmother' || heir === 'mother_by_marriage') && otherParent === 'wife') return 'wife'
  if ((heir === 'stepfather' || heir === 'father_by_marriage') && otherParent === 'husband') return 'husband'
  if (heir === 'brother') return 'son'
  if (heir === 'sister') return 'daughter'
  const own = PARENTS_SIDE[parent][heir]
  if (own) return own
  if (heir === 'me') return bySex(asker, 'son', 'daughter')
  if (heir === 'son') return bySex(asker, 'sons_son', 'daughters_son')
  if (heir === 'daughter') return bySex(asker, 'sons_daughter', 'daughters_daughter')
  return undefined
}

const bySex = (sex: Sex | undefined, male: Relation, female: Relation): Relation | undefined => (sex === 'male' ? male : sex === 'female' ? female : undefined)

/**
 * The heirs who exclude a brother's son — and so the place of the asker's parent, a brother or sister of the uncle or
 * aunt who died, when named apart: beside none of them, the asker or the asker's parent may take what is left.
 */
const NEPHEW_EXCLUDED: readonly Relation[] = ['son', 'sons_son', 'sons_sons_son', 'father', 'paternal_grandfather', 'full_brother', 'paternal_brother']
/** The asker named among the heirs: "me", « moi », «أنا». */
const ASKER_SELF = /^(?:(?:me|moi|myself|i)\b|و?(?:أنا|انا)$)/i
/** Whether an assumption places the asker, said as "me", « moi », «أنا», among the heirs. */
export const askerNamedSelf = (a: Assumption): boolean => a.kind === 'asker_side' && ASKER_SELF.test(a.phrase)

/**
 * «توفي عمي وترك زوجته وبنتين», "My uncle died leaving his wife and two daughters": beside an uncle's or aunt's death
 * told by the asker, the asker's parent (his brother or sister) or the asker may take what the sharers leave — left out
 * unless the asker is placed among the heirs, or an heir read (`unbarred`) excludes them all. Both parsers ask it.
 */
export function nephewLeftOut(unbarred: Iterable<Relation>, assumptions: readonly Assumption[] | undefined): boolean {
  if (assumptions?.some(askerNamedSelf)) return false
  return ![...unbarred].some((r) => NEPHEW_EXCLUDED.includes(r))
}
export const NEPHEW_LEFT_OUT = "the asker's parent or the asker, kin of the uncle or aunt who died, not named"

/** The asker whose husband or wife died is the surviving spouse, an heir even when the question lists only the others. */
export const survivingSpouse = (deceased: AskerKin): Relation | undefined => (deceased === 'husband' || deceased === 'wife' ? deceasedSide(deceased, 'me', undefined) : undefined)

/**
 * «My father died, leaving my mother and my two brothers», «توفي والدي وترك أمي وأخي وأختي»: the asker whose
 * father or mother died and who names brothers or sisters is their child too — the child the asker's sex makes,
 * or, that sex unsaid, a problem (a son or a daughter: every share depends on it). Both parsers ask it.
 */
export function askerAsChild(deceased: AskerKin, asker: Sex | undefined): { relation: Relation } | { problem: string } | undefined {
  if (deceased !== 'father' && deceased !== 'mother') return undefined
  const relation = deceasedSide(deceased, 'me', asker)
  return relation ? { relation } : { problem: 'the asker, a child of the deceased, is an heir too: whether a son or a daughter is not said' }
}
