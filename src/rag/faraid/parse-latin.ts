import { misspeltKin } from './misspelt-kin'
import { NEPHEW_LEFT_OUT, nephewLeftOut } from './asker-kin'
import { fromAskersSide, parentListedAtChildsDeath, parentsSiblingDied } from './asker-side'
import { ASKER_SAID_CHILD } from './asker-side-words'
import { BARRIER_OF_SEVERAL, foreignKin, ME_LISTED } from './parse-latin-unread'
import type { Assumption } from './assumptions'
import { type ParsedFamily, parsedFamily } from './parsed-family'
import { heirTally } from './heir-tally'
import { countHeirs } from './parse-latin-count'
import { type Mentions, readMentions } from './parse-latin-mentions'
import type { SiblingsRead } from './parse-latin-siblings'
import { withHermaphrodite } from './parse-hermaphrodite'
import { unbornOf } from './parse-pregnancy'
import { excludesDistantKindred, type Relation, type Sex } from './relations'
import { KILLED_BY, KILLING_EN, KILLING_FR, SLAVE, BEFORE_WIFE, CHILDREN, DEATH, DIVORCE, FATHERS_UTERINE_BROTHER, fold, NEGATION, PARENT_AND, PERSON, PHRASES, QUESTION } from './parse-latin-words'

/**
 * "What is the daughter's share if the deceased left a daughter, a father and a son?": the family is what follows
 * «if», and names again the heir asked about before it — who is not one more (« Combien touche la veuve si le
 * défunt laisse aussi 2 fils ? » does not name her again: she is one of the family).
 */
function afterCondition(sentence: string, lang: 'fr' | 'en'): string {
  // (a whole word: the French «si» begins "sister")
  const m = /^\s*(?:what|how|who|which|quelle?s?|combien|qui|comment)\b.*?\b(?:(?:if|when|si|lorsque|quand)\b|lorsqu['’]|s['’](?=ils?\b))\s*/i.exec(sentence)
  if (!m) return sentence
  const family = fold(sentence.slice(m[0].length))
  const asked = fold(m[0])
  const namedAgain = PHRASES.some(([re, , only]) => (only === 'both' || only === lang) && re.test(asked) && re.test(family))
  return DEATH.test(family) && namedAgain ? sentence.slice(m[0].length) : sentence
}

/** « Un homme laisse sa mère, son épouse et deux filles », "A woman died leaving her husband, mother and two full sisters". */
export function parseLatinFamily(asked: string, lang: 'fr' | 'en'): ParsedFamily {
  const told = familyTold(asked, lang)
  // « Mon père est décédé, il laisse ma mère… »: told from the asker's side, read from the deceased's
  const turned = fromAskersSide(told, lang, asked)
  const text = turned?.text ?? told
  const sex = deceasedSex(fold(text), text, turned)
  const { male, female } = sex
  const mentions = readMentions(
    fold(text).replace(PERSON_WHO_DIED, (m) => ' '.repeat(m.length)),
    lang,
    sex,
  )
  const { rest, found, notKin, inGloss } = mentions
  const source = fold(text)
  // («if the deceased leaves 2 sons»: «the deceased» is who died, the verb after it is the death)
  const death = [...source.matchAll(new RegExp(DEATH.source, 'g'))].find((d) => !/\b(the|le|la)\s+$/.test(source.slice(0, d.index))) ?? null
  const deathAt = death ? death.index : -1
  // (kin by marriage named in a gloss of an heir — "2 wives (my mother and my stepmother)" — are that heir)
  // ("My father-in-law died leaving…", « Mon beau-père est décédé… »: the asker's in-law is who died, no kin said to be
  // no heir; the asker's own kin there — "my husband", his son — are not placed from that side: refused)
  const inLawDied = deathAt >= 0 && notKin.some((k) => k.at < deathAt && /\b(?:my|our|mon|ma|notre)\s+$/.test(source.slice(Math.max(0, k.at - 7), k.at)))
  const missingOf = missingHeir(source, found)
  const problems = toldProblems({ source, lang, mentions, turned, death, deathAt, inLawDied, missingOf, female, male, names: namesIn(asked), original: asked })
  const tally = heirTally()
  const heirs = tally.heirs
  if (turned?.askerHeir) tally.add(turned.askerHeir, 1)
  const apart = notKin.filter((k) => !inGloss(k) && !(inLawDied && k.at < deathAt))
  const assumptions: Assumption[] = [...(turned?.assumptions ?? []), ...apart.map(({ phrase }) => ({ kind: 'not_kin' as const, phrase }))]
  countHeirs(found, { source, lang, male, female, deathAt, tally, assumptions, problems })
  // a divorce said anywhere: whether the spouse inherits depends on its kind and the waiting period — unless it was
  // long ago and no spouse is read ("no husband (she got divorced 3 years ago)", « divorcée depuis trois ans »): the
  // waiting period is over, no spouse inherits; not when wives are said in the plural ("My father had 3 wives. He
  // divorced the first one 10 years ago; the other two were still with him": the two were dropped)
  if (DIVORCE.test(source) && !(divorcedLongAgo(source) && !tally.heirs.has('wife') && !tally.heirs.has('husband') && !WIVES_SAID.test(source))) problems.push('a divorce is mentioned')
  // ("My uncle died leaving his wife and two daughters": the asker's parent, his brother or sister, or the asker, his
  // nephew or niece, may take what the sharers leave — named nowhere, unless a nearer heir excludes them all)
  if (parentsSiblingDied(told) && nephewLeftOut(heirs.keys(), turned?.assumptions)) problems.push(NEPHEW_LEFT_OUT)
  // ("Her husband killed her.", « Mon père a été tué par mon frère »: a killing told apart from the heir it bars —
  // read when an heir was barred for it: "his killer", "two sons, one of whom killed him")
  if (KILLING_TOLD.test(source) && !tally.barredFor('homicide')) problems.push('a killing not read with its heir')
  // ("killed by his eldest son … his wife, this murderous son, another son": the killer named apart is counted again;
  // "killed by one of his two sons … his two sons (including the killer)": one of a group, barred where it is counted)
  const killer = KILLED_BY.exec(source)
  if (killer && !(/\b(?:one of|l'une? de)\b/.test(killer[0]) && tally.barredFor('homicide'))) problems.push('the deceased killed by an heir named apart')
  if (mentions.siblings.phrase) readUnsexedSiblings(mentions.siblings, tally, assumptions, problems)
  // A contradiction («a woman … her wife») is kept as said, for the calculator to refuse.
  const spouses = tally.named()
  const deceased: Sex | undefined = (female && !male) || spouses.has('husband') ? 'female' : male || spouses.has('wife') ? 'male' : undefined
  problems.push(...countedProblems(source, rest, deathAt, heirs, assumptions))
  const carrier = pregnancyCarrier(source)
  const unborn = carrier ? unbornOf({ text: source, carrier }, deceased, new Set(heirs.keys())) : undefined
  // A pregnancy whose child cannot be placed is not ignored: the shares would be wrong.
  if (carrier && !unborn) problems.push('a pregnancy whose unborn heir is not placed')
  const hermaphrodite = withHermaphrodite(mentions.hermaphrodite, !!(unborn || missingOf), problems, assumptions)
  const missingCount = missingOf ? heirs.get(missingOf) : undefined
  return parsedFamily(deceased, tally, assumptions, problems, {
    ...(unborn ? { unborn } : {}),
    ...(missingOf && missingCount ? { missing: { relation: missingOf, count: missingCount } } : {}),
    ...hermaphrodite,
  })
}

/**
 * The sentences that tell the family: "… What is the wife's share?" — a question after the family names its heirs
 * again, so only the family is read.
 */
function familyTold(asked: string, lang: 'fr' | 'en'): string {
  return (
    asked
      // (« nous deux, ses frères »: the asker's group counted, then named — « ses deux frères »)
      .replace(/\b(?:nous|us|we)\s+(deux|trois|quatre|cinq|two|three|four|five|\d+)\s*,\s*(ses|his|her)\s+/gi, '$2 $1 ')
      // ("the son of his own half-brother": «own» says nothing of the kinship; « son papa à lui », « sa mère à elle »
      // neither)
      .replace(/\b(his|her|their) own\s+/gi, '$1 ')
      .replace(/\b((?:son|sa|ses)\s+[\p{L}-]+)\s+à\s+(?:lui|elle|eux|elles)\b/giu, '$1')
      // (« jsuis le fils unique »: « je suis » written as said)
      .replace(/(^|[\s,.;!?])(?:jsuis|j'suis|chuis)(?=\s)/giu, '$1je suis')
      // ("her full brother Uncle Kunle": the title the asker calls him by, before his name — not one more uncle)
      .replace(/\b(brother|sister|fr[eè]re|s(?:œ|oe)ur)\s+(?:Uncle|Auntie|Aunty|Aunt|Tonton|Tata|Tante|Oncle)\s+(?=\p{Lu})/gu, '$1 ')
      // (« Ses parents, ses grands-parents et ses frères et sœurs sont tous morts avant lui. »: a sentence saying a list
      // of kin all dead, nothing else — not read, the first of them was counted)
      .replace(ALL_DEAD_SENTENCE, (m) => (/\b(?:laiss|leav|left|reste|remain|surviv)/i.test(m) ? m : ' '))
      // (« son cousin, fils d'un oncle paternel consanguin »: the cousin said again by who he is — one kinsman)
      .replace(/\b(cousine?s?)\s*,\s*(?=(?:le |la )?(?:fils|fille)\s+(?:d'|de |du ))/giu, '')
      // (« Elle était veuve », "he was a widower": the deceased's status — no spouse among the heirs)
      .replace(/\b(?:elle|il|she|he)\s+(?:etait|était|est|was|is)\s+(?:deja\s+|déjà\s+|already\s+)?(?:veuve|veuf|a widow|a widower|widowed)\b/giu, ' ')
      // (« le petit-fils (fils du fils) de son frère »: a gloss between the grandchild and whose he is)
      .replace(/\b(petite?s?[- ](?:fils|filles?)|grand(?:son|daughter)s?)\s*\([^()]*\)\s*(?=(?:de|du|d'|of)\s)/giu, '$1 ')
      // (« sa vieille maman », "his old dad": a word of age or affection between the possessive and the parent)
      .replace(
        /\b(his|her|my|our|son|sa|mon|ma|notre)\s+(?:vieille|vieux|chère|chere|cher|pauvre|old|dear|elderly|sweet|beloved)\s+(?=(?:maman|papa|mom|mommy|mum|dad|daddy|mère|mere|père|pere|mother|father)\b)/giu,
        '$1 ',
      )
      // ("the son of another son who died before him", « le fils d'un autre fils »: the deceased's other son — whose
      // son is the grandson; read as a second son, or dropped)
      .replace(OF_ANOTHER_EN, (_m, kin: string) => `of a ${kin}`)
      .replace(OF_ANOTHER_FR, (_m, kin: string) => (/^(?:fille|s(?:oe|œ)ur)$/i.test(kin) ? `de sa ${kin}` : `de son ${kin}`))
      // ("two wives, my mother and my stepmother", "2 wives: my mum and my stepmum": the wives counted, then each named
      // from the asker's side and placed — the count said again would add two more)
      .replace(/\b(?:\d+|two|three|four|deux|trois|quatre)\s+(?:wives|[ée]pouses|femmes)\s*[:,]\s*(?=(?:my|ma|mon)\s+[^,.;:()]+?\s+(?:and|et)\s+(?:my|ma|mon|his|sa|son)\s)/gi, '')
      // ("the son of his half-brother on the father's side", « le fils de son demi-frère du côté de son père »: the
      // line said after a half-sibling named through — as "of his paternal half-brother" says it)
      .replace(HALF_SIBLING_SIDE_EN, (_m, his: string, kin: string, parent: string) => `of ${his} ${/^f/i.test(parent) ? 'paternal' : 'maternal'} ${kin}`)
      .replace(HALF_SIBLING_SIDE_FR, (_m, kin: string, parent: string) => {
        const sister = /^demi-s/i.test(kin)
        const side = /^p/i.test(parent) ? 'paternel' : 'maternel'
        return `de ${sister ? 'sa' : 'son'} ${kin} ${side}${sister ? 'le' : ''}`
      })
      // ("2 wives, his first wife and his second wife": the wives named after a comma, read as the bracket that names them)
      .replace(
        /\b((?:\d+|two|three|four|deux|trois|quatre)\s+(?:wives|[ée]pouses|femmes))\s*,\s*((?:my|his|ma|sa|son|mon)\s+[^.;:()?!,]+?\s+(?:and|et)\s+(?:my|his|ma|sa|son|mon|the|la|l')\s*[^.;:()?!,]+?)(?=\s*(?:[.;,!?]|$|\s+(?:both|all|toutes|tous)\b))/gi,
        '$1 ($2)',
      )
      // (« le fils et la fille de sa fille »: both the daughter's — not the deceased's son)
      .replace(CHILDREN_OF_KIN, (_m, first: string, and: string, second: string, of: string) => `${first} ${of} ${and} ${second} ${of}`)
      // ("two wives: my mother and my stepmother": the wives named after a colon, read as the bracket that names them)
      .replace(/\b((?:\d+|two|three|four|deux|trois|quatre)\s+(?:wives|[ée]pouses|femmes))\s*:\s*([^.;:()?!,]+)/gi, '$1 ($2)')
      .split(/(?<=[.?!;])\s+/)
      .filter((s) => !(QUESTION.test(fold(s)) && !DEATH.test(fold(s))))
      // ("If a man dies leaving his wife and a son, what does the son get?": the question after the family's comma
      // names an heir again — cut there)
      .map((s) => (QUESTION.test(fold(s)) ? s.replace(ASKED_AFTER_COMMA, '.') : s))
      .map((s) => afterCondition(s, lang))
      .join(' ')
  )
}

/**
 * Whether the deceased is a man or a woman, as the text says it: the asker's side when read from it; else "a
 * woman", « son mari », a kinship noun before the death, the possessives.
 */
function deceasedSex(rest: string, text: string, turned: ReturnType<typeof fromAskersSide>): { male: boolean; female: boolean } {
  if (turned) return { male: turned.deceased === 'male', female: turned.deceased === 'female' }
  // (« décède » folds like « décédé »: the participle's sex is read only when nothing else says it)
  // (« laissant une femme et un fils »: a wife left, not a woman who died)
  // ("the deceased (male)", « le défunt (femme) »: the sex in a bracket)
  const saidFemale = SAID_FEMALE.test(rest)
  const saidMale = SAID_MALE.test(rest)
  // ("My grandmother died leaving her sons…": who died is named by a kinship noun, or only the possessives tell)
  const nounFemale = DIED_F.test(rest)
  const nounMale = DIED_M.test(rest)
  const herOnly = /\bher\b/.test(rest) && !/\bhis\b/.test(rest)
  const hisOnly = /\bhis\b/.test(rest) && !/\bher\b/.test(rest)
  return {
    female: saidFemale || (!saidMale && (/\b(decedee|morte)\b/.test(rest) || (nounFemale && !nounMale) || (!nounMale && herOnly))),
    male: saidMale || (!saidFemale && (/(?<![\p{L}])(décédé|mort)(?![\p{L}])/iu.test(text) || (nounMale && !nounFemale) || (!nounFemale && hisOnly))),
  }
}

interface Told {
  source: string
  lang: 'fr' | 'en'
  mentions: Mentions
  turned: ReturnType<typeof fromAskersSide>
  death: RegExpExecArray | null
  deathAt: number
  inLawDied: boolean
  missingOf: Relation | undefined
  female: boolean
  male: boolean
  /** Names of places and people (« à Paris », « ma sœur Marie »): not misspelt kin. */
  names: ReadonlySet<string>
  /** The question as written (its capitals: names). */
  original: string
}

/**
 * Names, folded: a capitalised word after a place's preposition (« il vit à Paris », "lives in Paris") or a kinship
 * noun (« ma sœur Marie », "my brother Karim") — not any capital ("her Husbnd" is still a misspelt husband).
 */
const namesIn = (text: string): Set<string> =>
  new Set([...text.matchAll(/(?<!\p{L})(?:à|a|au|en|de|in|from|to|at|near|fr[èe]re|s(?:oe|œ)ur|fils|fille|brother|sister|son|daughter|cousine?|cousin)\s+(\p{Lu}\p{Ll}+)/gu)].map((m) => fold(m[1]!)))

/** What the text tells that the calculator cannot take (a slavery, a killing told apart, a divorce…): each refuses the case. */
function toldProblems(t: Told): string[] {
  const { source, mentions, turned, deathAt, found } = { ...t, found: t.mentions.found }
  const { rest } = mentions
  const problems: string[] = [
    ...(turned?.problems ?? []),
    ...mentions.lineless.map((b) => `“${b}”: the lines of the siblings are not read`),
    ...(mentions.spouseUnsexed ? ['a spouse of no stated sex'] : []),
    ...(SLAVE.test(rest) || SLAVE.test(source) ? ['slavery is not modelled'] : []),
    ...(!turned && parentListedAtChildsDeath(source) ? ["the asker, the deceased's parent, is among the heirs"] : []),
    // ("his abang (full brother)", "my dadi", "our ibn and two bint": kinship words of another language — dropped; not
    // the asker's word in a bracket after an heir, "his own mother (my dadi)")
    ...foreignKin(rest)
      .filter((k) => !t.names.has(k.word) && !mentions.inGloss(k))
      .map((k) => `“${k.word}”: a kinship word of another language`),
    ...(BARRIER_OF_SEVERAL.test(source) ? ['a barrier said of several heirs'] : []),
    // ("all four of his grandparents", « ses grands-parents »: grandparents of both sides, which no phrase reads — dropped)
    ...(/\b(?:grand-?parents|grands-parents)\b/.test(rest) ? ['grandparents of both sides'] : []),
    // ("two women: Maryam (Muslim) and Sarah (Christian)": a barrier said of someone by name — which heir is not read)
    ...(BARRIER_BY_NAME.test(t.original) ? ['a barrier said of someone by name'] : []),
    // (« ils ont déjà une petite fille »: their little girl, read as a granddaughter)
    ...(LITTLE_OR_GRAND.test(t.original) ? ['a grandchild or a young child'] : []),
    // (« Mon grand-père (décédé) … Ali vient de mourir »: a death said in a bracket, then another — whose heirs?)
    ...(deathInBracketThenAnother(source) ? ['another death told in a bracket'] : []),
    // (« Une femme a empoisonné son mari. Il laisse … »: the deceased told as the victim of a killing, not by his death)
    ...(VICTIM_FIRST.test(source.slice(0, Math.max(0, deathAt))) ? ['the deceased told as the victim of a killing'] : []),
    // (« il était marié, sans enfants » and « sa femme » only in the question: the spouse said, not listed — dropped)
    ...(/\b(?:il|elle|he|she)\s+(?:etait|est|was|is)\s+(?:(?:deja|already)\s+)?(?:mariee?|married)\b/.test(source) && !found.some((f) => f.relation === 'wife' || f.relation === 'husband')
      ? ['a marriage said, no spouse listed']
      : []),
    // ("A woman died leaving me, her dad and her mom": the asker listed where no death of the asker's kin places them — dropped)
    ...(!turned && ME_LISTED.test(source.slice(Math.max(0, deathAt))) ? ["“me”: the asker's own relation to the deceased is not said"] : []),
    // (« je suis le fils unique de mon père, il est mort … » with no reading from the asker's side: the asker left out)
    ...(!turned && ASKER_SAID_CHILD.test(source) ? ['the asker, a child of the deceased, is not placed'] : []),
    // (« moi je suis son neveu » with no kin of the asker's read: the asker's parent, brother or sister of the deceased? —
    // a brother's son inherits, a sister's does not)
    ...(!turned && /\b(?:je suis|i am|i'm)\s+(?:son|sa|his|her)\s+(?:neveu|niece|nephew)\b/.test(source) ? ['the asker, a nephew or niece: through which parent is not read'] : []),
    ...misspeltKin(rest.slice(Math.max(0, deathAt)), t.lang)
      .filter((w) => !t.names.has(w))
      .map((w) => `“${w}” may be a misspelt kinship word`),
    // ("His other son died before him leaving a boy", "a brother who died before him leaving 2 sons", "My brother had
    // died before him; he had a wife and a son": the kin named after a predeceased kinsman are his — a son's children,
    // a brother's, his widow — not the deceased's; their places are not read, so the case is refused)
    ...(PREDECEASED_LEAVING.test(source) || CHILDREN_OF_THE_LATE.test(source) ? ['the heirs of a kinsman who died before are named'] : []),
    // ("wife, well 2 wives actually", « une fille, pardon deux filles »: the list corrected as it is written — which
    // count stands is not read)
    ...(LIST_CORRECTED.test(source) ? ['the list is corrected as it is written'] : []),
    // ("his twins", « des jumeaux »: a boy and a girl, or two boys? not said)
    // (« les deux fils de leur autre frère », "the sons of their brother": whose «their» is — the siblings named, or
    // others? the sons were read as the deceased's)
    ...(KIN_OF_THEIRS.test(source) ? ['kin named through «their»'] : []),
    ...(COUNTED_OF_KIN.test(source) ? ['counted children, then whose: of one group or both'] : []),
    // (« son oncle, qui est le demi-frère de son père par le grand-père »: a kinsman glossed through a parent in a
    // relative clause — read as one more uncle and a grandfather)
    ...(GLOSSED_THROUGH_PARENT.test(source) ? ['a kinsman glossed through a parent'] : []),
    ...(/\b(?:jumeaux|twins)\b/.test(source) && !/\b(?:fils|freres|garcons) jumeaux\b/.test(source) ? ['twins of no stated sex'] : []),
    ...(FATHERS_UTERINE_BROTHER.test(source) ? ["the father's uterine brother is not in the vocabulary"] : []),
    // (« l'arrière-petit-fils par sa fille »: a great-grandchild through a daughter, distant kin the vocabulary lacks)
    ...(/\barriere-petite?s?-(?:fils|filles?) par (?:sa |l'une de ses )?filles?\b/.test(source) ? ['a great-grandchild through a daughter is not in the vocabulary'] : []),
    // (« elle était chrétienne », "he was not Muslim": the deceased of another religion — his Muslim kin do not inherit
    // from him, and his estate is not divided by these shares)
    ...(DECEASED_FAITH.test(source) ? ['the deceased of another religion'] : []),
    // ("He had adopted my brother Karim", « Elle a élevé un garçon en kafala. »: an adoption told apart from the heir it
    // concerns — not placed, he was a son, or barred a son of her own)
    ...(ADOPTION_TOLD.test(source) || source.split(/[.;!?]/).some((sentence) => TAKEN_IN_APART.test(sentence) && !DEATH.test(sentence)) ? ['an adoption told apart'] : []),
    // ("Her brother died leaving his wife and my mom": the asker's parent, in family words no phrase reads, was dropped)
    ...(!turned && MY_FAMILY_WORD.test(source.slice(Math.max(0, deathAt))) ? ["an heir named from the asker's side"] : []),
    ...mentions.unsexed.map((g) => `“${g}”: grandchildren whose sex is not said`),
    ...mentions.kinsChildren.map((k) => `“${k}”: the children of an heir, not read`),
    // ("his aunt", « sa tante »: the father's sister or the mother's — their places differ; not dropped)
    ...[...rest.matchAll(/\b(?:aunts?|aunties?|tantes?)\b/g)].filter((m) => !found.some((f) => m.index >= f.at && m.index < f.at + f.text.length)).map((m) => `“${m[0]}” of no stated side`),
  ]
  // a question whose death has no one dying («Que laisse le Coran comme part à la mère ?») tells no family
  if (QUESTION.test(source) && !PERSON.test(source.slice(0, Math.max(0, t.death?.index ?? 0)))) problems.push('no one is said to have died')
  if (t.inLawDied && /\b(?:my|mon|ma|mes)\s+(?:husband|wife|son|daughter|brother|sister|mother|father|mari|epouse|femme|fils|fille|frere|soeur|mere|pere)s?\b/.test(source.slice(deathAt)))
    problems.push("the asker's kin beside an in-law's death")
  // "the share of the husband if his wife dies and leaves a son": who died is named through an heir named before
  // — the family is told from that heir's side, which is not read
  // (a clause between them: "his wife, who owned the house, dies")
  const subject = t.death ? /\b(?:his|her|their|son|sa|leur)\s+([^\s,]+)(?:\s*,[^,]*,)?\s+(?:\S+\s+)?$/.exec(source.slice(0, t.death.index)) : null
  if (subject && found.some((f) => f.at < subject.index) && PHRASES.some(([re]) => re.test(subject[1]!))) problems.push('the deceased is named through another heir')
  // "one of the sons died before him (leaving 3 children)": fewer heirs, and maybe grandchildren — not guessed
  if (DEATH_AMONG.test(source)) problems.push('a death among the heirs')
  // "his missing son", « son fils disparu », "a brother who is missing": that heir's part is held back; a missing
  // relative the text does not tie to one heir is not guessed
  if (MISSING.test(source) && !t.missingOf) problems.push('a missing relative')
  // "his illegitimate son": a child born out of wedlock inherits from the mother, not the father — and the schools
  // weigh an acknowledgement differently; not guessed
  if (OUT_OF_WEDLOCK.test(source) && !(t.female && !t.male)) problems.push('a child born out of wedlock')
  return problems
}

/** What stays unread once the heirs are counted: children or a niece of no stated kind, the family's own words. */
function countedProblems(source: string, rest: string, deathAt: number, heirs: ReadonlyMap<Relation, number>, assumptions: Assumption[]): string[] {
  const problems: string[] = []
  // « ses onze enfants » with no son or daughter named: the sexes decide the shares, and are not said
  const children = CHILDREN.exec(source.slice(Math.max(0, deathAt)))
  if (
    children &&
    !['son', 'daughter'].some((r) => heirs.has(r as Relation)) &&
    !source
      .slice(0, deathAt + children.index)
      .split(/[,.;:]/)
      .at(-1)!
      .split(/\s+/)
      .some((w) => NEGATION.test(w))
  )
    problems.push(`“${children[0]}” of no stated sex`)
  // "his niece", « sa nièce »: a brother's or a sister's daughter, not said which — of the distant kindred either
  // way, so nothing beside a sharer or a residuary, and not guessed otherwise
  const niece = /\bnieces?\b/.exec(rest)
  if (niece) {
    if (excludesDistantKindred(heirs.keys())) assumptions.push({ kind: 'distant_kin_excluded', phrase: niece[0] })
    else problems.push(`“${niece[0]}” does not say whether the brother's or the sister's daughter`)
  }
  // "Grandpa passed away leaving grandma": the family's words for its elders, said from the asker's side
  for (const w of source.match(FAMILY_WORDS) ?? []) problems.push(`“${w}” is named from the asker's side`)
  return problems
}

/**
 * Siblings of no stated sex change nothing beside the father or a son, who exclude them all, but their number: two
 * or more take the mother down to a sixth — so they are counted then (as full brothers, and said); otherwise their
 * sexes decide the shares, and the case is not guessed.
 */
function readUnsexedSiblings(siblings: SiblingsRead, tally: ReturnType<typeof heirTally>, assumptions: Assumption[], problems: string[]): void {
  const excluder = (['father', 'son', 'sons_son', 'sons_sons_son'] as const).find((r) => tally.heirs.has(r))
  if (!excluder) {
    problems.push(`“${siblings.phrase}” of no stated sex`)
    return
  }
  const count = siblings.count ?? 2
  if (siblings.count === undefined) assumptions.push({ kind: 'count', phrase: siblings.phrase!, count, relation: 'full_brother' })
  tally.add('full_brother', count)
  assumptions.push({ kind: 'siblings_unsexed', phrase: siblings.phrase!, excluder })
}

/**
 * The one heir a single «missing» is said of: right before his noun ("his missing son") or right after it
 * (« son fils disparu », "a brother who is missing"), his relation named once in the family.
 */
function missingHeir(source: string, found: readonly { at: number; relation: Relation; text: string }[]): Relation | undefined {
  const all = [...source.matchAll(new RegExp(MISSING.source, 'g'))]
  if (all.length !== 1) return undefined
  const m = all[0]!
  const end = m.index + m[0].length
  const after = found.filter((f) => f.at >= end && /^\s*$/.test(source.slice(end, f.at)))
  const before = found.filter(
    (f) => f.at + f.text.length <= m.index && /^\s*,?\s*(?:(?:who|qui)\s+(?:is|are|was|were|(?:has|have|had) been|est|sont|etait|etaient)\s+)?$/.test(source.slice(f.at + f.text.length, m.index)),
  )
  const heir = after[0] ?? before.at(-1)
  return heir && found.filter((f) => f.relation === heir.relation).length === 1 ? heir.relation : undefined
}

const DECEASED_FAITH =
  /\b(?:he|she|il|elle)\s+(?:was|etait)\s+(?:a\s+|une?\s+)?(?:christian|jewish|hindu|buddhist|atheist|not (?:a )?muslim|non-muslim|chretien(?:ne)?|juive?|juif|hindoue?|bouddhiste|athee|pas musulmane?|non[- ]musulmane?)\b/
const ADOPTION_TOLD =
  /\b(?:had |has |have )?(?:also |already )?(?:adopted|fostered)\s+(?:my|his|her|a|an|the|our)\b|\b(?:avait|a|ont|avaient)\s+(?:aussi\s+|egalement\s+|deja\s+)?adoptee?\s+(?:mon|ma|son|sa|un|une|le|la|notre|leur)\b/
/** « Elle a élevé un garçon en kafala. Elle laisse … »: a child taken in, told in a sentence apart from the heirs. */
const TAKEN_IN_APART =
  /\b(?:un|une|a|an)\s+(?:petit\s+|petite\s+|little\s+|young\s+)?(?:garcon|fille|enfant|boy|girl|child|kid)\s+(?:(?:en|par|by|through|under|in)\s+)?(?:la\s+)?(?:kafala|adopte|adoptee|adopted|fostered|recueilli|recueillie)\b/
/**
 * "my mom", « ma maman », "our grandpa", « mes parents »: the asker's kin in family words, which only the asker-side
 * reading places.
 */
const MY_FAMILY_WORD =
  /\b(?:my|our|mon|ma|mes|notre|nos)\s+(?:mom(?:my)?|mum(?:my)?|ma|dad(?:dy)?|pa|maman|papa|grandma|grandpa|granny|grandad|granddad|mamie|mamy|papi|papy|bro|sis)\b|\b(?:my|our|mes|nos)\s+(?:deux\s+|two\s+)?(?:parents|grands?-parents|grandparents)\b/

/** "she", "her husband", « une femme » (not one left: « laisse une femme »): the deceased is a woman. */
const SAID_FEMALE = new RegExp(`\\b(a woman|she|her husband|(?<!${BEFORE_WIFE})une femme|une mere|son mari|son epoux|une defunte|la defunte)\\b|\\((?:female|woman|femme|feminin)\\)`)
const SAID_MALE = /\b(a man|he|his wife|un homme|un pere|son epouse|sa femme|un defunt|le defunt)\b|\((?:male|man|homme|masculin)\)/
/** "a woman", « un homme »: the deceased in general words, no kin to read. */
const PERSON_WHO_DIED = new RegExp(`\\b(a woman|a man|(?<!${BEFORE_WIFE})une femme|un homme)\\b`, 'g')
const DEATH_AMONG =
  /\b(?:one|two|three|\d+) of (?:his|her|the|their) \w+(?: \w+)? (?:had |has |also )?(?:died|passed away|predeceased)\b|\b(?:l'une?|une?|deux|trois) (?:de ses|des|d'entre eux|d'entre elles) \w*\s*(?:est|sont|etait|etaient) (?:decedee?s?|morte?s?)\b/
const OUT_OF_WEDLOCK =
  /\b(illegitimate|born out of wedlock|out-of-wedlock|hors mariage)\b|\b(?:fils|filles?|enfants?) (?:naturel|naturelle|naturels|naturelles|adulterin|adulterine|adulterins|adulterines)\b/
const MISSING = /\b(missing|disappeared|lost at sea|disparue?s?|introuvables?)\b/
const KIN_F = 'grandmother|mother|sister|daughter|aunt|wife|widow|grand-mere|mere|soeur|fille|tante|epouse|femme|veuve'
const KIN_M = 'grandfather|father|brother|son|uncle|husband|grand-pere|pere|frere|fils|oncle|mari|epoux'
const DEATH_AFTER_NOUN = '(?:,\\s*)?(?:has |had |just |recently )?(?:died|passed away|dies|passed|est decedee?|est morte?|decede|meurt)\\b'
// (« Le frère de ma mère est décédé »: a kin noun after «de», "of" names whose kinsman died, not who)
const NOT_OF = '(?<!\\b(?:de|du|of)\\s+(?:(?:ma|mon|sa|son|la|le|my|his|her|the)\\s+)?)'
/** Who died named by a kinship noun right before the death: "my grandmother died", « son oncle est décédé ». */
const DIED_F = new RegExp(`${NOT_OF}\\b(?:${KIN_F})\\s+${DEATH_AFTER_NOUN}`)
const DIED_M = new RegExp(`${NOT_OF}\\b(?:${KIN_M})\\s+${DEATH_AFTER_NOUN}`)

/**
 * « les deux enfants de feu son petit-fils », "the children of his late brother" (folded): a kinsman who died before,
 * named through his children — their place is his, which is not read.
 */
const CHILDREN_OF_THE_LATE =
  /\b(?:enfants?|fils|filles?|garcons?)\s+de\s+feue?\b|\b(?:children|kids|sons?|daughters?)\s+of\s+(?:the\s+late|(?:his|her)\s+late\s+(?:grandsons?|granddaughters?|brothers?|sisters?|uncles?|nephews?|cousins?))\b/
/** « une petite fille », « deux petits enfants » written apart: a granddaughter, or a young daughter? (unfolded) */
const LITTLE_OR_GRAND = /\b(?:une?|des|deux|trois|quatre)\s+petite?s?\s+(?:fils|filles?|enfants?)\b/iu

/** A sentence whose kin are all said dead: « … sont tous morts avant lui. », "… were all dead." */
const ALL_DEAD_SENTENCE =
  /(?<=^|[.;!?]\s*)[^.;!?]*\b(?:sont|étaient|etaient|are|were)\s+(?:tous|toutes|all)\s+(?:(?:déjà|deja|already)\s+)?(?:morts|mortes|décédés|décédées|decedes|decedees|dead|deceased|passed away|prédécédés|predecedes)\b[^.;!?]*[.;!?]/giu

/** «Sarah (Christian, …)», « Karim (chrétien) »: a barrier in a bracket after a name (unfolded text). */
const BARRIER_BY_NAME =
  /\b\p{Lu}\p{Ll}+\s*\([^()]*\b(?:[Cc]hristian|[Jj]ewish|[Hh]indu|[Bb]uddhist|[Aa]theist|not [Mm]uslim|non-[Mm]uslim|[Cc]hr[ée]tien(?:ne)?|[Jj]ui(?:f|ve)|non[- ]musulman(?:e)?|adopted|adopt[ée]e?)\b[^()]*\)/u

/** « Mon grand-père (décédé) … Ali vient de mourir »: a death said in a bracket, and a death word after it (folded). */
function deathInBracketThenAnother(source: string): boolean {
  const bracket = /\((?:decedee?|deceased|dead|morte?|late)\)/.exec(source)
  return bracket !== null && DEATH.test(source.slice(bracket.index + bracket[0].length))
}

/** « a empoisonné son mari », "killed her husband": a killing whose victim, named by a kinship word, is who died (folded). */
const VICTIM_FIRST = new RegExp(`\\b(?:a|ont|avait)\\s+(?:${KILLING_FR})\\s+(?:son|sa)\\s+[a-z]+|\\b(?:${KILLING_EN})\\s+(?:his|her)\\s+[a-z]+`)

/** Wives said in the plural, anywhere: « ses épouses », "3 wives", "co-wives". */
const WIVES_SAID = /\b(?:wives|co-?wives|epouses|femmes|veuves|widows)\b/

/** The sentence that tells a divorce says it was years ago, or that the waiting period is over. */
function divorcedLongAgo(source: string): boolean {
  const sentence = source.split(/[.;!?]/).find((s) => DIVORCE.test(s)) ?? ''
  return LONG_AGO.test(sentence)
}
const LONG_AGO =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|few)\s+years?\s+(?:ago|back|before)\b|\b(?:long|years) ago\b|\bdepuis\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|des|plusieurs|quelques|longtemps)\b|\bil y a\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|des|plusieurs|quelques)\s+ans\b|\b(?:iddah|idda|'idda)\b[^.]{0,30}\b(?:finished|over|ended|completed|terminee?|finie?|achevee?)\b/

/** «, qui est le demi-frère de son père», ", who is his father's half-brother" (folded). */
const GLOSSED_THROUGH_PARENT =
  /,\s*(?:qui est|qui etait|who is|who was|c'est)\s+(?:le|la|l'|the|son|sa|his|her)\s*[^,.;]{0,30}?(?:\b(?:de son pere|de sa mere|du pere|de la mere|of his father|of her father|of his mother|of her mother)\b|\b(?:father|mother)'s\b)/

/** « les fils de leur frère », "the daughters of their sister" (folded). */
const KIN_OF_THEIRS = /\b(?:fils|filles?|enfants?|garcons?|sons?|daughters?|children|kids|freres?|soeurs?|brothers?|sisters?)\s+(?:de|d'|of)\s*(?:leur|leurs|their)\b/

/** "of his half-brother on the father's side", "of her half-sister from the mother's side". */
const HALF_SIBLING_SIDE_EN = /\bof (his|her) (half[- ](?:brother|sister))s? (?:on|from|through|by) (?:the|his|her) (father|mother)(?:'s|’s)?(?: side)?\b/gi
/** « de son demi-frère du côté de son père », « de sa demi-sœur par sa mère ». */
const HALF_SIBLING_SIDE_FR = /\bde (?:son|sa) (demi-fr[èe]re|demi-s(?:oe|œ)ur) (?:du c[ôo]t[ée] de (?:son|sa) |du c[ôo]t[ée] du |de la |par (?:son|sa|le|la) )(p[èe]re|m[èe]re)\b/gi

/** "of another son", "of his other daughter": the deceased's other child or sibling, through whom an heir comes. */
const OF_ANOTHER_EN = /\bof (?:another|an other|(?:his|her) other)\s+(sons?|daughters?|brothers?|sisters?)\b/gi
/** « d'un autre fils », « de son autre fille », « d'une autre sœur ». */
const OF_ANOTHER_FR = /\b(?:d'un autre|d'une autre|de son autre|de sa autre)\s+(fils|fille|fr[èe]re|s(?:oe|œ)ur)\b/gi

/** « le fils et la fille de sa fille », "the son and the daughter of his sister": two children named with the article, then whose — both. */
const CHILDREN_OF_KIN =
  /\b((?:the|le|la|les)\s+(?:sons?|daughters?|boys?|girls?|fils|filles?|gar[cç]ons?))\s+(and|et)\s+((?:the|le|la|les)\s+(?:sons?|daughters?|boys?|girls?|fils|filles?|gar[cç]ons?))\s+((?:of|de|du)\s+(?:his|her|son|sa)\s+(?:(?:late|deceased|full|half|paternal|maternal|d[ée]funte?|feue?)[- ]+)?(?:half-)?(?:brothers?|sisters?|sons?|daughters?|uncles?|fr[eè]res?|s(?:oe|œ)urs?|fils|filles?|oncles?)(?:\s+(?:germaine?s?|consanguine?s?|ut[ée]rine?s?|paternel(?:le)?s?|maternel(?:le)?s?|d[ée]funte?s?|d[ée]c[ée]d[ée]e?s?))?)/gi
/**
 * "his wife, 3 daughters and a son of his brother", "three sons and one daughter of his full brother": counted groups,
 * then whose — the last, or both? (the deceased's own would take «his»)
 */
const COUNTED_OF_KIN =
  /(?<!\b(?:his|her|their|my|our|ses|son|sa|mes|mon|ma|nos|notre|leurs?)\s+)\b((?:\d+|a|an|one|two|three|four|five|six|un|une|deux|trois|quatre|cinq|six)\s+(?:sons?|daughters?|boys?|girls?|fils|filles?|gar[cç]ons?))\s+(and|et)\s+((?:\d+|a|an|one|two|three|four|five|six|un|une|deux|trois|quatre|cinq|six)\s+(?:sons?|daughters?|boys?|girls?|fils|filles?|gar[cç]ons?))\s+((?:of|de|du)\s+(?:his|her|son|sa)\s+(?:(?:late|deceased|full|half|paternal|maternal|d[ée]funte?|feue?)[- ]+)?(?:half-)?(?:brothers?|sisters?|sons?|daughters?|uncles?|fr[eè]res?|s(?:oe|œ)urs?|fils|filles?|oncles?)(?:\s+(?:germaine?s?|consanguine?s?|ut[ée]rine?s?|paternel(?:le)?s?|maternel(?:le)?s?|d[ée]funte?s?|d[ée]c[ée]d[ée]e?s?))?)/i
const ASKED_AFTER_COMMA = /,\s*(?:so\s+|then\s+|alors\s+)?(?:what|how|who|which|does|do|is|are|quelle?s?|combien|qui|comment|est-ce|que)\b[^,]*$/i
/** A kinsman's death before the deceased, then whom he left: «… died before him leaving a boy», «… avant lui en laissant …». */
const PREDECEASED_LEAVING =
  /(?:\b(?:died|passed away|dead)\b[^.;!?]{0,40}?\b(?:before (?:him|her|the deceased|them)|earlier|already|in (?:19|20)\d\d|\w+ years? ago|last year)|\bpredeceased (?:him|her))[^.!?]{0,12}?[,;]?\s*(?:leaving|and left|he had|she had|survived by)\b|\b(?:(?:est|etait) )?(?:mort|morte|decede|decedee)s? (?:avant (?:lui|elle)|auparavant|deja|en (?:19|20)\d\d|il y a \w+ ans?|l'an dernier|l'annee derniere|l'an passe)[^.;!?]{0,10}?,?\s*(?:en laissant|laissant|il avait|elle avait|(?:qui|et) (?:a|avait) laissee?)\b/
/** A killing told as a sentence of its own: "Her husband killed her", « Mon père a été tué par mon frère », « … ce qui a causé sa mort ». */
const KILLING_TOLD = new RegExp(
  `\\b(?:${KILLING_EN})\\s+(?:him|her)\\b|\\b(?:was|been)\\s+(?:${KILLING_EN})\\s+by\\s+(?:his|her|my|our)\\b|\\bl'(?:a|ont)\\s+(?:${KILLING_FR})\\b|\\b(?:${KILLING_FR})\\s+(?:\\w+\\s+)?par\\s+(?:l'une?\\s+(?:de|d')\\s*)?(?:son|sa|ses|mon|ma|mes|notre|nos|eux|elles)\\b|\\b(?:${KILLING_EN})\\s+(?:his|her)\\s+(?:father|mother|husband|wife|son|daughter|brother|sister|uncle)\\b|\\b(?:a|ont|avait)\\s+(?:tue|assassine)\\s+(?:son|sa)\\s+(?:pere|mere|mari|epoux|epouse|femme|fils|fille|frere|soeur|oncle)\\b|\\b(?:a|ont|avait)\\s+cause\\s+(?:sa|la)\\s+mort\\b|\\bcaused\\s+(?:his|her|the)\\s+death\\b|\\bbeat\\s+(?:him|her)\\s+to\\s+death\\b`,
)

const LIST_CORRECTED = /\b(?:well|i mean|sorry|or rather|correction|en fait|pardon|plutot|je veux dire|enfin non|non)\s*,?\s+(?:\d+|a|an|one|two|three|four|five|un|une|deux|trois|quatre|cinq)\s+[a-z]/
const FAMILY_WORDS = new RegExp(
  `\\b(?:grandma|grandmama|grandmom|granny|grandpa|grandad|granddad|grand-(?:ma|mom|maman|pa|dad|papa)|mamie|mamy|papi|papy|pepe)\\b|(?<!\\b(?:his|her|son|sa|grand|my|our|mon|ma|notre)[\\s-])(?<!${PARENT_AND})\\b(?:mom(?:my)?|mum|dad(?:dy)?|maman|papa)\\b`,
  'g',
)
const PREGNANT = /\b(enceinte|pregnant|pregnancy|grossesse|a naitre|unborn|foetus|fetus|expecting a (child|baby))\b/
const SON_OF = /\b(son's|of (his|her) son|de son fils|du fils|belle-fille)\b/

/**
 * « son épouse enceinte », "his pregnant wife", "his mother, who is pregnant", "His wife is pregnant.": who carries
 * the unborn heir.
 * A pregnancy the text places nowhere else — the son's widow, a second one — is `undecided`, never ignored.
 */
function pregnancyCarrier(source: string): 'wife' | 'mother' | 'undecided' | undefined {
  if (!PREGNANT.test(source)) return undefined
  // ("his wife, who is pregnant", "His wife is pregnant.", « son épouse est enceinte »)
  const near = (who: string) => new RegExp(`\\b(${who})\\b(?:,? (?:who|qui))?(?: (?:is|was|est|etait))?[ ,]{1,3}(?:enceinte|pregnant)\\b|\\bpregnant (${who})\\b`).exec(source)
  const wife = near('wife|widow|epouse|femme|veuve')
  if (wife && !SON_OF.test(source.slice(Math.max(0, wife.index - 12), wife.index + wife[0].length + 16))) return 'wife'
  if (near('mother|mere')) return 'mother'
  return 'undecided'
}
