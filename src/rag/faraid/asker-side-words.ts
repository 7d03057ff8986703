import type { AskerKin } from './asker-kin'
import { PARENT_AND } from './parse-latin-words'
import type { Relation, Sex } from './relations'

/**
 * The words the asker-side reading (asker-side.ts) finds: the asker's kinship nouns in English and French, with whose
 * they are, and the phrases around them — the deceased named by the asker, the heirs named with "my", the asker
 * ("me", "I am his son"), the asker's group ("we are 3 brothers", "us two brothers and a sister"). Over folded text.
 */
export type Key = AskerKin

export const KIN: Record<string, { key: Key; sex?: Sex; plural?: boolean }> = {
  father: { key: 'father', sex: 'male' },
  dad: { key: 'father', sex: 'male' },
  pere: { key: 'father', sex: 'male' },
  papa: { key: 'father', sex: 'male' },
  mother: { key: 'mother', sex: 'female' },
  mom: { key: 'mother', sex: 'female' },
  mum: { key: 'mother', sex: 'female' },
  sis: { key: 'sister', sex: 'female' },
  bro: { key: 'brother', sex: 'male' },
  hubby: { key: 'husband', sex: 'male' },
  mere: { key: 'mother', sex: 'female' },
  maman: { key: 'mother', sex: 'female' },
  stepmother: { key: 'stepmother', sex: 'female' },
  'step-mother': { key: 'stepmother', sex: 'female' },
  stepmom: { key: 'stepmother', sex: 'female' },
  'step-mom': { key: 'stepmother', sex: 'female' },
  stepfather: { key: 'stepfather', sex: 'male' },
  'step-father': { key: 'stepfather', sex: 'male' },
  stepdad: { key: 'stepfather', sex: 'male' },
  'step-dad': { key: 'stepfather', sex: 'male' },
  'mother-in-law': { key: 'mother_in_law', sex: 'female' },
  'father-in-law': { key: 'father_in_law', sex: 'male' },
  'belle-mere': { key: 'mother_by_marriage', sex: 'female' },
  'beau-pere': { key: 'father_by_marriage', sex: 'male' },
  husband: { key: 'husband', sex: 'male' },
  mari: { key: 'husband', sex: 'male' },
  epoux: { key: 'husband', sex: 'male' },
  wife: { key: 'wife', sex: 'female' },
  widow: { key: 'wife', sex: 'female' },
  veuve: { key: 'wife', sex: 'female' },
  femme: { key: 'wife', sex: 'female' },
  epouse: { key: 'wife', sex: 'female' },
  brother: { key: 'brother', sex: 'male' },
  brothers: { key: 'brother', sex: 'male', plural: true },
  frere: { key: 'brother', sex: 'male' },
  freres: { key: 'brother', sex: 'male', plural: true },
  sister: { key: 'sister', sex: 'female' },
  sisters: { key: 'sister', sex: 'female', plural: true },
  soeur: { key: 'sister', sex: 'female' },
  soeurs: { key: 'sister', sex: 'female', plural: true },
  son: { key: 'son', sex: 'male' },
  sons: { key: 'son', sex: 'male', plural: true },
  boy: { key: 'son', sex: 'male' },
  fils: { key: 'son', sex: 'male' },
  garcon: { key: 'son', sex: 'male' },
  daughter: { key: 'daughter', sex: 'female' },
  daughters: { key: 'daughter', sex: 'female', plural: true },
  girl: { key: 'daughter', sex: 'female' },
  fille: { key: 'daughter', sex: 'female' },
  filles: { key: 'daughter', sex: 'female', plural: true },
  grandfather: { key: 'grandfather', sex: 'male' },
  grandpa: { key: 'grandfather', sex: 'male' },
  granddad: { key: 'grandfather', sex: 'male' },
  'grand-pere': { key: 'grandfather', sex: 'male' },
  papi: { key: 'grandfather', sex: 'male' },
  grandmother: { key: 'grandmother', sex: 'female' },
  grandma: { key: 'grandmother', sex: 'female' },
  granny: { key: 'grandmother', sex: 'female' },
  'grand-mere': { key: 'grandmother', sex: 'female' },
  mamie: { key: 'grandmother', sex: 'female' },
  uncle: { key: 'uncle', sex: 'male' },
  uncles: { key: 'uncle', sex: 'male', plural: true },
  oncle: { key: 'uncle', sex: 'male' },
  oncles: { key: 'uncle', sex: 'male', plural: true },
  aunt: { key: 'aunt', sex: 'female' },
  aunts: { key: 'aunt', sex: 'female', plural: true },
  tante: { key: 'aunt', sex: 'female' },
  tantes: { key: 'aunt', sex: 'female', plural: true },
}
export const NOUNS = Object.keys(KIN).join('|')
/**
 * "my little brother", "my eldest son", « mon petit frère », « ma grande sœur »: a word between «my» and the
 * kinsman that says nothing of the kinship (French only before a sibling: « mon petit fils » is a grandson).
 */
const AGE = '(?:(?:little|younger|older|elder|big|baby|eldest|youngest)\\s+|(?:petite?s?|grande?s?|jeunes?|cadette?s?)\\s+(?=(?:frere|soeur)s?\\b))?'
/** "my paternal grandfather", "my maternal uncle": the side said before the kinsman (French says it after: « paternel »). */
const SIDE = '(?:(?:paternal|maternal)\\s+)?'
const SIDE_AFTER = '(?:\\s+(?:paternel|maternel)(?:le)?s?\\b)?'
/** «My father died», «mon père est décédé»: the deceased named from the asker's side, before the death. */
// ("my husband's brother died", « le frère de mon mari est décédé »: the asker's kin's kinsman died, not the asker's kin)
export const DECEASED = new RegExp(
  `(?<!\\b(?:of|de|du)\\s+)\\b(?:my|our|mon|ma|notre)\\s+(?:late\\s+|beloved\\s+|muslim\\s+|defunte?\\s+|regrettee?\\s+|cher\\s+|chere\\s+)?${AGE}${SIDE}(${NOUNS})\\b(?!-|'s|’s)`,
  'g',
)
/** «my two sisters», «mes deux frères», «our mother», "us two brothers": an heir named from the asker's side (not "on my mom's side"). */
export const HEIR = new RegExp(
  `(?:^|\\s)(my|our|mon|ma|mes|notre|nos|us|nous)\\s+((?:\\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+)?${AGE}${SIDE}(${NOUNS})\\b(?!-|'s side|’s side)${SIDE_AFTER}`,
  'g',
)
/** "We're 5 siblings", « Nous sommes 5 enfants », "we are 3 brothers": the asker's group counted. */
export const WE_COUNTED = /\b(?:we are|we're|were|nous sommes)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b/
/**
 * "we are his brothers", « on est ses frère et sœur germains » (folded): the asker's group said again as the
 * deceased's siblings, after they were named — counted a second time if read as heirs. (« on est tous ses enfants »
 * names no count, and is not read again.)
 */
export const WE_RESTATED =
  /\b(?:on est|on etait|nous sommes|nous etions|we are|we're|we were)\s+(?:tous\s+|toutes\s+|all\s+)?(?:(?:ses|his|her|leurs?|the deceased's)\s+)(?:\w+\s+)?(?:freres?|soeurs?|brothers?|sisters?|siblings?)\b/
/**
 * « mes deux fils d'un premier mariage », "my son from my first marriage": the asker's children by another spouse —
 * no children of a deceased spouse, grandchildren of a deceased parent — whom the asker-side reading cannot place.
 */
export const ASKERS_OTHER_MARRIAGE =
  /\b(?:j'ai|i have|i've got|i had)\s+(?:aussi\s+|also\s+)?(?:un|une|deux|trois|a|an|one|two|\d+)\s+(?:fils|filles?|enfants?|garcons?|sons?|daughters?|children|kids)\s+(?:d'un|d'une|from (?:a|an|my))\s+(?:(?:premier|premiere|autre|ancien|ancienne|first|previous|earlier|former|other)\s+)?(?:mariage|lit|union|marriage|wife|husband|relationship)\b|\b(?:my|mes|mon|ma)\s+(?:[a-z]+\s+){0,2}(?:sons?|daughters?|children|kids|boys?|girls?|fils|filles?|enfants?|garcons?)\s+(?:(?:qui sont\s+)?(?:d'un|d'une|de mon|de ma|from (?:a|an|my))\s+(?:(?:premier|premiere|precedent|precedente|ancien|ancienne|autre|first|previous|earlier|former|other|prior)\s+)?(?:mariage|mari|union|marriage|husband|wife|relationship|ex)|d'un (?:autre|premier) lit\b|d'avant\b|from before\b)/
/** "I am Christian", "I'm not Muslim", « je suis chrétienne », « je ne suis pas musulman ». */
export const ASKER_FAITH =
  /\b(?:i am|i'm|im|je suis)\s+(?:a\s+|une?\s+)?(?:christian|jewish|a jew|hindu|buddhist|atheist|non-muslim|not (?:a )?muslim|chretien(?:ne)?|juive?|juif|hindoue?|bouddhiste|athee|non[- ]musulmane?)\b|\bje ne suis pas musulmane?\b/
/** "his first wife", « sa première épouse »: a wife of his named, not the asker. */
export const OTHER_WIFE_BEFORE = /\b(?:his|son|sa)\s+(?:first|second|third|other|older|elder|premiere|seconde|deuxieme|autre)\s+(?:wife|epouse|femme)\b/
/** "three sisters", « deux frères »: counted siblings with no possessive before them (nor "of …" after). */
export const UNPOSSESSED_SIBLINGS =
  /(?<!\b(?:my|our|his|her|their|the|us|mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|les|des|nous)\s+(?:(?:\S+)\s+)?)\b((?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)(brothers?|sisters?|freres?|soeurs?)\b(?!\s+(?:of|de|du|d')\b)/g
/** "… us two brothers and a sister": a sibling said after the asker's group, with no «my» of its own. */
export const US_TAIL =
  /(?<=\b(?:us|nous)\s+(?:\S+\s+)?(?:brothers|sisters|freres|soeurs)\s+(?:and|et))\s+((?:a|an|one|two|three|four|five|un|une|deux|trois|quatre|cinq|\d+)\s+)(brothers?|sisters?|freres?|soeurs?)\b/g
/** "two aunts", « un oncle », "the uncles": an uncle or an aunt not said to be the asker's. */
export const UNPOSSESSED_UNCLE = /(?<!\b(?:my|our|mon|ma|mes|notre|nos)\s+(?:(?:\d+|two|three|four|five|deux|trois|quatre|cinq)\s+)?(?:(?:paternal|maternal)\s+)?)\b(uncles?|aunts?|oncles?|tantes?)\b/g

/** The asker's kin there is only one of (a stepmother named again, "from my stepmother he had…", is the same). */
export const ONE_ONLY = new Set<Key>(['father', 'mother', 'stepmother', 'stepfather'])
/** "Mom", « Maman »: a parent named without a possessive, the asker's (not after «his», «the», « sa »…). */
export const BARE_PARENT = new RegExp(`(?<=^|[\\s,;:.!?(])(?<!\\b(?:my|our|his|her|their|the|a|your|mon|ma|sa|son|ta|notre|votre|leur|ses|mes)\\s+)(?<!${PARENT_AND})(mom|mum|dad|maman|papa)\\b`, 'g')
/** «our children», «nos trois enfants»: children of no stated sex, from the asker's side. */
export const CHILDREN = /(?:^|\s)(?:my|our|mes|nos)\s+((?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?(children|kids|enfants)\b/g
/**
 * «me (a son)», «moi (sa fille)», "me (her full sister)", « … et moi, son fils. », «me», "… and I (female)": the asker, with the sex a
 * bracket or a closing apposition may say («I» only in a list: "my 2 brothers and I", not "I want to know"; « moi »
 * not as the subject said twice: « Moi je suis son neveu », « moi, j'hérite ? »).
 */
export const ME = new RegExp(
  `(?:^|\\s|(?<=\\())(me|myself|moi-meme|moi|(?<=(?:,|\\band|\\bet)\\s+)i(?!\\s+(?:am|was|want|would|need|have|think|wonder|ask)\\b|'))\\b(?!\\s*,?\\s*(?:je\\b|j'))(?:\\s*\\((?:[^()]*,\\s*)?(?:a |an |the |his |her |un |une |le |la |son |sa )?(?:(?:only|eldest|youngest|seule?) )?(?:full )?(${NOUNS}|male|female|man|woman|homme|femme|\\d+\\s*[fm])(?: germaine?)?(?: (?:unique|aine|ainee|cadet|cadette))?\\)|,\\s+(?:his|her|son|sa)\\s+(?:(?:\\d+(?:st|nd|rd|th|e|eme)|first|second|third|fourth|premiere|deuxieme|seconde|troisieme)\\s+)?(son|daughter|brother|sister|wife|husband|fils|fille|frere|soeur|femme|epouse|mari)(?=\\s*(?:[.;!?]|$)))?`,
  'g',
)

/** "the eldest daughter", "his only son", « la fille aînée »: a word of rank between the asker's «I am» and who they are. */
const RANK = 'eldest|oldest|youngest|only|older|younger|elder|ainee?|cadette?|unique|seule?'
/** « je suis le 2e garçon », "I'm the second son": which of the group the asker is. */
const ORDINAL = '\\d+(?:e|eme|er|ere|nd|rd|th|st)|first|second|third|fourth|fifth|premiere?|deuxieme|seconde?|troisieme|quatrieme|cinquieme'
/**
 * "I am his son", «je suis sa fille», "I'm a woman", « je suis sa seule épouse », « je suis l'une des filles », "I'm one of
 * the sons": the asker saying who they are.
 */
export const SELF = new RegExp(
  `(?:^|\\s)(?:i am|i'm|im|je suis)\\s+(?:(?:a |an |the |his |her |son |sa |un |une |le |la |l')?(?:(?:${RANK}|${ORDINAL}) )?(?:full |germaine? )?(?:man|woman|homme|femme|son|daughter|fils|fille|brother|sister|frere|soeur|boy|girl|garcon|guy|gal|lady|wife|husband|widow|widower|epouse|epoux|mari|veuve|veuf|petit-fils|petite-fille|grandson|granddaughter)(?!\\s+(?:de|du|d'|of)\\s+(?!meme\\b|same\\b))|(?:one of (?:the|his|her) |l'une? (?:des|de ses) |une? (?:des|de ses) )(?:daughters|sons|girls|boys|sisters|brothers|wives|filles|fils|garcons|soeurs|freres|epouses))\\b`,
  'g',
)
/** «our parents», «nos parents», « nos deux parents »: both, from the asker's side. */
export const PARENTS = /(?:^|\s)(?:my|our|mes|nos)\s+(?:deux\s+|two\s+)?parents\b/g
/** «mes grands-parents paternels», "my maternal grandparents", "our grandparents": both, of the side said if any. */
export const GRANDPARENTS = /(?:^|\s)(?:my|our|mes|nos)\s+(?:(?:paternal|maternal)\s+)?(?:grandparents|grand-parents|grands-parents)\b(?:\s+(?:paternel|maternel)s?\b)?/g
/** «moi, son frère», "I am his sister", «je suis sa fille»: the asker's place among the deceased's kin. */
const SIBLING_NOUN = '(brothers?|sisters?|freres?|soeurs?|boys?|girls?|garcons?|filles?)'
/** "we are 3 brothers and 2 sisters", « nous sommes 3 frères et 2 sœurs »: the asker among the siblings counted. */
export const WE_ARE = new RegExp(
  `\\b(?:we are|we're|nous sommes)\\s+(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+${SIBLING_NOUN}(?:\\s*(?:,|and|et)\\s*(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+${SIBLING_NOUN})?`,
  'g',
)
/** The asker speaking for a group of heirs: "us two brothers", « nous sommes trois ». */
export const WE = /\b(?:us|we|nous)\b/
export const STATED = new RegExp(
  `(?:^|\\s)(?:moi|me|i am|i'm|je suis),?\\s+(?:his|her|son|sa|the deceased's)\\s+(?:(?:${RANK})\\s+)?(?:(?:full|germaine?)\\s+)?(brother|sister|son|daughter|frere|soeur|fils|fille)\\b(?:\\s+(consanguine?|uterine?|paternelle?|maternelle?|germaine?))?`,
)
/**
 * « jsuis le fils unique de mon père », "I am the daughter": the asker a child of the deceased, said with an article
 * rather than a possessive — no reading places them (folded).
 */
export const ASKER_SAID_CHILD = /\b(?:je suis|jsuis|j'suis|chuis|i am|i'm)\s+(?:le|la|l'|the)\s*(?:\w+\s+)?(?:fils|fille|enfant|son|daughter|child)\b/
/** The deceased-side word the asker uses of themself. */
export const DECEASED_SIDE: Record<string, Relation> = {
  brother: 'full_brother',
  frere: 'full_brother',
  sister: 'full_sister',
  soeur: 'full_sister',
  son: 'son',
  fils: 'son',
  daughter: 'daughter',
  fille: 'daughter',
}

/** «je suis sa fille», "I am his son", "I am a woman": who the asker is, when said. */
export const ASKER_SAID = new RegExp(
  `\\b(?:i am|i'm|im|je suis)\\s+(?:a |an |the |his |her |un |une |le |la |son |sa |ton |ta )?(?:(?:${RANK}) )?(man|woman|homme|femme|son|daughter|fils|fille|brother|sister|frere|soeur|boy|girl|garcon|guy|gal|lady|male|female)\\b` +
    // ("we are 3 girls, no brothers": the asker one of them; « je suis l'aînée »: the rank's gender)
    `|\\b(?:we are|we're)\\s+(?:\\d+|two|three|four|five|six|all)\\s+(girls|boys|sisters|brothers)\\b|\\bje suis (?:l'|la |le )?(ainee|cadette|aine|cadet)\\b`,
)
/** The words of ASKER_SAID that say a man. */
export const MALE_SAID = /^(man|homme|son|fils|brother|frere|boy|garcon|guy|male|boys|brothers|aine|cadet)$/

/** "my dad's mom", « la mère de mon père »: a grandparent named through the asker's parent. */
const THROUGH_PARENT = [
  /\b(my|our)\s+(dad|daddy|father|papa|mom|mum|mommy|mother|mama)'s\s+(mom|mum|mother|mama|dad|father|papa)\b/gi,
  /\b(la|le)\s+(m[èe]re|p[èe]re)\s+de\s+(mon|ma|notre)\s+(p[èe]re|papa|m[èe]re|maman)\b/gi,
]
const FATHER_WORD = /^(dad|daddy|father|papa|p[èe]re)$/i
/** "my dad's brother", « la sœur de ma mère »: an uncle or an aunt named through the asker's parent. */
const SIBLING_THROUGH_PARENT = [
  /\b(my|our)\s+(dad|daddy|father|papa|mom|mum|mommy|mother|mama)'s\s+(brother|sister)\b/gi,
  /\b(le|la)\s+(fr[èe]re|s(?:oe|œ)ur)\s+de\s+(mon|ma|notre)\s+(p[èe]re|papa|m[èe]re|maman)\b/gi,
]

/**
 * The grandparent, uncle or aunt named through a parent, said as the kin of that side (« ma grand-mère paternelle »,
 * "my paternal uncle"), which the reading places.
 */
export function grandparentsThroughParent(text: string): string {
  return (
    text
      .replace(THROUGH_PARENT[0]!, (_m, my: string, parent: string, gp: string) => {
        const side = FATHER_WORD.test(parent) ? 'paternal' : 'maternal'
        return `${my} ${side} ${/^(mom|mum|mother|mama)$/i.test(gp) ? 'grandmother' : 'grandfather'}`
      })
      .replace(THROUGH_PARENT[1]!, (_m, _the: string, gp: string, my: string, parent: string) => {
        const side = FATHER_WORD.test(parent) ? 'paternel' : 'maternel'
        const mine = my.toLowerCase() === 'notre' ? 'notre' : /^m/i.test(gp) ? 'ma' : 'mon'
        return /^m/i.test(gp) ? `${mine} grand-mère ${side}le` : `${mine} grand-père ${side}`
      })
      .replace(SIBLING_THROUGH_PARENT[0]!, (_m, my: string, parent: string, sibling: string) => {
        const side = FATHER_WORD.test(parent) ? 'paternal' : 'maternal'
        return `${my} ${side} ${/^brother$/i.test(sibling) ? 'uncle' : 'aunt'}`
      })
      .replace(SIBLING_THROUGH_PARENT[1]!, (_m, _the: string, sibling: string, my: string, parent: string) => {
        const side = FATHER_WORD.test(parent) ? 'paternel' : 'maternel'
        const brother = /^fr/i.test(sibling)
        const mine = my.toLowerCase() === 'notre' ? 'notre' : brother ? 'mon' : 'ma'
        return brother ? `${mine} oncle ${side}` : `${mine} tante ${side}le`
      })
      // ("my uncle (my paternal uncle)", « ma tante (ma tante paternelle) »: the side glossed, said once)
      .replace(UNCLE_GLOSSED, '$1')
  )
}
const UNCLE_GLOSSED =
  /\b(?:my|our|mon|ma|notre)\s+(?:uncle|aunt|oncle|tante)\s*\(\s*((?:my|our|mon|ma|notre)\s+(?:(?:paternal|maternal)\s+(?:uncle|aunt)|(?:oncle|tante)\s+(?:paternel|maternel)(?:le)?))\s*\)/gi

const GRANDMOTHER_WORD = 'grand[- ]?m[eè]re|grand[- ]?mother|grand[- ]?ma|grand[- ]?mom|granny|nan|nana|mamie|mamy'
const GRANDFATHER_WORD = 'grand[- ]?p[eè]re|grand[- ]?father|grand[- ]?pa|grand[- ]?dad|granddad|grandad|papi|papy|pepe|pépé'
const DECEASEDS_MOTHER = '(?:his|her|sa)\\s+(?:own\\s+)?(?:mother|mom|mum|m[eè]re)(?:\\s+[àa]\\s+(?:lui|elle))?'
const DECEASEDS_FATHER = '(?:his|her|son)\\s+(?:own\\s+)?(?:father|dad|p[eè]re)(?:\\s+[àa]\\s+(?:lui|elle))?'
const MY = '(?:my|our|mon|ma|notre)\\s+'
/** "his mother, our granny", « notre grand-mère, sa mère à lui »: the deceased's parent and the asker's word for her, one person. */
const PARENT_APPOSED = [
  new RegExp(`(${DECEASEDS_MOTHER})\\s*[,(]\\s*${MY}(?:${GRANDMOTHER_WORD})\\b\\)?`, 'giu'),
  new RegExp(`(${DECEASEDS_FATHER})\\s*[,(]\\s*${MY}(?:${GRANDFATHER_WORD})\\b\\)?`, 'giu'),
  new RegExp(`${MY}(?:${GRANDMOTHER_WORD})\\s*,\\s*(${DECEASEDS_MOTHER})`, 'giu'),
  new RegExp(`${MY}(?:${GRANDFATHER_WORD})\\s*,\\s*(${DECEASEDS_FATHER})`, 'giu'),
]

/** The deceased's parent glossed by the asker's word for a grandparent, said once: as the deceased's parent. */
export function parentGlossed(text: string): string {
  return PARENT_APPOSED.reduce((t, re) => t.replace(re, '$1'), text)
}

/** "my stepson", « ma belle-fille », « mon beau-fils »: a stepchild of the asker (the French words also name an in-law). */
export const STEPCHILD = /\b(?:my|our|mon|ma|mes|notre|nos)\s+(?:step-?(?:sons?|daughters?|child(?:ren)?|kids?)|beaux?-fils|belles?-filles?)\b/

/** "us two girls", « nous deux garçons », "we three kids", « nous sommes ses enfants »: the asker's own group. */
const US_GROUP =
  /\b(?:we are|we're|nous sommes)\s+(?:(?:his|her|ses|leurs?)\s+)?(?:children|kids|grandchildren|enfants|petits-enfants)\b|\b(?:us|we|nous)\s+(?:(?:\d+|two|three|four|five|both|all|deux|trois|quatre|cinq|tous|toutes)\s+)?(?:girls|boys|kids|children|grandchildren|filles|garcons|enfants|petits-enfants|petites-filles|petits-fils)\b/

/** The asker's group beside a grandparent's death with no line said after it (« les fils de son fils », "his son's sons" place it). */
export const usUnplaced = (source: string): boolean => {
  const m = US_GROUP.exec(source)
  return !!m && !/^[^.;]{0,12}?\b(?:de son fils|de sa fille|du fils|de la fille|son's|daughter's|of his son|of her son|of his daughter|of her daughter)\b/.test(source.slice(m.index + m[0].length))
}
