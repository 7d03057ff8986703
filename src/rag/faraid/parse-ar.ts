import { numberAt } from './arabic-numbers'
import { type Assumption, dedupeAssumptions } from './assumptions'
import { arabicWordsOf } from './arabic-text'
import {
  ASKERS_KIN,
  BRACKET,
  barrierAt,
  CLOSE,
  FULL,
  GLOSS,
  HEADS,
  type Head,
  IGNORED,
  isQualifier,
  type Many,
  NEGATIONS,
  OWNERS,
  plain,
  SEXES,
  TO_FATHER,
  TO_MOTHER,
  UNSUPPORTED,
} from './parse-ar-words'
import { readPregnancy, unbornOf } from './parse-pregnancy'
import type { Outcome, Unborn } from './pregnancy'
import { heirTally } from './heir-tally'
import { type Barrier, DISTANT_KINDRED, FEMALE, type Relation, type Sex } from './relations'

export interface ParsedFamily {
  deceased?: Sex
  heirs: { relation: Relation; count: number; barred?: Barrier }[]
  /** What was taken for granted: a count not stated, a sibling taken as full, the deceased's sex. */
  assumptions: Assumption[]
  /** Why the family cannot be computed (an unsupported status or an unrecognised kinsman). */
  problems: string[]
  /** «وله فرع وارث»: a descendant heir of no stated kind; an answer must hold whoever it is. */
  anyDescendant?: boolean
  /** Full kin the family says may be paternal instead («أخت شقيقة أو من الأب»): an answer must hold for both. */
  either?: Relation[]
  /** A child not yet born who may inherit («وزوجته حامل»), as the male heir it would be. */
  unborn?: Unborn
  /** What the unborn turned out to be, when the family says it («وتبين أن الحمل ذكر»). */
  unbornOutcome?: Outcome
}

interface Mention {
  relation: Relation | undefined
  count: number | undefined
  /** The phrase as found, for messages. */
  phrase: string
  assumed: Assumption[]
  /** Word index after the phrase. */
  end: number
  /** A sibling named with no line and no genitive («الإخوة»), which a conjoined sibling's line may qualify. */
  lineless?: Head
  /** The line a sibling was named with. */
  line?: Line
  /** A descendant through sons below the son's son («ابن ابن الابن», «بنت ابن ابن»): his generation and sex. */
  lowerDescendant?: { generation: number; male: boolean }
  /** A kinsman of the distant kindred the vocabulary lacks («بنت عم», «ابن أخ لأم»). */
  distantKin?: boolean
  /** The female counterpart named with it («أبناء ذكورا وإناثا»: daughters too). */
  alsoFemale?: Relation
  /** What bars him from inheriting, said right after him («أم قاتلة», «ابن غير مسلم»). */
  barred?: Barrier
  /** A kinsman's spouse («زوج أخته», «زوجة ابنه»): kin by marriage, no heir. */
  notKin?: boolean
}
const FEMALE_OF: Partial<Record<Relation, Relation>> = {
  son: 'daughter',
  sons_son: 'sons_daughter',
  full_brother: 'full_sister',
  paternal_brother: 'paternal_sister',
  maternal_brother: 'maternal_sister',
}
const SEX_WORDS = /^(ذكور|ذكورا|اناث|اناثا)$/
type Line = 'full' | 'paternal' | 'maternal'

/** A leading «و» (and) or «ال» (the) off a word, when what is left is a kinship noun. */
function headOf(word: string): [Head, Many] | undefined {
  for (const w of [word, word.replace(/^و/, ''), word.replace(/^(و?)(ال|لل)/, ''), word.replace(/^(و?)ل/, '')]) {
    if (HEADS[w]) return HEADS[w]
    for (const stem of unpossessed(w)) if (HEADS[stem]) return HEADS[stem]
    // «وخالًا», «وعمةً»: the accusative of a singular noun
    const accusative = HEADS[w.replace(/ا$/, '')] ?? HEADS[w.replace(/ة$/, 'ة').replace(/تا$/, 'ة')]
    if (/ا$/.test(w) && accusative?.[1] === 1 && !FULL.has(w.replace(/ا$/, ''))) return accusative
  }
  return undefined
}

/**
 * «ابنيها», «اختيها», «زوجتها», «ابنائها», «اخيها»: a kinship noun with its possessive suffix, as the nouns it may
 * come from (a dual's «ن» and a feminine «ة» come back; «اخي»/«ابي» are «اخ»/«اب» in construct).
 */
function unpossessed(w: string): string[] {
  const m = /^(.{2,}?)(ه|ها)$/.exec(w)
  if (!m) return []
  const stem = m[1]!
  return [stem, stem.replace(/ت$/, 'ة'), `${stem}ن`, stem.replace(/ئ$/, 'ء'), stem.replace(/ي$/, '')]
}

/** The kinship phrase at word `i` («ابن أخ شقيق», «بنت ابن», «جدة لأم», «عم (أخ للأب من الأب)»), if any. */
function mentionAt(words: readonly string[], i: number): Mention | undefined {
  const head = headOf(words[i]!)
  if (!head) return undefined
  const [kind, many] = head
  const assumed: Assumption[] = []
  let j = i + 1
  let line: Line | undefined = /شقيق/.test(words[i]!) ? 'full' : undefined
  let of: Head | undefined
  // «ابن ابن الأخ», «ابن ابن العم»: the grandson of a brother or an uncle, an agnate one generation further
  let of2: Head | undefined
  // A genitive kinsman: «ابن ابن», «بنت الأخ», «أم الأب», «بنتين لأولاده»
  // («الأولاد (الابنين والبنات)»: a bracket opens a gloss, not a genitive)
  const next = words[j] === undefined || words[j] === '|' || isBracket(words[j]) ? undefined : headOf(words[j]!)
  // («ابنة ولد»: «ولد» begins with the letter of «و» but is one word, the son)
  const conjoined = (w: string) => /^و/.test(w) && !HEADS[w]
  // «زوج أخته», «زوجة ابنه», «زوجة أبيه»: a kinsman's spouse, kin by marriage only («زوجة، أم أولاده» is not one)
  if (next && (kind === 'husband' || kind === 'wife') && next[0] !== 'mother' && /^و?(زوج|زوجة)$/.test(words[i]!) && !conjoined(words[j]!)) {
    const end = mentionAt(words, j)?.end ?? j + 1
    return {
      relation: undefined,
      count: undefined,
      phrase: words
        .slice(i, end)
        .join(' ')
        .replace(/^و(?=زوج)/, ''),
      assumed,
      end,
      notKin: true,
    }
  }
  if (next && ['son', 'daughter', 'father', 'mother'].includes(kind) && !conjoined(words[j]!)) {
    of = next[0]
    j++
    // «ابن ابن الابن»: the third generation through sons is in the vocabulary; a fourth is not, and only a nearer
    // male descendant, who excludes it, lets the case be computed without it
    const deeper = (k: number) => (words[k] === undefined || words[k] === '|' || /^و/.test(words[k]!) ? undefined : headOf(words[k]!))
    const further = deeper(j)
    if (further && (further[0] === 'son' || further[0] === 'daughter') && (of === 'son' || of === 'daughter')) {
      let end = j + 1
      let throughSons = of === 'son' && further[0] === 'son'
      for (let next = deeper(end); next && (next[0] === 'son' || next[0] === 'daughter'); next = deeper(++end)) throughSons &&= next[0] === 'son'
      // «ابن ابن ابن العم»: the chain goes on to another kinsman — not a descendant of the deceased
      if (deeper(end) && !isQualifier(words[end]!)) return { relation: undefined, count: undefined, phrase: words.slice(i, end + 1).join(' '), assumed, end: end + 1 }
      const generation = end - i
      // «(ابن ابن الابن) العدد 2»
      let stated: number | undefined = /^و?ابنا$/.test(words[i]!) ? 2 : many === 'many' ? undefined : many
      let after = isBracket(words[end]) ? end + 1 : end
      const n = words[after] === 'العدد' ? numberAt(words, after + 1) : undefined
      if (n) {
        stated = n.value
        after += 1 + n.length
      } else after = end
      const phrase = words.slice(i, end).join(' ')
      if (throughSons && generation === 3) return { relation: kind === 'son' ? 'sons_sons_son' : 'sons_sons_daughter', count: stated, phrase, assumed, end: after }
      return { relation: undefined, count: stated, phrase, assumed, end: after, ...(throughSons ? { lowerDescendant: { generation, male: kind === 'son' } } : { distantKin: true }) }
    }
    // «ابن عم الأب», «بنت ابن العم», «ابن بنت عم»: a kinsman of a kinsman of a kinsman, beyond the vocabulary — of the
    // distant kindred when a woman heads or links the chain, else an agnate the vocabulary lacks
    const agnate = kind === 'son' && of === 'son' && (further?.[0] === 'brother' || further?.[0] === 'uncle') && !isQualifier(words[j]!)
    if (agnate && !(deeper(j + 1) && !isQualifier(words[j + 1]!))) {
      of2 = further![0]
      j++
    } else if (further && !isQualifier(words[j]!)) {
      const female = kind === 'daughter' || [of, further[0]].some((k) => k === 'daughter' || k === 'sister' || k === 'mother' || k === 'paternal_aunt' || k === 'maternal_aunt')
      const end = agnate ? j + 2 : j + 1
      return { relation: undefined, count: undefined, phrase: words.slice(i, end).join(' '), assumed, end, ...(female ? { distantKin: true } : {}) }
    }
  }
  // «عم الأب», «عم أب لأب»: the father's uncle, an agnate; «خال الأم», «عمة الأب»: an uncle or aunt of a parent,
  // beyond the vocabulary (not a qualifier: «عم شقيق»)
  const parentsUncle = next?.[0] === 'father' && kind === 'uncle'
  if (next && ['uncle', 'paternal_aunt', 'maternal_uncle', 'maternal_aunt'].includes(kind) && !/^و/.test(words[j]!) && !isQualifier(words[j]!) && next[0] !== 'brother') {
    if (!parentsUncle) return { relation: undefined, count: undefined, phrase: words.slice(i, j + 1).join(' '), assumed, end: j + 1 }
    of = 'father'
    j++
  }
  let count: number | undefined
  const sexes = new Set<'male' | 'female'>()
  const nounEnd = j
  for (let k = 0; k < 6 && j < words.length; k++) {
    const w = words[j]!
    // «وأم وشقيقين وشقيقة»: «و» before «شقيق» joins a new sibling, it qualifies no one before it
    if (/^و/.test(w) && FULL.has(plain(w)) && headOf(w)) break
    if (isBracket(w)) {
      // («أولاد ابن (ذكر وأنثى)»: the bracket counts his children by sex, for the caller to read)
      // (after its line, «أولاد عمه الأشقاء (رجل وثلاث بنات)», but not after a bracket or a count of its own)
      if (w === BRACKET && count === undefined && !words.slice(nounEnd, j).some(isBracket) && kind === 'son' && many !== 1 && sexesIn(words, j + 1)) break
      j++
    } else if (/^(اخر|اخري|اخرين|اخريين|اخريات|اخرون|الاخري|الاخر)$/.test(w) && ['son', 'daughter', 'brother', 'sister'].includes(kind) && words[i - 1] !== 'من') {
      // «ابنة، ابنة أخرى», «وأختا أخرى لأب»: one more of the same kin (not «من زوج آخر», «من أم أخرى»: a spouse's)
      j++
    } else if (w === 'من' && /^(جهة|قبل)$/.test(words[j + 1] ?? '') && /^(ال)?(اب|ام)$/.test(words[j + 2] ?? '')) {
      // «من جهة الأب», «من جهة الأم», «من قبل الأب»
      line ??= /اب$/.test(words[j + 2]!) ? 'paternal' : 'maternal'
      j += 3
    } else if (FULL.has(w) || FULL.has(plain(w)) || FULL.has(plain(w).replace(/ا$/, '')) || /^(ل|من )?(ال)?ابوين$/.test(w)) {
      line ??= 'full'
      j++
    } else if ((TO_FATHER.has(w) && /^و(ل|لل|ال)?ام$/.test(words[j + 1] ?? '')) || (w === 'من' && /^(ال)?اب$/.test(words[j + 1] ?? '') && /^و(ال)?ام$/.test(words[j + 2] ?? ''))) {
      // «أخت لأب وأم», «من الأب والأم»: through both parents
      line ??= 'full'
      j += w === 'من' ? 3 : 2
    } else if (TO_FATHER.has(w) || ((w === 'من' || w === 'جهة') && /^(ال)?(اب|والد|والده|والدها|ابيه|ابيها)$/.test(words[j + 1] ?? ''))) {
      line ??= 'paternal'
      j += w === 'من' || w === 'جهة' ? 2 : 1
    } else if (TO_MOTHER.has(w) || ((w === 'من' || w === 'جهة') && /^(ال)?(ام|والدة|والدته|والدتها|امه|امها)$/.test(words[j + 1] ?? ''))) {
      line ??= 'maternal'
      j += w === 'من' || w === 'جهة' ? 2 : 1
    } else if (w === 'غير' && FULL.has(plain(words[j + 1] ?? ''))) {
      line ??= 'paternal'
      assumed.push({ kind: 'line_paternal', relation: kind === 'sister' ? 'paternal_sister' : 'paternal_brother' })
      j += 2
    } else if ((w === 'اب' || w === 'ام' || w === 'ابو') && (kind === 'grandfather' || kind === 'grandmother') && /^(ال)?(اب|ام)$/.test(words[j + 1] ?? '')) {
      // «جد (أب الأب)», «جدة (أم الأم)»: a gloss naming the line
      line ??= /اب$/.test(words[j + 1]!) ? 'paternal' : 'maternal'
      j += 2
    } else if (w === 'اخ' && kind === 'uncle') j++
    else if (w === 'العدد' || w === 'عدد') {
      const n = numberAt(words, j + 1)
      if (n) {
        count = n.value
        j += 1 + n.length
      } else j++
    } else if (IGNORED.has(w) || IGNORED.has(plain(w)) || SEX_WORDS.test(plain(w))) {
      if (/^(ذكور|ذكورا|ذكر|ذكرا|ذكران|ذكرين)$/.test(plain(w))) sexes.add('male')
      if (/^(اناث|اناثا|انثي|انثيين|انثيان)$/.test(plain(w))) sexes.add('female')
      j++
    } else break
  }
  if (count === undefined) {
    const n = numberAt(words, j)
    // A bare number after the noun counts it unless a kinsman follows it directly («4 ابن، 7 أخ»).
    if (n && !/^و/.test(words[j]!) && (words[j + n.length] === undefined || !headOf(words[j + n.length]!) || /^و/.test(words[j + n.length]!))) {
      count = n.value
      j += n.length
    } else if (many === 'many' && /^ال/.test(words[j] ?? '') && words[j]!.length > 4) {
      // «أبناءه الخمسة», «أخواتي الثلاث»: the number with the article, after a plural
      const counted = numberAt([words[j]!.slice(2)], 0)
      if (counted && counted.value > 2) {
        count = counted.value
        j++
      }
    }
  }
  const said = resolve(kind, of, line, assumed, of2)
  // «أولاد الأخ الإناث»: children of one sex only, the females, are the daughters of that line
  const relation = said && sexes.size === 1 && sexes.has('female') && DAUGHTER_OF[said] ? DAUGHTER_OF[said] : said
  const phrase = words
    .slice(i, j)
    .filter((w) => !isBracket(w))
    .join(' ')
  // «ابنا عم»: two sons of an uncle (a dual before its genitive), «ابنًا»: one son
  const stated = of !== undefined && /^و?ابنا$/.test(words[i]!) ? 2 : many === 'many' ? undefined : many
  const sibling = of === undefined && (kind === 'brother' || kind === 'sister')
  return {
    relation,
    count: count ?? stated,
    phrase,
    assumed,
    end: j,
    ...(sibling && line === undefined ? { lineless: kind } : {}),
    ...(sibling && line !== undefined ? { line } : {}),
    // «بنت عم», «ابن أخ لأم», «أبناء خالة»: a child of a kinsman the vocabulary lacks is of the distant kindred
    ...(relation === undefined && of !== undefined && (kind === 'son' || kind === 'daughter') ? { distantKin: true } : {}),
    // «أبناء ذكوراً وإناثاً», «إخوة ذكور وإناث»: a plural of both sexes also names the sisters or daughters
    ...(many === 'many' && sexes.size === 2 && relation && FEMALE_OF[relation] ? { alsoFemale: FEMALE_OF[relation] } : {}),
  }
}

function resolve(kind: Head, of: Head | undefined, line: Line | undefined, assumed: Assumption[], of2?: Head): Relation | undefined {
  const sibling = (full: Relation, paternal: Relation, maternal: Relation | undefined): Relation | undefined => {
    if (line === 'paternal') return paternal
    if (line === 'maternal') return maternal
    if (line === undefined) assumed.push({ kind: 'line_full', relation: full })
    return full
  }
  // an agnate through the father's line only: through the mother he is of the distant kindred
  if (of2 === 'brother') return sibling('full_brothers_sons_son', 'paternal_brothers_sons_son', undefined)
  if (of2 === 'uncle') return sibling('full_uncles_sons_son', 'paternal_uncles_sons_son', undefined)
  if (kind === 'uncle' && of === 'father') return sibling('fathers_full_uncle', 'fathers_paternal_uncle', undefined)
  if (of === undefined) {
    switch (kind) {
      case 'son':
      case 'daughter':
      case 'husband':
      case 'wife':
      case 'father':
      case 'mother':
      case 'paternal_aunt':
      case 'maternal_uncle':
      case 'maternal_aunt':
        return kind
      case 'parents':
        return undefined
      case 'brother':
        return sibling('full_brother', 'paternal_brother', 'maternal_brother')
      case 'sister':
        return sibling('full_sister', 'paternal_sister', 'maternal_sister')
      case 'uncle':
        return line === 'maternal' ? undefined : line === 'paternal' ? 'paternal_uncle' : (line === undefined && assumed.push({ kind: 'line_full', relation: 'full_uncle' }), 'full_uncle')
      case 'grandfather':
        return line === 'maternal' ? 'maternal_grandfather' : 'paternal_grandfather'
      case 'grandmother':
        if (line === undefined) assumed.push({ kind: 'maternal_grandmother' })
        return line === 'paternal' ? 'paternal_grandmother' : 'maternal_grandmother'
    }
  }
  const pair = `${kind}:${of}`
  const table: Record<string, Relation | undefined> = {
    'son:son': 'sons_son',
    'daughter:son': 'sons_daughter',
    'son:daughter': 'daughters_son',
    'daughter:daughter': 'daughters_daughter',
    'son:sister': 'sisters_son',
    'daughter:sister': 'sisters_daughter',
    'daughter:brother': line === 'maternal' ? undefined : 'brothers_daughter',
    'father:father': 'paternal_grandfather',
    'mother:father': 'paternal_grandmother',
    'mother:mother': 'maternal_grandmother',
    'father:mother': 'maternal_grandfather',
    'grandfather:father': 'paternal_grandfather',
    'grandfather:mother': 'maternal_grandfather',
    'grandmother:father': 'paternal_grandmother',
    'grandmother:mother': 'maternal_grandmother',
  }
  if (pair === 'son:brother') return sibling('full_brothers_son', 'paternal_brothers_son', undefined)
  if (pair === 'son:uncle')
    return line === 'maternal' ? undefined : line === 'paternal' ? 'paternal_uncles_son' : (line === undefined && assumed.push({ kind: 'line_full', relation: 'full_uncles_son' }), 'full_uncles_son')
  return table[pair]
}

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

const isBracket = (w: string | undefined) => w === BRACKET || w === CLOSE

/** The female of a male heir's line, for a bracket that counts both («أولاد أخ (ذكر وبنتان)»). */
const DAUGHTER_OF: Partial<Record<Relation, Relation>> = {
  son: 'daughter',
  sons_son: 'sons_daughter',
  full_brother: 'full_sister',
  paternal_brother: 'paternal_sister',
  maternal_brother: 'maternal_sister',
  full_brothers_son: 'brothers_daughter',
  paternal_brothers_son: 'brothers_daughter',
  daughters_son: 'daughters_daughter',
  sisters_son: 'sisters_daughter',
}
const MALE_WORD = /^(ذكور|ذكر|ذكرا|ذكران|ذكرين|رجل|رجال|رجلان|رجلين|ولد|ولدان|ولدين|ابن|ابنان|ابنين|ابناء|اولاد|بنين|صبي)$/
const FEMALE_WORD = /^(اناث|انثي|انثيان|انثيين|بنت|بنات|بنتان|بنتين|ابنة|ابنتان|ابنتين|نساء|امراة|فتاة)$/
const DUAL_WORD = /(ان|ين)$/

/**
 * «(ثلاثة ذكور وبنت)», «(كلهن بنات)» from word `j`: the males and females a bracket counts (undefined: some,
 * number not said), when it holds nothing else.
 */
function sexesIn(words: readonly string[], j: number): { males?: number; females?: number; close: number } | undefined {
  const close = words.indexOf(CLOSE, j)
  if (close < 0) return undefined
  let males: number | undefined = 0
  let females: number | undefined = 0
  let all = false
  for (let k = j; k < close; ) {
    const w = plain(words[k]!)
    const n = numberAt(words, k)
    // («ولد»: the «و» is the noun's own, not «and»)
    const said = words[k + (n?.length ?? 0)] ?? ''
    const noun = MALE_WORD.test(said) || FEMALE_WORD.test(said) ? said : plain(said)
    if (/^(كلهم|كلهن|جميعهم|جميعهن|كلهما)$/.test(w)) {
      all = true
      k++
    } else if (MALE_WORD.test(noun) || FEMALE_WORD.test(noun)) {
      const many = n ? n.value : DUAL_WORD.test(noun) && !/^(ذكور|رجال|بنات|اناث|نساء|ابناء|اولاد)$/.test(noun) ? 2 : /^(ذكور|رجال|بنات|اناث|نساء|ابناء|اولاد|بنين)$/.test(noun) ? undefined : 1
      if (MALE_WORD.test(noun)) males = males === undefined || many === undefined ? undefined : males + many
      else females = females === undefined || many === undefined ? undefined : females + many
      k += (n?.length ?? 0) + 1
    } else if (w === '' || words[k] === 'و') k++
    else return undefined
  }
  if (males === 0 && females === 0) return undefined
  // «كلهن بنات»: the number is the heir's own
  return all ? { close, ...(males === 0 ? { males: 0 } : {}), ...(females === 0 ? { females: 0 } : {}) } : { males, females, close }
}

/** A mention of children split by the bracket's sexes: the males as counted, their sisters beside them. */
function bySex(m: Mention, sexes: { males?: number; females?: number }): Mention[] {
  const sister = m.relation ? DAUGHTER_OF[m.relation] : undefined
  const out: Mention[] = []
  if (sexes.males !== 0) out.push({ ...m, count: sexes.males ?? (sexes.females === 0 ? m.count : undefined) })
  if (sexes.females !== 0) {
    const count = sexes.females ?? (sexes.males === 0 ? m.count : undefined)
    out.push(sister ? { ...m, relation: sister, count, assumed: [] } : { ...m, relation: undefined, count, assumed: [], distantKin: true })
  }
  return out
}

const EITHER = /(\s(?:ال)?(?:شقيق|شقيقة|شقيقان|شقيقين|شقيقتان|شقيقتين|شقيقات|اشقاء))\s+او\s+(?:لاب|للاب|من الاب)(?=[\s،,.:؛)]|$)/g

/**
 * «أخت شقيقة أو من الأب», «أبناء أخ شقيق أو لأب»: the alternative taken out of the text (the heir is read as
 * full), and the full relations it applies to.
 */
function eitherLine(raw: string): { text: string; either: Relation[] } {
  const text = raw
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
  const either: Relation[] = []
  for (const m of text.matchAll(EITHER)) {
    const last = arabicMentions(text.slice(0, m.index + m[1]!.length)).at(-1)?.relation
    if (last && /^full_/.test(last)) either.push(last)
  }
  return either.length > 0 ? { text: text.replace(EITHER, '$1'), either } : { text: raw, either }
}

/** «لها» after one woman, «له» after one man, «لهم» after men: the pronoun names that heir. */
function agrees(owner: string, m: Mention): boolean {
  const female = m.relation !== undefined && FEMALE.has(m.relation)
  const one = m.count === 1
  const pronoun = owner.replace(/^و/, '')
  if (pronoun === 'لها') return female && one
  if (pronoun === 'له') return !female && one
  if (pronoun === 'لهم') return !female && !one
  if (pronoun === 'لهن') return female && !one
  return false
}

/** Words that carry no heir: connectives, «ترك», «ورثة», names of sexes and states already weighed elsewhere. */
const FILLERS = new Set([
  'و',
  'عن',
  'من',
  'ترك',
  'وترك',
  'تركت',
  'وتركت',
  'خلف',
  'وخلف',
  'له',
  'لها',
  'وله',
  'ولها',
  'ورثة',
  'ورثته',
  'ورثتها',
  'وورثة',
  'الورثة',
  'الرجال',
  'النساء',
  'هم',
  'هي',
  'التالية',
  'التالين',
  'الاتي',
  'التالي',
  'كل',
  'من',
  'احياء',
  'حي',
  'حية',
  'حيان',
  'حيتان',
  'حيتين',
  'الاحياء',
  'على',
  'قيد',
  'الحياة',
  'المتوفي',
  'الميت',
  'المتوفاة',
  'توفي',
  'توفيت',
  'رجل',
  'امراة',
  'ذكر',
  'انثي',
  'شخص',
  'مات',
  'ماتت',
  'هلك',
  'هلكت',
  'توفى',
  'فقط',
  'ايضا',
  'كذلك',
  'مع',
  'في',
  'علي',
  'الي',
  'ذكورا',
  'اناثا',
  'واناثا',
  'ذكورا',
  'رجال',
  'نساء',
  'صلب',
  'صلبه',
  'صلبها',
])
/** «متوفى», «توفي قبله», «توفيتا»: a death after a kinsman's name (with the article it is «of the deceased»). */
const DEATH = /^(متوفي|متوفاة|متوفيان|متوفيتان|متوفين|متوفيات|متوفون|توفي|توفيت|توفيا|توفيتا|توفوا|توفين|مات|ماتت|ماتا|ماتوا|ميت|ميتة)$/
/**
 * Unread words that change who inherits — time («قبله», «بعد»), alternatives («أو», «آخر»), parts of a group
 * («منهم», «أحدهم»), class names («فرع وارث») and deaths not tied to a kinsman: the family is not trusted.
 */
const RISKY = /^(ضرة|ضرتها|ضرتي|قبل|قبله|قبلها|قبلهم|بعد|بعده|بعدها|او|اخر|اخري|اخرين|اخرون|منهم|منهن|منهما|احدهم|احداهن|احدهما|احداهما|بعض|وارث|فرع|اصل|حفيد|حفيدة|احفاد|حفيدات|حفيدان|حفيدين)$/
/** A death word at `i` and the time words after it: «متوفى», «توفي قبله», «توفيت بعد والدها». */
function deathAt(words: readonly string[], i: number): { before: boolean; length: number } | undefined {
  const when = plain(words[i + 1] ?? '')
  // («بنت ابنه المتوفى قبله»: with the article, a death before him too)
  // (not «أم المتوفى قبل العول»: the mother of the deceased, before the ʿawl)
  if (!DEATH.test(words[i] ?? '') && !(/^ال(متوفي|متوفاة)$/.test(words[i] ?? '') && /^قبل/.test(when) && !/^(العول|الرد|التصحيح|القسمة|قسمة|التقسيم)$/.test(words[i + 2] ?? ''))) return undefined
  if (/^بعد/.test(when)) return { before: false, length: /^بعد$/.test(when) ? 3 : 2 }
  if (/^قبل/.test(when)) return { before: true, length: /^قبل$/.test(when) ? 3 : 2 }
  return { before: true, length: 1 }
}
// («إخوة (أشقاء ولأب)»: a second line joined by «و», some of each, in numbers not said)
const isRisky = (w: string) => RISKY.test(w) || RISKY.test(plain(w)) || DEATH.test(w) || DEATH.test(plain(w)) || /^و(لاب|للاب|لام|للام)$/.test(w)

/** The estate and how it is divided («وترك مبلغا قدره 5000 ريال», «وقسمت التركة على 24 سهما»): no heir, no doubt. */
const ESTATE =
  /^و?(ال)?(تركة|تركته|تركتها|مبلغ|مبلغا|قدره|قدرها|وقدره|وقدرة|قدرة|مقداره|مقدارها|قيمتها|قيمته|قسمت|وقسمت|تقسم|سهم|سهما|اسهم|سهام|الف|الفا|الاف|مليون|ريال|دينار|دينارا|درهم|درهما|جنيه|جنيها|دولار|دولارا|يورو|ليرة|مال|مالا|اموال)$/

/** «وأولاد عمه الأشقاء: رجل وثلاث بنات»: a colon after children opens their count by sex, as a bracket would. */
const CHILDREN_COLON = /((?:^|\s)و?(?:ال)?(?:اولاد|أولاد|ابناء|أبناء)[^:،,.؛\n()]{0,30}):\s*([^:،,.؛\n؟?()]+)/g
const bySexOnly = (text: string) => {
  const words = arabicWordsOf(text)
  return (
    words.length > 0 &&
    words.every(
      (w, k) =>
        w === 'و' || MALE_WORD.test(w) || FEMALE_WORD.test(w) || MALE_WORD.test(plain(w)) || FEMALE_WORD.test(plain(w)) || numberAt(words, k) !== undefined || numberAt([plain(w)], 0) !== undefined,
    )
  )
}

function scan(text: string): { mentions: Mention[]; unread: string[]; barriers: string[] } {
  // Commas (and «) (» between bracketed heirs, and dashes) are kept as «|»: «أم، بنت» is two heirs, «أم البنت» one.
  // Sentence ends too: «لم يترك فرعا. ما نصيب الزوجة؟» negates nothing in the second sentence.
  const words = arabicWordsOf(
    text
      .replace(CHILDREN_COLON, (all, children: string, sexes: string) => (bySexOnly(sexes) ? `${children} (${sexes})` : all))
      .replace(/\(\s*(?:العدد\s*)?(\d+)\s*\)/g, ' العدد $1 ')
      .replace(/[،,؛;\n؟?–—]|\.(?!\d)|\)\s*\(|(?<!\d)-|-(?!\d)/g, ' | ')
      .replace(/\(/g, ` ${BRACKET} `)
      .replace(/\)/g, ` ${CLOSE} `),
  )
  const out: Mention[] = []
  const unread: string[] = []
  // the words that bar an heir, read as his («أم قاتلة»): not beyond the calculator there
  const barriers: string[] = []
  let pending: number | undefined
  // «وليس له أب ولا أم»: kin named after a negation, up to the next comma, are absent
  let negated = false
  // «ابنة لها ولدان»: kin named after «لها» are the heir's, not the deceased's, up to the next comma
  let owned = false
  // the kinsman named last since the last comma
  let last: Mention | undefined
  for (let i = 0; i < words.length; ) {
    // («وعن أخ»: a new heir of the deceased after another's kin)
    if (words[i] === '|' || /^و?عن$/.test(words[i]!)) negated = owned = false
    if (words[i] === '|') last = undefined
    // «بنت متزوجة ولها أبناء»: kin after «لها» are the heir's, past words describing her, when the pronoun agrees
    // with her (not «وأبناء ذكوراً وإناثاً ولها أخوات», the deceased's)
    if (OWNERS.has(words[i]!) && last && words[i + 1] !== undefined && (headOf(words[i + 1]!) || numberAt(words, i + 1)) && agrees(words[i]!, last)) owned = true
    if (NEGATIONS.has(words[i]!)) negated = true
    const n = numberAt(words, i)
    // («وترك 100000 وزوجة»: a kinsman after «و» is the next heir, not counted by the number before it)
    const counted = n ? (words[i + n.length] ?? '') : ''
    if (n && counted !== '' && headOf(counted) && !(/^و/.test(counted) && !HEADS[counted])) {
      pending = n.value
      i += n.length
      continue
    }
    // «سبعة ذكور وست إناث»: counted males and females with no noun are the deceased's children
    const sex = n && SEXES[plain(words[i + n.length] ?? '')]
    if (n && sex) {
      if (!negated && !owned) out.push({ relation: sex, count: n.value, phrase: words.slice(i, i + n.length + 1).join(' '), assumed: [], end: i + n.length + 1 })
      i += n.length + 1
      continue
    }
    // «أخت متزوجة ولديها أطفال»: «لديها» (she has) before kin, not «ولديها» (her two sons)
    const has = /^و?(لديها|لديه|لديهم|لديهن|عندها|عنده|عندهم)$/.exec(words[i]!)
    if (has && words[i + 1] !== undefined && words[i + 1] !== '|' && !isBracket(words[i + 1])) {
      if (last && agrees(has[1]!.replace(/^(لدي|عند)/, 'ل'), last)) owned = true
      i++
      continue
    }
    const start = i
    // «إخوة (أشقاء ولأب)»: «ولأب» after a line is a second line, not the father
    const secondLine = /^و(لاب|للاب|لام|للام)$/.test(words[i]!) && isQualifier(words[i - 1] ?? '')
    const m = secondLine ? undefined : mentionAt(words, i)
    if (!m) {
      const w = words[i]!
      // «وحفيدة (بنت ابنه …)»: a grandchild glossed by the kinship in the bracket after her, read there
      const glossed = /^و?(ال)?(حفيد|حفيدة|حفيدان|حفيدتان|حفيدين|حفيدتين|احفاد|حفيدات)$/.test(w) && words[i + 1] === BRACKET && headOf(words[i + 2] ?? '') !== undefined
      if (
        !glossed &&
        !negated &&
        !owned &&
        w !== '|' &&
        !n &&
        !FILLERS.has(w) &&
        !FILLERS.has(plain(w)) &&
        !IGNORED.has(w) &&
        !IGNORED.has(plain(w)) &&
        !NEGATIONS.has(w) &&
        w !== 'العدد' &&
        !ESTATE.test(w)
      )
        unread.push(w)
      pending = undefined
      i += n ? n.length : 1
      continue
    }
    // «وأخ شقيق متوفى قبله»: a kinsman who died before is no heir («أبناء أخ متوفى»: the brother died, not his
    // sons; «توفي بعده»: he died after, and inherited); «وستة إخوة، أحدهم توفي قبلها»: one fewer
    // («ثلاث أخوات من أب واحدة توفيت قبلها»: «واحدة» read with the noun, and the death after it is hers)
    const within = /^(واحد|واحدة)$/.test(words[m.end - 1] ?? '') && DEATH.test(words[m.end] ?? '') && (pending ?? m.count ?? 2) > 1
    const one = within || /^(احدهم|احداهن|احدهما|احداهما|واحد|واحدة)$/.test(plain(words[m.end] ?? '')) ? 1 : 0
    const death = deathAt(words, m.end + (within ? 0 : one))
    // a kinsman of a kinsman («أبناء أخ متوفى»: the brother died) — not a line («أختين من أم توفيتا»: they died)
    const phraseWords = m.phrase.split(' ')
    // («أبناء شقيق»: «شقيق» right after the children's noun is the brother, not a line)
    const genitive =
      phraseWords.filter(
        (w, k) => headOf(w) && ((k === 1 && ['son', 'daughter'].includes(headOf(phraseWords[0]!)?.[0] ?? '')) || (!FULL.has(w) && !FULL.has(plain(w)))) && !/^(من|جهة)$/.test(phraseWords[k - 1] ?? ''),
      ).length > 1
    const predeceased = death?.before === true && !genitive && !one
    const count = pending ?? m.count
    // «وكان ضامنا لابنته الصغرى»: a kinsman named already, after «ل» (for, to), is spoken of, not added
    const after = /^ل/.test(words[start]!) && !HEADS[words[start]!]
    const spokenOf = after && out.some((o) => o.relation === m.relation)
    // «أعمام غير أشقاء لوالدها»: right after a kinsman, «ل» makes a genitive (her father's uncles) not read here
    if (after && !negated && !owned && last?.end === start) out.push({ ...m, relation: undefined, alsoFemale: undefined, phrase: `${words.slice(0, start).at(-1)} ${m.phrase}` })
    const pushed = !negated && !owned && !predeceased && !spokenOf && !(after && last?.end === start)
    // «وإخوتها وأخواتها متوفين»: a masculine plural death after two conjoined kin is both groups' death
    const deathWord = words[m.end + (within ? 0 : one)] ?? ''
    if (predeceased && /^و/.test(words[start]!) && out.at(-1)?.end === start && /^(متوفين|متوفون|متوفيان|توفوا|توفيا|ماتوا|ماتا)$/.test(deathWord)) out.pop()
    if (pushed) {
      out.push({ ...m, count: death?.before && one && count !== undefined ? count - 1 : count })
      if (m.alsoFemale) out.push({ relation: m.alsoFemale, count: undefined, phrase: m.phrase, assumed: [], end: m.end })
    }
    pending = undefined
    last = { ...m, count }
    i = m.end + (death ? (within ? 0 : one) + death.length : 0)
    const barrier = barrierAt(words, i)
    if (barrier) {
      if (pushed) for (const k of m.alsoFemale ? [out.length - 2, out.length - 1] : [out.length - 1]) out[k] = { ...out[k]!, barred: barrier.barred }
      barriers.push(...words.slice(i, i + barrier.length))
      i += barrier.length
    }
    // «أولاد أخ (ثلاثة ذكور وبنت)», «أبناء شقيق (3 بنات ورجل)», «(كلهن بنات)»: the bracket counts his children by sex
    // («وأولاد ابن (ولد وبنت)»: a group of both sexes, counted by the bracket)
    const sexes =
      words[i] === BRACKET && pushed && m.relation && (!m.alsoFemale || m.alsoFemale === DAUGHTER_OF[m.relation]) && (DAUGHTER_OF[m.relation] || /uncles_son$/.test(m.relation))
        ? sexesIn(words, i + 1)
        : undefined
    if (sexes) {
      const both = m.alsoFemale ? 2 : 1
      out.splice(out.length - both, both, ...bySex(out[out.length - both]!, sexes))
      i = sexes.close + 1
      continue
    }
    // «الزوجة (الأم)», «والدين (أم وأب)», «أب (المتوفى)»: a bracket after one heir describes him, it adds no heir
    // (not «(ابن) العدد 1 (أب)», where the brackets hold the heirs themselves)
    const bracketed = words.slice(Math.max(0, start - 2), start).includes(BRACKET) || words.slice(start, i).includes(CLOSE)
    const open = bracketed ? -1 : words[i - 1] === BRACKET ? i : words[i] === BRACKET ? i + 1 : -1
    const close = open < 0 ? -1 : words.indexOf(CLOSE, open)
    if (
      close > open &&
      (m.count !== undefined || headOf(m.phrase.split(' ')[0]!)?.[0] === 'parents') &&
      words.slice(open, close).every((w) => headOf(w) || w === 'و' || FILLERS.has(plain(w)) || GLOSS.test(w))
    )
      i = close + 1
    if (OWNERS.has(words[i - 1]!) && words[i] !== undefined && (headOf(words[i]!) || numberAt(words, i))) owned = true
  }
  return { mentions: sharedLines(out, words), unread, barriers }
}

/**
 * «الإخوة والأخوات من الأم»: a line after two conjoined siblings qualifies both; «ابنا وبنتا لأخ شقيق»: so does a
 * kinsman after «ل» (the son is the brother's, not the deceased's).
 */
function sharedLines(mentions: Mention[], words: readonly string[]): Mention[] {
  return mentions.map((m, k) => {
    const next = mentions[k + 1]
    const conjoined = next !== undefined && /^و/.test(words[m.end] ?? '') && next.phrase.split(' ')[0] === words[m.end]
    const [, of, ...rest] = next?.phrase.split(' ') ?? []
    if (conjoined && (m.relation === 'son' || m.relation === 'daughter') && !m.phrase.includes(' ') && of && /^ل./.test(of) && !isQualifier(of)) {
      const shared = mentionAt([m.phrase.replace(/^و(?!لد)/, ''), of, ...rest], 0)
      if (shared?.relation && shared.relation !== m.relation) return { ...m, relation: shared.relation, assumed: shared.assumed, phrase: `${m.phrase} … ${of}` }
    }
    if (!m.lineless || !next?.line || !conjoined) return m
    const assumed = m.assumed.filter((a) => a.kind !== 'line_full')
    return { ...m, relation: resolve(m.lineless, undefined, next.line, assumed), assumed }
  })
}

/** The family of «توفي عن زوجة وأربعة أبناء وثلاث بنات»: the deceased's sex, the heirs and what was assumed. */
export function parseArabicFamily(raw: string): ParsedFamily {
  const pregnancy = readPregnancy(raw)
  const lined = eitherLine(pregnancy.text)
  // «وله فرع وارث»: a descendant heir of no stated kind — an answer must hold for any of them; «وليس له فرع
  // وارث», «ولا فرع وارث لها»: none, said outright
  const BRANCH = /(^|[\s،,(])((?:و?(?:ليس|لا|بدون|دون|عدم)\s+(?:له\s+|لها\s+|يوجد\s+)?(?:اي\s+)?)?)(?:و?(?:له|لها)\s+)?و?(?:ال)?فرع\s+(?:ال)?وارث(?:\s+(?:له|لها|مطلقا))?(?=$|[\s،,.)])/g
  const folded = lined.text.replace(/[أإآ]/g, 'ا')
  const branches = [...folded.matchAll(BRANCH)]
  const anyDescendant = branches.some((b) => !b[2])
  const text = branches.length > 0 ? folded.replace(BRANCH, '$1') : lined.text
  const either = lined.either
  const words = arabicWordsOf(text)
  const assumptions: Assumption[] = []
  const problems: string[] = []
  const { mentions, barriers } = scan(text)
  // a barrier said of an heir («أم قاتلة», «زوجة غير مسلمة») is read with him; said of no heir, it is beyond
  const attached = new Map<string, number>()
  for (const w of barriers) attached.set(w, (attached.get(w) ?? 0) + 1)
  const readWithHeir = (w: string) => (attached.get(w) ?? 0) > 0 && attached.set(w, attached.get(w)! - 1) !== undefined
  // «ربيبة»: a spouse's child by another marriage, kin by marriage only — no heir, and said so
  for (const w of words) if (/^و?(ال)?(ربيب|ربيبة|ربائب|ربيبان|ربيبتان|ربيبين|ربيبتين)$/.test(w)) assumptions.push({ kind: 'not_kin', phrase: w })
  words.forEach((w, i) => {
    if (readWithHeir(w)) return
    if (UNSUPPORTED.includes(plain(w)) || UNSUPPORTED.includes(w)) problems.push(`«${w}» is beyond the calculator`)
    if (w === 'غير' && /^(مسلم|مسلمة|مسلمين|مسلمات|مسلمتين)$/.test(words[i + 1] ?? '')) problems.push('«غير مسلم» is beyond the calculator')
  })
  // «أمي»: a relative named from the asker's side, not the deceased's (the vocabulary's); guessing would be worse
  // («توفي أبي عن …» names the deceased: only the heirs after «عن» are checked)
  const heirsFrom = Math.max(
    0,
    words.findIndex((w) => /^(عن|ترك|وترك|تركت|وتركت)$/.test(w)),
  )
  for (const w of words.slice(heirsFrom)) if (ASKERS_KIN.test(w)) problems.push(`«${w}» is named from the asker's side`)
  const from = /(^|\s)(عن|ترك|وترك|تركت|وتركت|وله|ولها|خلف|وخلف)\s/.exec(text)
  for (const w of unreadWords(from ? text.slice(from.index + from[0].length) : text)) if (isRisky(w)) problems.push(`«${w}» may change who inherits`)
  const tally = heirTally()
  const heirs = tally.heirs
  const lower: { phrase: string; generation: number; male: boolean; count: number | undefined }[] = []
  const distant: string[] = []
  // «أخت شقيقة وأخت شقيقة أو لأب»: the alternative is said of one of two kin read as one group — which one?
  for (const r of either) if (mentions.filter((m) => m.relation === r).length > 1) problems.push('«أو لأب» is said of one of several kin of the same line')
  const named = new Set<Relation>()
  for (const m of mentions) {
    // «توفي عن ابن وبنت وزوجة، والزوجة حامل»: the heir named again with the article is the same one
    if (m.relation && named.has(m.relation) && /^و?ال/.test(m.phrase) && (m.count ?? 1) === 1 && !m.barred) continue
    if (m.relation) named.add(m.relation)
    if (m.relation === undefined) {
      if (headOf(m.phrase.split(' ')[0]!)?.[0] === 'parents') {
        for (const relation of ['father', 'mother'] as const) tally.set(relation, 1, m.barred)
      } else if (m.notKin) assumptions.push({ kind: 'not_kin', phrase: m.phrase })
      else if (m.lowerDescendant) lower.push({ phrase: m.phrase, ...m.lowerDescendant, count: m.count })
      else if (m.distantKin) distant.push(m.phrase)
      else problems.push(`«${m.phrase}» is not in the vocabulary`)
      continue
    }
    assumptions.push(...m.assumed)
    let count = m.count
    if (count === undefined) {
      count = 3
      assumptions.push({ kind: 'count', phrase: m.phrase, count, relation: m.relation })
    }
    tally.add(m.relation, count, m.barred)
  }
  // a relative of another religion is barred on the reading that the deceased was a Muslim: said back
  if (tally.barredFor('religion')) assumptions.push({ kind: 'deceased_muslim' })
  // A male descendant excludes every descendant below him (Bukhari 6732: the nearest male)
  for (const { phrase } of lower)
    if (heirs.has('son') || heirs.has('sons_son') || heirs.has('sons_sons_son')) assumptions.push({ kind: 'lower_descendant_excluded', phrase })
    else problems.push(`«${phrase}» is not in the vocabulary`)
  // The distant kindred inherit only when no sharer but a spouse and no residuary is left: any other heir takes
  // the estate (with radd), in every school
  const sharerOrResiduary = [...heirs.keys()].some((r) => r !== 'husband' && r !== 'wife' && !DISTANT_KINDRED.has(r))
  for (const phrase of distant)
    if (sharerOrResiduary) assumptions.push({ kind: 'distant_kin_excluded', phrase })
    else problems.push(`«${phrase}» is not in the vocabulary`)
  // who died is said before the heirs («توفيت عن …»); «أخت توفيت قبله» among them is a kinswoman's death
  const told = (heirsFrom > 0 ? words.slice(0, heirsFrom + 1) : words).join(' ')
  const saidFemale = /(^|\s)(توفيت|ماتت|هلكت|امراة|امراه)(\s|$)/.test(told) || /(^|\s)(المتوفاة|المتوفية)(\s|$)/.test(words.join(' '))
  // (a spouse barred from inheriting still says who died)
  const spouses = tally.named()
  const female = saidFemale || spouses.has('husband')
  const male = /(^|\s)(توفي|مات|هلك|رجل)(\s|$)/.test(told) || spouses.has('wife')
  // «توفي عن … حفيدة مات أبوها»: «her father» beside a deceased man is someone else's kinsman
  if (male && !saidFemale) for (const w of words.slice(heirsFrom)) if (headOf(w) && /^و?[^ ]+ها$/.test(w) && !OWNERS.has(w)) problems.push(`«${w}» is another heir's kin`)
  const deceased: Sex | undefined = female && !spouses.has('wife') ? 'female' : male ? 'male' : undefined
  // A pregnancy whose child's relation the family does not settle (a mother's, the father being dead) is refused
  const unborn = pregnancy.carrier ? unbornOf(pregnancy, deceased, new Set(heirs.keys())) : undefined
  if (pregnancy.carrier && !unborn) problems.push('«حمل»: whose child the unborn is is not said')
  return {
    ...(deceased ? { deceased } : {}),
    heirs: tally.list(),
    assumptions: dedupeAssumptions(assumptions),
    problems,
    ...(unborn ? { unborn } : {}),
    ...(either.length > 0 ? { either } : {}),
    ...(anyDescendant ? { anyDescendant } : {}),
    ...(unborn && pregnancy.outcome ? { unbornOutcome: pregnancy.outcome } : {}),
  }
}
