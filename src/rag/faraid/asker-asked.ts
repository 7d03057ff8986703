import type { Lang } from '../../contract/common'
import { DEFAULT_SCHOOL } from '../../contract/inheritance'
import type { Assumption } from './assumptions'
import { caseProblems, distribute } from './compute'
import { foldArabic } from './arabic-text'
import { arabicMentions } from './parse-ar'
import { fold } from './parse-latin-words'
import type { Barrier, Relation, Sex } from './relations'

/**
 * The asker left out of the family read: a story told by someone who inherits — a parent at a child's death, a
 * brother or a sister — or who asks for their own share, when the reading does not place them among the heirs.
 * Divided without them the shares are wrong, so the case goes to retrieval.
 */
export function askerLeftOut(
  asked: string,
  lang: Lang,
  questions: readonly string[],
  family: { deceased?: Sex; assumptions: readonly Assumption[]; heirs: readonly { relation: Relation; count: number; barred?: Barrier }[] },
): boolean {
  if (askerPlaced(asked, family.assumptions)) return false
  // ("My son died leaving his wife and a daughter. What do I get?": a parent, a sibling, of which sex, is not said)
  if (questions.some((q) => (lang === 'ar' ? ASKER_ASKED_AR : ASKER_ASKED).test(q))) return true
  // ("My sister passed away leaving her husband": the asker, her brother or sister, inherits unless a son, a son's son
  // or the father excludes every sibling)
  return SIBLINGS_DEATH[lang].test(asked) && !family.heirs.some((h) => SIBLINGS_EXCLUDED_BY.has(h.relation) && !h.barred) && !nothingLeftForSiblings(family)
}

/**
 * Beside a daughter or a son's daughter a brother or sister of the deceased takes only what the sharers leave (a full
 * or paternal sister as a residuary with them), a maternal one nothing: when the sharers take the whole estate — by
 * ʿawl, or exactly — the asker left out inherits nothing, and the division read stands.
 */
function nothingLeftForSiblings(family: { deceased?: Sex; heirs: readonly { relation: Relation; count: number; barred?: Barrier }[] }): boolean {
  if (!family.heirs.some((h) => (h.relation === 'daughter' || h.relation === 'sons_daughter') && !h.barred)) return false
  const c = { deceased: family.deceased ?? 'male', heirs: family.heirs }
  if (caseProblems(c).length > 0) return false
  // (no school differs on a case of daughters and fixed shares only)
  const d = distribute({ ...c, school: DEFAULT_SCHOOL })
  return !d.radd && d.treasury.isZero() && d.heirs.every((h) => !h.residuary || h.share.isZero())
}

/**
 * "Also her brother is alive, he says he has a share??", « Et sa sœur, elle hérite ? »: a kinsman of the deceased
 * named in a question sentence — which the family read leaves out — and of whom no one was read: if he is there,
 * the shares change.
 */
export function kinOnlyAsked(questions: readonly string[], heirs: readonly { relation: Relation }[]): boolean {
  const read = new Set(heirs.map((h) => h.relation))
  return questions.some((q) => [...fold(q).matchAll(ASKED_KIN)].some((m) => !ASKED_KIN_RELATIONS[m[1]!.replace(/s$|x$/, '')]!.some((r) => read.has(r))))
}
/**
 * «وإخوتو الأشقاء التلاتة عم يقولوا إلهن حصة، صح هالحكي؟»: a kinsman of the deceased, with a possessive (his, hers),
 * the subject of an Arabic question sentence, of whom no one of that kind was read — left out of the family.
 */
export function arabicKinOnlyAsked(questions: readonly string[], heirs: readonly { relation: Relation }[]): boolean {
  const read = new Set(heirs.map((h) => h.relation))
  return questions.some((q) => {
    // (the sentence's subject, first: «من تركة زوجها», «من جده أبي أمه» name the deceased, not an heir)
    const text = foldArabic(q).trim()
    const first = arabicMentions(text)[0]
    const word = first?.phrase.split(/\s+/)[0] ?? ''
    return first?.relation !== undefined && text.startsWith(word) && /(?:ه|ها|و|هم)$/.test(word) && !kindOf(first.relation).some((r) => read.has(r))
  })
}
/** The relations a kinsman of this kind may be read as among the heirs (a brother: of any line). */
function kindOf(relation: Relation): Relation[] {
  return [BROTHERS, SISTERS, UNCLES, AUNTS, NEPHEWS, NIECES, GRANDFATHERS, GRANDMOTHERS].find((k) => k.includes(relation)) ?? [relation]
}

/** The deceased's kinsman in a question: "his brother", « sa sœur », "the uncle" (folded). */
const ASKED_KIN =
  /(?<!\p{L})(?:his|her|the deceased's|son|sa|ses|le|la|les)\s+(?:(?:older|younger|elder|little|big|full|half|paternal|maternal)\s+)?(brothers?|sisters?|uncles?|aunts?|nephews?|nieces?|grandfathers?|grandmothers?|freres?|soeurs?|oncles?|tantes?|neveux?|nieces?|grands?-peres?|grands?-meres?)(?!\p{L}|-)/gu
/** What each kinship noun of a question may be among the heirs read. */
const BROTHERS: Relation[] = ['full_brother', 'paternal_brother', 'maternal_brother']
const SISTERS: Relation[] = ['full_sister', 'paternal_sister', 'maternal_sister']
const UNCLES: Relation[] = ['full_uncle', 'paternal_uncle', 'maternal_uncle']
const AUNTS: Relation[] = ['paternal_aunt', 'maternal_aunt']
const NEPHEWS: Relation[] = ['full_brothers_son', 'paternal_brothers_son', 'sisters_son', 'maternal_brothers_son', 'maternal_sisters_son']
const NIECES: Relation[] = ['brothers_daughter', 'sisters_daughter', 'maternal_brothers_daughter', 'maternal_sisters_daughter']
const GRANDFATHERS: Relation[] = ['paternal_grandfather', 'maternal_grandfather']
const GRANDMOTHERS: Relation[] = ['paternal_grandmother', 'maternal_grandmother']
const ASKED_KIN_RELATIONS: Record<string, Relation[]> = {
  brother: BROTHERS,
  frere: BROTHERS,
  sister: SISTERS,
  soeur: SISTERS,
  uncle: UNCLES,
  oncle: UNCLES,
  aunt: AUNTS,
  tante: AUNTS,
  nephew: NEPHEWS,
  neveu: NEPHEWS,
  niece: NIECES,
  grandfather: GRANDFATHERS,
  'grand-pere': GRANDFATHERS,
  'grands-pere': GRANDFATHERS,
  grandmother: GRANDMOTHERS,
  'grand-mere': GRANDMOTHERS,
  'grands-mere': GRANDMOTHERS,
}

/** "What do I get?", "Do we inherit?", « Ma part ? », « Est-ce que j'hérite ? »: the asker asking for their own share. */
const ASKER_ASKED =
  /\b(?:what (?:do|would|will|should|can|did) (?:i|we) (?:get|inherit|receive|take)|(?:do|will|would|can|should|did) (?:i|we) (?:get|inherit|receive)|how much (?:do|will|would|should|can) (?:i|we)|(?:am i|are we) (?:entitled|heirs?|eligible)|(?:my|our) (?:own )?(?:share|part|portion|inheritance|entitlement)s?|anything for (?:me|us))\b|(?<!\p{L})(?:ma part|notre part|nos parts|j'h[ée]rite|h[ée]rit(?:e|é)-je|h[ée]ritons|je re[çc]ois|nous recevons|ai-je droit|j'ai droit|avons-nous droit|on a droit|combien (?:je (?:re[çc]ois|touche|h[ée]rite|vais)|vais-je|ai-je|me revient|nous revient|on (?:re[çc]oit|touche|h[ée]rite))|me revient|nous revient|pour moi|pour nous)(?!\p{L})/iu
/**
 * «ما نصيبي؟», «هل أرث؟», «كم لنا؟»: the asker asking for their own share; in speech «ليا حاجة في الورث؟», «إلي شي؟»,
 * «بورث؟», «أنا وارث؟».
 */
const ASKER_ASKED_AR =
  /نصيبي|نصيبنا|حصتي|حصتنا|هل أرث|هل ارث|هل نرث|كم أرث|كم ارث|كم نرث|كم لي|كم لنا|ماذا لي|ماذا لنا|هل لي|هل لنا|ميراثي|ميراثنا|إرثي|ارثي|حقي|حقنا|(?:^|\s)(?:ليا|ليّا|إلي|إلنا|لينا|لي|لنا)\s+(?:حاجة|حاجه|حق|نصيب|شي|شيء|شئ|ورث)(?=$|[\s،,.؟?])|(?:^|\s)(?:بورث|بنورث|منورث)(?=$|[\s،,.؟?])|(?:^|\s)(?:انا|أنا|احنا|إحنا|نحن)\s+(?:وارث|وارثة|وارثين|من الورثة)(?=$|[\s،,.؟?])/
const ASKER_NO_KIN =
  /\b(?:my|our)\s+(?:fianc[ée]e?|friend|best friend|boyfriend|girlfriend|neighbou?r|colleague|boss|landlord|tenant|step-?(?:father|mother|son|daughter|brother|sister|dad|mom|mum)|(?:mother|father|brother|sister|son|daughter)-in-law|ex-?(?:wife|husband))\b|(?<!\p{L})(?:ma|mon|notre)\s+(?:fianc[ée]e?|ami|amie|meilleure? amie?|voisine?|coll[èe]gue|patron|belle-(?:m[èe]re|s[œo]eur|fille)|beau-(?:p[èe]re|fr[èe]re|fils)|ex-?(?:femme|mari|[ée]poux|[ée]pouse))(?!\p{L})|(?:^|\s)(?:خطيبتي|خطيبي|صديقي|صديقتي|جاري|جارتي|حماتي|حماي|زوجة أبي|زوج أمي|طليقتي|طليقي)(?=$|[\s،,.؟?])/iu
/** "My brother died", « ma sœur est décédée », «توفي أخي»: a sibling's death told by a sibling. */
const SIBLINGS_DEATH: Record<Lang, RegExp> = {
  en: /\b(?:my|our)\s+(?:(?:older|younger|big|little|elder|eldest|youngest|baby|full)\s+)?(?:brother|sister)\b(?!'s|-in-law)[^.;!?]{0,60}?\b(?:died|passed away|passed|is dead|has died)\b/i,
  fr: /(?<!\p{L})(?:mon|ma|notre)\s+(?:(?:grand|petit|petite|grande|jeune)\s+)?(?:fr[èe]re|s[œo]e?ur)(?!\p{L}|-)(?!\s+(?:de|du)\s)[^.;!?]{0,60}?(?:est\s+d[ée]c[ée]d[ée]e?|est\s+morte?|d[ée]c[èe]de|nous a quitt[ée]s?)/iu,
  // («أخوي توفى», «أختي توفت»: the kinsman before the verb, as spoken)
  ar: /(?:توفي|توفى|توفيت|مات|ماتت)\s+(?:أخي|اخي|أختي|اختي|أخويا|اخويا|خويا|أخوي|اخوي)(?=$|[\s،,.])|(?:^|[\s،,.])(?:أخي|اخي|أختي|اختي|أخويا|اخويا|خويا|أخوي|اخوي)\s+(?:قد\s+)?(?:توفي|توفى|توفيت|توفت|اتوفى|اتوفت|مات|ماتت)(?=$|[\s،,.])/,
}
/** « nous deux, ses frères », "us two, his sons": the asker's group said to be the kin named after it. */
const US_APPOSED =
  /\b(?:nous|us|we)(?:\s+(?:deux|trois|quatre|cinq|two|three|four|five|\d+|tous|toutes|all|both))?\s*,\s*(?:ses|his|her|leurs|their)\s+(?:freres|fr[èe]res|soeurs|s[œo]eurs|fils|filles|enfants|brothers|sisters|sons|daughters|children)\b/i
/** Heirs who exclude every brother and sister of the deceased, whatever their line. */
const SIBLINGS_EXCLUDED_BY = new Set<Relation>(['son', 'sons_son', 'sons_sons_son', 'father'])
/**
 * Whether the asker is among the heirs read: placed from the asker's side ("me", « moi », «أنا», "we are 3
 * brothers"), the surviving spouse or a child counted, or saying which listed heir they are ("I am the wife",
 * « je suis l'un des fils », «وأنا الزوجة»).
 */
function askerPlaced(asked: string, assumptions: readonly Assumption[]): boolean {
  if (/\b(?:i am|i'm|je suis)\s+(?:the|one of|l'une? des|l'|la|le|une? des)\b|(?:^|\s)و?(?:أنا|انا)\s+(?:ال|أحد|احد|إحدى|احدى)/i.test(asked)) return true
  // ("my fiancée passed away … do I get anything?": an asker of no kin — no heir, which the answer's table shows)
  if (ASKER_NO_KIN.test(asked)) return true
  // (« nous deux, ses frères », "us three, her sisters": the asker among the kin named)
  if (US_APPOSED.test(asked)) return true
  return assumptions.some((a) => a.kind === 'asker_spouse' || a.kind === 'asker_child' || (a.kind === 'asker_side' && /^(?:me|moi|myself|i\b|i'm|i am|je suis|we|us|nous|أنا|انا|نحن)/i.test(a.phrase)))
}
