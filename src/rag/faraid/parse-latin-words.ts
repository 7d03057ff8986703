import type { Assumption } from './assumptions'
import type { Barrier, Relation } from './relations'

/**
 * Accents, ligatures and apostrophes folded: « sœur utérine » → « soeur uterine »; « petit fils », « arrière petite
 * fille » written without their hyphens are the grandchildren they name (a space for a hyphen: positions kept).
 */
export const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[’‘`]/g, "'")
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(arriere)[ -](petite?s?)\b/g, '$1-$2')
    .replace(/\b(petite?s?) (fils|filles?|enfants?)\b/g, '$1-$2')

/** "her mom and …", « sa mère et … »: a parent named with a possessive, then « and » — what follows shares it. */
export const PARENT_AND = '\\b(?:his|her|their|son|sa|leur)\\s+(?:mom|mum|mother|maman|mere|dad|father|papa|pere)\\s+(?:and|et|&)\\s+'

export const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
  six: 6,
  seven: 7,
  sept: 7,
  eight: 8,
  huit: 8,
  nine: 9,
  neuf: 9,
  ten: 10,
  dix: 10,
  eleven: 11,
  onze: 11,
  twelve: 12,
  douze: 12,
  thirteen: 13,
  treize: 13,
  fourteen: 14,
  quatorze: 14,
  fifteen: 15,
  quinze: 15,
  sixteen: 16,
  seize: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  vingt: 20,
}

/**
 * Said right after a relative: he died before the deceased ("her father passed.": «passed» alone ends its clause;
 * « Son fils et sa fille sont morts avant lui »: said of two, the first named too; « Sa mère est en vie, son père
 * non. », "his mother is alive, his father not.": the alive said of one, denied of the next).
 */
const PREDECEASED =
  /^,?\s*(?:non|no|not|pas)\s*(?=[.;!?]|$)|^,?\s*(?:qui\s+)?(?:(?:est|etait|etant|sont|etaient)\s+)?(?:deja\s+)?predecedee?s?\b|^\s*(?:and|et)\s+(?:(?:all|both|tous|toutes)\s+(?:of\s+)?)?(?:(?:his|her|their|son|sa|ses|the|le|la|les)\s+)?[a-z'-]+(?:\s*\([^()]{0,40}\))?\s+(?:(?:both|all|tous deux|toutes deux|tous|toutes|already|deja)\s+)?(?:(?:(?:sont|etaient|were|are|have|had)\s+(?:(?:both|all|tous deux|toutes deux|tous les deux|toutes les deux|tous|toutes|already|deja)\s+)?(?:morts|mortes|decedes|decedees|died|dead|deceased|passed away)\b(?!\s+(?:apres|after)\b))|(?:morts|mortes|decedes|decedees|died|dead|passed away)\s+(?:avant|before)\b)|^,?\s*(?:who\s+)?(?:had\s+|has\s+|have\s+)?(?:both\s+|all\s+|also\s+|already\s+)?(?:died|passed away|passed(?=\s*(?:,|$)|\s+(?:long ago|years ago|years back|long back|earlier|already|before|recently|in (?:19|20)\d\d)\b)|predeceased|(?:was|were) already dead|(?:is|are|were)\s+(?:both\s+|all\s+|also\s+|already\s+)?(?:dead|deceased|no longer alive))\b(?![^.;]*\b(?:after\s+(?:him|her|the deceased|his death|her death)|later|afterwards)\b)(?!\s+after)|^,?\s*(?:qui\s+)?(?:est\s+|etait\s+|sont\s+|etaient\s+)?(?:tous\s+(?:les\s+)?deux\s+)?(?:decedee?|morte?|predecedee?)s?\s+(?:avant|auparavant|plus tot|deja)\b|^,?\s*(?:est\s+|etait\s+|sont\s+|etaient\s+)?(?:deja\s+)(?:decedee?|morte?)s?\b|^,?\s*(?:ne\s+)?(?:sont|est)\s+plus\s+(?:en vie|vivante?s?|de ce monde)\b|^,?\s*(?:decedee?|morte?)s?\s+(?:en bas age|(?:tres\s+)?jeunes?|a la naissance|a sa naissance|il y a\b|depuis\b|enfants?\b|bebes?\b|nourrissons?\b)|^,?\s*(?:(?:unique|aine|ainee|cadet|cadette|seule?|bien-aimee?)\s+)?(?:aussi\s+|egalement\s+)?(?:est|sont|etait|etaient)\s+(?:(?:tous|toutes)(?:\s+(?:les\s+)?deux)?\s+)?(?:decedee?|morte?)s?\b(?![^.;]*\bapres\b)/

/** "his mother, who died a week after him": an heir who outlived the deceased — her part passes to her own heirs. */
export const DIED_LATER =
  /^,?\s*(?:who\s+|and\s+)?(?:later\s+)?(?:died|passed away)\b[^.;]*\b(?:after\s+(?:him|her|the deceased|his death|her death)|later|afterwards)\b|^,?\s*(?:qui\s+)?(?:est\s+)?(?:decedee?|morte?)\s+[^.;]*\bapres\s+(?:lui|elle|le defunt|la defunte|son deces)\b/

/** The words after a relative, to the end of their sentence, say he died before the deceased. */
export function saidToHaveDiedBefore(after: string): boolean {
  // (« Le frère lui-même est décédé avant lui »: the emphatic pronoun after the noun)
  // ("his grandson (the son's son) both died before him": the bracket that glosses him, skipped)
  const sentence = after
    .split(/[.;!?]/)[0]!
    .replace(/^\s*(?:lui-meme|elle-meme|eux-memes|elles-memes|himself|herself|themselves)\b/, '')
    .replace(/^\s*\([^()]{0,40}\)/, '')
    // (« Ma mère, qui était aussi sa fille, est décédée avant elle »: a relative clause between him and his death)
    .replace(/^\s*,\s*(?:qui|who)\s+(?:etait|est|was|is)\b[^,]{0,40},(?=\s*(?:est|etait|had|has|died|passed|decedee?)\b)/, '')
  return PREDECEASED.test(sentence.slice(0, 60)) || PRONOUN_PREDECEASED.test(sentence) || PRONOUN_DIED_DATED.test(sentence)
}

/**
 * "She had a brother, but he died before her", « un frère, mais il est décédé avant elle »: the relative's death
 * said with a pronoun — only before the deceased named as such (in "…, and he died before his mother" the «he» may
 * be the deceased).
 */
const PRONOUN_PREDECEASED =
  /^,?\s*(?:but|and|mais|et)\s+(?:he|she|they|il|elle|ils|elles)\s+(?:had\s+|has\s+|est\s+|etait\s+|sont\s+|etaient\s+)?(?:already\s+|deja\s+)?(?:died|passed away|decedee?s?|morte?s?)\s+(?:before|avant)\s+(?:him|her|them|lui|elle|eux|the deceased|le defunt|la defunte)\b/

/**
 * « Ma mère était sa seule enfant, elle est décédée en 2019 », "my aunt, she passed away 3 years ago": the relative's
 * death said with a pronoun and a time past, in the clause after the relative's (no other kin named between).
 */
const PRONOUN_DIED_DATED =
  /^[^.;,]{0,50}?,\s*(?:and\s+|but\s+|et\s+|mais\s+)?(?:he|she|il|elle)\s+(?:has\s+|had\s+|est\s+|etait\s+)?(?:died|passed away|passed|decedee?|morte?)\s+(?:(?:en|in)\s+(?:19|20)\d\d|il y a\b|depuis\b|\d+\s+(?:years?|months?)\s+ago|(?:a|two|three|few|several)\s+(?:years?|months?)\s+ago|years ago|last year|l'an dernier|l'annee derniere)/

/** A half-sibling's parent named after him ("half-sister from her mother", « frère du côté de son père »). */
const SIDE_M =
  "(?:from|on|through|by) (?:his |her |the )?(?:same )?mother(?:'s side)?|of the same mother|(?:who|that) shares? (?:only )?(?:his |her |the same )mother|du cote de (?:sa |la )?mere|du cote maternel|par (?:sa |la )?mere|(?:de|du) meme mere|on the maternal side"
const SIDE_F =
  "(?:from|on|through|by) (?:his |her |the )?(?:same )?father(?:'s side)?|of the same father|(?:who|that) shares? (?:only )?(?:his |her |the same )father|du cote (?:de (?:son )?|du )pere|du cote paternel|par (?:son |le )?pere|(?:de|du) meme pere|on the paternal side"

/**
 * "his father's half-brother through the mother", "his father's uterine brother", « le demi-frère utérin de son père »: a
 * distant kinsman the vocabulary lacks.
 */
export const FATHERS_UTERINE_BROTHER = new RegExp(
  `\\bfather'?s (?:half[- ]brothers? (?:${SIDE_M})|(?:maternal|uterine) (?:half[- ])?brothers?\\b)|\\b(?:demi-)?freres? (?:uterins?|maternels?) (?:de son|du) pere\\b|\\bdemi-freres? (?:de son|du) pere (?:${SIDE_M})`,
)

/** A kinsman as the phrases name him: "his X's" (possessive), "of his X" (of), « du X » (french). */
interface Kin {
  possessive: string
  of: string
  french: string
}
const MATERNAL_BROTHER: Kin = {
  possessive: '(?:maternal(?: half)?[- ]|uterine )brothers?',
  of: '(?:maternal(?: half)?[- ]|uterine )brother',
  french: '(?:du|de son|de ce|de cet) (?:demi-)?frere uterin',
}
const MATERNAL_SISTER: Kin = { possessive: '(?:maternal(?: half)?[- ]|uterine )sisters?', of: '(?:maternal(?: half)?[- ]|uterine )sister', french: '(?:de la|de sa) (?:demi-)?soeur uterine' }
const PATERNAL_AUNT: Kin = { possessive: "paternal aunts?|father'?s sisters?", of: 'paternal aunt', french: 'de (?:la |sa |cette )tante paternelle' }
const MATERNAL_UNCLE: Kin = { possessive: "maternal uncles?|mother'?s brothers?", of: 'maternal uncle', french: "de (?:l'|son |cet )oncle maternel" }
const MATERNAL_AUNT: Kin = { possessive: "maternal aunts?|mother'?s sisters?", of: 'maternal aunt', french: 'de (?:la |sa |cette )tante maternelle' }
const SISTER: Kin = { possessive: '(?:full )?sisters?', of: '(?:full )?sister', french: 'de (?:la |sa |cette )soeur(?: germaine)?' }
// (« la fille de ce même frère »: the brother just named)
const BROTHER: Kin = { possessive: '(?:full )?brothers?', of: '(?:full )?brother', french: "(?:du|de son|d'un|de ce|de cet|d'un autre|de l'autre|de son autre)(?: meme)? frere(?: germain)?" }
const PATERNAL_BROTHER: Kin = {
  possessive: '(?:paternal(?: half)?[- ]|consanguine )brothers?',
  of: '(?:paternal(?: half)?[- ]|consanguine )brother',
  french: "(?:du|de son|d'un|de ce|de cet|d'un autre|de l'autre|de son autre) (?:demi-frere paternel|demi-frere consanguin|frere consanguin)",
}
// (« une fille de ce même oncle »: the uncle just named)
const UNCLE: Kin = { possessive: "(?:full )?(?:paternal )?uncles?|father'?s brothers?", of: '(?:paternal )?uncle', french: "(?:de (?:l'|son |cet |ce (?:meme )?)|d'un )oncle(?: paternel)?" }

/**
 * "his X's son", "the son of his X", « le fils de son X » — not « petit-fils », a grandchild — and any other way
 * of saying it (`also`): a child of the kinsman X, the son and the daughter named alike.
 */
function childOf(kin: Kin, child: 'son' | 'daughter', also?: string): RegExp {
  const french = child === 'son' ? 'fils' : 'filles?'
  const said = `\\b(?:${kin.possessive})'?s? ${child}s?\\b|\\b${child}s? of (?:his|her|the|an?|that|this|another|his other|her other) ${kin.of}\\b|(?<!-)\\b${french} ${kin.french}\\b`
  return new RegExp(also ? `${said}|${also}` : said)
}

/** « laisse une femme », « il avait une femme », « et une femme »: «une femme» after these is a wife left, not a woman who died. */
export const BEFORE_WIFE = '(?:laisse|laissant|et|,|avait|a|eu) '

/**
 * Kinship phrases, most specific first, as regular expressions over folded text; `plural` is the group that
 * marks a plural noun. English and French side by side.
 */
export const PHRASES: [RegExp, Relation, 'en' | 'fr' | 'both'][] = [
  // a grandchild said with the child he comes through: « sa petite-fille par son fils », "a grandson through his
  // daughter" (the child named there is no heir of its own)
  [
    /\bgrandsons? (?:through|by|from|via) (?:(?:one|each) of )?(?:his |her |a |the |those |these |that |this |the same |that same |this same )?(?:late |deceased |dead |predeceased )?sons?\b|(?<!arriere-)\bpetits?-fils par (?:son |leur |ce |ce meme |l'un de (?:ses |ces |leurs ))?fils\b/,
    'sons_son',
    'both',
  ],
  [
    /\bgranddaughters? (?:through|by|from|via) (?:(?:one|each) of )?(?:his |her |a |the |those |these |that |this |the same |that same |this same )?(?:late |deceased |dead |predeceased )?sons?\b|(?<!arriere-)\bpetites?-filles? par (?:son |leur |ce |ce meme |l'un de (?:ses |ces |leurs ))?fils\b/,
    'sons_daughter',
    'both',
  ],
  [
    /\bgrandsons? (?:through|by|from|via) (?:(?:one|each) of )?(?:his |her |a |the |those |these |that |this |the same |that same |this same )?(?:late |deceased |dead |predeceased )?daughters?\b|(?<!arriere-)\bpetits?-fils par (?:sa |leur |cette |cette meme |l'une de (?:ses |ces |leurs ))?filles?\b/,
    'daughters_son',
    'both',
  ],
  [
    /\bgranddaughters? (?:through|by|from|via) (?:(?:one|each) of )?(?:his |her |a |the |those |these |that |this |the same |that same |this same )?(?:late |deceased |dead |predeceased )?daughters?\b|(?<!arriere-)\bpetites?-filles? par (?:sa |leur |cette |cette meme |l'une de (?:ses |ces |leurs ))?filles?\b/,
    'daughters_daughter',
    'both',
  ],
  // cousins other than the paternal uncle's son, a maternal half-sibling's and a sister's children, a brother's
  // daughter: distant kindred
  [childOf(MATERNAL_BROTHER, 'son'), 'maternal_brothers_son', 'both'],
  [childOf(MATERNAL_BROTHER, 'daughter'), 'maternal_brothers_daughter', 'both'],
  [childOf(MATERNAL_SISTER, 'son'), 'maternal_sisters_son', 'both'],
  [childOf(MATERNAL_SISTER, 'daughter'), 'maternal_sisters_daughter', 'both'],
  [childOf(PATERNAL_AUNT, 'son'), 'paternal_aunts_son', 'both'],
  [childOf(PATERNAL_AUNT, 'daughter'), 'paternal_aunts_daughter', 'both'],
  [childOf(MATERNAL_UNCLE, 'son'), 'maternal_uncles_son', 'both'],
  [childOf(MATERNAL_UNCLE, 'daughter'), 'maternal_uncles_daughter', 'both'],
  [childOf(MATERNAL_AUNT, 'son'), 'maternal_aunts_son', 'both'],
  [childOf(MATERNAL_AUNT, 'daughter'), 'maternal_aunts_daughter', 'both'],
  [childOf(SISTER, 'son'), 'sisters_son', 'both'],
  [childOf(SISTER, 'daughter'), 'sisters_daughter', 'both'],
  [childOf(BROTHER, 'daughter'), 'brothers_daughter', 'both'],
  // (a paternal half-brother's daughter is a brother's daughter too: distant kindred either way)
  [childOf(PATERNAL_BROTHER, 'daughter'), 'brothers_daughter', 'both'],
  [childOf(PATERNAL_BROTHER, 'son'), 'paternal_brothers_son', 'both'],
  // ("the son of his father's half-brother (same father only)", "his father's full brother's son", « le fils du frère de
  // son père »: the uncle's son named through the father, his line said after him too)
  [
    new RegExp(
      `\\bsons? of (?:his|her|the) father'?s (?:paternal )?half[- ]brothers?(?: \\((?:same father(?: only)?|through the father(?: only)?|${SIDE_F})\\)| (?:${SIDE_F})(?: only)?)?|\\bfather'?s (?:paternal )?half[- ]brother'?s? sons?\\b`,
    ),
    'paternal_uncles_son',
    'both',
  ],
  // (« le fils du demi-frère de son père »: the same in French)
  [/\bfils (?:du|d'un) demi-frere (?:paternel |consanguin )?(?:de son|du) pere\b/, 'paternal_uncles_son', 'both'],
  // (« fils d'un oncle paternel consanguin »: the father's paternal half-brother's son)
  [/\bfils (?:d'un|de l'|de son|du) oncle (?:paternel )?consanguin\b/, 'paternal_uncles_son', 'both'],
  [/\bsons? of (?:his|her|the) father'?s (?:full )?brothers?\b|\bfather'?s (?:full )?brother'?s? sons?\b|\bfils du frere (?:germain )?de son pere\b/, 'full_uncles_son', 'both'],
  [/\bdaughters? of (?:his|her|the) father'?s (?:full |paternal )?(?:half[- ])?brothers?\b/, 'uncles_daughter', 'both'],
  [childOf(UNCLE, 'daughter', '\\bcousines?(?: paternelles?)?\\b'), 'uncles_daughter', 'both'],
  [
    /\b(?:full )?brothers?'s? sons?'s? sons?\b|\bbrothers?'s? grandsons?\b|\bgrand-?nephews?\b|\bpetits?-neveux\b|\bpetits?-fils (?:du|de son) frere(?: germain)?\b|\bfils du fils (?:du|de son) frere(?: germain)?\b/,
    'full_brothers_sons_son',
    'both',
  ],
  [/\b(?:full )?(?:paternal )?uncles?'s? sons?'s? sons?\b|\bcousins?'s? sons?\b|\bfils (?:du|de son) cousin(?: paternel)?\b|\bfils du fils de l'oncle(?: paternel)?\b/, 'full_uncles_sons_son', 'both'],
  [/\bfather's (?:full )?(?:paternal )?uncles?\b|\bgreat-uncles?\b|\boncles? (?:paternels? )?du pere\b|\bgrands?-oncles?(?: paternels?)?\b/, 'fathers_full_uncle', 'both'],
  // "his father's brother", « le frère de son père »: an uncle, named through the parent
  // ("his father's half-brother through the father only": the side said after him is his line, no heir)
  [
    new RegExp(
      `\\bfather'?s (?:paternal )?half[- ]brothers?(?: (?:${SIDE_F})(?: only)?)?\\b|\\bdemi-freres? (?:paternels? |consanguins? )?(?:de son|du) pere(?: (?:${SIDE_F}))?\\b|\\bfreres? consanguins? (?:de son|du) pere\\b`,
    ),
    'paternal_uncle',
    'both',
  ],
  [/\bfather'?s (?:full )?brothers?\b|\bbrothers? of (?:his|her|the) father\b|\bfreres? (?:germains? )?(?:de son|du) pere\b/, 'full_uncle', 'both'],
  [/\bmother'?s brothers?\b|\bbrothers? of (?:his|her|the) mother\b|\bfreres? de (?:sa|la) mere\b/, 'maternal_uncle', 'both'],
  [/\bfather'?s sisters?\b|\bsisters? of (?:his|her|the) father\b|\bsoeurs? (?:de son|du) pere\b/, 'paternal_aunt', 'both'],
  [/\bmother'?s sisters?\b|\bsisters? of (?:his|her|the) mother\b|\bsoeurs? de (?:sa|la) mere\b/, 'maternal_aunt', 'both'],
  [
    /\bsons?'s? sons?'s? sons?\b|\bgreat-grandsons?\b|\bgreat grandsons?\b|\barriere-petits?-fils(?: par (?:son |l'un de ses |les |ses )?(?:fils|garcons))?\b|\bfils du fils du fils\b|\bfils de fils de fils\b/,
    'sons_sons_son',
    'both',
  ],
  [
    /\bsons?'s? sons?'s? daughters?\b|\bgreat-granddaughters?\b|\bgreat granddaughters?\b|\barriere-petites?-filles?(?: par (?:son |l'un de ses )?fils)?\b|\bfilles? du fils du fils\b|\bfilles? de fils de fils\b/,
    'sons_sons_daughter',
    'both',
  ],
  [
    /\bsons?'s? (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?sons?\b|\bgrandsons?\b|\bpetits?-fils\b|\bfils du fils\b|\bfils de fils\b|\bfils de son (?:defunt )?fils\b|\bfils d'un (?:de ses |autre )?fils\b|\bsons? of (?:his|her|a|one of his|one of her) (?:late |deceased |predeceased |dead )?sons?\b/,
    'sons_son',
    'both',
  ],
  [
    /\bsons?'s? (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?daughters?\b|\bgranddaughters?\b|\bpetites?-filles?\b|\bfilles? du fils\b|\bfilles? de fils\b|\bfilles? de son (?:defunt )?fils\b|\bfilles? d'un (?:de ses |autre )?fils\b|\bdaughters? of (?:his|her|a|one of his|one of her) (?:late |deceased |predeceased |dead )?sons?\b/,
    'sons_daughter',
    'both',
  ],
  [/\bdaughters?'s? sons?\b|\bfils de (?:la|sa) fille\b/, 'daughters_son', 'both'],
  [/\bdaughters?'s? daughters?\b|\bfilles? de (?:la|sa) fille\b/, 'daughters_daughter', 'both'],
  [
    /\b(?:full )?brothers?'s? sons?\b|\bnephews?\b|\bneveux?\b|\bfils (?:du|de son|d'un|de ce|de cet|d'un autre|de l'autre|de son autre) frere(?: germain)?\b|\bsons? of (?:his|her|the|a|that|this|another|his other|her other) (?:full )?brother\b/,
    'full_brothers_son',
    'both',
  ],
  // (before the grandfather of no side said, who is the father's father)
  [/\bmother's father\b|\bmaternal grandfathers?\b|\bgrand-peres? maternels?\b|\bpere de (?:la|sa) mere\b/, 'maternal_grandfather', 'both'],
  [/\bfather's father\b|\bpere du pere\b|\bpere de son pere\b/, 'paternal_grandfather', 'both'],
  [/\bpaternal (?:grandfather|grand-father)\b|\bgrandfather\b|\bgrand-pere(?: paternel)?\b/, 'paternal_grandfather', 'both'],
  [/\bpaternal grandmothers?\b|\bgrands?-meres? paternelles?\b|\bfather's mother\b|\bmere (?:du|de son) pere\b/, 'paternal_grandmother', 'both'],
  [/\bmaternal grandmothers?\b|\bgrandmothers?\b|\bgrands?-meres?(?: maternelles?)?\b|\bmother's mother\b|\bmere de (?:la|sa) mere\b/, 'maternal_grandmother', 'both'],
  [new RegExp(`\\b(?:half[- ])?brothers? (?:${SIDE_F})\\b|\\b(?:demi-)?freres? (?:${SIDE_F})\\b`), 'paternal_brother', 'both'],
  [new RegExp(`\\b(?:half[- ])?sisters? (?:${SIDE_F})\\b|\\b(?:demi-)?soeurs? (?:${SIDE_F})\\b`), 'paternal_sister', 'both'],
  [new RegExp(`\\b(?:half[- ])?brothers? (?:${SIDE_M})\\b|\\b(?:demi-)?freres? (?:${SIDE_M})\\b`), 'maternal_brother', 'both'],
  [new RegExp(`\\b(?:half[- ])?sisters? (?:${SIDE_M})\\b|\\b(?:demi-)?soeurs? (?:${SIDE_M})\\b`), 'maternal_sister', 'both'],
  [
    /\b(?:paternal(?: half)?[- ]|consanguine |half[- ]brothers? through the father|brothers? through the father)brothers?\b|\bfreres? consanguins?\b|\bdemi-freres? paternels?\b|\bfreres? de pere\b/,
    'paternal_brother',
    'both',
  ],
  [/\b(?:paternal(?: half)?[- ]|consanguine )sisters?\b|\bsisters? through the father\b|\bsoeurs? consanguines?\b|\bdemi-soeurs? paternelles?\b|\bsoeurs? de pere\b/, 'paternal_sister', 'both'],
  [/\b(?:maternal(?: half)?[- ]|uterine )brothers?\b|\bbrothers? through the mother\b|\bfreres? uterins?\b|\bdemi-freres? maternels?\b|\bfreres? de mere\b/, 'maternal_brother', 'both'],
  [/\b(?:maternal(?: half)?[- ]|uterine )sisters?\b|\bsisters? through the mother\b|\bsoeurs? uterines?\b|\bdemi-soeurs? maternelles?\b|\bsoeurs? de mere\b/, 'maternal_sister', 'both'],
  // (before the uncles of no side said: "a maternal uncle" is no paternal uncle)
  [/\bpaternal aunts?\b|\btantes? paternelles?\b/, 'paternal_aunt', 'both'],
  [/\bmaternal uncles?\b|\boncles? maternels?\b/, 'maternal_uncle', 'both'],
  [/\bmaternal aunts?\b|\btantes? maternelles?\b/, 'maternal_aunt', 'both'],
  // (the father's half-brother through the grandfather: « oncle paternel consanguin », "paternal half-uncle")
  [/\b(?:consanguine |paternal half[- ]|half[- ])(?:paternal )?uncles?\b|\boncles? (?:paternels? )?consanguins?\b|\bdemi-oncles?(?: paternels?)?\b/, 'paternal_uncle', 'both'],
  [
    /\b(?:full )?(?:paternal )?uncles?'s? sons?\b|\bsons? of (?:his|her|the|an?|that|this) (?:full )?(?:paternal )?uncle\b|\bcousins?\b|(?<!-)\bfils (?:de l'|de son |d'un |de cet |d'un autre )oncle(?: paternel)?\b/,
    'full_uncles_son',
    'both',
  ],
  [/\b(?:full )?paternal uncles?\b|\buncles?\b|\boncles? paternels?(?: germains?)?\b|\boncles?\b/, 'full_uncle', 'both'],
  // ("his bro", « son frangin », "her sis", "her hubby", "his missus", « sa zawja », "his umm": said informally)
  [/\b(?:full )?brothers?\b|\bfreres?(?: germains?)?\b|\bbros?\b|\bfrangins?\b/, 'full_brother', 'both'],
  [/\b(?:full )?sisters?\b|\bsoeurs?(?: germaines?)?\b|\bsis\b|\bfrangines?\b/, 'full_sister', 'both'],
  // (« des jumelles »: twin girls; « des jumeaux » may be a boy and a girl — left unread, refused as unsexed children)
  [/\bjumelles\b/, 'daughter', 'fr'],
  [/\bhusband\b|\bhubby\b|\bmari\b|\bepoux\b/, 'husband', 'both'],
  // (« 3 femmes »: a number says wives, as « deux femmes » does; « sa deuxième femme », « son autre femme »: a rank too)
  [
    new RegExp(
      `\\bwi(?:fe|ves)\\b|\\bwidows?\\b|\\bmissus\\b|\\bzawjah?\\b|\\bveuves?\\b|\\bepouses?\\b|\\b(?:sa|ses|deux|trois|quatre|[234]) femmes?\\b|(?<=\\b(?:sa|son|ses) (?:premiere|deuxieme|seconde|troisieme|quatrieme|nouvelle|derniere|actuelle|autre|autres|jeune) )femmes?\\b|(?<=${BEFORE_WIFE})une femme\\b`,
    ),
    'wife',
    'both',
  ],
  [/\bsons?\b|\bboys?\b/, 'son', 'en'],
  // (Quebec « 2 gars »: two boys, counted)
  [/\bfils\b|\bgar[cç]ons?\b|(?<=\b(?:\d+|deux|trois|quatre|cinq|six|nos|ses|mes)\s)gars\b/, 'son', 'fr'],
  [/\bdaughters?\b|\bfilles?\b/, 'daughter', 'both'],
  [/\bgirls?\b/, 'daughter', 'en'],
  // ("his dad", « sa maman »: the deceased's; a bare "mom" is the asker's, refused in parse-latin.ts)
  // ("her mom and dad", « sa mère et papa »: the possessive of the parent before, shared)
  [/\bfather\b|\bpere\b|(?<=\b(?:his|her|son|sa)\s+(?:(?:(?:mom|mum|mother|maman|mere)\s+)?(?:and|et|&)\s+)?)(?:dad(?:dy)?|papa)\b/, 'father', 'both'],
  [/\bmother\b|\bmere\b|(?<=\b(?:his|her|son|sa)\s+(?:(?:(?:dad|father|papa|pere)\s+)?(?:and|et|&)\s+)?)(?:mom(?:my)?|mum|maman|ma|umm|oumm)\b/, 'mother', 'both'],
]
/** Relations a bare word names by default («brother» → full brother): said back as an assumption. */
export const UNSURE: Partial<Record<Relation, Assumption>> = {
  full_brother: { kind: 'line_full', relation: 'full_brother' },
  full_sister: { kind: 'line_full', relation: 'full_sister' },
  full_brothers_son: { kind: 'line_full', relation: 'full_brothers_son' },
  full_uncle: { kind: 'line_full', relation: 'full_uncle' },
  full_uncles_son: { kind: 'line_full', relation: 'full_uncles_son' },
  full_brothers_sons_son: { kind: 'line_full', relation: 'full_brothers_sons_son' },
  full_uncles_sons_son: { kind: 'line_full', relation: 'full_uncles_sons_son' },
  fathers_full_uncle: { kind: 'line_full', relation: 'fathers_full_uncle' },
  maternal_grandmother: { kind: 'maternal_grandmother' },
  sons_son: { kind: 'sons_child', relation: 'sons_son' },
  sons_daughter: { kind: 'sons_child', relation: 'sons_daughter' },
  sons_sons_son: { kind: 'sons_child', relation: 'sons_sons_son' },
  sons_sons_daughter: { kind: 'sons_child', relation: 'sons_sons_daughter' },
}

export const RELIGION =
  /^(christian|jewish|hindu|buddhist|atheist|non-muslim|apostate|chretien|chretienne|chretiens|chretiennes|juif|juive|juifs|juives|hindoue?s?|bouddhistes?|athees?|non-musulman|non-musulmane|non-musulmans|non-musulmanes|apostat|apostate|apostats)$/
export const ADOPTED = /^(adopted|adoptive|foster)$/
/** Slavery said of an heir (« esclave », "a slave", «عبد»): a barrier the calculator does not model — refused. */
export const SLAVE = /\b(?:slaves?|esclaves?)\b/
/**
 * The verbs of a killing, as English past forms and folded French participles: every frame that tells one (by
 * whom, of whom, in the passive) is built of these, so a verb added here is read in all of them.
 */
export const KILLING_EN = 'killed|murdered|stabbed|poisoned|shot|strangled|smothered|suffocated|drowned'
export const KILLING_FR = 'tuee?|assassinee?|empoisonnee?|poignardee?|abattue?|etranglee?|ecrasee?'
/** "killed by his son", « tué volontairement par son frère »: the killer named apart from the list — which heir is not read. */
export const KILLED_BY = new RegExp(
  `\\b(?:${KILLING_EN}|run over|beaten to death)(?: [a-z]+ly)? by (?:his|her|one of his|one of her)\\b|\\b(?:${KILLING_FR})(?: [a-z]+ment)? par (?:son|sa|l'un de ses|l'une de ses)\\b`,
)
/** After an heir, or in a bracket after him: « son fils, qui l'a tué », "his son, who killed him", « son épouse chrétienne », "a son (adopted)". */
export const BARRED_AFTER: [RegExp, Barrier][] = [
  // ("two sons whom she had adopted", « deux fils qu'elle avait adoptés »: said in a relative clause too)
  [
    /^,?\s*\(?\s*(?:(?:qu'(?:il|elle|ils|elles)|que (?:le defunt|la defunte)|whom (?:he|she|they)|that (?:he|she|they)|who(?:m)? (?:he|she|they))\s+(?:avait |avaient |a |ont |had |has |have )?)?(?:adoptif|adoptive|adoptifs|adoptives|adoptee?s?|adopted|by adoption|par adoption|recueillie?s?|fostered|(?:par|en|by|through|under) (?:la )?kafala)\b/,
    'adoption',
  ],
  [/^,?\s*\(?\s*(?:who|qui)\s+(?:killed|murdered|l'a tue|l'a tuee|l'a assassine|l'a assassinee|a tue|a assassine)\b|^,?\s*\(?\s*(?:meurtrier|meurtriere|murderer)\b/, 'homicide'],
  [
    /^,?\s*\(\s*(?:(?:a|an)\s+)?(?:christian|jewish|jew|hindu|buddhist|atheist|non-muslim|apostate|kafir|kaafir)\b|^,?\s*\(?\s*(?:(?:restee?s?|demeuree?s?|toujours|still|remained)\s+)?(?:chretien|chretienne|chretiens|chretiennes|juif|juive|juifs|juives|hindoue?s?|bouddhistes?|athees?|non[- ]musulmane?s?|apostate?s?)\b|^,?\s*\(?\s*(?:who is|qui est|qui n'est)\s+(?:(?:a|an|une?)\s+)?(?:not (?:a )?muslim|non-muslim|christian|jewish|hindu|buddhist|atheist|an? apostate|kafir|kaafir|pas musulmane?|chretien(?:ne)?s?|jui(?:f|ve)s?|hindoue?s?|bouddhistes?|athees?)\b|^,?\s*\(?\s*who (?:isn'?t|is not|wasn'?t|was not) (?:a )?muslim\b|^\s*(?:is|was|est|etait)\s+(?:(?:a|an|une?)\s+)?(?:christian|jewish|a jew|hindu|buddhist|atheist|kafir|kaafir|non-muslim|not (?:a )?muslim|chretien(?:ne)?|juive?|juif|hindoue?|bouddhiste|athee|non[- ]musulmane?|pas musulmane?)\b|^\s*(?:are|were|sont|etaient)\s+(?:(?:both|tous deux|toutes deux)\s+)?(?:christians?|jewish|jews|hindus?|buddhists?|atheists?|non-muslims?|not muslims?|chretien(?:ne)?s|juifs|juives|hindou(?:e)?s|bouddhistes|athees|non[- ]musulman(?:e)?s|pas musulman(?:e)?s)\b|^\s*(?:isn'?t|wasn'?t|n'est|n'etait)\s+(?:pas\s+)?(?:(?:a|une?)\s+)?(?:muslim|musulmane?)\b|^\s*(?:,?\s*(?:who|qui)\s+|\(\s*(?:she|he|elle|il|(?:the|la|le) [a-z]+)\s+)?(?:has\s+|had\s+)?(?:converted|s'est convertie?|s'etait convertie?)\s+(?:to|au|a la|a l')\s*(?:christianity|judaism|hinduism|buddhism|christianisme|judaisme|hindouisme|bouddhisme)\b|^,?\s*\(?\s*who (?:has )?left islam\b|^,?\s*\(?\s*(?:[a-z]+\s+)?(?:(?:who|qui)\s+(?:has\s+|had\s+|est\s+|etait\s+)?)?(?:became|become|devenue?s?)\s+(?:(?:a|an|une?)\s+)?(?:christians?|jewish|jews?|hindus?|buddhists?|atheists?|apostates?|non-muslims?|chretien(?:ne)?s?|jui(?:f|ve)s?|hindoue?s?|bouddhistes?|athees?|apostats?|non[- ]musulmane?s?)\b/,
    'religion',
  ],
]

/**
 * Kin by marriage or by a spouse's other marriage — "his wife's son", « le fils de sa femme », a stepdaughter, a
 * son-in-law — or a fiancée: no heir. Read before the kinship phrases, so that « fils de sa femme » is not a son and a wife.
 */
export const NOT_KIN =
  /\b(?:an? )?(?:different|other) (?:mother|father)\b|\banother (?:mother|father)\b|\b(?:une? |d'une? )autre (?:mere|pere)\b|\b(?:wife|husband|widow|mother|father)'s (?:sons?|daughters?|child(?:ren)?)\b|\b(?:wife|husband|widow)'s (?:mother|father|parents|brothers?|sisters?)\b|\b(?:mere|pere|parents|freres?|soeurs?) (?:de|du) (?:sa|son) (?:femme|epouse|mari|veuve)\b|\b(?:sons?|daughters?|brothers?|sisters?)'s (?:wife|wives|husband|widow)\b|\bfather's wi(?:fe|ves)\b|\bstep-?(?:sons?|daughters?|mother|father|brothers?|sisters?|child(?:ren)?)\b|\b(?:sons?|daughters?|brothers?|sisters?|mother|father)s?-in-law\b|(?<!\b(?:ses|son|sa|mes|mon|ma) (?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) )?)\b(?:fils|filles?|enfants?) (?:de|du) (?:sa|son|leur|la|l') ?(?:femme|epouse|mari|veuve|premier mari|premiere femme)\b|\b(?:femme|epouse|mari|veuve) (?:de|du) (?:son|sa) (?:fils|fille|frere|soeur|pere|mere)\b|\bbeaux?-(?:fils|peres?|freres?)\b|\bbelles?-(?:filles?|meres?|soeurs?)\b|\b(?:foster|milk) (?:brothers?|sisters?|sons?|daughters?|mother|father)\b|\b(?:freres?|soeurs?|fils|filles?|mere|pere) de lait\b|\b(?:fiancee?s?|betrothed)\b/g
/** « Nous sommes tous des garçons », "we are all boys": the sex of kin already named, said again — no more kin. */
export const GROUP_SEX_SAID = /\b(?:nous sommes|we are|we're)\s+(?:tous|toutes|all|both)\s+(?:les deux\s+)?(?:des\s+)?(?:garcons|filles|hommes|femmes|boys|girls|men|women|males?|females?)\b/g
/** Words that deny the kin after them, up to the clause's end: "he had no wife or children", « sans enfant ni épouse ». */
export const NEGATION = /^(no|not|without|neither|nor|never|didn't|don't|doesn't|hadn't|haven't|hasn't|sans|aucun|aucune|pas|ni|jamais|point)$/
/** A relative said to be dead where he is named: "his late son", "his deceased son", « son fils décédé ». */
export const DEAD_BEFORE = /^(late|deceased|dead|defunt|defunte|feu|feue)$/
export const DEAD_AFTER = /^,?\s*(?:decedee?s?|defunte?s?)\b/
/** A death told (over folded text). */
export const DEATH = /\b(died|dies|passed away|passed on|passed(?=\s*[,.;!])|leaving|leaves|left|deceased|decede|decedee|deceda|deceder|mourir|meurt|mort|morte|laisse|laissant)\b/
/** A sentence that asks (over folded text): a question mark, or a question word first. */
export const QUESTION = /\?\s*$|^\s*(what|how|who|which|whose|does|do|is|are|can|quelle?s?|combien|qui|comment|est-ce)\b/
/** Someone who can die, before the death verb (over folded text). */
export const PERSON =
  /\b(a man|a woman|someone|a person|a muslim|the deceased|my|his|her|he|she|un homme|une femme|quelqu'un|une personne|un musulman|une musulmane|le defunt|la defunte|mon|ma|son|sa|il|elle)\b/
/** Children of no stated sex ("his 3 children", « ses onze enfants »): their shares depend on it. */
export const CHILDREN = /\b(children|kids|enfants)\b/
/** A divorce told: whether the spouse still inherits depends on its kind and the waiting period (over folded text). */
export const DIVORCE = /\b(divorced?|divorcee?s?|ex-wife|ex-husband|ex-epouse|ex-femme|ex-mari|repudiated|repudiee?|repudie)\b/
