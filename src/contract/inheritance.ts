import { z } from 'zod'
import { langSchema } from './common'

/** The distant kindred (dhawū al-arḥām), whom some schools admit when no sharer or residuary takes the estate. */
export const DISTANT_KINDRED_RELATIONS = [
  'daughters_son',
  'daughters_daughter',
  'sisters_son',
  'sisters_daughter',
  'brothers_daughter',
  'maternal_uncle',
  'maternal_aunt',
  'paternal_aunt',
  'maternal_grandfather',
  'maternal_brothers_son',
  'maternal_brothers_daughter',
  'maternal_sisters_son',
  'maternal_sisters_daughter',
  'uncles_daughter',
  'paternal_aunts_son',
  'paternal_aunts_daughter',
  'maternal_uncles_son',
  'maternal_uncles_daughter',
  'maternal_aunts_son',
  'maternal_aunts_daughter',
] as const
/** The heirs' vocabulary, named from the deceased's side (`sons_daughter`: the deceased's son's daughter). */
export const RELATIONS = [
  'husband',
  'wife',
  'son',
  'daughter',
  'sons_son',
  'sons_daughter',
  'sons_sons_son',
  'sons_sons_daughter',
  'father',
  'mother',
  'paternal_grandfather',
  'paternal_grandmother',
  'maternal_grandmother',
  'full_brother',
  'full_sister',
  'paternal_brother',
  'paternal_sister',
  'maternal_brother',
  'maternal_sister',
  'full_brothers_son',
  'paternal_brothers_son',
  'full_brothers_sons_son',
  'paternal_brothers_sons_son',
  'full_uncle',
  'paternal_uncle',
  'full_uncles_son',
  'paternal_uncles_son',
  'full_uncles_sons_son',
  'paternal_uncles_sons_son',
  'fathers_full_uncle',
  'fathers_paternal_uncle',
  ...DISTANT_KINDRED_RELATIONS,
] as const
export type Relation = (typeof RELATIONS)[number]
export const SCHOOLS = ['hanafi', 'maliki', 'shafii', 'hanbali'] as const
export type School = (typeof SCHOOLS)[number]
const schoolSchema = z.enum(SCHOOLS)
/** The school followed where they differ when none is chosen: with the majority on the grandfather and al-mushtaraka. */
export const DEFAULT_SCHOOL = 'hanbali' satisfies (typeof SCHOOLS)[number]

/** Whose child an unborn heir is, as the male heir it would be (a girl is the female of the same line). */
export const UNBORN = ['son', 'sons_son', 'full_brother', 'paternal_brother', 'maternal_brother'] as const
/**
 * Why someone named as a relative inherits nothing: the barriers (mawāniʿ al-irth) of having killed the deceased or
 * of a religion other than the deceased's, and adoption (an adopted child is no child by lineage, Qur'an 33:4–5).
 * A barred relative neither inherits nor excludes or reduces anyone.
 */
export const BARRIERS = ['homicide', 'religion', 'adoption'] as const
/** What an unborn heir may turn out to be. */
export const OUTCOMES = ['none', 'male', 'female', 'two_males', 'two_females', 'male_and_female'] as const

/** A sum of money: positive, at most two decimals kept. */
const money = z.number().finite().min(0).max(1e15)

export const inheritanceBody = z.strictObject({
  deceased: z.enum(['male', 'female']),
  /**
   * Each relation once, with how many of them survive (1–4 wives; 1 husband, father, mother, grandparent; up to 100
   * of the others); once more with `barred` for those of them who inherit nothing for having killed the deceased
   * (`homicide`), for another religion (`religion`), or for being adopted (`adoption`).
   */
  heirs: z
    .array(z.strictObject({ relation: z.string().max(40), count: z.number().int(), barred: z.enum(BARRIERS).optional() }))
    .min(1, 'at least one heir is needed')
    .max(2 * RELATIONS.length),
  estate: z.strictObject({ amount: money.refine((a) => a > 0, 'must be more than zero'), currency: z.string().min(1).max(8) }).optional(),
  funeral_costs: money.optional(),
  debts: money.optional(),
  /** What the deceased bequeathed; more than a third of what the debts leave is cut to a third. */
  bequest: money.optional(),
  /**
   * A child not yet born who would inherit (a pregnant widow: `son`; the son's widow: `sons_son`; the mother by
   * the father: `full_brother`…): the estate is divided before the birth, each heir given the least of its shares.
   */
  unborn: z.enum(UNBORN).optional(),
  /**
   * Heirs whose life is unknown (al-mafqūd): `count` of the listed heirs of `relation`. The estate is divided as if
   * they were alive and as if they were not; each present heir is given the least of its two parts, the rest held.
   */
  missing: z.strictObject({ relation: z.string().max(40), count: z.number().int().min(1).max(100) }).optional(),
  /**
   * One more heir whose sex cannot be told (al-khunthā al-mushkil), of the line of `line` (a child: `son`; a son's
   * child: `sons_son`; a brother or sister: `full_brother`…), besides the heirs listed. `hope`: whether his sex may
   * still become clear (a child: true, the default; an adult: false). The school decides how he is divided for.
   */
  hermaphrodite: z.strictObject({ line: z.enum(UNBORN), hope: z.boolean().default(true) }).optional(),
  /**
   * Heirs who died after the deceased but before the estate was divided (al-munāsakhāt), in the order they died:
   * `of` one person of a listed group, with his own heirs named from his side (his mother, his brothers…), and
   * `same_as` when they are the same people as some of the first deceased's living heirs (the son's mother is the
   * deceased's wife: `same_as: "wife"`), so that their parts are added up.
   */
  later_deaths: z
    .array(
      z.strictObject({
        of: z.string().max(40),
        heirs: z
          .array(z.strictObject({ relation: z.string().max(40), count: z.number().int(), barred: z.enum(BARRIERS).optional(), same_as: z.string().max(40).optional() }))
          .min(1, 'at least one heir is needed')
          .max(2 * RELATIONS.length),
      }),
    )
    .max(10)
    .optional(),
  /** The school followed where they differ; Hanbali by default (with the majority on the grandfather and al-mushtaraka). */
  school: schoolSchema.default(DEFAULT_SCHOOL),
  /** Language of the labels and references. */
  lang: langSchema.default('en'),
})
export type InheritanceBody = z.infer<typeof inheritanceBody>
/** The body as a client writes it (school and language may be left out). */
export type InheritanceRequest = z.input<typeof inheritanceBody>

const evidenceSchema = z.object({
  kind: z.enum(['quran', 'hadith', 'consensus']),
  /** « Qur'an 4:11 », « Sahih al-Bukhari 6732 »; for consensus, what was agreed. */
  reference: z.string(),
  /** The verse's text from the shipped Qur'an, in the request's language. */
  text: z.string().optional(),
  /** verified: found in the shipped Qur'an or an installed collection; unverifiable: the collection is not installed here. */
  status: z.enum(['verified', 'not_found', 'unverifiable']),
})

const heirResultSchema = z.object({
  relation: z.enum(RELATIONS),
  label: z.string(),
  count: z.number().int(),
  status: z.enum(['heir', 'excluded', 'barred']),
  /** Why a relative listed with `barred` inherits nothing. */
  barred: z.enum(BARRIERS).optional(),
  /** The fixed share of the group before ʿawl or radd (`"1/8"`), when it has one. */
  fard: z.string().optional(),
  residuary: z.enum(['bi_nafsihi', 'bi_ghayrihi', 'maa_ghayrihi']).optional(),
  /** The group's part of the estate and each member's, as exact fractions (`"7/32"`). */
  share: z.string(),
  share_each: z.string(),
  /** The group's shares out of `base_final`. */
  sihaam: z.number().int(),
  excluded_by: z.array(z.enum(RELATIONS)).optional(),
  amount: z.number().optional(),
  amount_each: z.number().optional(),
  basis: z.array(evidenceSchema),
})

export const inheritanceResultSchema = z.object({
  school: schoolSchema,
  deceased: z.enum(['male', 'female']),
  /** aṣl al-masʾala, the base raised by ʿawl when the shares exceed the whole, and the final corrected base. */
  base: z.number().int(),
  awl_base: z.number().int().optional(),
  radd: z.boolean(),
  base_final: z.number().int(),
  heirs: z.array(heirResultSchema),
  /** What no heir takes and goes to the public treasury (bayt al-māl). */
  treasury: z.string(),
  treasury_amount: z.number().optional(),
  cases: z.array(z.enum(['umariyya', 'mushtaraka', 'akdariyya', 'minbariyya', 'grandfather_siblings', 'distant_kindred'])),
  /** Where the schools differ on this case: what the others hold, in the request's language. */
  differences: z.array(z.object({ schools: z.array(schoolSchema), holds: z.string() })),
  /**
   * With `unborn`: the division before the birth. The top-level shares are those if no child is born alive; each
   * possibility is computed, every heir is given now the least of its shares, and the rest is held back until the
   * birth; all counted in `base` (al-jāmiʿa, the least common multiple of the possibilities' bases).
   */
  pregnancy: z
    .object({
      unborn: z.enum(UNBORN),
      base: z.number().int(),
      heirs: z.array(z.object({ relation: z.enum(RELATIONS), count: z.number().int(), share: z.string(), sihaam: z.number().int(), amount: z.number().optional() })),
      reserved: z.string(),
      reserved_sihaam: z.number().int(),
      reserved_amount: z.number().optional(),
      /** Each possibility with its own corrected base and each heir's share (the newborn included). */
      outcomes: z.array(
        z.object({
          outcome: z.enum(OUTCOMES),
          base_final: z.number().int(),
          heirs: z.array(z.object({ relation: z.enum(RELATIONS), count: z.number().int(), share: z.string(), share_each: z.string() })),
        }),
      ),
    })
    .optional(),
  /**
   * With `missing`: the division while their fate is unknown. The top-level shares are those with them alive; every
   * present heir is given now the least of its parts with and without them, and the rest is held back until they
   * return or a judge declares them dead; all counted in `base` (the two readings' common base).
   */
  missing: z
    .object({
      relation: z.enum(RELATIONS),
      count: z.number().int(),
      base: z.number().int(),
      heirs: z.array(z.object({ relation: z.enum(RELATIONS), count: z.number().int(), share: z.string(), sihaam: z.number().int(), amount: z.number().optional() })),
      reserved: z.string(),
      reserved_sihaam: z.number().int(),
      reserved_amount: z.number().optional(),
      /** The missing heirs' own part if alive, within the reserve. */
      missing_share: z.string(),
      missing_sihaam: z.number().int(),
      /** Each reading with its own corrected base and each heir's share. */
      readings: z.array(
        z.object({
          alive: z.boolean(),
          base_final: z.number().int(),
          heirs: z.array(z.object({ relation: z.enum(RELATIONS), count: z.number().int(), share: z.string(), share_each: z.string() })),
          treasury: z.string(),
        }),
      ),
    })
    .optional(),
  /**
   * With `hermaphrodite`: the division while his sex is unknown. The top-level shares are those with him read as a
   * male. `method`: `least` (each heir, he too, is given the least of his two parts, the rest held until his sex is
   * clear — al-Shāfiʿī, and Aḥmad while there is hope), `average` (half of the two parts — Mālik, and Aḥmad when
   * there is none), `worse_for_him` (he takes the worse of his parts, the others theirs in that reading — Abū
   * Ḥanīfa); all counted in `base`.
   */
  hermaphrodite: z
    .object({
      line: z.enum(UNBORN),
      hope: z.boolean(),
      method: z.enum(['least', 'average', 'worse_for_him']),
      base: z.number().int(),
      heirs: z.array(z.object({ relation: z.enum(RELATIONS), count: z.number().int(), share: z.string(), sihaam: z.number().int(), amount: z.number().optional() })),
      /** His own part. */
      share: z.string(),
      sihaam: z.number().int(),
      amount: z.number().optional(),
      reserved: z.string(),
      reserved_sihaam: z.number().int(),
      reserved_amount: z.number().optional(),
      /** Each reading with its own corrected base and each heir's share (he is one of his line's group there). */
      readings: z.array(
        z.object({
          as: z.enum(['male', 'female']),
          base_final: z.number().int(),
          heirs: z.array(z.object({ relation: z.enum(RELATIONS), count: z.number().int(), share: z.string(), share_each: z.string() })),
          treasury: z.string(),
        }),
      ),
    })
    .optional(),
  /**
   * With `later_deaths`: each later deceased's own case — his part of the first estate (`share`), and his heirs'
   * shares of that part, named from his side.
   */
  later_deaths: z
    .array(
      z.object({
        of: z.enum(RELATIONS),
        label: z.string(),
        deceased: z.enum(['male', 'female']),
        share: z.string(),
        base: z.number().int(),
        awl_base: z.number().int().optional(),
        radd: z.boolean(),
        base_final: z.number().int(),
        heirs: z.array(heirResultSchema.extend({ same_as: z.enum(RELATIONS).optional() })),
        treasury: z.string(),
      }),
    )
    .optional(),
  /**
   * With `later_deaths`: what every line receives of the first estate in the end, in shares of al-jāmiʿa (the first
   * base raised for each later death as the books build it). The first deceased's living heirs are one line each,
   * with what reaches them again through a later death (`same_as`); the later deceased's other heirs are lines
   * `via` him.
   */
  combined: z
    .object({
      base: z.number().int(),
      heirs: z.array(
        z.object({
          relation: z.enum(RELATIONS),
          label: z.string(),
          count: z.number().int(),
          via: z.enum(RELATIONS).optional(),
          via_label: z.string().optional(),
          share: z.string(),
          sihaam: z.number().int(),
          amount: z.number().optional(),
        }),
      ),
      treasury: z.string(),
      treasury_amount: z.number().optional(),
    })
    .optional(),
  estate: z
    .object({
      amount: z.number(),
      currency: z.string(),
      funeral_costs: z.number(),
      debts: z.number(),
      bequest: z.number(),
      /** True when the bequest asked for more than a third and was cut to it. */
      bequest_capped: z.boolean(),
      /** What the heirs share. */
      to_heirs: z.number(),
    })
    .optional(),
})
export type InheritanceResult = z.infer<typeof inheritanceResultSchema>
