import { numberAt } from './arabic-numbers'
import type { Assumption } from './assumptions'
import { withoutDeathsAfter, withoutDeathsBefore } from './parse-ar-died-after'
import { unsexedChildren } from './parse-ar-children'
import { deceasedsKinGlossed, withoutRestatedGroup } from './parse-ar-gloss'
import { grandchildrenThroughSons, predeceasedSonsChildren } from './parse-ar-grandchild'
import { arabicWordsOf, foldArabic } from './arabic-text'
import { ASKERS_KIN, BRACKET, barrierAt, CLOSE, FULL, GLOSS, HEADS, IGNORED, isQualifier, NEGATIONS, OWNERS, plain, SEXES, UNSUPPORTED } from './parse-ar-words'
import { bothSexesIn, bySex, DAUGHTER_OF, FEMALE_WORD, headOf, isBracket, MALE_WORD, type Mention, mentionAt, resolve, sexesIn } from './parse-ar-mention'
import { readHermaphrodite, withHermaphrodite } from './parse-hermaphrodite'
import { readPregnancy, unbornOf } from './parse-pregnancy'
import { type ParsedFamily, parsedFamily } from './parsed-family'
import { heirTally } from './heir-tally'
import { type Barrier, excludesDistantKindred, FEMALE, NAMED_ONCE, type Relation, type Sex } from './relations'

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
const DEATH = /^(متوفي|متوفاة|متوفيان|متوفيتان|متوفاتان|متوفاتين|متوفيتين|متوفيين|متوفين|متوفيات|متوفون|توفي|توفيت|توفيا|توفيتا|توفوا|توفين|مات|ماتت|ماتا|ماتوا|ميت|ميتة)$/
/**
 * Unread words that change who inherits — time («قبله», «بعد»), alternatives («أو», «آخر»), parts of a group
 * («منهم», «أحدهم»), class names («فرع وارث») and deaths not tied to a kinsman: the family is not trusted.
 */
// («وطفلة»: a child named by a word the vocabulary does not read; «وأمهم» right after kin: their mother — his wife,
// his father's wife, the deceased herself? not guessed, it was dropped; «أم جارية»: slavery is not modelled)
const RISKY =
  /^(وامهم|وامهما|وامهن|ووالدتهم|ووالدتهما|ووالدتهن|جارية|جاريه|طفلة|طفلتين|طفلتان|ضرة|ضرتها|ضرتي|قبل|قبله|قبلها|قبلهم|بعد|بعده|بعدها|او|اخر|اخري|اخرين|اخرون|منهم|منهن|منهما|احدهم|احداهن|احدهما|احداهما|بعض|وارث|فرع|اصل|حفيد|حفيدا|حفيدة|احفاد|احفادا|حفيدات|حفيدان|حفيدين|حفيدتين|حفيدتان)$/
/** «وأمهم» (their mother), «جارية» (a slave woman: slavery is not modelled): unread words that matter after an heir only. */
const AFTER_KIN_ONLY = /^(و(امهم|امهما|امهن|والدتهم|والدتهما|والدتهن)|جارية|جاريه)$/
/** «وأحفاده», «وحفيديه», «وحفيدته»: his grandchildren, a son's or a daughter's — not «لأحفاده», to whom a bequest is made. */
const GRANDCHILDREN_OWNED = /^و?(حفيده|حفيدها|حفيدته|حفيدتها|حفيديه|حفيديها|حفيدتيه|حفيدتيها|حفيداه|حفيداها|احفاده|احفادها|حفيداته|حفيداتها)$/
/** «حمل لزوجة ابن الميت», «حمل لزوجة أخ شقيق», «أم حامل»: every pregnancy the text names is another kinsman's wife's. */
function notTheDeceasedsChild(raw: string): boolean {
  const text = raw.replace(/[\u064B-\u0652\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا')
  const all = [...text.matchAll(/حمل|حامل/g)].length
  const others = [
    ...text.matchAll(/(حمل|حامل)\s*(ل|من\s+)?(زوجة|زوجه|زوجات)\s+(ال)?(ابن|ابنه|ابنها|اخ|اخيه|اخيها|عم|عمه)/g),
    ...text.matchAll(/(^|[\s،,(])و?(ال)?(ام|امه|امها|والدة|والدته|والدتها)\)?\s*[،,(]?\s*(و?هي\s+)?حامل/g),
  ].length
  return all > 0 && others === all
}

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
// («إخوة (أشقاء ولأب)»: a second line joined by «و», some of each, in numbers not said)
const isRisky = (w: string) => RISKY.test(w) || RISKY.test(plain(w)) || GRANDCHILDREN_OWNED.test(w) || DEATH.test(w) || DEATH.test(plain(w)) || /^و(لاب|للاب|لام|للام)$/.test(w)

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

/** Kin read from a bare «أخ», «أخت», «أب», «أم»: a spouse's when the spouse is named after them. */
const SPOUSES_KIN: ReadonlySet<Relation> = new Set(['full_brother', 'full_sister', 'father', 'mother'])

function scan(text: string): { mentions: Mention[]; unread: string[]; barriers: string[]; mothersOnly: string[] } {
  // Commas (and «) (» between bracketed heirs, and dashes) are kept as «|»: «أم، بنت» is two heirs, «أم البنت» one.
  // Sentence ends too: «لم يترك فرعا. ما نصيب الزوجة؟» negates nothing in the second sentence.
  const words = arabicWordsOf(
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
  const out: Mention[] = []
  const unread: string[] = []
  // the words that bar an heir, read as his («أم قاتلة»): not beyond the calculator there
  const barriers: string[] = []
  // his wife named only as the mother of heirs before her («ابن من زوجته الأولى»)
  const mothersOnly: string[] = []
  let pending: number | undefined
  // «وليس له أب ولا أم»: kin named after a negation, up to the next comma, are absent
  let negated = false
  // «ابنة لها ولدان»: kin named after «لها» are the heir's, not the deceased's, up to the next comma
  let owned = false
  // the kinsman named last since the last comma
  let last: Mention | undefined
  for (let i = 0; i < words.length; ) {
    // («وعن أخ»: a new heir of the deceased after another's kin)
    // («وليس له وارث غير من ذكر، كأب أو أم»: a list after «ك» goes on with the negation before it)
    const goesOn = negated && words[i] === '|' && /^ك/.test(words[i + 1] ?? '') && headOf(words[i + 1]!.slice(1)) !== undefined
    if ((words[i] === '|' && !goesOn) || /^و?عن$/.test(words[i]!)) negated = owned = false
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
    // «اثنان من الأعمام», «ثلاثة من أبنائه»: a number of a plural of kin, said with «من»
    const partitive = n && words[i + n.length] === 'من' ? headOf(words[i + n.length + 1] ?? '') : undefined
    if (partitive && partitive[1] === 'many' && partitive[0] !== 'wife') {
      pending = n!.value
      i += n!.length + 1
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
        !ESTATE.test(w) &&
        // («وكتب الفيلا لأولاده وأمهم», «صدقة جارية»: their mother, a slave woman's word, in a clause about something
        // else — not said right after an heir)
        !(AFTER_KIN_ONLY.test(w) && last?.end !== i)
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
    // «ابن من زوجته المتوفاة»: a spouse after «من» says whose child the kinsman before is; «أبناء عم من الجد
    // الثالث»: any other kinsman there is a lineage not read — refused
    // (not «كل ابن من أبناء العم»: one of them)
    const from = words[start - 1] === 'من' && last?.end === start - 1
    // («ابن من زوجته الأولى التي ما زالت على ذمته»: the mother named is his wife still — an heir, read on)
    const wifeStill = from && m.relation === 'wife' && STILL_WIFE.test(words.slice(m.end, m.end + 6).join(' '))
    const whose = from && (m.relation === 'wife' || m.relation === 'husband') && !wifeStill
    // (his wife named only as the mother, not said to be former or dead: taken to be his wife no longer, and said so)
    if (whose && m.relation === 'wife' && /^(زوجته|زوجتيه)$/.test(plain(words[start]!)) && !FORMER_WIFE.test(words.slice(m.end, m.end + 3).join(' ')))
      mothersOnly.push(`من ${words.slice(start, m.end + (ORDINAL.test(words[m.end] ?? '') ? 1 : 0)).join(' ')}`)
    const lineage = from && (m.relation === 'paternal_grandfather' || m.relation === 'paternal_grandmother' || m.relation === 'maternal_grandmother')
    if (lineage && !negated && !owned) out.push({ ...m, relation: undefined, alsoFemale: undefined, phrase: `من ${m.phrase}` })
    // («وثلاثة إخوة، وجميع إخوته لديهم أبناء»: «all his brothers» are those counted, named again)
    const allAgain = /^و?(جميع|كل)$/.test(words[start - 1] ?? '') && out.some((o) => o.relation === m.relation)
    const pushed = !negated && !owned && !predeceased && !spokenOf && !(after && last?.end === start) && !whose && !lineage && !allAgain
    // «وإخوتها وأخواتها متوفين»: a masculine plural death after two conjoined kin is both groups' death
    const deathWord = words[m.end + (within ? 0 : one)] ?? ''
    if (predeceased && /^و/.test(words[start]!) && out.at(-1)?.end === start && /^(متوفين|متوفون|متوفيان|توفوا|توفيا|ماتوا|ماتا)$/.test(deathWord)) out.pop()
    if (pushed) {
      // («زوجته الأولى وزوجته الثانية»: an ordinal after it tells one wife from another)
      const ordinal = ORDINAL.test(words[m.end] ?? '')
      out.push({ ...m, count: death?.before && one && count !== undefined ? count - 1 : count, ...(ordinal ? { ordinal } : {}) })
      if (m.alsoFemale) out.push({ relation: m.alsoFemale, count: undefined, phrase: m.phrase, assumed: [], end: m.end })
    }
    pending = undefined
    last = { ...m, count }
    i = m.end + (death ? (within ? 0 : one) + death.length : 0)
    const barrier = barrierAt(words, i)
    const afterBarrier = barrier ? i + barrier.length : -1
    if (barrier) {
      if (pushed) for (const k of m.alsoFemale ? [out.length - 2, out.length - 1] : [out.length - 1]) out[k] = { ...out[k]!, barred: barrier.barred }
      barriers.push(...words.slice(i, i + barrier.length))
      i += barrier.length
    }
    // «وابن مفقود», «وأخوين من الأب مفقودين»: heirs missing, whether alive unknown
    if (MISSING.test(words[i] ?? '') && pushed && !m.alsoFemale) {
      out[out.length - 1] = { ...out[out.length - 1]!, missing: true }
      barriers.push(words[i]!)
      i++
    }
    // «وبنين وبنات (ثلاثة ذكور وأربع إناث)»: a bracket of both sexes after the sons and the daughters counts the pair
    const pair = words[i] === BRACKET && pushed && m.relation && !m.alsoFemale ? out.at(-2) : undefined
    const pairSexes = pair?.relation && DAUGHTER_OF[pair.relation] === m.relation && pair.end === start ? bothSexesIn(words, i + 1) : undefined
    if (pairSexes) {
      out.splice(out.length - 2, 2, ...bySex(pair!, pairSexes))
      i = pairSexes.close + 1
      continue
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
    // («ابنا قاتلا له وبنتا»: «له» read with the barrier is the deceased, whom he killed — not the heir's kin after it)
    if (OWNERS.has(words[i - 1]!) && i !== afterBarrier && words[i] !== undefined && (headOf(words[i]!) || numberAt(words, i))) owned = true
  }
  return { mentions: sharedLines(out, words), unread, barriers, mothersOnly }
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
  const diedAfter = withoutDeathsAfter(withoutRestatedGroup(deceasedsKinGlossed(predeceasedSonsChildren(raw))))
  const diedBefore = withoutDeathsBefore(diedAfter.text)
  const children = unsexedChildren(diedBefore.text)
  const hermaphrodite = readHermaphrodite(grandchildrenThroughSons(children?.text ?? diedBefore.text))
  const pregnancy = readPregnancy(hermaphrodite.text)
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
  const { mentions, barriers, mothersOnly } = scan(text)
  for (const phrase of mothersOnly) assumptions.push({ kind: 'wife_named_as_mother', phrase })
  // (the killing told again beside a killer the family names as such — «وابن قاتل (قتل أباه)», «قتلته زوجته، وترك
  // الزوجة القاتلة» — is that heir's)
  const killerNamed = mentions.some((m) => m.barred === 'homicide')
  // a barrier said of an heir («أم قاتلة», «زوجة غير مسلمة») is read with him; said of no heir, it is beyond
  const attached = new Map<string, number>()
  for (const w of barriers) attached.set(w, (attached.get(w) ?? 0) + 1)
  const readWithHeir = (w: string) => (attached.get(w) ?? 0) > 0 && attached.set(w, attached.get(w)! - 1) !== undefined
  // «ربيبة»: a spouse's child by another marriage, kin by marriage only — no heir, and said so
  for (const w of words) if (/^و?(ال)?(ربيب|ربيبة|ربائب|ربيبان|ربيبتان|ربيبين|ربيبتين)$/.test(w)) assumptions.push({ kind: 'not_kin', phrase: w })
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
  // «أمي»: a relative named from the asker's side, not the deceased's (the vocabulary's); guessing would be worse
  // («توفي أبي عن …» names the deceased: only the heirs after «عن» are checked)
  const heirsFrom = Math.max(
    0,
    words.findIndex((w) => /^(عن|ترك|وترك|تركت|وتركت)$/.test(w)),
  )
  // («وأبي الأب»: the genitive of «أبو» before its noun, the father's father — not «my father»)
  // («وأمها (جدتي)»: the asker's word for the heir just named, in a bracket — a gloss, not one more heir)
  const glosses = new Set([...text.matchAll(/\(\s*([^()\s]+)\s*\)/g)].flatMap((m) => arabicWordsOf(m[1]!)))
  const outsideBrackets = new Set(arabicWordsOf(text.replace(/\([^()]*\)/g, ' ')))
  const glossed = (w: string) => glosses.has(w) && !outsideBrackets.has(w)
  for (const [i, w] of words.entries())
    if (i >= heirsFrom && ASKERS_KIN.test(w) && !glossed(w) && !(/^و?ابي$/.test(w) && /^ال/.test(words[i + 1] ?? ''))) problems.push(`«${w}» is named from the asker's side`)
  const from = /(^|\s)(عن|ترك|وترك|تركت|وتركت|وله|ولها|خلف|وخلف)\s/.exec(text)
  for (const w of unreadWords(from ? text.slice(from.index + from[0].length) : text)) if (isRisky(w)) problems.push(`«${w}» may change who inherits`)
  const tally = heirTally()
  const heirs = tally.heirs
  const lower: { phrase: string; generation: number; male: boolean; count: number | undefined }[] = []
  const distant: string[] = []
  // «أخت شقيقة وأخت شقيقة أو لأب»: the alternative is said of one of two kin read as one group — which one?
  for (const r of either) if (mentions.filter((m) => m.relation === r).length > 1) problems.push('«أو لأب» is said of one of several kin of the same line')
  // who died is said before the heirs («توفيت عن …»); «أخت توفيت قبله» among them is a kinswoman's death
  const told = (heirsFrom > 0 ? words.slice(0, heirsFrom + 1) : words).join(' ')
  const saidFemale = /(^|\s)(توفيت|ماتت|هلكت|امراة|امراه)(\s|$)/.test(told) || /(^|\s)(المتوفاة|المتوفية)(\s|$)/.test(words.join(' '))
  const toldMale = /(^|\s)(توفي|مات|هلك|رجل)(\s|$)/.test(told)
  const saidMale = !saidFemale && toldMale
  const survivor = saidFemale ? 'husband' : saidMale ? 'wife' : undefined
  const spousesKin = new Set<number>()
  const named = new Set<Relation>()
  const missingGroups: { relation: Relation; count: number; barred?: Barrier }[] = []
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
    if (m.relation && named.has(m.relation) && (/^و?ال/.test(m.phrase) || again) && (m.count ?? 1) === 1 && m.barred && had !== undefined) {
      if (had > 1) tally.set(m.relation, had - 1)
      else heirs.delete(m.relation)
      tally.add(m.relation, 1, m.barred)
      continue
    }
    if (m.relation && named.has(m.relation) && (/^و?ال/.test(m.phrase) || again) && (m.count ?? 1) === 1 && !m.barred) {
      if (m.missing) missingGroups.push({ relation: m.relation, count: 1 })
      continue
    }
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
    if (m.missing) missingGroups.push({ relation: m.relation, count, ...(m.barred ? { barred: m.barred } : {}) })
  }
  // one group of missing heirs is divided for; missing heirs of two groups, or barred ones, are not modelled
  const lines = new Set(missingGroups.map((g) => g.relation))
  const missing = lines.size === 1 && !missingGroups.some((g) => g.barred) ? { relation: missingGroups[0]!.relation, count: missingGroups.reduce((a, g) => a + g.count, 0) } : undefined
  if (missingGroups.length > 0 && !missing) problems.push('missing heirs of more than one group')
  // a relative of another religion is barred on the reading that the deceased was a Muslim: said back
  if (tally.barredFor('religion')) assumptions.push({ kind: 'deceased_muslim' })
  // A male descendant excludes every descendant below him (Bukhari 6732: the nearest male)
  for (const { phrase } of lower)
    if (heirs.has('son') || heirs.has('sons_son') || heirs.has('sons_sons_son')) assumptions.push({ kind: 'lower_descendant_excluded', phrase })
    else problems.push(`«${phrase}» is not in the vocabulary`)
  // The distant kindred inherit only when no sharer but a spouse and no residuary is left
  const sharerOrResiduary = excludesDistantKindred(heirs.keys())
  for (const phrase of distant)
    if (sharerOrResiduary) assumptions.push({ kind: 'distant_kin_excluded', phrase })
    else problems.push(`«${phrase}» is not in the vocabulary`)
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
  // A pregnancy whose child's relation the family does not settle (a mother's, the father being dead) is refused
  const unborn = pregnancy.carrier ? unbornOf(pregnancy, deceased, new Set(heirs.keys())) : undefined
  if (pregnancy.carrier && !unborn) {
    // (every pregnancy is a son's widow's, a brother's or an uncle's wife's, or the mother's: beside a son its child
    // inherits nothing, whoever it is)
    if (heirs.has('son') && notTheDeceasedsChild(raw)) assumptions.push({ kind: 'unborn_excluded' })
    else problems.push('«حمل»: whose child the unborn is is not said')
  }
  if (diedAfter.found) assumptions.push({ kind: 'died_after' })
  // «ثلاثة أولاد» with no daughter named: read as sons, as in common speech, but the word covers daughters too (4:11)
  const childrenWord = mentions.find((m) => m.relation === 'son' && /(^|\s)و?(ال)?(اولاد|ولاد)/.test(m.phrase))
  if (childrenWord && !heirs.has('daughter')) assumptions.push({ kind: 'children_as_sons', phrase: childrenWord.phrase })
  const unsexed = withHermaphrodite(hermaphrodite, !!(unborn || missing), problems, assumptions)
  takeOutDeadBefore(tally, diedBefore.kin)
  return parsedFamily(deceased, tally, assumptions, problems, {
    ...(unborn ? { unborn } : {}),
    ...(missing ? { missing } : {}),
    ...(either.length > 0 ? { either } : {}),
    ...(anyDescendant ? { anyDescendant } : {}),
    ...(children ? { unsexedChildren: children.count ?? 3 } : {}),
    ...(unborn && pregnancy.outcome ? { unbornOutcome: pregnancy.outcome } : {}),
    ...unsexed,
  })
}
