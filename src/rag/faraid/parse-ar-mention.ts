/**
 * One kinship phrase of an Arabic family («ابن أخ شقيق», «بنت ابن», «جدة لأم», «عم (أخ للأب من الأب)»): its
 * head word, the kinsman it is of, its line, its count, and a bracket counting children by sex. The scan over a
 * whole family (deaths, negations, owners, what is left unread) is parse-ar.ts.
 */
import { numberAt } from './arabic-numbers'
import type { Assumption } from './assumptions'
import { BRACKET, CLOSE, FULL, HEADS, type Head, IGNORED, isQualifier, type Many, plain, TO_FATHER, TO_MOTHER } from './parse-ar-words'
import type { Barrier, Relation } from './relations'

export interface Mention {
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
  /** «وأخوان من الأب مفقودان»: missing, alive or dead unknown. */
  missing?: boolean
  /** A kinsman's spouse («زوج أخته», «زوجة ابنه»): kin by marriage, no heir. */
  notKin?: boolean
  /** Followed by an ordinal («زوجته الثانية»): not the same one as a kinsman of the kind named before. */
  ordinal?: boolean
}
/**
 * «ابنا عم», «بنتا ابن», «ابنتا أخ»: a dual before its genitive loses its «ن». A singular in construct takes no
 * accusative «ا», so the same word alone («وبنتًا») is one.
 */
const DUAL_CONSTRUCT = /^و?(ابنا|بنتا|ابنتا|ولدا|اختا)$/
/** (not before «لأخ»: «ابنًا وبنتًا لأخ شقيق» is one of each, of a brother named with a preposition) */
const dualConstruct = (words: readonly string[], i: number) => DUAL_CONSTRUCT.test(words[i]!) && !/^ل/.test(words[i + 1] ?? '')
const SEX_WORDS = /^(ذكور|ذكورا|اناث|اناثا)$/
/** «وأحد عشر أخا»: «واحد» that begins the next number (eleven) is not «one» said of the kinsman before it. */
const startsNumber = (words: readonly string[], j: number) => /^و?(احد|واحد|احدي|واحدة|واحده)$/.test(words[j]!) && /^(عشر|عشرة|عشره)$/.test(words[j + 1] ?? '')
type Line = 'full' | 'paternal' | 'maternal'

/** A leading «و» (and) or «ال» (the) off a word, when what is left is a kinship noun. */
export function headOf(word: string): [Head, Many] | undefined {
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
  // («أخيها», «أبيه»: the genitive of «أخ», «أب» — one kinsman, never the spoken dual «أخين» in construct)
  if (/^(اخ|اب)ي$/.test(stem)) return [stem.slice(0, -1)]
  // («عماه», «أخواه»: a dual in «ا» loses its «ن» before the pronoun — «his two uncles», not «an uncle»)
  if (/ا$/.test(stem)) return [`${stem}ن`, stem, stem.replace(/ت$/, 'ة'), stem.replace(/ئ$/, 'ء')]
  return [stem, stem.replace(/ت$/, 'ة'), `${stem}ن`, stem.replace(/ئ$/, 'ء'), stem.replace(/ي$/, '')]
}

/** The kinship phrase at word `i` («ابن أخ شقيق», «بنت ابن», «جدة لأم», «عم (أخ للأب من الأب)»), if any. */
export function mentionAt(words: readonly string[], i: number): Mention | undefined {
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
  // («أب ولديه أبناء»: «و» and «لديه», he has — not «ولديه», his two sons, when kin or a number follow)
  const has = /^ولدي(ه|ها|هم)$/.test(words[j] ?? '') && (headOf(words[j + 1] ?? '') !== undefined || numberAt(words, j + 1) !== undefined)
  const next = words[j] === undefined || words[j] === '|' || isBracket(words[j]) || has ? undefined : headOf(words[j]!)
  // («ابنة ولد»: «ولد» begins with the letter of «و» but is one word, the son)
  const conjoined = (w: string) => /^و/.test(w) && !HEADS[w]
  // «زوج أخته», «زوجة ابنه», «زوجة أبيه»: a kinsman's spouse, kin by marriage only («زوجة، أم أولاده» is not one)
  // («أخ زوجته», «أم زوجها»: his wife's, her husband's kin — no kin of the deceased; «أم الزوجة» is left as read:
  // written of a deceased wife it is her own mother)
  const spousesKin = next && /^(زوجته|زوجها)$/.test(words[j]!) && ['brother', 'sister', 'father', 'mother'].includes(kind)
  if (spousesKin || (next && (kind === 'husband' || kind === 'wife') && next[0] !== 'mother' && /^و?(زوج|زوجة)$/.test(words[i]!) && !conjoined(words[j]!))) {
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
    // («والده» is one word, the father, not «و» and a kinsman)
    const deeper = (k: number) => (words[k] === undefined || words[k] === '|' || conjoined(words[k]!) ? undefined : headOf(words[k]!))
    const further = deeper(j)
    if (further && (further[0] === 'son' || further[0] === 'daughter') && (of === 'son' || of === 'daughter')) {
      let end = j + 1
      let throughSons = of === 'son' && further[0] === 'son'
      for (let next = deeper(end); next && (next[0] === 'son' || next[0] === 'daughter'); next = deeper(++end)) throughSons &&= next[0] === 'son'
      // «ابن ابن ابن العم»: the chain goes on to another kinsman — not a descendant of the deceased
      if (deeper(end) && !isQualifier(words[end]!)) return { relation: undefined, count: undefined, phrase: words.slice(i, end + 1).join(' '), assumed, end: end + 1 }
      const generation = end - i
      // «(ابن ابن الابن) العدد 2»
      let stated: number | undefined = dualConstruct(words, i) ? 2 : many === 'many' ? undefined : many
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
  if (next && ['uncle', 'paternal_aunt', 'maternal_uncle', 'maternal_aunt'].includes(kind) && !conjoined(words[j]!) && !isQualifier(words[j]!) && next[0] !== 'brother') {
    if (!parentsUncle) return { relation: undefined, count: undefined, phrase: words.slice(i, j + 1).join(' '), assumed, end: j + 1 }
    of = 'father'
    j++
  }
  // «جد الأب», «جدة الأم»: a grandparent named by the parent whose side he is on — strictly that parent's own
  // grandparent, the same heir one generation further when no nearer one is listed (not «جد (أب الأب)», a gloss)
  const parentWord = /^(الاب|الام|ابيه|ابيها|امه|امها|والده|والدها|والدته|والدتها)$/
  if ((kind === 'grandfather' || kind === 'grandmother') && parentWord.test(words[j] ?? '') && !/^(ال)?(اب|ام|ابيه|ابيها|امه|امها)$/.test(words[j + 1] ?? '')) {
    of = /^(الاب|ابيه|ابيها|والده|والدها)$/.test(words[j]!) ? 'father' : 'mother'
    j++
  }
  let count: number | undefined
  const sexes = new Set<'male' | 'female'>()
  const nounEnd = j
  for (let k = 0; k < 6 && j < words.length; k++) {
    const w = words[j]!
    const said = lineAt(words, j)
    // «وأم وشقيقين وشقيقة»: «و» before «شقيق» joins a new sibling, it qualifies no one before it
    if (/^و/.test(w) && FULL.has(plain(w)) && headOf(w)) break
    if (isBracket(w)) {
      // («أولاد ابن (ذكر وأنثى)», «خمسة إخوة (ثلاثة ذكور وأنثيين)»: the bracket counts them by sex, for the caller to read)
      // (after its line, «أولاد عمه الأشقاء (رجل وثلاث بنات)», but not after a bracket or a count of its own)
      // («وبنين وبنات (ثلاثة ذكور وأربع إناث)»: a bracket of both sexes after daughters or sisters counts the pair
      // named before it, read by the caller — not the daughters' count)
      if (
        w === BRACKET &&
        count === undefined &&
        !words.slice(nounEnd, j).some(isBracket) &&
        // («اثني عشر ولدا (ثمانية ذكور…)»: a noun counted from eleven on is singular, and still a group)
        (many !== 1 || (countEndingAt(words, i) ?? 0) > 10) &&
        (kind === 'son' || kind === 'brother' ? sexesIn(words, j + 1) : (kind === 'daughter' || kind === 'sister') && bothSexesIn(words, j + 1))
      )
        break
      j++
    } else if (/^(اخر|اخري|اخرين|اخريين|اخريات|اخرون|الاخري|الاخر)$/.test(w) && ['son', 'daughter', 'brother', 'sister'].includes(kind) && words[i - 1] !== 'من') {
      // «ابنة، ابنة أخرى», «وأختا أخرى لأب»: one more of the same kin (not «من زوج آخر», «من أم أخرى»: a spouse's)
      j++
    } else if (said) {
      line ??= said.line
      j += said.length
    } else if (w === 'غير' && FULL.has(plain(words[j + 1] ?? ''))) {
      line ??= 'paternal'
      assumed.push({ kind: 'line_paternal', relation: kind === 'sister' ? 'paternal_sister' : 'paternal_brother' })
      j += 2
    } else if (/^(اب|ام|ابو|ابا|ابي)$/.test(w) && (kind === 'grandfather' || kind === 'grandmother') && /^(ال)?(اب|ام|ابيه|ابيها|امه|امها)$/.test(words[j + 1] ?? '')) {
      // «جد (أب الأب)», «جدة (أم الأم)», «جدة (أم أبيه)», «جده أبا أمه»: a gloss naming the line
      line ??= /^(ال)?(اب|ابيه|ابيها)$/.test(words[j + 1]!) ? 'paternal' : 'maternal'
      j += 2
    } else if (w === 'اخ' && kind === 'uncle') j++
    // («أخ على قيد الحياة لأم»: alive, said between the kinsman and his line)
    else if ((w === 'علي' || w === 'على') && words[j + 1] === 'قيد' && /^(ال)?حيا(ة|ه)$/.test(words[j + 2] ?? '')) j += 3
    // («وأبناء عددهم 5»: the number said after the plural, with a pronoun)
    else if (/^و?(العدد|عدد|عددهم|عددهن|عددهما|عددها)$/.test(w)) {
      const n = numberAt(words, j + 1)
      if (n) {
        count = n.value
        j += 1 + n.length
      } else j++
    } else if ((IGNORED.has(w) || IGNORED.has(plain(w)) || SEX_WORDS.test(plain(w))) && !startsNumber(words, j)) {
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
      // (two as well: «أولاده الاثنين», spoken «الاتنين»)
      if (counted && counted.value >= 2) {
        count = counted.value
        j++
        // «الأخوات الثلاث من الأب», «الإخوة الثلاثة لأم»: the line after the number that counted them
        const after = line === undefined ? lineAt(words, j) : undefined
        if (after) {
          line = after.line
          j += after.length
        }
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
  const stated = of !== undefined && dualConstruct(words, i) ? 2 : many === 'many' ? undefined : many
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
    ...(many === 'many' && sexes.size === 2 && relation && DAUGHTER_OF[relation] ? { alsoFemale: DAUGHTER_OF[relation] } : {}),
  }
}

export function resolve(kind: Head, of: Head | undefined, line: Line | undefined, assumed: Assumption[], of2?: Head): Relation | undefined {
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
    'son:sister': line === 'maternal' ? 'maternal_sisters_son' : 'sisters_son',
    'daughter:sister': line === 'maternal' ? 'maternal_sisters_daughter' : 'sisters_daughter',
    'daughter:brother': line === 'maternal' ? 'maternal_brothers_daughter' : 'brothers_daughter',
    // (the daughter of an uncle through the mother only is not the uncle's daughter of the vocabulary)
    'daughter:uncle': line === 'maternal' ? undefined : 'uncles_daughter',
    'son:paternal_aunt': 'paternal_aunts_son',
    'daughter:paternal_aunt': 'paternal_aunts_daughter',
    'son:maternal_uncle': 'maternal_uncles_son',
    'daughter:maternal_uncle': 'maternal_uncles_daughter',
    'son:maternal_aunt': 'maternal_aunts_son',
    'daughter:maternal_aunt': 'maternal_aunts_daughter',
    'father:father': 'paternal_grandfather',
    'mother:father': 'paternal_grandmother',
    'mother:mother': 'maternal_grandmother',
    'father:mother': 'maternal_grandfather',
    'grandfather:father': 'paternal_grandfather',
    'grandfather:mother': 'maternal_grandfather',
    'grandmother:father': 'paternal_grandmother',
    'grandmother:mother': 'maternal_grandmother',
    // «أبو الجد»: the father of the grandfather, a grandfather one generation further
    'father:grandfather': 'paternal_grandfather',
  }
  if (pair === 'son:brother') return sibling('full_brothers_son', 'paternal_brothers_son', 'maternal_brothers_son')
  if (pair === 'son:uncle')
    return line === 'maternal' ? undefined : line === 'paternal' ? 'paternal_uncles_son' : (line === undefined && assumed.push({ kind: 'line_full', relation: 'full_uncles_son' }), 'full_uncles_son')
  return table[pair]
}

/** The number written just before word `i` («اثني عشر», «12»), if one ends there. */
function countEndingAt(words: readonly string[], i: number): number | undefined {
  // (the longest first: «عشر» alone would be ten)
  for (let k = Math.min(3, i); k >= 1; k--) {
    const n = numberAt(words, i - k)
    if (n?.length === k) return n.value
  }
  return undefined
}

export const isBracket = (w: string | undefined) => w === BRACKET || w === CLOSE

/**
 * A line said at `j` and how many words it takes: «من جهة الأب», «من قبل الأم», «شقيق», «لأب وأم», «من الأب والأم»
 * (both parents: full), «لأب», «من الأب», «جهة والده», «لأم», «من الأم».
 */
function lineAt(words: readonly string[], j: number): { line: Line; length: number } | undefined {
  const w = words[j] ?? ''
  const next = words[j + 1] ?? ''
  // «من جهة الأب», «من جهة الأم», «من قبل الأب», «من نفس الأب»
  if (w === 'من' && /^(جهة|قبل|نفس)$/.test(next) && /^(ال)?(اب|ام)$/.test(words[j + 2] ?? '')) return { line: /اب$/.test(words[j + 2]!) ? 'paternal' : 'maternal', length: 3 }
  if (FULL.has(w) || FULL.has(plain(w)) || FULL.has(plain(w).replace(/ا$/, '')) || /^(ل|من )?(ال)?ابوين$/.test(w)) return { line: 'full', length: 1 }
  // «أخت لأب وأم», «من الأب والأم»: through both parents — not «وأخا لأب وأم زوجته», where «أم» begins the next
  // kinswoman, named through another
  const after = words[j + 2] ?? ''
  const construct = after !== '' && !/^[|و]/.test(after) && !isBracket(after) && (/^ال/.test(after) || /(ه|ها|هم|هما|هن)$/.test(after) || headOf(after) !== undefined)
  if (TO_FATHER.has(w) && /^و(ل|لل|ال)?ام$/.test(next) && !(/^وام$/.test(next) && construct)) return { line: 'full', length: 2 }
  if (w === 'من' && /^(ال)?اب$/.test(next) && /^و(ال)?ام$/.test(words[j + 2] ?? '')) return { line: 'full', length: 3 }
  if (TO_FATHER.has(w)) return { line: 'paternal', length: 1 }
  if ((w === 'من' || w === 'جهة') && /^(ال)?(اب|والد|والده|والدها|ابيه|ابيها)$/.test(next)) return { line: 'paternal', length: 2 }
  if (TO_MOTHER.has(w)) return { line: 'maternal', length: 1 }
  if ((w === 'من' || w === 'جهة') && /^(ال)?(ام|والدة|والدته|والدتها|امه|امها)$/.test(next)) return { line: 'maternal', length: 2 }
  return undefined
}

/** The female of a male heir's line, for a bracket that counts both («أولاد أخ (ذكر وبنتان)»). */
export const DAUGHTER_OF: Partial<Record<Relation, Relation>> = {
  son: 'daughter',
  sons_son: 'sons_daughter',
  full_brother: 'full_sister',
  paternal_brother: 'paternal_sister',
  maternal_brother: 'maternal_sister',
  full_brothers_son: 'brothers_daughter',
  paternal_brothers_son: 'brothers_daughter',
  daughters_son: 'daughters_daughter',
  sisters_son: 'sisters_daughter',
  maternal_brothers_son: 'maternal_brothers_daughter',
  maternal_sisters_son: 'maternal_sisters_daughter',
  paternal_aunts_son: 'paternal_aunts_daughter',
  maternal_uncles_son: 'maternal_uncles_daughter',
  maternal_aunts_son: 'maternal_aunts_daughter',
}
export const MALE_WORD = /^(ذكور|ذكر|ذكرا|ذكران|ذكرين|رجل|رجلا|رجال|رجلان|رجلين|ولد|ولدا|ولدان|ولدين|ابن|ابنا|ابنان|ابنين|ابناء|اولاد|بنين|صبي|صبيا)$/
export const FEMALE_WORD = /^(اناث|انثي|انثيان|انثيين|بنت|بنتا|بنات|بنتان|بنتين|ابنة|ابنتان|ابنتين|نساء|امراة|فتاة)$/
const DUAL_WORD = /(ان|ين)$/

/**
 * «(ثلاثة ذكور وبنت)», «(كلهن بنات)» from word `j`: the males and females a bracket counts (undefined: some,
 * number not said), when it holds nothing else.
 */
export function sexesIn(words: readonly string[], j: number): { males?: number; females?: number; close: number } | undefined {
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

/** What a bracket from word `j` counts, when it counts males and females both (after a pair of sons and daughters). */
export function bothSexesIn(words: readonly string[], j: number): ReturnType<typeof sexesIn> {
  const sexes = sexesIn(words, j)
  return sexes && sexes.males !== 0 && sexes.females !== 0 ? sexes : undefined
}

/** A mention of children split by the bracket's sexes: the males as counted, their sisters beside them. */
export function bySex(m: Mention, sexes: { males?: number; females?: number }): Mention[] {
  const sister = m.relation ? DAUGHTER_OF[m.relation] : undefined
  const out: Mention[] = []
  if (sexes.males !== 0) out.push({ ...m, count: sexes.males ?? (sexes.females === 0 ? m.count : undefined) })
  if (sexes.females !== 0) {
    const count = sexes.females ?? (sexes.males === 0 ? m.count : undefined)
    out.push(sister ? { ...m, relation: sister, count, assumed: [] } : { ...m, relation: undefined, count, assumed: [], distantKin: true })
  }
  return out
}
