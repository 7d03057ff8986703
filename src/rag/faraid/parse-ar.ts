import type { Assumption } from './assumptions'
import { withoutDeathsAfter, withoutDeathsBefore } from './parse-ar-died-after'
import { unsexedChildren } from './parse-ar-children'
import { deceasedsKinGlossed, withoutRestatedGroup } from './parse-ar-gloss'
import { grandchildrenThroughSons, predeceasedSonsChildren } from './parse-ar-grandchild'
import { ARABIC_VOWELS, arabicWordsOf, foldArabic } from './arabic-text'
import { ASKERS_KIN, OWNERS, plain, UNSUPPORTED } from './parse-ar-words'
import { headOf, type Mention } from './parse-ar-mention'
import { DEATH, scan } from './parse-ar-scan'
import { readHermaphrodite, withHermaphrodite } from './parse-hermaphrodite'
import { readPregnancy, unbornOf } from './parse-pregnancy'
import { type ParsedFamily, parsedFamily } from './parsed-family'
import { heirTally } from './heir-tally'
import { type Barrier, excludesDistantKindred, NAMED_ONCE, type Relation, type Sex } from './relations'

/** Every kinship phrase in a text, in order (used for the heirs, and for whom a question asks about). */
export function arabicMentions(text: string): Mention[] {
  return scan(text).mentions
}

/**
 * Words of a family that no kinship phrase, count, negation or connective accounts for («وله فرع وارث», «أبناء
 * عمومة», «بني أخيه»): the parse may have missed an heir or a fact, so it is not trusted.
 */
export function unreadWords(text: string): string[] {
  return scan(text).unread
}

const EITHER = /(\s(?:ال)?(?:شقيق|شقيقة|شقيقان|شقيقين|شقيقتان|شقيقتين|شقيقات|اشقاء))\s+او\s+(?:لاب|للاب|من الاب)(?=[\s،,.:؛)]|$)/g

const STATUS =
  '(?:\\d+|واحد|واحدة|اثنان|اثنتان|ثلاثة|ثلاث|اربعة|اربع|خمسة|خمس)?\\s*(?:قاصر|قاصرة|قاصران|قاصرتان|قاصرون|قاصرين|قاصرات|قصر|بالغ|بالغة|بالغون|بالغين|بالغات|متزوج|متزوجة|متزوجون|متزوجات|طفل|طفلة|اطفال|صغير|صغيرة|صغار|كبير|كبار)'
const AFTER = '(?:احدهم|احداهن|احدهما|احداهما|واحد منهم|واحدة منهن)\\s+(?:توفي|توفيت|مات|ماتت)\\s+بعد\\s+(?:والده|والدها|ابيه|ابيها|امه|امها|وفاته|وفاتها|مورثه|مورثها)'
/** «(منهم ثلاثة قصر)», «(منهم قاصر، وأحدهم توفي بعد والده)»: a bracket saying only who among a group is a minor, married, or died after the deceased. */
const STATUS_AMONG = new RegExp(`\\(\\s*(?:منهم|منهن|منهما)\\s+${STATUS}(?:\\s*[،,]?\\s*و?\\s*(?:${AFTER}|(?:منهم|منهن)\\s+${STATUS}))*\\s*\\)`, 'g')

/**
 * «أخت شقيقة أو من الأب», «أبناء أخ شقيق أو لأب»: the alternative taken out of the text (the heir is read as
 * full), and the full relations it applies to.
 */
function eitherLine(raw: string): { text: string; either: Relation[] } {
  const plainText = foldArabic(raw)
  const text = plainText
    // «جدة-أم الأم», «وجدة وهي أم أمه»: the grandmother said again by her line, a gloss as a bracket would be
    .replace(/((?:^|[\s،,:])و?(?:ال)?(?:جدة|جد))\s*(?:[-–]\s*|[،,]?\s*(?:وهي|وهو)\s+)((?:ال)?(?:ام|اب) [^\s،,.()]+)/g, '$1 ($2)')
    // «وسبعة أبناء (منهم ثلاثة قصر، وأحدهم توفي بعد والده)»: who among them is a minor, married or died after the
    // deceased changes no share
    .replace(STATUS_AMONG, ' ')
    // «أخوات شقيقات جميعا أو من الأب جميعا»: «all of them» on each side says no more than the line
    .replace(/(\s(?:ال)?(?:شقيق|شقيقة|شقيقان|شقيقين|شقيقتان|شقيقتين|شقيقات|اشقاء)) جميعا (او (?:لاب|للاب|من الاب)) جميعا(?=[\s،,.:؛)]|$)/g, '$1 $2')
    // «أبناء إخوة أشقاء، أو أبناء إخوة من الأب»: the same kin named again with the other line
    .replace(/((?:^|[\s،,:])و?(\S+(?: \S+)?) (?:ال)?(?:شقيق|شقيقة|شقيقان|شقيقين|شقيقتان|شقيقتين|شقيقات|اشقاء))[،,]? او \2 (لاب|للاب|من الاب)(?=[\s،,.:؛)]|$)/g, '$1 او $3')
  const either: Relation[] = []
  for (const m of text.matchAll(EITHER)) {
    const last = arabicMentions(text.slice(0, m.index + m[1]!.length)).at(-1)?.relation
    if (last && /^full_/.test(last)) either.push(last)
  }
  return either.length > 0 ? { text: text.replace(EITHER, '$1'), either } : { text: text === plainText ? raw : text, either }
}

/**
 * Unread words that change who inherits — time («قبله», «بعد»), alternatives («أو», «آخر»), parts of a group
 * («منهم», «أحدهم»), class names («فرع وارث») and deaths not tied to a kinsman: the family is not trusted.
 */
// («وطفلة»: a child named by a word the vocabulary does not read; «وأمهم» right after kin: their mother — his wife,
// his father's wife, the deceased herself? not guessed, it was dropped; «أم جارية»: slavery is not modelled)
// («وستو عايشة», «وتيتا»: a grandparent in spoken words — his grandmother, of which side? dropped, the shares were wrong)
const RISKY =
  /^(ستي|ستو|ستها|تيتا|تيته|جدو|سيدو|سيدي|نينا|خالتو|عمتو|خالو|عمو|وامهم|وامهما|وامهن|ووالدتهم|ووالدتهما|ووالدتهن|جارية|جاريه|طفلة|طفلتين|طفلتان|ضرة|ضرتها|ضرتي|قبل|قبله|قبلها|قبلهم|بعد|بعده|بعدها|او|اخر|اخري|اخرين|اخرون|منهم|منهن|منهما|احدهم|احداهن|احدهما|احداهما|بعض|وارث|فرع|اصل|حفيد|حفيدا|حفيدة|احفاد|احفادا|حفيدات|حفيدان|حفيدين|حفيدتين|حفيدتان)$/
/** «وأحفاده», «وحفيديه», «وحفيدته»: his grandchildren, a son's or a daughter's — not «لأحفاده», to whom a bequest is made. */
const GRANDCHILDREN_OWNED = /^و?(حفيده|حفيدها|حفيدته|حفيدتها|حفيديه|حفيديها|حفيدتيه|حفيدتيها|حفيداه|حفيداها|احفاده|احفادها|حفيداته|حفيداتها)$/
/** «حمل لزوجة ابن الميت», «حمل لزوجة أخ شقيق», «أم حامل»: every pregnancy the text names is another kinsman's wife's. */
function notTheDeceasedsChild(raw: string): boolean {
  const text = raw.replace(ARABIC_VOWELS, '').replace(/[أإآ]/g, 'ا')
  const all = [...text.matchAll(/حمل|حامل/g)].length
  const others = [
    ...text.matchAll(/(حمل|حامل)\s*(ل|من\s+)?(زوجة|زوجه|زوجات)\s+(ال)?(ابن|ابنه|ابنها|اخ|اخيه|اخيها|عم|عمه)/g),
    ...text.matchAll(/(^|[\s،,(])و?(ال)?(ام|امه|امها|والدة|والدته|والدتها)\)?\s*[،,(]?\s*(و?هي\s+)?حامل/g),
  ].length
  return all > 0 && others === all
}

// («إخوة (أشقاء ولأب)»: a second line joined by «و», some of each, in numbers not said)
const isRisky = (w: string) => RISKY.test(w) || RISKY.test(plain(w)) || GRANDCHILDREN_OWNED.test(w) || DEATH.test(w) || DEATH.test(plain(w)) || /^و(لاب|للاب|لام|للام)$/.test(w)

/** Kin read from a bare «أخ», «أخت», «أب», «أم»: a spouse's when the spouse is named after them. */
const SPOUSES_KIN: ReadonlySet<Relation> = new Set(['full_brother', 'full_sister', 'father', 'mother'])

/**
 * «وكانت الزوجة قد توفيت قبل المتوفى»: the heirs said apart to have died first leave the family — «الزوجة» one,
 * «الأخوان» two, «الإخوة» all of them, «إحدى الزوجتين» one.
 */
function takeOutDeadBefore(tally: ReturnType<typeof heirTally>, kin: readonly { word: string; one: boolean }[]): void {
  for (const { word, one } of kin) {
    const said = arabicMentions(word)[0]
    const had = said?.relation ? tally.heirs.get(said.relation) : undefined
    if (!said?.relation || had === undefined) continue
    const left = one ? had - 1 : said.count !== undefined ? had - said.count : 0
    if (left > 0) tally.set(said.relation, left)
    else tally.heirs.delete(said.relation)
  }
}

/** The family of «توفي عن زوجة وأربعة أبناء وثلاث بنات»: the deceased's sex, the heirs and what was assumed. */
export function parseArabicFamily(raw: string): ParsedFamily {
  const told = toldApart(raw)
  const { text, either } = told
  const words = arabicWordsOf(text)
  const assumptions: Assumption[] = []
  const problems: string[] = []
  const { mentions, barriers, mothersOnly } = scan(text)
  for (const phrase of mothersOnly) assumptions.push({ kind: 'wife_named_as_mother', phrase })
  // «ربيبة»: a spouse's child by another marriage, kin by marriage only — no heir, and said so
  for (const w of words) if (/^و?(ال)?(ربيب|ربيبة|ربائب|ربيبان|ربيبتان|ربيبين|ربيبتين)$/.test(w)) assumptions.push({ kind: 'not_kin', phrase: w })
  problems.push(...wordProblems(words, mentions, barriers))
  // «أمي»: a relative named from the asker's side, not the deceased's (the vocabulary's); guessing would be worse
  // («توفي أبي عن …» names the deceased: only the heirs after «عن» are checked)
  const heirsFrom = Math.max(
    0,
    words.findIndex((w) => /^(عن|ترك|وترك|تركت|وتركت)$/.test(w)),
  )
  problems.push(...askersKinProblems(text, words, heirsFrom))
  const from = /(^|\s)(عن|ترك|وترك|تركت|وتركت|وله|ولها|خلف|وخلف)\s/.exec(text)
  for (const w of unreadWords(from ? text.slice(from.index + from[0].length) : text)) if (isRisky(w)) problems.push(`«${w}» may change who inherits`)
  // «أخت شقيقة وأخت شقيقة أو لأب»: the alternative is said of one of two kin read as one group — which one?
  for (const r of either) if (mentions.filter((m) => m.relation === r).length > 1) problems.push('«أو لأب» is said of one of several kin of the same line')
  // who died is said before the heirs («توفيت عن …»); «أخت توفيت قبله» among them is a kinswoman's death
  const before = (heirsFrom > 0 ? words.slice(0, heirsFrom + 1) : words).join(' ')
  const saidFemale = /(^|\s)(توفيت|ماتت|هلكت|امراة|امراه)(\s|$)/.test(before) || /(^|\s)(المتوفاة|المتوفية)(\s|$)/.test(words.join(' '))
  const toldMale = /(^|\s)(توفي|مات|هلك|رجل)(\s|$)/.test(before)
  const survivor = saidFemale ? 'husband' : !saidFemale && toldMale ? 'wife' : undefined
  const tally = heirTally()
  const heirs = tally.heirs
  const counted = countMentions(mentions, survivor, tally, assumptions, problems)
  const missing = missingOf(counted.missingGroups, problems)
  // a relative of another religion is barred on the reading that the deceased was a Muslim: said back
  if (tally.barredFor('religion')) assumptions.push({ kind: 'deceased_muslim' })
  beneathOthers(counted, heirs, assumptions, problems)
  // (a spouse barred from inheriting still says who died)
  const spouses = tally.named()
  const female = saidFemale || spouses.has('husband')
  const male = toldMale || spouses.has('wife')
  // «توفي عن … حفيدة مات أبوها»: «her father» beside a deceased man is someone else's kinsman
  if (male && !saidFemale) for (const w of words.slice(heirsFrom)) if (headOf(w) && /^و?[^ ]+ها$/.test(w) && !OWNERS.has(w)) problems.push(`«${w}» is another heir's kin`)
  const deceased: Sex | undefined = female && !spouses.has('wife') ? 'female' : male ? 'male' : undefined
  // «وابن غير شرعي», «ولد زنا», «ابن لعان»: a child whose lineage to the father is not established inherits from
  // the mother only — beside a man's death, not guessed
  if (deceased !== 'female' && /(^|\s)(غير شرعي|غير شرعية|غير شرعيين|زنا|الزنا|سفاح|لعان|اللعان)(\s|$)/.test(words.join(' '))) problems.push('a child born out of wedlock')
  const { pregnancy } = told
  // A pregnancy whose child's relation the family does not settle (a mother's, the father being dead) is refused
  const unborn = pregnancy.carrier ? unbornOf(pregnancy, deceased, new Set(heirs.keys())) : undefined
  if (pregnancy.carrier && !unborn) {
    // (every pregnancy is a son's widow's, a brother's or an uncle's wife's, or the mother's: beside a son its child
    // inherits nothing, whoever it is)
    if (heirs.has('son') && notTheDeceasedsChild(raw)) assumptions.push({ kind: 'unborn_excluded' })
    else problems.push('«حمل»: whose child the unborn is is not said')
  }
  if (told.diedAfter) assumptions.push({ kind: 'died_after' })
  // «ثلاثة أولاد» with no daughter named: read as sons, as in common speech, but the word covers daughters too (4:11)
  const childrenWord = mentions.find((m) => m.relation === 'son' && /(^|\s)و?(ال)?(اولاد|ولاد)/.test(m.phrase))
  if (childrenWord && !heirs.has('daughter')) assumptions.push({ kind: 'children_as_sons', phrase: childrenWord.phrase })
  const unsexed = withHermaphrodite(told.hermaphrodite, !!(unborn || missing), problems, assumptions)
  takeOutDeadBefore(tally, told.deadBefore)
  return parsedFamily(deceased, tally, assumptions, problems, {
    ...(unborn ? { unborn } : {}),
    ...(missing ? { missing } : {}),
    ...(either.length > 0 ? { either } : {}),
    ...(told.anyDescendant ? { anyDescendant: told.anyDescendant } : {}),
    ...(told.children ? { unsexedChildren: told.children.count ?? 3 } : {}),
    ...(unborn && pregnancy.outcome ? { unbornOutcome: pregnancy.outcome } : {}),
    ...unsexed,
  })
}

/** «وله فرع وارث»: a descendant heir of no stated kind; «وليس له فرع وارث», «ولا فرع وارث لها»: none, said outright. */
const BRANCH = /(^|[\s،,(])((?:و?(?:ليس|لا|بدون|دون|عدم)\s+(?:له\s+|لها\s+|يوجد\s+)?(?:اي\s+)?)?)(?:و?(?:له|لها)\s+)?و?(?:ال)?فرع\s+(?:ال)?وارث(?:\s+(?:له|لها|مطلقا))?(?=$|[\s،,.)])/g

/**
 * What is read apart before the heirs, each taken out of the text: kin who died after or before the deceased,
 * children of no stated sex, an heir of unknown sex, a pregnancy, «شقيق أو لأب», «فرع وارث».
 */
function toldApart(raw: string) {
  const diedAfter = withoutDeathsAfter(withoutRestatedGroup(deceasedsKinGlossed(predeceasedSonsChildren(raw))))
  const diedBefore = withoutDeathsBefore(diedAfter.text)
  const children = unsexedChildren(diedBefore.text)
  const hermaphrodite = readHermaphrodite(grandchildrenThroughSons(children?.text ?? diedBefore.text))
  const pregnancy = readPregnancy(hermaphrodite.text)
  const lined = eitherLine(pregnancy.text)
  // an answer must hold for any descendant
  const folded = lined.text.replace(/[أإآ]/g, 'ا')
  const branches = [...folded.matchAll(BRANCH)]
  return {
    text: branches.length > 0 ? folded.replace(BRANCH, '$1') : lined.text,
    either: lined.either,
    anyDescendant: branches.some((b) => !b[2]),
    diedAfter: diedAfter.found,
    deadBefore: diedBefore.kin,
    children,
    hermaphrodite,
    pregnancy,
  }
}

/**
 * Words beyond the calculator («لعان», «غير مسلم»), and killings told apart from the heir they bar. A barrier said of
 * an heir («أم قاتلة», «زوجة غير مسلمة») is read with him; said of no heir, it is beyond.
 */
function wordProblems(words: readonly string[], mentions: readonly Mention[], barriers: readonly string[]): string[] {
  const problems: string[] = []
  // (the killing told again beside a killer the family names as such — «وابن قاتل (قتل أباه)», «قتلته زوجته، وترك
  // الزوجة القاتلة» — is that heir's)
  const killerNamed = mentions.some((m) => m.barred === 'homicide')
  const attached = new Map<string, number>()
  for (const w of barriers) attached.set(w, (attached.get(w) ?? 0) + 1)
  const readWithHeir = (w: string) => (attached.get(w) ?? 0) > 0 && attached.set(w, attached.get(w)! - 1) !== undefined
  const killings: string[] = []
  words.forEach((w, i) => {
    if (readWithHeir(w)) return
    if (UNSUPPORTED.includes(plain(w)) || UNSUPPORTED.includes(w)) problems.push(`«${w}» is beyond the calculator`)
    // («وقد قتلته زوجته», «والابن هو الذي قتله»: a killing told with the killer after the verb or apart — who is barred
    // is not read, so the case is not computed as if no one were)
    if (/^و?(قتل|قتلت|قتله|قتلها|قتلته|قتلتها|قتلوه|قتلاه|قاتله|قاتلها|قاتلته|قاتلتها)$/.test(w)) killings.push(w)
    if (w === 'غير' && /^(مسلم|مسلمة|مسلمين|مسلمات|مسلمتين)$/.test(words[i + 1] ?? '')) problems.push('«غير مسلم» is beyond the calculator')
  })
  if (!killerNamed) for (const w of killings) problems.push(`«${w}»: a killing not read with its heir`)
  return problems
}

/** «أمي», «أخي» among the heirs: named from the asker's side, which the vocabulary (the deceased's) cannot take. */
function askersKinProblems(text: string, words: readonly string[], heirsFrom: number): string[] {
  // («وأبي الأب», «عن أبي أبيه»: the genitive of «أبو» before its noun, the father's father — not «my father»)
  // («وأمها (جدتي)»: the asker's word for the heir just named, in a bracket — a gloss, not one more heir)
  const glosses = new Set([...text.matchAll(/\(\s*([^()\s]+)\s*\)/g)].flatMap((m) => arabicWordsOf(m[1]!)))
  const outsideBrackets = new Set(arabicWordsOf(text.replace(/\([^()]*\)/g, ' ')))
  const glossed = (w: string) => glosses.has(w) && !outsideBrackets.has(w)
  const problems: string[] = []
  for (const [i, w] of words.entries())
    if (i >= heirsFrom && ASKERS_KIN.test(w) && !glossed(w) && !(/^و?ابي$/.test(w) && /^(?:ال|ابيه$|ابيها$|امه$|امها$)/.test(words[i + 1] ?? '')))
      problems.push(`«${w}» is named from the asker's side`)
  return problems
}

interface MentionsCounted {
  /** Descendants below a son's son, and distant kindred: heirs only when nobody nearer is left. */
  lower: { phrase: string; generation: number; male: boolean; count: number | undefined }[]
  distant: string[]
  missingGroups: { relation: Relation; count: number; barred?: Barrier }[]
}

/**
 * The heirs of the mentions: the surviving spouse's kin («أخ الزوجة») and an heir named again («والزوجة حامل»)
 * are no more heirs, a barrier said of one already counted bars one of them, a plural of no number is three (said).
 */
function countMentions(mentions: Mention[], survivor: 'husband' | 'wife' | undefined, tally: ReturnType<typeof heirTally>, assumptions: Assumption[], problems: string[]): MentionsCounted {
  const heirs = tally.heirs
  const counted: MentionsCounted = { lower: [], distant: [], missingGroups: [] }
  const spousesKin = new Set<number>()
  const named = new Set<Relation>()
  for (const [k, m] of mentions.entries()) {
    if (spousesKin.has(k)) continue
    // «توفي عن زوجته وأخ الزوجة»: the surviving spouse's kin named with the article (the wife beside a man's death,
    // the husband beside a woman's) are no kin of the deceased; «أم الزوجة» beside a wife's own death is her mother
    const spouse = mentions[k + 1]
    if (survivor && m.relation && SPOUSES_KIN.has(m.relation) && m.line === undefined && spouse?.end === m.end + 1 && spouse.relation === survivor && /^ال(زوجه|زوجة|زوج)$/.test(spouse.phrase)) {
      spousesKin.add(k + 1)
      assumptions.push({ kind: 'not_kin', phrase: `${m.phrase.replace(/^و/, '')} ${spouse.phrase}` })
      continue
    }
    // «جدتين (أم الأم وأم الأب)»: the two grandmothers listed one by one, the first read with the dual's number
    const other = m.relation === 'maternal_grandmother' ? 'paternal_grandmother' : m.relation === 'paternal_grandmother' ? 'maternal_grandmother' : undefined
    if (other && m.count === 2 && mentions[k + 1]?.relation === other && mentions[k + 1]?.count === 1) m.count = 1
    // «توفي عن ابن وبنت وزوجة، والزوجة حامل»: the heir named again with the article is the same one
    // («… وزوجة، والزوجة مفقودة»: said of her, she is missing)
    // («… وزوجتين، وإحدى الزوجتين نصرانية», «والزوجة قاتلة»: a barrier said of one already counted — one of
    // them is barred, not one more)
    const had = m.relation ? heirs.get(m.relation) : undefined
    // («وترك أمه وابنه، وأمه كبيرة في السن»: one mother, named again with the possessive; «وزوجته قتلته»: the same
    // wife barred, not a second one)
    const again = m.relation !== undefined && NAMED_ONCE.has(m.relation) && /(ه|ها)$/.test(m.phrase) && !m.phrase.includes(' ') && !m.ordinal
    const namedAgain = m.relation && named.has(m.relation) && (/^و?ال/.test(m.phrase) || again) && (m.count ?? 1) === 1
    if (namedAgain && m.barred && had !== undefined) {
      if (had > 1) tally.set(m.relation!, had - 1)
      else heirs.delete(m.relation!)
      tally.add(m.relation!, 1, m.barred)
      continue
    }
    if (namedAgain && !m.barred) {
      if (m.missing) counted.missingGroups.push({ relation: m.relation!, count: 1 })
      continue
    }
    if (m.relation) named.add(m.relation)
    if (m.relation === undefined) {
      if (headOf(m.phrase.split(' ')[0]!)?.[0] === 'parents') {
        for (const relation of ['father', 'mother'] as const) tally.set(relation, 1, m.barred)
      } else if (m.notKin) assumptions.push({ kind: 'not_kin', phrase: m.phrase })
      else if (m.lowerDescendant) counted.lower.push({ phrase: m.phrase, ...m.lowerDescendant, count: m.count })
      else if (m.distantKin) counted.distant.push(m.phrase)
      else problems.push(`«${m.phrase}» is not in the vocabulary`)
      continue
    }
    // «وجدتين»: two grandmothers whose side is not said are the mother's mother and the father's mother
    if (m.relation === 'maternal_grandmother' && m.count === 2 && m.assumed.some((a) => a.kind === 'maternal_grandmother')) {
      assumptions.push({ kind: 'both_grandmothers' })
      tally.add('maternal_grandmother', 1, m.barred)
      tally.add('paternal_grandmother', 1, m.barred)
      continue
    }
    assumptions.push(...m.assumed)
    let count = m.count
    if (count === undefined) {
      count = 3
      assumptions.push({ kind: 'count', phrase: m.phrase, count, relation: m.relation })
    }
    tally.add(m.relation, count, m.barred)
    if (m.missing) counted.missingGroups.push({ relation: m.relation, count, ...(m.barred ? { barred: m.barred } : {}) })
  }
  return counted
}

/** One group of missing heirs is divided for; missing heirs of two groups, or barred ones, are not modelled. */
function missingOf(groups: MentionsCounted['missingGroups'], problems: string[]): { relation: Relation; count: number } | undefined {
  const lines = new Set(groups.map((g) => g.relation))
  const missing = lines.size === 1 && !groups.some((g) => g.barred) ? { relation: groups[0]!.relation, count: groups.reduce((a, g) => a + g.count, 0) } : undefined
  if (groups.length > 0 && !missing) problems.push('missing heirs of more than one group')
  return missing
}

/** Kin who inherit only when no nearer heir is left: excluded (and said) beside one, else beyond the vocabulary. */
function beneathOthers(counted: MentionsCounted, heirs: ReadonlyMap<Relation, number>, assumptions: Assumption[], problems: string[]): void {
  // A male descendant excludes every descendant below him (Bukhari 6732: the nearest male)
  for (const { phrase } of counted.lower)
    if (heirs.has('son') || heirs.has('sons_son') || heirs.has('sons_sons_son')) assumptions.push({ kind: 'lower_descendant_excluded', phrase })
    else problems.push(`«${phrase}» is not in the vocabulary`)
  // The distant kindred inherit only when no sharer but a spouse and no residuary is left
  const sharerOrResiduary = excludesDistantKindred(heirs.keys())
  for (const phrase of counted.distant)
    if (sharerOrResiduary) assumptions.push({ kind: 'distant_kin_excluded', phrase })
    else problems.push(`«${phrase}» is not in the vocabulary`)
}
