import { misspeltKin } from './misspelt-kin'
import { fromAskersSide, parentListedAtChildsDeath } from './asker-side'
import { type Assumption, dedupeAssumptions } from './assumptions'
import type { ParsedFamily } from './parse-ar'
import { heirTally } from './heir-tally'
import { readLatinHermaphrodite } from './parse-hermaphrodite'
import { readSiblings, type SiblingsRead } from './parse-latin-siblings'
import { unbornOf } from './parse-pregnancy'
import { type Barrier, excludesDistantKindred, NAMED_ONCE, type Relation, type Sex } from './relations'
import {
  ADOPTED,
  DIED_LATER,
  KILLED_BY,
  SLAVE,
  BARRED_AFTER,
  BEFORE_WIFE,
  CHILDREN,
  DEAD_AFTER,
  DEAD_BEFORE,
  DEATH,
  DIVORCE,
  fold,
  NEGATION,
  NOT_KIN,
  PARENT_AND,
  GROUP_SEX_SAID,
  NUMBERS,
  PERSON,
  PHRASES,
  saidToHaveDiedBefore,
  QUESTION,
  RELIGION,
  UNSURE,
} from './parse-latin-words'

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
  // "… What is the wife's share?": a question after the family names its heirs again — only the family is read
  const told = asked
    // ("two wives: my mother and my stepmother": the wives named after a colon, read as the bracket that names them)
    .replace(/\b((?:\d+|two|three|four|deux|trois|quatre)\s+(?:wives|[ée]pouses|femmes))\s*:\s*([^.;:()?!,]+)/gi, '$1 ($2)')
    .split(/(?<=[.?!;])\s+/)
    .filter((s) => !(QUESTION.test(fold(s)) && !DEATH.test(fold(s))))
    // ("If a man dies leaving his wife and a son, what does the son get?": the question after the family's comma
    // names an heir again — cut there)
    .map((s) => (QUESTION.test(fold(s)) ? s.replace(ASKED_AFTER_COMMA, '.') : s))
    .map((s) => afterCondition(s, lang))
    .join(' ')
  // « Mon père est décédé, il laisse ma mère… »: told from the asker's side, read from the deceased's
  const turned = fromAskersSide(told, lang, asked)
  const text = turned?.text ?? told
  let rest = fold(text)
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
  const female = turned ? turned.deceased === 'female' : saidFemale || (!saidMale && (/\b(decedee|morte)\b/.test(rest) || (nounFemale && !nounMale) || (!nounMale && herOnly)))
  const male = turned ? turned.deceased === 'male' : saidMale || (!saidFemale && (/(?<![\p{L}])(décédé|mort)(?![\p{L}])/iu.test(text) || (nounMale && !nounFemale) || (!nounFemale && hisOnly)))
  rest = rest.replace(PERSON_WHO_DIED, (m) => ' '.repeat(m.length))
  // (an heir of unknown sex is read apart: his noun is neither a son nor a brother)
  const hermaphrodite = readLatinHermaphrodite(rest)
  rest = hermaphrodite.text
  // (read before the groups restated after a colon: "his siblings: 3 boys and 2 girls" are no sons and daughters)
  // ("3 siblings", « trois frères et sœurs »: of both sexes, how many of each unsaid — not brothers and sisters apart)
  const siblings = readSiblings(rest)
  rest = siblings.text
  const found: { at: number; relation: Relation; text: string; glossed?: boolean }[] = []
  // ("his siblings: 3 boys and 2 girls": brothers and sisters, counted by sex)
  if (siblings.bySex?.brothers) found.push({ at: siblings.bySex.at, relation: 'full_brother', text: `${siblings.bySex.brothers} brothers` })
  if (siblings.bySex?.sisters) found.push({ at: siblings.bySex.at, relation: 'full_sister', text: `${siblings.bySex.sisters} sisters` })
  // "her sons and daughters: 3 sons and 2 daughters": the groups before the colon are those counted after it
  rest = rest.replace(RESTATED_GROUPS, (m, owner: string) => owner + ' '.repeat(m.length - owner.length))
  rest = rest.replace(GROUP_SEX_SAID, (m) => ' '.repeat(m.length))
  const notKin: { at: number; phrase: string }[] = []
  rest = rest.replace(NOT_KIN, (phrase, at: number) => (notKin.push({ at, phrase }), ' '.repeat(phrase.length)))
  // ("his son's two children", « les enfants de sa fille », "his grandchildren", « ses petits-enfants »:
  // grandchildren whose sex is not said — neither a son nor a daughter of the deceased)
  const unsexed: string[] = []
  rest = rest.replace(UNSEXED_GRANDCHILDREN, (phrase) => (unsexed.push(phrase.trim()), ' '.repeat(phrase.length)))
  // ("his brother has two sons", « son frère a deux fils »: an heir's children, not the deceased's)
  const kinsChildren = [...rest.matchAll(KIN_HAS_CHILDREN)].map((m) => m[0].trim())
  for (const [pattern, relation, only] of PHRASES) {
    if (only !== 'both' && only !== lang) continue
    const global = new RegExp(pattern.source, 'g')
    rest = rest.replace(global, (m, ...args) => {
      const at = args[args.length - 2] as number
      found.push({ at, relation, text: m })
      return ' '.repeat(m.length)
    })
  }
  // "his spouse", « son conjoint »: the husband or the wife as the deceased's sex (or the French noun's) says;
  // neither said, the case is refused
  let spouseUnsexed = false
  rest = rest.replace(/\b(?:spouses?|conjointe?s?)\b/g, (m, at: number) => {
    const relation = /^conjointes?$/.test(m) ? 'wife' : /^conjoints?$/.test(m) ? 'husband' : male && !female ? 'wife' : female && !male ? 'husband' : undefined
    if (relation) found.push({ at, relation, text: m })
    else spouseUnsexed = true
    return ' '.repeat(m.length)
  })
  // "his parents", « ses parents », "both parents": the father and the mother
  rest = rest.replace(/\b(?:both (?:of )?(?:his |her )?parents|(?:his|her|ses|ses deux) parents)\b/g, (m, at: number) => {
    found.push({ at, relation: 'father', text: m }, { at, relation: 'mother', text: m })
    return ' '.repeat(m.length)
  })
  found.sort((a, b) => a.at - b.at)
  // « sa petite-fille (fille de son fils) », "his grandson (son of his son)": a bracket right after an heir says who
  // he is; the kin named in it are not heirs (« ses 4 enfants (3 garçons et une fille) » counts them: no heir before)
  // (« son cousin paternel (fils de l'oncle paternel) »: a line adjective may stand between the heir and the bracket)
  const glossOf = (f: { at: number; text: string }, b: { index: number }) =>
    b.index >= f.at + f.text.length && /^\s*(?:(?:paternel|maternel|germain|consanguin|uterin)(?:le)?s?\s*)?$/.test(rest.slice(f.at + f.text.length, b.index))
  const glosses = [...rest.matchAll(/\(([^()]*)\)/g)].filter((b) => found.some((f) => glossOf(f, b)))
  const inGloss = (f: { at: number }) => glosses.some((b) => f.at > b.index && f.at < b.index + b[0].length)
  // brackets that list the heirs of the group before them, and that group
  const listed = new Set<number>()
  const lineless: string[] = []
  const listedBefore = (f: { at: number; text: string }) => [...listed].some((at) => at - (f.at + f.text.length) >= 0 && at - (f.at + f.text.length) <= 2)
  const pairedHeads = new Set<object>()
  // ("his granddaughter (his daughter's daughter)": the one kinsman the bracket names is who the heir is)
  for (const b of glosses) {
    const heir = found.filter((f) => f.at < b.index && glossOf(f, b)).at(-1)
    const inner = found.filter((f) => f.at > b.index && f.at < b.index + b[0].length)
    // (only a grandchild's line: "2 wives (my mother and my stepmother)" does not make the wives mothers)
    const grandchild = (r: Relation) => /^(sons|daughters)_(sons_)?(son|daughter)$/.test(r)
    if (heir && inner.length === 1 && grandchild(heir.relation) && grandchild(inner[0]!.relation)) Object.assign(heir, { relation: inner[0]!.relation, glossed: true })
    // ("her grandmother (her father's mother)", « sa grand-mère (la mère de son père) »: the bracket says her side)
    const unsided = heir?.relation === 'maternal_grandmother' && !/maternal|maternelle|mother's mother|mere de (?:la|sa) mere/.test(heir.text)
    if (heir && unsided && inner.length === 1 && inner[0]!.relation === 'paternal_grandmother') Object.assign(heir, { relation: 'paternal_grandmother', glossed: true })
    // ("Heirs: mother (his wife), me (male)": the asker's word for a parent, glossed by who she is to the deceased)
    const parentAsSpouse = heir && (heir.relation === 'mother' || heir.relation === 'father') && /^\(\s*(?:his|her|son|sa)\s/.test(b[0])
    if (parentAsSpouse && inner.length === 1 && (inner[0]!.relation === 'wife' || inner[0]!.relation === 'husband')) Object.assign(heir, { relation: inner[0]!.relation, glossed: true })
    // ("his three sisters (two full sisters and one half-sister through the father)": the bracket lists them — they
    // are the heirs, the group before it is not counted again)
    const sibling = (r: Relation) => /^(full|paternal|maternal)_(brother|sister)$/.test(r)
    const child = (r: Relation) => r === 'son' || r === 'daughter'
    // ("sons and daughters (3 boys and 2 girls)", « des fils et des filles (3 garçons et 2 filles) »: so does a
    // bracket after the children or siblings, and both groups of a pair before it are its heading)
    const kind = heir && (sibling(heir.relation) ? sibling : child(heir.relation) ? child : undefined)
    if (heir && kind && inner.length >= 2 && inner.every((f) => kind(f.relation))) {
      listed.add(b.index)
      const partner = found.filter((f) => f.at + f.text.length <= heir.at).at(-1)
      if (partner && kind(partner.relation) && /^\s+(?:and|et)\s+(?:(?:des|les|ses|his|her)\s+)?$/.test(rest.slice(partner.at + partner.text.length, heir.at))) pairedHeads.add(partner)
    }
    // (« ses trois sœurs (deux germaines et une consanguine) »: lines said without their nouns — not read, refused)
    const counts = fold(b[0])
      .split(/[^a-z0-9]+/)
      .some((w) => NUMBERS[w] !== undefined || /^\d+$/.test(w))
    // ("three sisters (two full and one from the same father only)": the father or mother named is the line, no heir)
    const lines = /\b(germaine?s?|consanguine?s?|uterine?s?|full|paternal|maternal|half|same (?:father|mother))\b/
    if (heir && sibling(heir.relation) && inner.every((f) => f.relation === 'father' || f.relation === 'mother') && counts && lines.test(fold(b[0]))) lineless.push(b[0])
  }
  // ("his grandmother, his father's mother": an apposition saying her side — one grandmother, the father's mother)
  for (const [i, f] of found.entries()) {
    const next = found[i + 1]
    const unsided = f.relation === 'maternal_grandmother' && !/maternal|maternelle|mother's mother|mere de (?:la|sa) mere/.test(f.text)
    if (unsided && next?.relation === 'paternal_grandmother' && /^\s*,\s*(?:his|her|sa|la)?\s*$/.test(rest.slice(f.at + f.text.length, next.at))) {
      Object.assign(f, { relation: 'paternal_grandmother', glossed: true })
      pairedHeads.add(next)
    }
  }
  found.splice(
    0,
    found.length,
    ...found.filter((f) => (!inGloss(f) || glosses.some((b) => listed.has(b.index) && f.at > b.index && f.at < b.index + b[0].length)) && !listedBefore(f) && !pairedHeads.has(f)),
  )
  const source = fold(text)
  // («if the deceased leaves 2 sons»: «the deceased» is who died, the verb after it is the death)
  const death = [...source.matchAll(new RegExp(DEATH.source, 'g'))].find((d) => !/\b(the|le|la)\s+$/.test(source.slice(0, d.index))) ?? null
  const deathAt = death ? death.index : -1
  const problems: string[] = [
    ...(turned?.problems ?? []),
    ...lineless.map((b) => `“${b}”: the lines of the siblings are not read`),
    ...(spouseUnsexed ? ['a spouse of no stated sex'] : []),
    ...(SLAVE.test(rest) || SLAVE.test(source) ? ['slavery is not modelled'] : []),
    ...(!turned && parentListedAtChildsDeath(source) ? ["the asker, the deceased's parent, is among the heirs"] : []),
    ...misspeltKin(rest.slice(Math.max(0, deathAt)), lang).map((w) => `“${w}” may be a misspelt kinship word`),
    // ("His other son died before him leaving a boy", "a brother who died before him leaving 2 sons", "My brother had
    // died before him; he had a wife and a son": the kin named after a predeceased kinsman are his — a son's children,
    // a brother's, his widow — not the deceased's; their places are not read, so the case is refused)
    ...(PREDECEASED_LEAVING.test(source) ? ['the heirs of a kinsman who died before are named'] : []),
    // ("wife, well 2 wives actually", « une fille, pardon deux filles »: the list corrected as it is written — which
    // count stands is not read)
    ...(LIST_CORRECTED.test(source) ? ['the list is corrected as it is written'] : []),
    // ("Her husband killed her.", « Mon père a été tué par mon frère »: a killing told apart from the heir it bars)
    ...(KILLING_TOLD.test(source) && !found.some((f) => BARRED_AFTER.some(([re, b]) => b === 'homicide' && re.test(source.slice(f.at + f.text.length)))) ? ['a killing not read with its heir'] : []),
    // ("his twins", « des jumeaux »: a boy and a girl, or two boys? not said)
    ...(/\b(?:jumeaux|twins)\b/.test(source) && !/\b(?:fils|freres|garcons) jumeaux\b/.test(source) ? ['twins of no stated sex'] : []),
    ...(KILLED_BY.test(source) ? ['the deceased killed by an heir named apart'] : []),
    // (« elle était chrétienne », "he was not Muslim": the deceased of another religion — his Muslim kin do not inherit
    // from him, and his estate is not divided by these shares)
    ...(DECEASED_FAITH.test(source) ? ['the deceased of another religion'] : []),
    // ("He had adopted my brother Karim": an adoption told apart from the heir it concerns — not placed, he was a son)
    ...(ADOPTION_TOLD.test(source) ? ['an adoption told apart'] : []),
    // ("Her brother died leaving his wife and my mom": the asker's parent, in family words no phrase reads, was dropped)
    ...(!turned && MY_FAMILY_WORD.test(source.slice(Math.max(0, deathAt))) ? ["an heir named from the asker's side"] : []),
    ...unsexed.map((g) => `“${g}”: grandchildren whose sex is not said`),
    ...kinsChildren.map((k) => `“${k}”: the children of an heir, not read`),
    // ("his aunt", « sa tante »: the father's sister or the mother's — their places differ; not dropped)
    ...[...rest.matchAll(/\b(?:aunts?|aunties?|tantes?)\b/g)].filter((m) => !found.some((f) => m.index >= f.at && m.index < f.at + f.text.length)).map((m) => `“${m[0]}” of no stated side`),
  ]
  // a question whose death has no one dying («Que laisse le Coran comme part à la mère ?») tells no family
  if (QUESTION.test(source) && !PERSON.test(source.slice(0, Math.max(0, death?.index ?? 0)))) problems.push('no one is said to have died')
  const tally = heirTally()
  const heirs = tally.heirs
  if (turned?.askerHeir) tally.add(turned.askerHeir, 1)
  // (kin by marriage named in a gloss of an heir — "2 wives (my mother and my stepmother)" — are that heir)
  // ("My father-in-law died leaving…", « Mon beau-père est décédé… »: the asker's in-law is who died, no kin said to be
  // no heir; the asker's own kin there — "my husband", his son — are not placed from that side: refused)
  const inLawDied = deathAt >= 0 && notKin.some((k) => k.at < deathAt && /\b(?:my|our|mon|ma|notre)\s+$/.test(source.slice(Math.max(0, k.at - 7), k.at)))
  if (inLawDied && /\b(?:my|mon|ma|mes)\s+(?:husband|wife|son|daughter|brother|sister|mother|father|mari|epouse|femme|fils|fille|frere|soeur|mere|pere)s?\b/.test(source.slice(deathAt)))
    problems.push("the asker's kin beside an in-law's death")
  const apart = notKin.filter((k) => !inGloss(k) && !(inLawDied && k.at < deathAt))
  const assumptions: Assumption[] = [...(turned?.assumptions ?? []), ...apart.map(({ phrase }) => ({ kind: 'not_kin' as const, phrase }))]
  // a divorce said anywhere: whether the spouse inherits depends on its kind and the waiting period, not said here
  if (DIVORCE.test(source)) problems.push('a divorce is mentioned')
  // "the share of the husband if his wife dies and leaves a son": who died is named through an heir named before
  // — the family is told from that heir's side, which is not read
  // (a clause between them: "his wife, who owned the house, dies")
  const subject = death ? /\b(?:his|her|their|son|sa|leur)\s+([^\s,]+)(?:\s*,[^,]*,)?\s+(?:\S+\s+)?$/.exec(source.slice(0, death.index)) : null
  if (subject && found.some((f) => f.at < subject.index) && PHRASES.some(([re]) => re.test(subject[1]!))) problems.push('the deceased is named through another heir')
  // "one of the sons died before him (leaving 3 children)": fewer heirs, and maybe grandchildren — not guessed
  if (DEATH_AMONG.test(source)) problems.push('a death among the heirs')
  // "his missing son", « son fils disparu », "a brother who is missing": that heir's part is held back; a missing
  // relative the text does not tie to one heir is not guessed
  const missingOf = missingHeir(source, found)
  if (MISSING.test(source) && !missingOf) problems.push('a missing relative')
  // "his illegitimate son": a child born out of wedlock inherits from the mother, not the father — and the schools
  // weigh an acknowledgement differently; not guessed
  if (OUT_OF_WEDLOCK.test(source) && !(female && !male)) problems.push('a child born out of wedlock')
  // (an heir barred for his religion says the deceased is taken to be a Muslim)
  const addHeir = (relation: Relation, n: number, bar?: Barrier) => {
    tally.add(relation, n, bar)
    if (bar === 'religion') assumptions.push({ kind: 'deceased_muslim' })
  }
  let previous: (typeof found)[number] | undefined
  const countedAt = new Map<Relation, number>()
  const countedOther = new Set<Relation>()
  for (const f of found) {
    const earlier = previous
    previous = f
    // "his daughter from his first wife", « les enfants de sa première épouse »: the spouse names whose children
    // they are; « le fils de son frère »: a kinsman of a kinsman the phrases do not know
    // (« en plus de sa femme », "instead of his wife": a preposition of the sentence, not the kin of another heir)
    const link =
      /(?:^|\s)(?<!\b(?:plus|part|dehors|lieu|outre|instead|because|ahead|front)\s)(from|of|de|du|d')\s+(?:(?:his|her|their|a|the|son|sa|ses|la|le|l')\s+)?(?:(?:first|second|previous|former|late|premiere?|seconde?|ancienne?|precedente?|defunte?)\s+)?$/.exec(
        source.slice(Math.max(0, f.at - 40), f.at),
      )
    // "her sister's granddaughter": a possessive chain the phrases do not know is no sister and no granddaughter
    if (earlier && /^'s?\s+$/.test(source.slice(earlier.at + earlier.text.length, f.at))) {
      problems.push(`“${earlier.text}'s ${f.text}” is not in the vocabulary`)
      continue
    }
    if (link) {
      const spouse = /wife|husband|widow|epouse|femme|mari/.test(f.text)
      const adjacent = earlier !== undefined && f.at - (earlier.at + earlier.text.length) <= link[0].length + 2
      if (!spouse && adjacent) problems.push(`“${earlier.text} ${link[0].trim()} ${f.text}” is not in the vocabulary`)
      // ("a son from his first wife": she is taken to be his wife no longer, and that is said)
      const mother = spouse && /wife|epouse|femme/.test(f.text) ? motherNamed(source, link[0], f) : undefined
      if (mother === 'said') assumptions.push({ kind: 'wife_named_as_mother', phrase: `${link[0].trim()} ${f.text}` })
      // ("two of his sons": neither, read as heirs; "a son from his first wife, whom he was still married to": she is
      // his wife too — read on as an heir)
      if ((spouse && mother !== 'wife') || adjacent) continue
    }
    // « son petit-fils, fils de son fils, », « deux neveux, les fils de son frère »: an apposition naming the same
    // heirs again is no more of them
    if (earlier && earlier.relation === f.relation && /^\s*,\s*(?:the|his|her|their|le|la|les|son|sa|ses)?\s*$/.test(source.slice(earlier.at + earlier.text.length, f.at)) && !/\d/.test(f.text))
      continue
    // "her sons from a previous marriage: two sons": the list after the colon restates the heir before it
    const between = earlier ? source.slice(earlier.at + earlier.text.length, f.at) : ''
    if (earlier && earlier.relation === f.relation && /^[^,;.]*:\s*\S*\s*$/.test(between)) {
      const said = between.split(':').at(-1)!.trim()
      const n = NUMBERS[said] ?? Number(said)
      if (Number.isInteger(n) && n > 0) {
        tally.set(f.relation, n)
        const i = assumptions.findIndex((a) => a.kind === 'count' && a.phrase === earlier.text)
        if (i >= 0) assumptions.splice(i, 1)
      }
      continue
    }
    // "he had no wife or children", « sans enfant ni épouse »: denied within its clause
    const clause = source
      .slice(0, f.at)
      .split(/[,.;:!?()]/)
      .at(-1)!
      .trim()
      .split(/\s+/)
      .slice(-3)
    if (clause.some((w) => NEGATION.test(w))) continue
    const before = source
      .slice(Math.max(0, f.at - 36), f.at)
      .trim()
      .split(/[\s,;()]+/)
    // "his Christian wife": the adjective before the noun (English), then the words after it
    const adjective = RELIGION.test(before.at(-1) ?? '') ? 'religion' : ADOPTED.test(before.at(-1) ?? '') ? 'adoption' : undefined
    if (adjective) before.pop()
    const after = source.slice(f.at + f.text.length, f.at + f.text.length + 40)
    // ("his half-brother", « son demi-frère »: through the father or the mother? His share depends on it)
    if (/^full_(brother|sister)s?$/.test(f.relation) && /\b(?:half|demi)[- ]$/.test(source.slice(Math.max(0, f.at - 5), f.at))) {
      problems.push(`“${source.slice(f.at - 5, f.at).trim()}${f.text}” does not say through the father or the mother`)
      continue
    }
    // "his late son", « son fils décédé »: no heir — and his children named through him are beyond the parse
    // (« le fils de son fils décédé », "his late son's son": the death is said of the son through whom the heir
    // comes, the grandson is the heir)
    const diedAfter = DEAD_AFTER.test(after) && !DIED_LATER.test(after) && !/ (?:de|du) (?:son |sa )?\S+$/.test(f.text)
    const diedBefore = DEAD_BEFORE.test(before.at(-1) ?? '') && !/^\S+'s? /.test(f.text)
    if (diedBefore || diedAfter) {
      if (/^(of|de|du)$/.test(before.at(-3) ?? before.at(-2) ?? '') || /^(of|de|du)$/.test(before.at(-2) ?? '')) problems.push(`the kin of “${f.text}”, who died, are not read`)
      continue
    }
    // Heirs are named after the death: « Le père est décédé en laissant… » (the deceased), « Est-ce que le fils
    // hérite si son père laisse une dette ? » (a question about a ruling, no family)
    // («Combien touche la veuve si le défunt laisse aussi 2 fils ?»: an heir asked about before a death told of
    // someone else in general words is an heir too)
    if (deathAt > f.at && !SUBJECT.test(source.slice(f.at + f.text.length, deathAt))) continue
    // ("Brother's estate is 150k", « la succession du frère »: whose estate it is — the deceased, not an heir)
    if (/^'s\s+(?:estate|property|money|house|wealth|assets|inheritance|will|debts?)\b/.test(source.slice(f.at + f.text.length))) continue
    if (/\b(?:succession|heritage|patrimoine|biens|maison|dettes?)\s+(?:du|de la|de)\s*$/.test(source.slice(Math.max(0, f.at - 24), f.at))) continue
    // ("Dear brothers, a man died…", « Salam les frères, … »: the readers greeted, not heirs)
    if (deathAt > f.at && VOCATIVE.test(source.slice(0, f.at)) && /^\s*[,.!:]/.test(source.slice(f.at + f.text.length))) continue
    // (an heir counted in an earlier sentence and named again here)
    const counted = countedAt.get(f.relation)
    const laterSentence = counted !== undefined && /[.;!?]/.test(source.slice(counted, f.at))
    const lead = source.slice(Math.max(0, f.at - 24), f.at)
    // "His father had died before him", « sa femme, décédée avant lui »: no heir — nor, when counted in an earlier
    // sentence, the one named again ("… his wife and a son. His wife had died 5 years earlier.")
    // ("a grandson from a son who died before him", "2 sons of his son who died before him", "three sons of a full
    // brother who died before him": the death is the kinsman's through whom the heir comes — the heir is still one)
    const throughChild =
      /\b(?:through|from|by|via|par|of|de|du|d')\b.*\b(?:sons?|daughters?|brothers?|sisters?|uncles?|fils|filles?|freres?|soeurs?|oncles?)(?:\s+(?:germaine?s?|consanguine?s?|uterine?s?|paternel(?:le)?s?|maternel(?:le)?s?))?$/.test(
        f.text,
      )
    if (!throughChild && saidToHaveDiedBefore(source.slice(f.at + f.text.length))) {
      // ("His other son died before him": another one, never counted)
      const other = /\b(?:other|another|second|third|fourth|fifth|sixth|seventh|autre|deuxieme|troisieme|quatrieme|cinquieme|sixieme)\s+$/.test(lead)
      if (laterSentence && !other && !/[sx]$/.test(f.text)) {
        const had = tally.heirs.get(f.relation) ?? 0
        if (had > 1) tally.set(f.relation, had - 1)
        else tally.heirs.delete(f.relation)
      }
      continue
    }
    // ("his mother, who died a week after him": an heir, whose part passes to her own heirs — said)
    if (DIED_LATER.test(after) && !assumptions.some((a) => a.kind === 'died_after')) assumptions.push({ kind: 'died_after' })
    const bar: Barrier | undefined = adjective ?? BARRED_AFTER.find(([re]) => re.test(after))?.[1]
    // ("his two brothers, one of whom is a maternal half-brother", « trois frères dont un utérin », « trois sœurs :
    // deux germaines et une consanguine »: the lines of a
    // group said in part — not read, refused)
    const partLines =
      /^\s*(?:,?\s*(?:(?:one|two|three|four|\d+) of (?:whom|them)|including|among them|dont|parmi eux)\b|:)[^.;]*?\b(?:full|paternal|maternal|half|uterine|consanguine|germaine?s?|uterine?s?|consanguine?s?|(?:same|his|her) (?:father|mother)|(?:father|mother) only)\b/.exec(
        after,
      )
    // ("two uncles: one is his father's full brother, the other…": the uncles' and nephews' lines too)
    if (partLines && /^(?:(?:full|paternal|maternal)_(?:brother|sister)|(?:full|paternal)_(?:uncle|brothers_son))$/.test(f.relation))
      problems.push(`“${f.text}${partLines[0]}”: the lines of the group are not read`)
    // ("two sons, one of whom is not Muslim", « deux fils, dont l'un l'a tué »: a barrier said of one of the group,
    // as when said in a later sentence — refused)
    const oneOf = /^\s*,?\s*(?:one of (?:whom|them)|dont l'une?|l'une? d'(?:eux|elles))\b([^.;]*)/.exec(after)
    if (oneOf && BARRIER_WORDS.test(oneOf[1]!)) problems.push(`“${f.text}${oneOf[0]}”: a barrier said of one of them`)
    const word = before.at(-1) ?? ''
    // « my father died… »: the asker's relative is the deceased, not an heir
    // «ses 3 fils dont mon père», "3 sons including my father": one of them, from the asker's side
    if (/\b(dont|including|among them|among whom|parmi lesquels|parmi eux)\s+(?:my|mon|ma|mes)\s+$/.test(source.slice(Math.max(0, f.at - 30), f.at))) continue
    // "her husband, my grandfather": the asker's word for the heir just named, a gloss
    const apposed = earlier !== undefined && /^\s*,\s*(?:my|mon|ma|mes|our|notre|nos)\s+$/.test(source.slice(earlier.at + earlier.text.length, f.at))
    if (apposed) continue
    // ("my two uncles": the number between «my» and the kinsman says nothing of whose)
    const whose = countIn(word) !== undefined ? (before.at(-2) ?? '') : word
    if (/^(my|mon|ma|mes|our|notre|nos)$/.test(whose)) {
      // « my father died… » names the deceased; « … leaving my mother » names an heir from the asker's side,
      // which the vocabulary (the deceased's side) cannot take without guessing
      if (f.at > deathAt) problems.push(`“${f.text}” is named from the asker's side`)
      continue
    }
    // "A man died leaving his wife, her mother": the wife's mother, not his — another heir's kin (English)
    if ((word === 'her' && male && !female) || (word === 'his' && female && !male)) {
      problems.push(`“${word} ${f.text}” is another heir's kin`)
      continue
    }
    // "… 2 sons. The sons are adults.", "One of the wives is a Christian", « L'une des épouses est chrétienne »: an
    // heir counted in an earlier sentence named again — no more of them; a barrier said of one of them is not
    // placed (which one?), so the case is refused
    // ("… his wife and a son. His wife is pregnant.", « décédé avant sa mère. Il laisse sa mère… »: there is one of
    // them — the same person named again)
    // (« sa femme »: the possessive may be the phrase's own first word)
    const possessive = /^(his|her|son|sa|ses)$/.test(word) || (lang === 'fr' && /^(sa|ses|son)\s/.test(f.text))
    const again = counted !== undefined && !countedOther.has(f.relation) && NAMED_ONCE.has(f.relation) && possessive && !/[sx]$/.test(f.text)
    // ("… 2 sons. One son is disabled.", "… a son. While alive he gave his son a car.", « Sa femme veut donner sa
    // part »: heirs counted in an earlier sentence, named there again with a possessive, « one », « the eldest »)
    // ("5 sons and 4 daughters from both wives", « des deux épouses »: the group already counted, named again in its
    // sentence — « ses deux fils » beside a son already named are two more, so in French only the wives)
    const both = counted !== undefined && (word === 'both' || (word === 'deux' && before.at(-2) === 'des' && f.relation === 'wife'))
    if (again || both || (laterSentence && (DEFINITE.test(word) || possessive || ONE_OF.test(lead) || ONE_SAID.test(lead)))) {
      const sentence = source.slice(f.at).split(/[.;!?]/)[0]!
      // ("… leaving his wife and his son. His wife is Christian.": the one heir of her kind is barred; of a group, which one?)
      const alone = bar !== undefined && tally.heirs.get(f.relation) === 1 && !/[sx]$/.test(f.text) && !ONE_OF.test(lead) && !ONE_SAID.test(lead)
      if (alone) {
        tally.heirs.delete(f.relation)
        addHeir(f.relation, 1, bar)
      } else if (bar || BARRIER_WORDS.test(sentence)) problems.push(`“${lead.trim()} ${f.text}”: a barrier said of one of them`)
      continue
    }
    const prior = before.at(-2) ?? ''
    // («deux femmes»: the phrase may hold its own number)
    // ("one of his brothers is alive", « l'un de ses frères »: one)
    // ("his son's two daughters": the number inside the phrase)
    const inside = f.text
      .split(/\s+/)
      .slice(1, -1)
      .map((w) => (/^(\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(w) ? countIn(w) : undefined))
      .find((n) => n !== undefined)
    const first = f.text.split(/\s+/)[0]!
    const own = NUMBERS[first] ?? (/^\d+$/.test(first) ? Number(first) : undefined) ?? inside ?? (ONE_OF_FIRST.test(source.slice(Math.max(0, f.at - 20), f.at)) ? 1 : undefined)
    // ("3 young sons", « trois jeunes fils », "two full brothers": a word between the number and the noun)
    // ("twin daughters", « des jumelles »: two)
    const twins = word === 'twin' || /\bjumelles\b/.test(f.text) ? 2 : undefined
    const n = own ?? countIn(word) ?? (/^(full|paternal|maternal)$/.test(word) || COUNT_ADJECTIVE.test(word) ? countIn(prior) : undefined) ?? twins
    // ("the sons of his son", « les filles de son fils »: the noun that counts is the first)
    const last = (/\s(?:of|de|du)\s/.test(f.text) ? f.text.split(/\s+/)[0] : f.text.split(/\s+/).at(-1)) ?? ''
    // ("his parents" are one father and one mother)
    // (« fils », « époux » are both numbers: « ses fils », « les fils » are several; « petits-fils » always is)
    const invariable = /^(fils|epoux|(?:arriere-)?petit-fils)$/.test(last)
    const plural = invariable ? /^(ses|les|des|leurs)$/.test(word) : /[sx]$/.test(last) && !/'s$|^parents$/.test(last)
    // ("his brother's sons (3 nephews)", « ses neveux (trois) »: a bracket right after a plural says how many)
    const bracketed = /^\s*\(\s*(\d+|[a-z]+)(?:\s+(?:of them|d'entre (?:eux|elles)|[a-z-]+))?\s*\)/.exec(source.slice(f.at + f.text.length))
    // ("full sisters x3", « filles ×2 »: a count written as a multiplication after the noun)
    // ("Wife 1, Son 1, Daughters 3": a form's number right after the noun)
    const times = /^\s*[x×:]?\s*(\d{1,2})(?=\s*(?:[,;.]|$|\s+(?:and|et)\b))/.exec(source.slice(f.at + f.text.length))
    const told = times ? Number(times[1]) : bracketed && !/^(a|an|un|une|one)$/.test(bracketed[1]!) ? countIn(bracketed[1]!) : undefined
    // (« fils (2) » in a list with no article: the invariable noun's bracket counts them as a plural's does)
    let count = n ?? (plural || (invariable && !/^(son|un|le|mon|ce|cet)$/.test(word)) ? (told ?? (plural ? undefined : 1)) : 1)
    // ("… and his brothers. He has 2 brothers alive.": a group named with no number, counted in a later sentence — the
    // count is theirs, not two more)
    const guessed = assumptions.findIndex((a) => a.kind === 'count' && a.relation === f.relation)
    if (laterSentence && n !== undefined && guessed >= 0) {
      tally.set(f.relation, n, bar)
      assumptions.splice(guessed, 1)
      continue
    }
    if (count === undefined) {
      count = 2
      assumptions.push({ kind: 'count', phrase: f.text, count, relation: f.relation })
    }
    if (
      UNSURE[f.relation] &&
      !f.glossed &&
      !/full|germain|paternal|paternel|maternal|maternel|mother's|de (?:la|sa) mere|of the son|du fils|son's|sons'|de son fils|de fils|d'un (?:autre |de ses )?fils|of (his|her) son/.test(f.text)
    )
      assumptions.push(UNSURE[f.relation]!)
    // ("his nephew", « son cousin »: words that also name distant kindred, read as the agnate)
    if (/^(nephews?|neveux?|cousins?)$/.test(f.text)) assumptions.push({ kind: 'agnate_read', phrase: f.text, relation: f.relation })
    addHeir(f.relation, count, bar)
    countedAt.set(f.relation, f.at + f.text.length)
    // ("another wife besides his wife": the one said to be another is not the one named with «his» next)
    if (/^(other|another|second|autre|deuxieme|seconde)$/.test(word)) countedOther.add(f.relation)
    else countedOther.delete(f.relation)
  }
  if (siblings.phrase) readUnsexedSiblings(siblings, tally, assumptions, problems)
  // A contradiction («a woman … her wife») is kept as said, for the calculator to refuse.
  const spouses = tally.named()
  const deceased: Sex | undefined = (female && !male) || spouses.has('husband') ? 'female' : male || spouses.has('wife') ? 'male' : undefined
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
  const carrier = pregnancyCarrier(source)
  const unborn = carrier ? unbornOf({ text: source, carrier }, deceased, new Set(heirs.keys())) : undefined
  // A pregnancy whose child cannot be placed is not ignored: the shares would be wrong.
  if (carrier && !unborn) problems.push('a pregnancy whose unborn heir is not placed')
  if (hermaphrodite.problem) problems.push(hermaphrodite.problem)
  if (hermaphrodite.line && (unborn || missingOf)) problems.push('an heir of unknown sex beside an unborn or missing heir')
  if (hermaphrodite.lineAssumed) assumptions.push({ kind: 'line_full', relation: 'full_brother' })
  const missingCount = missingOf ? heirs.get(missingOf) : undefined
  return {
    ...(deceased ? { deceased } : {}),
    heirs: tally.list(),
    assumptions: dedupeAssumptions(assumptions),
    problems,
    ...(unborn ? { unborn } : {}),
    ...(missingOf && missingCount ? { missing: { relation: missingOf, count: missingCount } } : {}),
    ...(hermaphrodite.line ? { hermaphrodite: { line: hermaphrodite.line, ...(hermaphrodite.hope !== undefined ? { hope: hermaphrodite.hope } : {}) } } : {}),
  }
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

/** "whom he was still married to", « toujours mariée avec lui »: the wife named as a mother is still his wife. */
const STILL_MARRIED = /^[^.;]{0,30}?\b(?:still (?:married|his wife)|toujours (?:mariee|son epouse|sa femme)|encore (?:mariee|son epouse|sa femme))\b/
/** "his former wife", "his late wife", « son ancienne épouse », "…, who died", "divorced": no wife of his now, said. */
const NO_LONGER_WIFE = /\b(?:previous|former|late|ex|ancienne|precedente|defunte|feue)\b|^[^.;]{0,40}?\b(?:died|passed|divorced|divorcee|decedee|morte|deceased)\b/

/**
 * A wife of the deceased named only as the mother of heirs ("a son from his first wife"): still his wife when the
 * text says so (`wife`), no longer his wife when it says that (`undefined`), else an assumption said back (`said`).
 */
function motherNamed(source: string, link: string, f: { at: number; text: string }): 'wife' | 'said' | undefined {
  const after = source.slice(f.at + f.text.length, f.at + f.text.length + 60)
  if (!/\b(?:his|son|sa)\s+(?:\S+\s+)?$/.test(link) && !/\b(?:his|son|sa)\b/.test(f.text)) return undefined
  if (STILL_MARRIED.test(after)) return 'wife'
  return NO_LONGER_WIFE.test(link) || NO_LONGER_WIFE.test(after) ? undefined : 'said'
}

const DECEASED_FAITH =
  /\b(?:he|she|il|elle)\s+(?:was|etait)\s+(?:a\s+|une?\s+)?(?:christian|jewish|hindu|buddhist|atheist|not (?:a )?muslim|non-muslim|chretien(?:ne)?|juive?|juif|hindoue?|bouddhiste|athee|pas musulmane?|non[- ]musulmane?)\b/
const ADOPTION_TOLD = /\b(?:had |has )?adopted\s+(?:my|his|her|a|an|the|our)\b|\b(?:avait|a|ont|avaient)\s+adoptee?\s+(?:mon|ma|son|sa|un|une|le|la|notre|leur)\b/
/** "my mom", « ma maman », "our grandpa": the asker's kin in family words, which only the asker-side reading places. */
const MY_FAMILY_WORD = /\b(?:my|our|mon|ma|mes|notre|nos)\s+(?:mom(?:my)?|mum(?:my)?|ma|dad(?:dy)?|pa|maman|papa|grandma|grandpa|granny|grandad|granddad|mamie|mamy|papi|papy|bro|sis)\b/

/** "she", "her husband", « une femme » (not one left: « laisse une femme »): the deceased is a woman. */
const SAID_FEMALE = new RegExp(`\\b(a woman|she|her husband|(?<!${BEFORE_WIFE})une femme|une mere|son mari|son epoux|une defunte|la defunte)\\b|\\((?:female|woman|femme|feminin)\\)`)
const SAID_MALE = /\b(a man|he|his wife|un homme|un pere|son epouse|sa femme|un defunt|le defunt)\b|\((?:male|man|homme|masculin)\)/
/** "a woman", « un homme »: the deceased in general words, no kin to read. */
const PERSON_WHO_DIED = new RegExp(`\\b(a woman|a man|(?<!${BEFORE_WIFE})une femme|un homme)\\b`, 'g')
/** Who died, in general words, between an heir asked about and the death. */
const SUBJECT = /\b(le defunt|la defunte|the deceased|un homme|une femme|a man|a woman|un musulman|une musulmane|a muslim)\b/
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
/** "her sons and daughters: 3 sons and 2 daughters": children or siblings restated, with numbers, after a colon. */
const RESTATED_GROUPS =
  /\b((?:his|her|their|ses|les)\s+)(?:sons?|daughters?|children|kids|brothers?|sisters?|siblings|enfants|fils|filles|freres|soeurs)(?:\s+(?:and|et)\s+(?:sons?|daughters?|brothers?|sisters?|fils|filles|freres|soeurs))?\s*:\s*(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b)/g
/** A count said as a word or in digits («deux», "3"), else undefined. */
const countIn = (word: string): number | undefined => NUMBERS[word] ?? (/^\d+$/.test(word) ? Number(word) : undefined)
/** Words that name again a group already told of («the sons», « les épouses »), or one of it. */
const DEFINITE = /^(the|these|those|both|les|le|la|ces|l')$/
const ONE_OF = /\b(?:one|two|three|each|all|both|either|neither|l'une|l'un|une|un|deux|trois|chacune?|toutes?|tous)\s+(?:of|des|de)\s+(?:the|his|her|these|those|ses|les|ces)?\s*$/
const ASKED_AFTER_COMMA = /,\s*(?:so\s+|then\s+|alors\s+)?(?:what|how|who|which|does|do|is|are|quelle?s?|combien|qui|comment|est-ce|que)\b[^,]*$/i
/** "One son is…", "the eldest daughter", « l'aîné des fils »… said of heirs already counted (not "another son": one more). */
const ONE_SAID = /\b(?:one|the other|the eldest|the youngest|the elder|the older|the younger|l'autre|l'aine|l'ainee|le cadet|la cadette)\s+$/
/** "one of his", « l'un de ses »: one of a group not counted before. */
/** A kinsman's death before the deceased, then whom he left: «… died before him leaving a boy», «… avant lui en laissant …». */
const PREDECEASED_LEAVING =
  /(?:\b(?:died|passed away)\b[^.;!?]{0,40}?\b(?:before (?:him|her|the deceased|them)|earlier|already)|\bpredeceased (?:him|her))[^.!?]{0,12}?[,;]?\s*(?:leaving|and left|he had|she had|survived by)\b|\b(?:(?:est|etait) )?(?:mort|morte|decede|decedee)s? (?:avant (?:lui|elle)|auparavant|deja)[^.;!?]{0,10}?,?\s*(?:en laissant|laissant|il avait|elle avait|(?:qui|et) (?:a|avait) laissee?)\b/
/** A killing told as a sentence of its own: "Her husband killed her", « Mon père a été tué par mon frère », « … ce qui a causé sa mort ». */
const KILLING_TOLD =
  /\b(?:killed|murdered|stabbed|poisoned|shot|strangled)\s+(?:him|her)\b|\b(?:was|been)\s+(?:killed|murdered|stabbed|poisoned|shot|strangled)\s+by\s+(?:his|her|my|our)\b|\bl'(?:a|ont)\s+(?:tue|tuee|assassine|assassinee|empoisonne|empoisonnee|poignarde|poignardee)\b|\b(?:tue|tuee|assassine|assassinee)\s+par\s+(?:son|sa|mon|ma|notre)\b|\b(?:killed|murdered)\s+(?:his|her)\s+(?:father|mother|husband|wife|son|daughter|brother|sister|uncle)\b|\b(?:a|ont|avait)\s+(?:tue|assassine)\s+(?:son|sa)\s+(?:pere|mere|mari|epoux|epouse|femme|fils|fille|frere|soeur|oncle)\b|\b(?:a|ont|avait)\s+cause\s+(?:sa|la)\s+mort\b|\bcaused\s+(?:his|her|the)\s+death\b|\bbeat\s+(?:him|her)\s+to\s+death\b/

const LIST_CORRECTED = /\b(?:well|i mean|sorry|or rather|correction|en fait|pardon|plutot|je veux dire|enfin non|non)\s*,?\s+(?:\d+|a|an|one|two|three|four|five|un|une|deux|trois|quatre|cinq)\s+[a-z]/
/** Words that open a greeting before the readers addressed ("Dear brothers,", « Salam les frères, »). */
const VOCATIVE = /(?:^|[.!?]\s*)(?:(?:dear|hi|hello|hey|salam|salaam|assalamu alaikum|as-salamu alaykum|salam alaykoum|bonjour|salut|chers|cheres|mes|my|les)\s+)+$/

/** Adjectives a number may stand before with the noun after them ("3 young sons", « deux jeunes filles »). */
const COUNT_ADJECTIVE =
  /^(young|little|small|grown|grown-up|adult|living|surviving|married|unmarried|single|minor|elder|older|younger|beloved|jeunes?|petits?|petites?|grands?|grandes?|adultes?|vivante?s?|mariee?s?|celibataires?|mineure?s?|majeure?s?|cheri(?:e)?s?)$/

const ONE_OF_FIRST = /\b(?:one of|l'une? de|une? de)\s+(?:his|her|the|ses|les)\s+$/
/** What bars an heir, said in a sentence about one of a group. */
const BARRIER_WORDS =
  /\b(?:christian|jewish|jew|kafir|kaafir|hindu|buddhist|atheist|converted|convertie?|left islam|adopted|adoptee?s?|not (?:a )?muslim|isn't (?:a )?muslim|non-muslim|apostate|killed|murder(?:ed|er|ing)?|slave|chretien(?:ne)?s?|jui(?:f|ve)s?|non[- ]musulmane?|pas musulmane?|apostate?|tuee?|assassinee?|meurtri[eè]re?|meurtre|homicide)\b|\b(?:stabbed|poisoned|shot|strangled|smothered|suffocated|drowned|ran (?:him|her) over|beat (?:him|her) to death|caused (?:his|her) death|responsible for (?:his|her) death|empoisonnee?|poignardee?|abattue?|etrangle|etranglee|ecrasee?|cause sa mort|cause de sa mort|responsable de sa mort)\b/
const KIN_HAS_CHILDREN =
  /\b(?:his|her|the|son|sa|le|la)\s+(?:brothers?|sisters?|sons?|daughters?|uncles?|wife|husband|frere|soeur|fils|fille|oncle|femme|epouse|mari)\s+(?:also\s+|himself\s+|herself\s+)?(?:has|had|have|a|avait|ont|avaient)\s+(?:lui-meme\s+|elle-meme\s+|aussi\s+|egalement\s+)?(?:(?:\d+|a|an|one|two|three|four|five|six|un|une|deux|trois|quatre|cinq|six)\s+)?(?:sons?|daughters?|children|kids|boys?|girls?|fils|filles?|enfants?|garcons?)\b/g
const UNSEXED_GRANDCHILDREN =
  /\b(?:great-?)?grand-?(?:children|child|kids)\b|\b(?:arriere-)?petits?-enfants?\b|\b(?:sons?|daughters?)'s?\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:children|kids|child)\b|\b(?:children|kids|child)\s+of\s+(?:his|her|the|their)\s+(?:late\s+)?(?:sons?|daughters?)\b|\b(?:enfants?)\s+(?:de\s+(?:son|sa|ses|leur)|du|des)\s+(?:defunte?s?\s+)?(?:fils|filles?)\b/g
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
