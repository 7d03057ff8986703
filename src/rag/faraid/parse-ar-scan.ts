import { numberAt } from './arabic-numbers'
import { arabicWordsOf } from './arabic-text'
import { bothSexesIn, bySex, DAUGHTER_OF, FEMALE_WORD, headOf, isBracket, MALE_WORD, type Mention, mentionAt, resolve, sexesIn } from './parse-ar-mention'
import { BRACKET, barrierAt, CLOSE, FULL, GLOSS, HEADS, IGNORED, isQualifier, NEGATIONS, OWNERS, plain, SEXES } from './parse-ar-words'
import { FEMALE } from './relations'

/** What one pass over an Arabic family's words finds. */
export interface Scanned {
  mentions: Mention[]
  /** Words no kinship phrase, count, negation or connective accounts for. */
  unread: string[]
  /** The words that bar an heir, read as his («أم قاتلة»): not beyond the calculator there. */
  barriers: string[]
  /** His wife named only as the mother of heirs before her («ابن من زوجته الأولى»). */
  mothersOnly: string[]
}

/** Where the pass stands: the word at `i`, and what the words before it said of the ones after. */
interface Pass extends Scanned {
  words: string[]
  i: number
  /** A number said before the kinsman it counts. */
  pending?: number
  /** «وليس له أب ولا أم»: kin named after a negation, up to the next comma, are absent. */
  negated: boolean
  /** «ابنة لها ولدان»: kin named after «لها» are the heir's, not the deceased's, up to the next comma. */
  owned: boolean
  /** The kinsman named last since the last comma. */
  last?: Mention
}

/**
 * The kinship phrases of a family in order, word by word: a clause's negation or owner, the numbers before kin,
 * the kinsman and what is said right after him (a death, a barrier, a bracket counting or glossing him).
 */
export function scan(text: string): Scanned {
  const p: Pass = { words: scannedWords(text), i: 0, mentions: [], unread: [], barriers: [], mothersOnly: [], negated: false, owned: false }
  while (p.i < p.words.length) {
    clauseMarks(p)
    const n = numberAt(p.words, p.i)
    if (countBefore(p, n) || ownerVerb(p)) continue
    const start = p.i
    // «إخوة (أشقاء ولأب)»: «ولأب» after a line is a second line, not the father
    const secondLine = /^و(لاب|للاب|لام|للام)$/.test(p.words[p.i]!) && isQualifier(p.words[p.i - 1] ?? '')
    const m = secondLine ? undefined : mentionAt(p.words, p.i)
    if (!m) {
      unreadWord(p, n)
      continue
    }
    const pushed = placeMention(p, m, start)
    const afterBarrier = barredAfter(p, m, pushed)
    if (countedInBracket(p, m, start, pushed)) continue
    glossAfter(p, m, start)
    // («ابنا قاتلا له وبنتا»: «له» read with the barrier is the deceased, whom he killed — not the heir's kin after it)
    const { words, i } = p
    if (OWNERS.has(words[i - 1]!) && i !== afterBarrier && words[i] !== undefined && (headOf(words[i]!) || numberAt(words, i))) p.owned = true
  }
  return { mentions: sharedLines(p.mentions, p.words), unread: p.unread, barriers: p.barriers, mothersOnly: p.mothersOnly }
}

/**
 * The words, with commas (and «) (» between bracketed heirs, and dashes) kept as «|»: «أم، بنت» is two heirs, «أم
 * البنت» one. Sentence ends too: «لم يترك فرعا. ما نصيب الزوجة؟» negates nothing in the second sentence.
 */
function scannedWords(text: string): string[] {
  return arabicWordsOf(
    text
      // («وجدته -أم أبيه-»: a gloss between dashes that hold its words, read as a bracket — not two heirs; «زوجة - ابن - بنت» is a list)
      .replace(/(^|\s)-([^-\s()،,][^-\n()،,]{0,28}[^-\s()،,])-(?=\s|$|[،,.])/g, '$1($2)')
      .replace(CHILDREN_COLON, (all, children: string, sexes: string) => (bySexOnly(sexes) ? `${children} (${sexes})` : all))
      // «وخمسة أبناء (اثنان ذكور، وثلاث إناث)»: a comma inside a bracket of counts by sex parts no heirs
      .replace(/\(([^()]*[،,][^()]*)\)/g, (all, inner: string) => (bySexOnly(inner.replace(/[،,]/g, ' ')) ? `(${inner.replace(/\s*[،,]\s*/g, ' ')})` : all))
      .replace(/\(\s*(?:العدد\s*)?(\d+)\s*\)/g, ' العدد $1 ')
      .replace(/[،,؛;\n؟?–—]|\.(?!\d)|\)\s*\(|(?<!\d)-|-(?!\d)/g, ' | ')
      .replace(/\(/g, ` ${BRACKET} `)
      .replace(/\)/g, ` ${CLOSE} `),
  )
}

/** A comma ends a clause's negation and owner; «لها» after the heir it agrees with, or a negation, opens one. */
function clauseMarks(p: Pass): void {
  const { words, i } = p
  // («وعن أخ»: a new heir of the deceased after another's kin)
  // («وليس له وارث غير من ذكر، كأب أو أم»: a list after «ك» goes on with the negation before it)
  const goesOn = p.negated && words[i] === '|' && /^ك/.test(words[i + 1] ?? '') && headOf(words[i + 1]!.slice(1)) !== undefined
  if ((words[i] === '|' && !goesOn) || /^و?عن$/.test(words[i]!)) p.negated = p.owned = false
  if (words[i] === '|') p.last = undefined
  // «بنت متزوجة ولها أبناء»: kin after «لها» are the heir's, past words describing her, when the pronoun agrees
  // with her (not «وأبناء ذكوراً وإناثاً ولها أخوات», the deceased's)
  if (OWNERS.has(words[i]!) && p.last && words[i + 1] !== undefined && (headOf(words[i + 1]!) || numberAt(words, i + 1)) && agrees(words[i]!, p.last)) p.owned = true
  if (NEGATIONS.has(words[i]!)) p.negated = true
}

/** A number before kin: kept for the kinsman it counts; «سبعة ذكور وست إناث» are the deceased's children. */
function countBefore(p: Pass, n: ReturnType<typeof numberAt>): boolean {
  if (!n) return false
  const { words, i } = p
  // («وترك 100000 وزوجة»: a kinsman after «و» is the next heir, not counted by the number before it)
  const counted = words[i + n.length] ?? ''
  if (counted !== '' && headOf(counted) && !(/^و/.test(counted) && !HEADS[counted])) {
    p.pending = n.value
    p.i += n.length
    return true
  }
  // «اثنان من الأعمام», «ثلاثة من أبنائه»: a number of a plural of kin, said with «من»
  const partitive = words[i + n.length] === 'من' ? headOf(words[i + n.length + 1] ?? '') : undefined
  if (partitive && partitive[1] === 'many' && partitive[0] !== 'wife') {
    p.pending = n.value
    p.i += n.length + 1
    return true
  }
  // «سبعة ذكور وست إناث»: counted males and females with no noun are the deceased's children
  const sex = SEXES[plain(words[i + n.length] ?? '')]
  if (!sex) return false
  if (!p.negated && !p.owned) p.mentions.push({ relation: sex, count: n.value, phrase: words.slice(i, i + n.length + 1).join(' '), assumed: [], end: i + n.length + 1 })
  p.i += n.length + 1
  return true
}

/** «أخت متزوجة ولديها أطفال»: «لديها» (she has) before kin, not «ولديها» (her two sons) — what follows is hers. */
function ownerVerb(p: Pass): boolean {
  const { words, i } = p
  // («وعندو»: spoken «وعنده»)
  const has = /^و?(لديها|لديه|لديهم|لديهن|عندها|عنده|عندهم|عندو)$/.exec(words[i]!)
  if (!has || words[i + 1] === undefined || words[i + 1] === '|' || isBracket(words[i + 1])) return false
  if (p.last && agrees(has[1]!.replace(/^(لدي|عند)/, 'ل').replace(/^لو$/, 'له'), p.last)) p.owned = true
  p.i++
  return true
}

/** A word that is no kinsman: kept as unread unless it is a connective, a filler, a number or the estate. */
function unreadWord(p: Pass, n: ReturnType<typeof numberAt>): void {
  const { words, i } = p
  const w = words[i]!
  // «وحفيدة (بنت ابنه …)»: a grandchild glossed by the kinship in the bracket after her, read there
  const glossed = /^و?(ال)?(حفيد|حفيدة|حفيدان|حفيدتان|حفيدين|حفيدتين|احفاد|حفيدات)$/.test(w) && words[i + 1] === BRACKET && headOf(words[i + 2] ?? '') !== undefined
  if (
    !glossed &&
    !p.negated &&
    !p.owned &&
    w !== '|' &&
    !n &&
    !FILLERS.has(w) &&
    !FILLERS.has(plain(w)) &&
    !IGNORED.has(w) &&
    !IGNORED.has(plain(w)) &&
    !NEGATIONS.has(w) &&
    w !== 'العدد' &&
    !ESTATE.test(w) &&
    // («وكتب الفيلا لأولاده وأمهم», «صدقة جارية»: their mother, a slave woman's word, in a clause about something
    // else — not said right after an heir)
    !(AFTER_KIN_ONLY.test(w) && p.last?.end !== i)
  )
    p.unread.push(w)
  p.pending = undefined
  p.i += n ? n.length : 1
}

/**
 * The kinsman at `start`, kept as an heir or not — denied, another's kin, dead before, spoken of, the mother of
 * heirs only, a lineage — and the pass moved past him and a death said after him. Whether he was kept.
 */
function placeMention(p: Pass, m: Mention, start: number): boolean {
  const { words, mentions: out } = p
  // «وأخ شقيق متوفى قبله»: a kinsman who died before is no heir («أبناء أخ متوفى»: the brother died, not his
  // sons; «توفي بعده»: he died after, and inherited); «وستة إخوة، أحدهم توفي قبلها»: one fewer
  // («ثلاث أخوات من أب واحدة توفيت قبلها»: «واحدة» read with the noun, and the death after it is hers)
  const within = /^(واحد|واحدة)$/.test(words[m.end - 1] ?? '') && DEATH.test(words[m.end] ?? '') && (p.pending ?? m.count ?? 2) > 1
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
  const count = p.pending ?? m.count
  const free = !p.negated && !p.owned
  // «وكان ضامنا لابنته الصغرى»: a kinsman named already, after «ل» (for, to), is spoken of, not added
  const after = /^ل/.test(words[start]!) && !HEADS[words[start]!]
  const spokenOf = after && out.some((o) => o.relation === m.relation)
  // «أعمام غير أشقاء لوالدها»: right after a kinsman, «ل» makes a genitive (her father's uncles) not read here
  if (after && free && p.last?.end === start) out.push({ ...m, relation: undefined, alsoFemale: undefined, phrase: `${words.slice(0, start).at(-1)} ${m.phrase}` })
  const { whose, lineage } = motherOrLineage(p, m, start)
  // («وثلاثة إخوة، وجميع إخوته لديهم أبناء»: «all his brothers» are those counted, named again)
  const allAgain = /^و?(جميع|كل)$/.test(words[start - 1] ?? '') && out.some((o) => o.relation === m.relation)
  const pushed = free && !predeceased && !spokenOf && !(after && p.last?.end === start) && !whose && !lineage && !allAgain
  // «وإخوتها وأخواتها متوفين»: a masculine plural death after two conjoined kin is both groups' death
  const deathWord = words[m.end + (within ? 0 : one)] ?? ''
  if (predeceased && /^و/.test(words[start]!) && out.at(-1)?.end === start && /^(متوفين|متوفون|متوفيان|توفوا|توفيا|ماتوا|ماتا)$/.test(deathWord)) out.pop()
  if (pushed) {
    // («زوجته الأولى وزوجته الثانية»: an ordinal after it tells one wife from another)
    const ordinal = ORDINAL.test(words[m.end] ?? '')
    out.push({ ...m, count: death?.before && one && count !== undefined ? count - 1 : count, ...(ordinal ? { ordinal } : {}) })
    if (m.alsoFemale) out.push({ relation: m.alsoFemale, count: undefined, phrase: m.phrase, assumed: [], end: m.end })
  }
  p.pending = undefined
  p.last = { ...m, count }
  p.i = m.end + (death ? (within ? 0 : one) + death.length : 0)
  return pushed
}

/**
 * «ابن من زوجته المتوفاة»: a spouse after «من» says whose child the kinsman before is (`whose`); «أبناء عم من الجد
 * الثالث»: any other kinsman there is a lineage not read (`lineage`) — refused (not «كل ابن من أبناء العم»: one of them).
 */
function motherOrLineage(p: Pass, m: Mention, start: number): { whose: boolean; lineage: boolean } {
  const { words } = p
  const from = words[start - 1] === 'من' && p.last?.end === start - 1
  // («ابن من زوجته الأولى التي ما زالت على ذمته»: the mother named is his wife still — an heir, read on)
  const wifeStill = from && m.relation === 'wife' && STILL_WIFE.test(words.slice(m.end, m.end + 6).join(' '))
  const whose = from && (m.relation === 'wife' || m.relation === 'husband') && !wifeStill
  // (his wife named only as the mother, not said to be former or dead: taken to be his wife no longer, and said so)
  if (whose && m.relation === 'wife' && /^(زوجته|زوجتيه)$/.test(plain(words[start]!)) && !FORMER_WIFE.test(words.slice(m.end, m.end + 3).join(' ')))
    p.mothersOnly.push(`من ${words.slice(start, m.end + (ORDINAL.test(words[m.end] ?? '') ? 1 : 0)).join(' ')}`)
  const lineage = from && (m.relation === 'paternal_grandfather' || m.relation === 'paternal_grandmother' || m.relation === 'maternal_grandmother')
  if (lineage && !p.negated && !p.owned) p.mentions.push({ ...m, relation: undefined, alsoFemale: undefined, phrase: `من ${m.phrase}` })
  return { whose, lineage }
}

/** A barrier («قاتل», «كافر») or «مفقود» right after the kinsman is his. Where the barrier ended (−1: none). */
function barredAfter(p: Pass, m: Mention, pushed: boolean): number {
  const out = p.mentions
  const barrier = barrierAt(p.words, p.i)
  const afterBarrier = barrier ? p.i + barrier.length : -1
  if (barrier) {
    if (pushed) for (const k of m.alsoFemale ? [out.length - 2, out.length - 1] : [out.length - 1]) out[k] = { ...out[k]!, barred: barrier.barred }
    p.barriers.push(...p.words.slice(p.i, p.i + barrier.length))
    p.i += barrier.length
  }
  // «وابن مفقود», «وأخوين من الأب مفقودين»: heirs missing, whether alive unknown
  if (MISSING.test(p.words[p.i] ?? '') && pushed && !m.alsoFemale) {
    out[out.length - 1] = { ...out[out.length - 1]!, missing: true }
    p.barriers.push(p.words[p.i]!)
    p.i++
  }
  return afterBarrier
}

/**
 * A bracket after the kinsman that counts his group by sex: «وبنين وبنات (ثلاثة ذكور وأربع إناث)» the pair,
 * «أولاد أخ (ثلاثة ذكور وبنت)» his children. Whether it did (the pass is then past it).
 */
function countedInBracket(p: Pass, m: Mention, start: number, pushed: boolean): boolean {
  const { words, i, mentions: out } = p
  // «وبنين وبنات (ثلاثة ذكور وأربع إناث)»: a bracket of both sexes after the sons and the daughters counts the pair
  const pair = words[i] === BRACKET && pushed && m.relation && !m.alsoFemale ? out.at(-2) : undefined
  const pairSexes = pair?.relation && DAUGHTER_OF[pair.relation] === m.relation && pair.end === start ? bothSexesIn(words, i + 1) : undefined
  if (pairSexes) {
    out.splice(out.length - 2, 2, ...bySex(pair!, pairSexes))
    p.i = pairSexes.close + 1
    return true
  }
  // «أولاد أخ (ثلاثة ذكور وبنت)», «أبناء شقيق (3 بنات ورجل)», «(كلهن بنات)»: the bracket counts his children by sex
  // («وأولاد ابن (ولد وبنت)»: a group of both sexes, counted by the bracket)
  const sexes =
    words[i] === BRACKET && pushed && m.relation && (!m.alsoFemale || m.alsoFemale === DAUGHTER_OF[m.relation]) && (DAUGHTER_OF[m.relation] || /uncles_son$/.test(m.relation))
      ? sexesIn(words, i + 1)
      : undefined
  if (!sexes) return false
  const both = m.alsoFemale ? 2 : 1
  out.splice(out.length - both, both, ...bySex(out[out.length - both]!, sexes))
  p.i = sexes.close + 1
  return true
}

/**
 * «الزوجة (الأم)», «والدين (أم وأب)», «أب (المتوفى)»: a bracket after one heir describes him, it adds no heir
 * (not «(ابن) العدد 1 (أب)», where the brackets hold the heirs themselves) — the pass moves past it.
 */
function glossAfter(p: Pass, m: Mention, start: number): void {
  const { words, i } = p
  const bracketed = words.slice(Math.max(0, start - 2), start).includes(BRACKET) || words.slice(start, i).includes(CLOSE)
  const open = bracketed ? -1 : words[i - 1] === BRACKET ? i : words[i] === BRACKET ? i + 1 : -1
  const close = open < 0 ? -1 : words.indexOf(CLOSE, open)
  if (
    close > open &&
    (m.count !== undefined || headOf(m.phrase.split(' ')[0]!)?.[0] === 'parents') &&
    words.slice(open, close).every((w) => headOf(w) || w === 'و' || FILLERS.has(plain(w)) || GLOSS.test(w))
  )
    p.i = close + 1
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
    // («أبناء وبنات الابن», «أولاد وبنات إخوة»: a plural of sons before «وبنات» and a kinsman shares him too)
    const possessor =
      of !== undefined && !isQualifier(of) && (/^ل./.test(of) || (/^(ابناء|اولاد|بنين)$/.test(plain(m.phrase.replace(/^و(?!لد)/, ''))) && /^و(بنات|البنات)$/.test(next!.phrase.split(' ')[0]!)))
    if (conjoined && (m.relation === 'son' || m.relation === 'daughter') && !m.phrase.includes(' ') && possessor) {
      const shared = mentionAt([m.phrase.replace(/^و(?!لد)/, ''), of, ...rest], 0)
      if (shared?.relation && shared.relation !== m.relation) return { ...m, relation: shared.relation, assumed: shared.assumed, phrase: `${m.phrase} … ${of}` }
    }
    if (!m.lineless || !next?.line || !conjoined) return m
    const assumed = m.assumed.filter((a) => a.kind !== 'line_full')
    return { ...m, relation: resolve(m.lineless, undefined, next.line, assumed), assumed }
  })
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
export const DEATH = /^(متوفي|متوفاة|متوفيان|متوفيتان|متوفاتان|متوفاتين|متوفيتين|متوفيين|متوفين|متوفيات|متوفون|توفي|توفيت|توفيا|توفيتا|توفوا|توفين|مات|ماتت|ماتا|ماتوا|ميت|ميتة)$/
/** «وأمهم» (their mother), «جارية» (a slave woman: slavery is not modelled): unread words that matter after an heir only. */
const AFTER_KIN_ONLY = /^(و(امهم|امهما|امهن|والدتهم|والدتهما|والدتهن)|جارية|جاريه)$/
/** «مفقود», «مفقودة», «مفقودين»: missing, whether alive unknown. */
const MISSING = /^(مفقود|مفقودة|مفقودين|مفقودون|مفقودان|مفقودتان|مفقودات)$/
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
/** The estate and how it is divided («وترك مبلغا قدره 5000 ريال», «وقسمت التركة على 24 سهما»): no heir, no doubt. */
const ESTATE =
  /^و?(ال)?(تركة|تركته|تركتها|مبلغ|مبلغا|قدره|قدرها|وقدره|وقدرة|قدرة|مقداره|مقدارها|قيمتها|قيمته|قسمت|وقسمت|تقسم|سهم|سهما|اسهم|سهام|الف|الفا|الاف|مليون|ريال|دينار|دينارا|درهم|درهما|جنيه|جنيها|دولار|دولارا|يورو|ليرة|مال|مالا|اموال)$/

/** «وأولاد عمه الأشقاء: رجل وثلاث بنات»: a colon after children opens their count by sex, as a bracket would. */
const CHILDREN_COLON = /((?:^|\s)و?(?:ال)?(?:اولاد|أولاد|ابناء|أبناء|ولدا|ابنا)[^:،,.؛\n()]{0,30}):\s*([^:،,.؛\n؟?()]+)/g
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

/** «التي ما زالت على ذمته», «وهي في عصمته»: said after a wife, she is his wife still. */
const STILL_WIFE =
  /^(?:ال)?(?:اولي|اولى|ثانيه|ثانية|اخري|اخرى)?\s*(?:التي|وهي|و)?\s*(?:ما زالت|مازالت|لا تزال|لاتزال|ما تزال)?\s*(?:علي|على|في)\s+(?:ذمته|عصمته)|^(?:ال)?(?:اولي|اولى|ثانيه|ثانية)?\s*(?:التي|وهي)\s+(?:ما زالت|مازالت|لا تزال)\s+زوجته/
/** «السابقة», «المتوفاة», «المطلقة»: said after a wife, she is his wife no longer. */
const FORMER_WIFE = /(?:^|\s)(?:ال)?(?:سابقه|سابقة|متوفاه|متوفاة|مطلقه|مطلقة|راحله|راحلة|متوفيه|متوفية)(?:\s|$)/

/** «الأولى», «الثانية», «الأخرى» (folded): said after a kinsman, another one of his kind. */
const ORDINAL = /^(الاولي|الاولى|الثانيه|الثانية|الثالثه|الثالثة|الرابعه|الرابعة|الاخري|الاخرى)$/
