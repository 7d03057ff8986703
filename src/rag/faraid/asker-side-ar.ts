import { type AskerKin, askerAsChild, deceasedSide, isGrandparent, isParentsSibling, sideSettled, survivingSpouse } from './asker-kin'
import type { Assumption } from './assumptions'
import type { Relation, Sex } from './relations'

/**
 * «توفي والدي وترك أمي وأنا (ابنه) وأختيّ», «توفي زوجي وترك لي ثلاثة أبناء»: a family told from the asker's
 * side, said again from the deceased's («توفي رجل وترك زوجة وابنا وبنتين») for the parser, each reading said
 * back as an assumption. The asker among the heirs with no sex said is a problem: guessing would change the
 * shares.
 */
export function arabicFromAskersSide(text: string): { text: string; assumptions: Assumption[]; problems: string[]; askerHeir?: Relation; parentsSibling?: true } | undefined {
  const death = DECEASED.exec(text)
  if (!death) return undefined
  const who = KIN[fold(death[2]!)]
  if (!who) return undefined
  // («توفي جدي لأبي»: the grandparent's side, said — not a word of the family)
  const side = GRANDPARENT_SIDE.exec(text.slice(death.index + death[0].length))
  const from = death.index + death[0].length + (side?.[0].length ?? 0)
  const said = side ? (/(ابي|أبي|والدي|الاب|الأب)$/.test(side[0].trim()) ? 'paternal' : 'maternal') : undefined
  const key = sideSettled(who.key, said, namedKin(text.slice(from))) ?? who.key
  const asker = askerSex(text, key)
  const assumptions: Assumption[] = []
  const problems: string[] = []
  // («توفي جدي وترك أبي وعمتين»: aunts with no «my» beside a grandparent's death — the asker's, his daughters, or
  // his own aunts? not guessed)
  // («توفي عمي وترك إخوته: أبي وعمين»: beside an uncle's death, the asker's other uncles or his own? not guessed either)
  if (key !== who.key || isParentsSibling(key)) for (const m of text.slice(from).matchAll(UNPOSSESSED_UNCLE)) problems.push(`«${m[1]}»: whose uncle or aunt is not said`)
  // («توفي عمي … وأبي متوفى», «واحنا عيال أخوه»: another death, or the asker's group, beside an uncle's death — the
  // asker's parent or the asker's kin through whom they come may be among them)
  if (isParentsSibling(key) && ((text.match(DIED_AR) ?? []).length > 1 || WE_AR.test(text))) problems.push("another death, or the asker's group, beside an uncle's or aunt's")
  // («توفيت جدتي لأمي … لم يبق إلا نحن أولاد أمي: ولد وبنت»: the asker's group beside a grandparent's death — through
  // which child? the reading has no place for them)
  if (isGrandparent(key) && WE_AR.test(text)) problems.push("the asker's group beside a grandparent's death")
  // («وانا وأخي وأختي … يعني احنا ولدين وبنتين»: the asker's group restated after the heirs were listed — counted twice,
  // or counted two ways)
  const listedAsker = /(?:^|[\s،,])و(?:انا|أنا)(?=$|[\s،,.])/.exec(text.slice(from))
  if (listedAsker && WE_COUNTED_AR.test(text.slice(from + listedAsker.index))) problems.push("the asker's group restated after the heirs")
  // («واخواتي الاتنين الولاد», «إخواتي البنات»: siblings whose sex is said after them, in speech — which are brothers
  // and which sisters is not read)
  if (SIBLINGS_SEXED_AFTER.test(text.slice(from))) problems.push('siblings whose sex is said after them')
  // («وأنا ابنته»: who the asker is, read like a bracket)
  const bracketed = text
    .slice(from)
    // («علما بأني بنته الوحيدة»: who the asker is, said apart — read by askerSex, not another heir)
    .replace(
      /(?:،\s*)?(?:علما|علماً)?\s*(?:بأني|باني|لأني|لاني|أني|اني|إني)\s+(?:ابنه|ابنها|ابنته|ابنتها|بنته|بنتها|أخوه|اخوه|أخوها|اخوها|أخته|اخته|أختها|اختها)(?:\s+(?:الوحيد|الوحيدة|الشقيق|الشقيقة))?(?=$|[\s،,.])/g,
      ' ',
    )
    // («وأنا زوجته الوحيدة»: the surviving spouse saying who they are)
    .replace(
      /((?:^|\s)و?(?:أنا|انا))\s+(ابنه|ابنها|ابنته|ابنتها|بنته|بنتها|أخوه|اخوه|أخوها|اخوها|أخته|اخته|أختها|اختها|ابن|بنت|ابنة|ولد|زوجته|زوجها)(?:\s+(?:الشقيق|الشقيقة|الوحيد|الوحيدة))?(?=$|[\s،,.])/g,
      '$1 ($2)',
    )
  // (whether the asker's brothers or sisters are named, and whether the asker is among the heirs listed)
  let siblingsNamed = false
  let askerListed = false
  // (the one-word kin said so far: «وترك أمي وأختي، وأختي متزوجة» names one sister twice)
  const named = new Set<string>()
  // (the asker's brother or sister just placed as the deceased's child)
  let childPlaced = false
  const heirs = bracketed.replace(WORD, (all, before: string, conjunction: string, said: string, after: string, offset: number) => {
    const { and, word } = wordOf(conjunction, said)
    const folded = fold(word)
    const kin = KIN[folded]
    // («وأخي الشقيق» beside a parent's death: the line is the asker's, said of a child of the deceased — not «ابن
    // الشقيق», a brother's son)
    const lineOfChild = childPlaced && !and && /^(?:ال)?(?:شقيق|شقيقة|شقيقه|شقيقين|شقيقتين|شقيقان|شقيقتان|اشقاء|شقيقات)$/.test(folded)
    childPlaced = false
    if (lineOfChild) return `${before}${after}`
    if (kin?.key === 'brother' || kin?.key === 'sister' || UNPOSSESSED_SIBLING[folded.replace(/^ال/, '')]) siblingsNamed = true
    // («وأنا ذكر», «أنا امرأة»: who the asker is, said apart — not the asker listed again)
    if (folded === 'انا' && /^\s+(ذكر|أنثى|انثى|رجل|امرأة|امراة|فتاة|شاب)(?=$|[\s،,.])/.test(bracketed.slice(offset + all.length))) return all
    // («… ما نصيب أخي؟ وأنا بنت»: said after the question, who the asker is — not one more heir listed)
    if (folded === 'انا' && /[?؟]/.test(bracketed.slice(0, offset))) return all
    // («ما نصيبي أنا؟»: the asker in the question, asking — not listed among the heirs)
    if (folded === 'انا' && /^\s*[?؟]/.test(after + bracketed.slice(offset + all.length))) return all
    // («وساب امي وانا واخويا، انا بنت»: the asker listed, then saying who they are — one person)
    if (folded === 'انا' && askerListed) return `${before}${after.replace(BRACKET_SEX, '')}`
    if (folded === 'انا') {
      askerListed = true
      // (alef forms folded only: `fold` would write «ابنة», a daughter, as «ابنه», his son)
      const bracket = BRACKET_SEX.exec(after)?.[1]
      const sex = bracket ? (MALE_SAID.test(bracket.replace(/[أإآ]/g, 'ا')) ? 'male' : 'female') : asker
      const target = sex && deceasedSide(key, 'me', sex)
      if (!target) {
        problems.push(`«${word}»: the asker's own relation to the deceased is not said`)
        return all
      }
      // («وأنا زوجته الوحيدة»: the surviving spouse, added as the asker below wherever this is said)
      if (bracket && /^زوج/.test(bracket) && target === survivingSpouse(key)) return `${before}${after.replace(BRACKET_SEX, '')}`
      assumptions.push({ kind: 'asker_side', phrase: word, relation: target })
      return `${before}${and}${NOUN[target]}${after.replace(BRACKET_SEX, '')}`
    }
    // («توفي زوجي وترك … أطفالنا الثلاثة»: the deceased's children, of no stated sex — for the parser to keep apart)
    if (!kin && (folded === 'اطفالنا' || folded === 'اطفالي') && survivingSpouse(key)) return `${before}${and}أطفال${after}`
    if (!kin) {
      // «توفي والدي وترك أمي وأنا وأخي وأختين»: siblings with no «my» beside a parent's death are the asker's, the
      // deceased's children (his own would be the asker's uncles and aunts); beside a sibling's or a spouse's
      // death they are the deceased's, as read
      const sibling = UNPOSSESSED_SIBLING[folded.replace(/^ال/, '')]
      if (!sibling || (key !== 'father' && key !== 'mother')) return all
      // («وعندها أخت شقيقة (خالتي)»: kin she has — the deceased's own sister, not the asker's)
      if (/(?:^|\s)و?(?:عنده|عندها|عندو|له|لها|الو|إلو|الها|إلها)\s*$/.test(bracketed.slice(0, offset))) {
        problems.push(`«${word}»: the deceased's sibling, named from the asker's side`)
        return all
      }
      const target = sibling.sex === 'male' ? 'son' : 'daughter'
      assumptions.push({ kind: 'asker_side', phrase: word, relation: target })
      return `${before}${and}${sibling.many === 2 ? DUAL[target] : sibling.many === 'many' ? PLURAL[target] : NOUN[target]}${after}`
    }
    // («… وأنا (ابنه). كم نصيب أخي؟»: kin asked about — the same as kin told outside the question, or kin the family
    // told leaves out, whose shares would be wrong)
    if (inQuestion(bracketed, offset + all.length)) {
      // («ما نصيب أبي (أحد الابنين)؟»: said to be one of the heirs listed)
      const oneOfThem = /^\s*\(\s*(?:أحد|احد|إحدى|احدى)(?=$|[\s،,.])/.test(after)
      if (!oneOfThem && !namedKin(outsideQuestions(bracketed)).includes(kin.key)) problems.push(`«${word}»: named only in the question`)
      return all
    }
    // («وأختنا لأبينا», «وأخي من أمي»: a half-sibling of the asker, whose line to the deceased depends on the asker's own — not guessed)
    if ((kin.key === 'brother' || kin.key === 'sister') && ASKERS_LINE.test(bracketed.slice(offset + all.length))) {
      problems.push(`«${word}»: a half-sibling named from the asker's side`)
      return all
    }
    const target = deceasedSide(key, kin.key, asker)
    // (a relation the parser has no words for here is left as said, for it to refuse)
    if (!target || !NOUN[target]) return all
    // «وأخي يرفض إعطائي نصيبي» after «وترك أمي وأخي»: one kinsman said again is the one already named — written
    // with the article, which the parser reads as him («والابن يرفض»), not as one more
    const again = kin.many === 1 && named.has(folded) && !NOUN[target]!.includes(' ')
    named.add(folded)
    if (again) return `${before}${and}ال${NOUN[target]}${after}`
    // («وإخوتنا من الأم»: the line said after the asker's siblings is theirs — not made full ones)
    if ((target === 'full_brother' || target === 'full_sister') && LINE_SAID_AFTER.test(after + bracketed.slice(offset + all.length))) {
      const bare = target === 'full_brother' ? ['أخ', 'أخوين', 'إخوة'] : ['أخت', 'أختين', 'أخوات']
      return `${before}${and}${bare[kin.many === 1 ? 0 : kin.many === 2 ? 1 : 2]}${after}`
    }
    assumptions.push({ kind: 'asker_side', phrase: word, relation: target })
    childPlaced = (target === 'son' || target === 'daughter') && (kin.key === 'brother' || kin.key === 'sister')
    return `${before}${and}${kin.many === 2 ? DUAL[target] : kin.many === 'many' ? PLURAL[target] : NOUN[target]}${after}`
  })
  // («توفي والدي»: who died, said in the general words the parser reads)
  const told = `${text.slice(0, death.index)}${death[1]} ${who.sex === 'female' ? 'امرأة' : 'رجل'}`
  // «توفي زوجي وترك لي ثلاثة أبناء»: the asker, the surviving spouse, is an heir even when not listed
  const spouse = survivingSpouse(key)
  let askerHeir = spouse && !assumptions.some((a) => 'relation' in a && a.relation === spouse) ? spouse : undefined
  if (askerHeir) assumptions.push({ kind: 'asker_spouse', relation: askerHeir })
  // «توفي والدي وترك أمي وأخي وأختي»: the asker's brothers and sisters are his children, and so is the asker — counted
  // when the asker's sex is said («وأنا ذكر», «علما بأني بنته»), the case refused otherwise; not when the asker is
  // listed («وأنا») or speaks for them («نحن»)
  // (and with no child of the deceased named at all, «توفي أبي وترك أمي وعمي»: the asker, his child, inherits all the same)
  const childless = !siblingsNamed && !CHILD_WORDS_AR.test(text.slice(from))
  const child = (siblingsNamed || childless) && !askerListed && !/(?:^|\s)(?:نحن|ونحن)(?=$|[\s،,.])/.test(text) ? askerAsChild(key, asker) : undefined
  if (child && 'relation' in child) {
    askerHeir = child.relation
    assumptions.push({ kind: 'asker_child', relation: child.relation })
  } else if (child) problems.push(child.problem)
  return { text: `${told}${heirs}`, assumptions, problems, ...(askerHeir ? { askerHeir } : {}), ...(isParentsSibling(key) ? { parentsSibling: true as const } : {}) }
}

type Key = AskerKin
type Many = 1 | 2 | 'many'

/** «من الأم», «لأب», «الأشقاء»: a sibling's line said after him in the deceased's words, for the parser to read. */
const LINE_SAID_AFTER = /^\s*(?:من\s+(?:ال)?(?:أب|اب|أم|ام)(?=$|[\s،,.])|ل(?:ل)?(?:أب|اب|أم|ام)(?=$|[\s،,.])|(?:ال)?(?:أشقاء|اشقاء|شقيق|شقيقة|شقيقات|شقيقين|شقيقتين)(?=$|[\s،,.]))/

/** «لأبي», «من أمنا», «لأبينا»: the asker's parent through whom a sibling is one, said after the sibling. */
const ASKERS_LINE = /^\s*(?:ل|من\s+)(?:أبي|ابي|أبينا|ابينا|والدي|أمي|امي|أمنا|امنا|والدتي)(?=$|[\s،,.؟?])/

const fold = (w: string) => w.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ؤ/g, 'و').replace(/ة$/, 'ه')

const KIN: Record<string, { key: Key; sex: Sex; many: Many }> = {
  ابي: { key: 'father', sex: 'male', many: 1 },
  والدي: { key: 'father', sex: 'male', many: 1 },
  ابونا: { key: 'father', sex: 'male', many: 1 },
  // (the same «our father» after a verb or a preposition: «وترك أبانا», «لأبينا»)
  ابانا: { key: 'father', sex: 'male', many: 1 },
  ابينا: { key: 'father', sex: 'male', many: 1 },
  والدنا: { key: 'father', sex: 'male', many: 1 },
  والدتنا: { key: 'mother', sex: 'female', many: 1 },
  امي: { key: 'mother', sex: 'female', many: 1 },
  والدتي: { key: 'mother', sex: 'female', many: 1 },
  امنا: { key: 'mother', sex: 'female', many: 1 },
  زوجي: { key: 'husband', sex: 'male', many: 1 },
  زوجتي: { key: 'wife', sex: 'female', many: 1 },
  اخي: { key: 'brother', sex: 'male', many: 1 },
  اخوي: { key: 'brother', sex: 'male', many: 2 },
  اخواي: { key: 'brother', sex: 'male', many: 2 },
  اخوتي: { key: 'brother', sex: 'male', many: 'many' },
  اخواني: { key: 'brother', sex: 'male', many: 'many' },
  // (ours: «وأختنا», «وأخونا», «وإخوتنا» — said by one of several siblings)
  اخونا: { key: 'brother', sex: 'male', many: 1 },
  اخانا: { key: 'brother', sex: 'male', many: 1 },
  اخينا: { key: 'brother', sex: 'male', many: 1 },
  اخوتنا: { key: 'brother', sex: 'male', many: 'many' },
  اخواننا: { key: 'brother', sex: 'male', many: 'many' },
  اختنا: { key: 'sister', sex: 'female', many: 1 },
  اخواتنا: { key: 'sister', sex: 'female', many: 'many' },
  اختي: { key: 'sister', sex: 'female', many: 1 },
  اختاي: { key: 'sister', sex: 'female', many: 2 },
  اخواتي: { key: 'sister', sex: 'female', many: 'many' },
  ابني: { key: 'son', sex: 'male', many: 1 },
  ابنائي: { key: 'son', sex: 'male', many: 'many' },
  اولادي: { key: 'son', sex: 'male', many: 'many' },
  ابنتي: { key: 'daughter', sex: 'female', many: 1 },
  بنتي: { key: 'daughter', sex: 'female', many: 1 },
  بناتي: { key: 'daughter', sex: 'female', many: 'many' },
  // («توفي زوجي وترك ابننا وأنا»: the children the asker had with the deceased)
  ابننا: { key: 'son', sex: 'male', many: 1 },
  ابنانا: { key: 'son', sex: 'male', many: 2 },
  ابنينا: { key: 'son', sex: 'male', many: 2 },
  ابناونا: { key: 'son', sex: 'male', many: 'many' },
  ابنائنا: { key: 'son', sex: 'male', many: 'many' },
  ابناءنا: { key: 'son', sex: 'male', many: 'many' },
  اولادنا: { key: 'son', sex: 'male', many: 'many' },
  ابنتنا: { key: 'daughter', sex: 'female', many: 1 },
  بنتنا: { key: 'daughter', sex: 'female', many: 1 },
  ابنتانا: { key: 'daughter', sex: 'female', many: 2 },
  ابنتينا: { key: 'daughter', sex: 'female', many: 2 },
  بنتانا: { key: 'daughter', sex: 'female', many: 2 },
  بنتينا: { key: 'daughter', sex: 'female', many: 2 },
  بناتنا: { key: 'daughter', sex: 'female', many: 'many' },
  // (a spouse's parents: the deceased spouse's own)
  حماتي: { key: 'mother_in_law', sex: 'female', many: 1 },
  حماي: { key: 'father_in_law', sex: 'male', many: 1 },
  // (Egyptian «حمايا», «حمويا»: my father-in-law)
  حمايا: { key: 'father_in_law', sex: 'male', many: 1 },
  حمويا: { key: 'father_in_law', sex: 'male', many: 1 },
  حمي: { key: 'father_in_law', sex: 'male', many: 1 },
  // (a grandparent's heirs may be named from their own side, «توفيت جدتي وتركت ثلاثة أبناء», or from the asker's,
  // «وتركت جدي وأبي وعمتي», which says the side; so an uncle's or an aunt's, «توفي عمي وترك زوجته وأبي»)
  جدي: { key: 'grandfather', sex: 'male', many: 1 },
  جدتي: { key: 'grandmother', sex: 'female', many: 1 },
  عمي: { key: 'paternal_uncle', sex: 'male', many: 1 },
  اعمامي: { key: 'paternal_uncle', sex: 'male', many: 'many' },
  عمتي: { key: 'paternal_aunt', sex: 'female', many: 1 },
  عماتي: { key: 'paternal_aunt', sex: 'female', many: 'many' },
  خالي: { key: 'maternal_uncle', sex: 'male', many: 1 },
  اخوالي: { key: 'maternal_uncle', sex: 'male', many: 'many' },
  خالتي: { key: 'maternal_aunt', sex: 'female', many: 1 },
  خالاتي: { key: 'maternal_aunt', sex: 'female', many: 'many' },
}

/** «وعم», «وخالتين», «والأعمام»: an uncle or an aunt with no «my». */
const UNPOSSESSED_UNCLE = /(?:^|[\s،,(])و?((?:ال)?(?:عم|عمة|عمان|عمين|عمتان|عمتين|أعمام|اعمام|عمات|خال|خالة|خالان|خالين|خالتان|خالتين|أخوال|اخوال|خالات))(?=$|[\s،,.:)])/g

/** «جدي لأبي», «جدتي من جهة أمي», «جدي والد أمي»: the side a grandparent is on, said after them. */
const GRANDPARENT_SIDE = /^\s*(?:ل|من\s+(?:جهة|ناحية|طرف)\s+|(?:والد|والدة|أبو|ابو|أم|ام)\s+)(?:أبي|ابي|والدي|الأب|الاب|أمي|امي|والدتي|الأم|الام)(?=$|[\s،,.:])/

/** A word after its «و», and the «و» when it is a conjunction rather than the word's own («والدي»). */
function wordOf(conjunction: string, said: string): { and: string; word: string } {
  const own = conjunction !== '' && KIN[fold(conjunction + said)] !== undefined
  if (own) return { and: '', word: conjunction + said }
  // («وترك إلي ولبنتي»: «ل» (to) before the asker's child or spouse — the kinsman left to, an heir; not before a
  // parent, where «لأمي», «لأبي» say a line)
  const to = /^ل/.test(said) && KIN[fold(said)] === undefined ? KIN[fold(said.slice(1))] : undefined
  if (to && TO_KIN.has(to.key)) return { and: conjunction, word: said.slice(1) }
  return { and: conjunction, word: said }
}

/** The asker's kin who may be named after «ل» (left to): children and a spouse. */
const TO_KIN = new Set(['son', 'daughter', 'husband', 'wife'])

/** Children of the deceased named from his side («وثلاثة أبناء», «وأولاده»): the asker may be among them. */
const CHILD_WORDS_AR = /ابن|أبناء|ابناء|بنت|بنات|ولد|أولاد|اولاد|ولاد|عيال|أطفال|اطفال|ذكور|إناث|اناث/

/** Whether the clause at `at` is the question (it ends with «؟»: «…، كم نصيب أخي؟»). */
const inQuestion = (text: string, at: number): boolean => /^[^.!؟?\n،,]*[؟?]/.test(text.slice(at))

/** The text without its question clauses. */
const outsideQuestions = (text: string): string => text.replace(/[^.!؟?\n،,]*[؟?]/g, ' ')

/** The asker's kin named among the heirs, before any is placed (a grandparent's side depends on them). */
function namedKin(heirs: string): AskerKin[] {
  return [...heirs.matchAll(WORD)].flatMap((m) => {
    const [, , conjunction, said] = m as unknown as [string, string, string, string]
    const kin = KIN[fold(wordOf(conjunction, said).word)]
    return kin ? [kin.key] : []
  })
}

/** «توفي والدي», «توفيت أمي رحمها الله», «توفي أخي الأكبر»: the deceased named from the asker's side. */
const DECEASED =
  /(توفي|توفيت|توفى|مات|ماتت)\s+(والدي|أبي|ابي|والدتي|أمي|امي|والدنا|أبونا|ابونا|والدتنا|أمنا|امنا|زوجي|زوجتي|أخي|اخي|أختي|اختي|جدي|جدتي|عمي|عمتي|خالي|خالتي)(?:\s+(?:الأكبر|الاكبر|الأصغر|الاصغر|الكبير|الكبيرة|الكبرى|الصغير|الصغيرة|الصغرى))?(?=$|[\s،,.:])/
/** A word with what precedes and follows it, «و» apart. */
const WORD = /(^|[\s،,:(])(و?)([^\s،,.:()؟?]+)((?:\s*\([^()]*\))?)/g
/** «وأنا (ابنه)», «وأنا (بنت)», «وأنا (أخوه الشقيق)»: the asker's sex, in a bracket after «أنا». */
const BRACKET_SEX =
  /^\s*\(\s*(ابنه|ابنها|ابن|ولد|ذكر|أخوه|اخوه|أخوها|اخوها|ابنته|ابنتها|بنته|بنتها|بنت|ابنة|انثى|أنثى|انثي|أخته|اخته|أختها|اختها|زوجته|زوجها)(?:\s+(?:الشقيق|الشقيقة))?\s*\)(?:\s+(?:الوحيد|الوحيدة)(?=$|[\s،,.]))?/
const MALE_SAID = /^(ابنه|ابنها|ابن|ولد|ذكر|اخوه|اخوها|زوجها)$/
/** «وأخت», «وأخوين», «وإخوة»: a sibling with no «my», in an asker-side story. */
const UNPOSSESSED_SIBLING: Record<string, { sex: Sex; many: Many }> = {
  اخ: { sex: 'male', many: 1 },
  اخا: { sex: 'male', many: 1 },
  اخت: { sex: 'female', many: 1 },
  اختا: { sex: 'female', many: 1 },
  اخوان: { sex: 'male', many: 2 },
  اخوين: { sex: 'male', many: 2 },
  اختان: { sex: 'female', many: 2 },
  اختين: { sex: 'female', many: 2 },
  اخوه: { sex: 'male', many: 'many' },
  اخوات: { sex: 'female', many: 'many' },
}

/** «أنا امرأة», «وأنا ابنته», «أنا رجل»: who the asker is, when said apart from a bracket. */
function askerSex(text: string, deceased: Key): Sex | undefined {
  if (deceased === 'husband') return 'female'
  if (deceased === 'wife') return 'male'
  const said =
    /(?:^|\s)و?(?:أنا|انا|أني|اني|بأني|باني|إني|لأني|لاني)\s+(رجل|امرأة|امراة|ذكر|أنثى|انثى|شاب|فتاة|ابن|ولد|بنت|ابنة|ابنه|ابنها|ابنته|ابنتها|بنته|بنتها|أخوه|اخوه|أخوها|اخوها|أخته|اخته|أختها|اختها)(?=$|[\s،,.])/.exec(
      text,
    )
  if (!said) return undefined
  return /^(رجل|ذكر|شاب|ابن|ولد|ابنه|ابنها|أخوه|اخوه|أخوها|اخوها)$/.test(said[1]!) ? 'male' : 'female'
}

/** The words the parser reads for each relation, one, two or several. */
const NOUN: Partial<Record<Relation, string>> = {
  wife: 'زوجة',
  husband: 'زوج',
  son: 'ابن',
  daughter: 'بنت',
  father: 'أب',
  mother: 'أم',
  full_brother: 'أخ شقيق',
  full_sister: 'أخت شقيقة',
  full_brothers_son: 'ابن أخ شقيق',
  brothers_daughter: 'بنت أخ',
  sisters_son: 'ابن أخت',
  sisters_daughter: 'بنت أخت',
}
const DUAL: Partial<Record<Relation, string>> = {
  son: 'ابنين',
  daughter: 'بنتين',
  full_brother: 'أخوين شقيقين',
  full_sister: 'أختين شقيقتين',
  full_brothers_son: 'ابني أخ شقيق',
  brothers_daughter: 'بنتي أخ',
  sisters_son: 'ابني أخت',
  sisters_daughter: 'بنتي أخت',
}
const PLURAL: Partial<Record<Relation, string>> = {
  son: 'أبناء',
  daughter: 'بنات',
  full_brother: 'إخوة أشقاء',
  full_sister: 'أخوات شقيقات',
  full_brothers_son: 'أبناء أخ شقيق',
  brothers_daughter: 'بنات أخ',
  sisters_son: 'أبناء أخت',
  sisters_daughter: 'بنات أخت',
}

/** A death said: «توفي», «ماتت», «متوفى», «ميتين», «توفيا». */
const DIED_AR = /(?:^|[\s،,.(])و?(?:توفي|توفيت|توفى|توفت|اتوفى|مات|ماتت|ماتوا|توفيا|توفوا|متوفى|متوفي|متوفية|متوفاة|متوفين|متوفيين|متوفيان|ميت|ميتة|ميتين)(?=$|[\s،,.):؟?])/g
/** «نحن», «احنا», «وحنا»: the asker speaking for a group. */
const WE_AR = /(?:^|[\s،,.(])و?(?:نحن|نحنا|احنا|إحنا|حنا)(?=$|[\s،,.):؟?])/
/** «يعني احنا ولدين وبنتين», «ونحن ٣ بنات»: the asker's group, counted. */
const WE_COUNTED_AR = new RegExp(`${WE_AR.source}\\s+(?:كلنا\\s+)?(?:[\\d٠-٩]|ولد|بنت|اولاد|أولاد|اخو|أخو|اخت|أخت|اتنين|اثنين|ثلاث|تلات|اربع|أربع|خمس|ست|سبع)`)
/** «اخواتي الاتنين الولاد», «إخواتي البنات»: a sibling plural, then the sex of those meant (spoken). */
const SIBLINGS_SEXED_AFTER =
  /(?:اخوات|إخوات|أخوات|اخوة|إخوة|أخوة|اخوت)(?:ي|ه|ها|و)?\s+(?:(?:ال)?(?:اتنين|اثنين|تلاتة|ثلاثة|تلات|ثلاث|اربعة|أربعة)\s+)?(?:الولاد|الاولاد|الأولاد|الصبيان|البنات|الذكور|الإناث|الاناث)(?=$|[\s،,.])/

/**
 * «ما نصيب الزوجة إذا توفي زوجها وترك ابنا؟», «كم يرث الابن إذا ماتت أمه عن زوج وبنت؟»: the heir asked about names
 * who died through himself; said again as a family and its question («توفي رجل عن زوجة، ابنا؟ ما نصيب الزوجة؟»)
 * with the heir among the others.
 */
export function arabicThroughHeir(text: string): string | undefined {
  const m = THROUGH.exec(text)
  if (!m) return undefined
  const [, question, asked, verb, through, , rest] = m as unknown as [string, string, string, string, string, string, string]
  const place = THROUGH_PLACE[fold(through)]
  const heir = place?.[fold(asked).replace(/^ال/, '')]
  if (!place || !heir) return undefined
  // (the question after the family, for what is asked: «… ، وابن؟ ما نصيب الزوجة؟»)
  return `${verb} ${place.deceased === 'female' ? 'امرأة' : 'رجل'} عن ${heir}، ${rest}؟ ${question} ${asked}؟`
}

const THROUGH = /(ما نصيب|ما هو نصيب|كم نصيب|كم يرث|كم ترث|ماذا يرث|ماذا ترث|هل يرث|هل ترث)\s+(ال\S+)\s+(?:إذا|اذا|لو|عندما|حين)\s+(توفي|توفيت|مات|ماتت)\s+(\S+?)(\s+(?:و?ترك|و?تركت|عن))\s+([^؟?]+)/
/** Who died, named through the heir asked about, and what that heir is to them by the heir's own word. */
const THROUGH_PLACE: Record<string, { deceased: Sex } & Record<string, string>> = {
  زوجها: { deceased: 'male', زوجه: 'زوجة', زوجة: 'زوجة', ارمله: 'زوجة' },
  زوجته: { deceased: 'female', زوج: 'زوج' },
  ابوها: { deceased: 'male', بنت: 'بنت', ابنه: 'بنت', ابنة: 'بنت' },
  والدها: { deceased: 'male', بنت: 'بنت', ابنه: 'بنت', ابنة: 'بنت' },
  ابوه: { deceased: 'male', ابن: 'ابن' },
  والده: { deceased: 'male', ابن: 'ابن' },
  امها: { deceased: 'female', بنت: 'بنت', ابنه: 'بنت', ابنة: 'بنت' },
  امه: { deceased: 'female', ابن: 'ابن' },
  ابنها: { deceased: 'male', ام: 'أم' },
  ابنه: { deceased: 'male', اب: 'أب' },
  اخوها: { deceased: 'male', اخت: 'أخت' },
  اخوه: { deceased: 'male', اخ: 'أخ' },
  اختها: { deceased: 'female', اخت: 'أخت' },
  اخته: { deceased: 'female', اخ: 'أخ' },
}
