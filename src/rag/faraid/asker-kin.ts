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
    default:
      return undefined
  }
}

/** The deceased is someone whose kin the asker's side can place (a parent, a spouse, a sibling). */
export const placesKin = (deceased: AskerKin): boolean =>
  ['father', 'mother', 'husband', 'wife', 'brother', 'sister', 'grandfather', 'grandmother', 'fathers_father', 'fathers_mother', 'mothers_father', 'mothers_mother'].includes(deceased)

/** The asker's kin that say which side a grandparent is on: the parent who is the grandparent's child, and that parent's siblings. */
const PATERNAL: AskerKin[] = ['father', 'paternal_uncle', 'paternal_aunt']
const MATERNAL: AskerKin[] = ['mother', 'maternal_uncle', 'maternal_aunt']

/**
 * «توفي جدي وترك جدتي وأبي وعمتي», "my grandfather died leaving my grandmother, my father and my aunts": the
 * grandparent's side, as said («جدي لأبي», "my paternal grandfather") or as the kin named show it («أبي», «عمتي»:
 * his children, so the father's father). Undefined when neither says it, or when they disagree — the kin of the
 * other side are not the grandparent's heirs, and which side was meant is a guess.
 */
export function grandparentOf(deceased: AskerKin, said: 'paternal' | 'maternal' | undefined, named: readonly AskerKin[]): AskerKin | undefined {
  if (deceased !== 'grandfather' && deceased !== 'grandmother') return undefined
  const paternal = said === 'paternal' || named.some((k) => PATERNAL.includes(k))
  const maternal = said === 'maternal' || named.some((k) => MATERNAL.includes(k))
  if (paternal === maternal) return undefined
  return sidedKin(deceased, paternal ? 'paternal' : 'maternal')
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
  const sideUnsaid = heir === 'grandfather' || heir === 'grandmother' || heir === 'uncle' || heir === 'aunt'
  return sideUnsaid && ['father', 'mother', 'brother', 'sister'].includes(deceased) ? 'unsure' : undefined
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
