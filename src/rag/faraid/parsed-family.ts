import { type Assumption, dedupeAssumptions } from './assumptions'
import type { heirTally } from './heir-tally'
import type { HermaphroditeLine } from './hermaphrodite'
import type { Missing } from './missing'
import type { Outcome, Unborn } from './pregnancy'
import type { Barrier, Relation, Sex } from './relations'

/** A family as a parser (Arabic, or French and English) reads it from a question, for the calculator. */
export interface ParsedFamily {
  deceased?: Sex
  heirs: { relation: Relation; count: number; barred?: Barrier }[]
  /** What was taken for granted: a count not stated, a sibling taken as full, the deceased's sex. */
  assumptions: Assumption[]
  /** Why the family cannot be computed (an unsupported status or an unrecognised kinsman). */
  problems: string[]
  /** «وله فرع وارث»: a descendant heir of no stated kind; an answer must hold whoever it is. */
  anyDescendant?: boolean
  /** «وستة أطفال»: so many children of the deceased, their sex not said (three for a plural with no number). */
  unsexedChildren?: number
  /** Full kin the family says may be paternal instead («أخت شقيقة أو من الأب»): an answer must hold for both. */
  either?: Relation[]
  /** A child not yet born who may inherit («وزوجته حامل»), as the male heir it would be. */
  unborn?: Unborn
  /** What the unborn turned out to be, when the family says it («وتبين أن الحمل ذكر»). */
  unbornOutcome?: Outcome
  /** Heirs whose life is unknown («وابن مفقود»): of the group of that relation, how many. */
  missing?: Missing
  /** One more heir whose sex cannot be told («وخنثى»): his line, and whether it may still become clear if said. */
  hermaphrodite?: { line: HermaphroditeLine; hope?: boolean }
}

/** The family a parser returns: the heirs counted, each assumption said once, what refuses it, and what else it read. */
export function parsedFamily(
  deceased: Sex | undefined,
  tally: ReturnType<typeof heirTally>,
  assumptions: Assumption[],
  problems: string[],
  more: Omit<ParsedFamily, 'deceased' | 'heirs' | 'assumptions' | 'problems'>,
): ParsedFamily {
  return { ...(deceased ? { deceased } : {}), heirs: tally.list(), assumptions: dedupeAssumptions(assumptions), problems, ...more }
}
