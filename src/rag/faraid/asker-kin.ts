import type { Relation, Sex } from './relations'

/** Who a relative is to the asker («my father», «أخي»), or the asker («me», «أنا»); `other`: a relative whose kin the asker's side does not place. */
export type AskerKin = 'father' | 'mother' | 'stepmother' | 'stepfather' | 'husband' | 'wife' | 'brother' | 'sister' | 'son' | 'daughter' | 'me' | 'other'

/**
 * The relation to the deceased of the asker's relative `heir` (or of the asker), the deceased being the asker's
 * `deceased`: a parent's other kin from the asker's side — the other parent their spouse, the asker's siblings
 * and the asker their children, the asker's children their grandchildren through the asker; a spouse's — the
 * asker the surviving spouse, the asker's children theirs; a sibling's — the same parents and siblings (full).
 * Undefined when that side does not place them (the asker's uncle when the father died, the asker of no said sex).
 */
export function deceasedSide(deceased: AskerKin, heir: AskerKin, asker: Sex | undefined): Relation | undefined {
  switch (deceased) {
    case 'father':
    case 'mother':
      return parentSide(heir, asker, deceased === 'father' ? 'wife' : 'husband')
    case 'husband':
    case 'wife':
      return heir === 'me' ? (deceased === 'husband' ? 'wife' : 'husband') : heir === 'son' || heir === 'daughter' ? heir : undefined
    case 'brother':
    case 'sister':
      return heir === 'me' ? bySex(asker, 'full_brother', 'full_sister') : SIBLING_SIDE[heir]
    default:
      return undefined
  }
}

/** The deceased is someone whose kin the asker's side can place (a parent, a spouse, a sibling). */
export const placesKin = (deceased: AskerKin): boolean => ['father', 'mother', 'husband', 'wife', 'brother', 'sister'].includes(deceased)

const SIBLING_SIDE: Partial<Record<AskerKin, Relation>> = { father: 'father', mother: 'mother', brother: 'full_brother', sister: 'full_sister' }

function parentSide(heir: AskerKin, asker: Sex | undefined, otherParent: 'wife' | 'husband'): Relation | undefined {
  if (heir === 'mother' && otherParent === 'wife') return 'wife'
  if (heir === 'father' && otherParent === 'husband') return 'husband'
  // (the father's other wife; the mother's other husband: the deceased's spouse all the same)
  if (heir === 'stepmother' && otherParent === 'wife') return 'wife'
  if (heir === 'stepfather' && otherParent === 'husband') return 'husband'
  if (heir === 'brother') return 'son'
  if (heir === 'sister') return 'daughter'
  if (heir === 'me') return bySex(asker, 'son', 'daughter')
  if (heir === 'son') return bySex(asker, 'sons_son', 'daughters_son')
  if (heir === 'daughter') return bySex(asker, 'sons_daughter', 'daughters_daughter')
  return undefined
}

const bySex = (sex: Sex | undefined, male: Relation, female: Relation): Relation | undefined => (sex === 'male' ? male : sex === 'female' ? female : undefined)

/** The asker whose husband or wife died is the surviving spouse, an heir even when the question lists only the others. */
export const survivingSpouse = (deceased: AskerKin): Relation | undefined => (deceased === 'husband' || deceased === 'wife' ? deceasedSide(deceased, 'me', undefined) : undefined)
