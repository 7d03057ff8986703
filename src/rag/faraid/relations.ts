import { type BARRIERS, DISTANT_KINDRED_RELATIONS, RELATIONS, type Relation, type School } from '../../contract/inheritance'

/**
 * The vocabulary of heirs: every relation is named from the deceased's side ("sons_daughter" is the deceased's
 * son's daughter). Sharers and residuaries first, then the distant kindred (dhawu al-arḥām) some schools admit.
 */
export { RELATIONS }
export type Barrier = (typeof BARRIERS)[number]
export type { Relation, School }

export type Sex = 'male' | 'female'

/** A full kinsman's counterpart through the father only: the other reading of «شقيق أو لأب». */
export const PATERNAL_OF: Partial<Record<Relation, Relation>> = {
  full_brother: 'paternal_brother',
  full_sister: 'paternal_sister',
  full_brothers_son: 'paternal_brothers_son',
  full_brothers_sons_son: 'paternal_brothers_sons_son',
  full_uncle: 'paternal_uncle',
  full_uncles_son: 'paternal_uncles_son',
  full_uncles_sons_son: 'paternal_uncles_sons_son',
  fathers_full_uncle: 'fathers_paternal_uncle',
}

/** Heirs of whom there can be only one (four for wives). */
export const MAX_COUNT: Partial<Record<Relation, number>> = {
  husband: 1,
  wife: 4,
  father: 1,
  mother: 1,
  paternal_grandfather: 1,
  paternal_grandmother: 1,
  maternal_grandmother: 1,
  maternal_grandfather: 1,
}
/** Heirs a singular names once: the same one when named again («his mother … his mother», «وأمه»). */
export const NAMED_ONCE: ReadonlySet<Relation> = new Set(['father', 'mother', 'husband', 'wife', 'paternal_grandfather', 'paternal_grandmother', 'maternal_grandmother'])
/** Any other relation: a family, not a tribe. */
export const MAX_OTHER = 100

export const FEMALE: ReadonlySet<Relation> = new Set([
  'wife',
  'daughter',
  'sons_daughter',
  'sons_sons_daughter',
  'mother',
  'paternal_grandmother',
  'maternal_grandmother',
  'full_sister',
  'paternal_sister',
  'maternal_sister',
  'daughters_daughter',
  'sisters_daughter',
  'brothers_daughter',
  'maternal_aunt',
  'paternal_aunt',
  'maternal_brothers_daughter',
  'maternal_sisters_daughter',
  'uncles_daughter',
  'paternal_aunts_daughter',
  'maternal_uncles_daughter',
  'maternal_aunts_daughter',
])

export type DistantKin = (typeof DISTANT_KINDRED_RELATIONS)[number]
export const DISTANT_KINDRED: ReadonlySet<Relation> = new Set(DISTANT_KINDRED_RELATIONS)

/**
 * Whether anyone among these heirs excludes the distant kindred: a sharer other than a spouse, or a residuary —
 * they take the estate (with radd) in every school, and the kindred inherit nothing beside them.
 */
export const excludesDistantKindred = (heirs: Iterable<Relation>): boolean => [...heirs].some((r) => r !== 'husband' && r !== 'wife' && !DISTANT_KINDRED.has(r))
