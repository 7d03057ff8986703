import type { Relation, Sex } from './relations'

/**
 * Who a later deceased's heirs can be among the first deceased's own heirs. A son who died before the division left
 * his mother — the first deceased's wife — and his brothers, the first deceased's sons; his father is the first
 * deceased himself, dead, and can be no heir. Relations of later deceased and heirs not listed here are not checked.
 */
type Kin = Partial<Record<Relation, readonly Relation[] | 'the first deceased'>>

/** The later deceased is the first deceased's child. */
function childsKin(first: Sex): Kin {
  return {
    father: first === 'male' ? 'the first deceased' : ['husband'],
    mother: first === 'female' ? 'the first deceased' : ['wife'],
    // (a half-sibling through the other parent is that parent's child by another marriage, no child of the first deceased)
    full_brother: ['son'],
    paternal_brother: first === 'male' ? ['son'] : [],
    maternal_brother: first === 'female' ? ['son'] : [],
    full_sister: ['daughter'],
    paternal_sister: first === 'male' ? ['daughter'] : [],
    maternal_sister: first === 'female' ? ['daughter'] : [],
    son: [],
    daughter: [],
    wife: [],
    husband: [],
    paternal_grandfather: first === 'male' ? ['father'] : [],
    paternal_grandmother: first === 'male' ? ['mother'] : [],
    maternal_grandmother: first === 'female' ? ['mother'] : [],
  }
}

/** The later deceased is the first deceased's spouse: their children are the first deceased's children. */
const SPOUSES_KIN: Kin = { son: ['son'], daughter: ['daughter'], father: [], mother: [], full_brother: [], full_sister: [] }

const KIN: Partial<Record<Relation, (first: Sex) => Kin>> = {
  son: childsKin,
  daughter: childsKin,
  wife: () => ({ ...SPOUSES_KIN, wife: [] }),
  husband: () => ({ ...SPOUSES_KIN, husband: [] }),
  father: () => ({
    wife: ['mother'],
    son: ['full_brother', 'paternal_brother'],
    daughter: ['full_sister', 'paternal_sister'],
    father: ['paternal_grandfather'],
    mother: ['paternal_grandmother'],
  }),
  mother: () => ({
    husband: ['father'],
    son: ['full_brother', 'maternal_brother'],
    daughter: ['full_sister', 'maternal_sister'],
    mother: ['maternal_grandmother'],
  }),
}

/** Why this heir of the later deceased `of` cannot be as given; undefined when he can or the pair is not checked. */
export function laterKinProblem(first: Sex, of: Relation, heir: { relation: Relation; sameAs?: Relation }): string | undefined {
  const allowed = KIN[of]?.(first)[heir.relation]
  if (allowed === undefined) return undefined
  if (allowed === 'the first deceased') return `«${heir.relation}» of the later «${of}» is the first deceased, who died before him`
  if (heir.sameAs && !allowed.includes(heir.sameAs)) return `«${heir.relation}» of the later «${of}» cannot be the first deceased's «${heir.sameAs}»`
  return undefined
}
