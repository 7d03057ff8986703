import { arabicWordsOf, foldArabic } from './arabic-text'
import { numberAt } from './arabic-numbers'
/**
 * «وجد (أبو المتوفى)», «وجدة (أم المتوفى)»: a kinship word from the asker's side glossed by who the person is to
 * the deceased — the gloss names the heir, the word before it does not (a grandfather to the asker is the
 * deceased's father).
 */
const GLOSSED = /(^|[\s،,:])(و?)(?:ال)?[^\s،,:()]+\s*\(\s*(?:وهو\s+|وهي\s+|اي\s+)?(ابو|اب|والد|ام|والدة|زوجة|زوج|ابن|بنت|اخ|اخت)\s+(?:ال)?(?:متوفي|متوفاة|ميت|ميتة)\s*\)/g

/** The text with each such heir written as the gloss says; unchanged when there is none. */
export function deceasedsKinGlossed(raw: string): string {
  const folded = foldArabic(raw)
  if (folded.search(GLOSSED) < 0) return raw
  return folded.replace(GLOSSED, (_, before: string, and: string, kin: string) => `${before}${and}${kin === 'ابو' ? 'اب' : kin}`)
}

/** «وترك إخوته: ثلاثة إخوة وأختين», «أولاده: ابنان وبنت»: a group named, then counted after a colon. */
const RESTATED = /(^|[\s،,])و?(?:ال)?(?:اخوته|اخوتها|اخوانه|اخوانها|اولاده|اولادها|ابناؤه|ابنائه|ابناءه|ابناؤها|ابنائها|ابناءها|الاخوة|الاولاد|الابناء)\s*:\s*(?=[^\s])/g

/** A sibling or a child named as one of such a group («أخوين», «وأختا», «ثلاث أخوات», «ابنا», «ثلاثة أشقاء»). */
const MEMBER =
  '(?:(?:[^\\s()،,:.]+\\s+)?و?(?:ال)?(?:اخ|اخا|اخوين|اخوان|اخوة|اخت|اختا|اختين|اختان|اخوات|ابن|ابنا|ابنين|ابنان|ابناء|بنت|بنتا|بنتين|بنتان|بنات|ولد|ولدا|ولدين|ولدان)|[^\\s()،,:.]+\\s+(?:اشقاء|شقيقين|شقيقان|شقيقتين|شقيقتان|شقيقات))(?=[\\s،,.)]|$)'
/**
 * «وإخوة: أخوين شقيقين وأختا لأب», «وإخوة وأخوات (أخوين وثلاث أخوات)»: a plural with no number (or two joined)
 * named, then its members counted after a colon or in a bracket — the plural is their heading, not more of them.
 */
const HEADED = new RegExp(`(^|[\\s،,])و?(?:ال)?(?:اخوة|اخوات|ابناء|اولاد|بنين|بنات)(?:\\s+و(?:ال)?(?:اخوات|بنات))?\\s*(?::\\s*(?=${MEMBER})|\\(\\s*(?=${MEMBER})([^()]*)\\))`, 'g')

/**
 * The text with such a group's name taken out, so that its members are not counted twice; unchanged when there is
 * none. A comma stands where it was: «زوجة وأولاده: ابنين» must not become «زوجة ابنين», the wife of two sons.
 */
export function withoutRestatedGroup(raw: string): string {
  const plain = foldArabic(raw)
  const folded = groupsWritten(plain)
  if (folded.search(RESTATED) < 0 && folded.search(HEADED) < 0) return folded === plain ? raw : folded
  const comma = (before: string) => (before === '' || /[،,]/.test(before) ? before : `${before}، `)
  return folded.replace(RESTATED, (_, before: string) => comma(before)).replace(HEADED, (_, before: string, members?: string) => `${comma(before)}${members ?? ''}`)
}

/**
 * «وإخوته: ثلاثة ذكور وبنتين», «وإخوة أشقاء: ذكرين وأنثى», «وخمسة إخوة: ثلاثة ذكور وأختان»: siblings counted by sex
 * after a colon (sibling nouns among them) — no sons and daughters.
 */
const SIBLINGS_BY_SEX = /(^|[\s،,])(?<!(?:اولاد|ابناء|بنات|ابن|بنت)\s)(و?)(?:ال)?(?:اخوته|اخوتها|اخوانه|اخوانها|اخوة|اخوه)(?:\s+((?:ال)?(?:اشقاء|لاب|لام|من الاب|من الام)))?\s*:\s*([^،,.؛:()]*)/g
const SEXES = 'ذكور|ذكورا|ذكرين|ذكران|ذكرا|ذكر|اناث|اناثا|بنات|انثيين|انثيان|بنتين|بنتان|انثي|بنتا|بنت'
const SIBLINGS = 'اخوين|اخوان|اخوة|اختين|اختان|اخوات|اخا|اختا|اخت|اخ'
const SEX_WORD = new RegExp(`(^|\\s)(و?)(${SEXES})(?=$|\\s)`, 'g')
const SIBLING_OR_SEX = new RegExp(`(^|\\s)(و?)(${SEXES}|${SIBLINGS})(?=$|\\s)`, 'g')
const COUNT_OR_SEX = new RegExp(
  `^(\\d+|واحد|واحده|اثنان|اثنين|اثنتان|اثنتين|ثلاث|ثلاثه|ثلاثة|اربع|اربعه|اربعة|خمس|خمسه|خمسة|ست|سته|ستة|سبع|سبعه|سبعة|ثماني|ثمانيه|ثمانية|تسع|تسعه|تسعة|عشر|عشره|عشرة|${SEXES}|${SIBLINGS})$`,
)
/** Each sex word as a sibling noun: one, two or several. */
const AS_SIBLING: Record<string, [noun: string, many: 1 | 2 | 3]> = {
  ذكور: ['اخوة', 3],
  ذكورا: ['اخوة', 3],
  ذكرين: ['اخوين', 2],
  ذكران: ['اخوين', 2],
  ذكرا: ['اخا', 1],
  ذكر: ['اخ', 1],
  اناث: ['اخوات', 3],
  اناثا: ['اخوات', 3],
  بنات: ['اخوات', 3],
  انثيين: ['اختين', 2],
  انثيان: ['اختين', 2],
  بنتين: ['اختين', 2],
  بنتان: ['اختين', 2],
  انثي: ['اخت', 1],
  بنتا: ['اختا', 1],
  بنت: ['اخت', 1],
}
/** The full line said of the group, agreeing with each member («أخوين شقيقين», «أخت شقيقة»). */
const FULL: Record<string, string> = { اخوة: 'اشقاء', اخوين: 'شقيقين', اخا: 'شقيقا', اخ: 'شقيق', اخوات: 'شقيقات', اختين: 'شقيقتين', اختا: 'شقيقة', اخت: 'شقيقة' }
/** The same for the sibling nouns not written out above. */
const FULL_OF_NOUN: Record<string, string> = { اخوان: 'شقيقان', اختان: 'شقيقتان' }

/** The text with siblings counted by sex or by line written as brothers and sisters (folded), or as it was when none are. */
export function siblingsCountedIn(raw: string): string {
  const folded = foldArabic(raw)
  const rewritten = groupsWritten(folded)
  return rewritten === folded ? raw : rewritten
}

/** Groups split into their members, siblings counted by sex, then by line (folded text in and out). */
const groupsWritten = (folded: string): string => siblingsByLine(siblingsBySex(groupsSplit(folded)))

function siblingsBySex(folded: string): string {
  return folded.replace(SIBLINGS_BY_SEX, (all, before: string, and: string, line: string | undefined, members: string) => {
    // (only counts and sexes: « إخوة: ما هو نصيب … وبنت الابن » is a question, not a count)
    const words = members
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/^و(?=\S{2})/, ''))
    if (members.search(SEX_WORD) < 0 || !words.every((w) => COUNT_OR_SEX.test(w))) return all
    // (a sibling noun among the sexes keeps its word and takes the group's line too: «إخوة لأب: ذكران وأخت»)
    const rewritten = members.replace(SIBLING_OR_SEX, (_, space: string, conj: string, word: string) => {
      const noun = AS_SIBLING[word]?.[0] ?? word
      const qualifier = !line ? '' : /اشقاء/.test(line) ? ` ${FULL[noun] ?? FULL_OF_NOUN[noun]}` : ` ${line.replace(/^ال/, '')}`
      return `${space}${conj}${noun}${qualifier}`
    })
    return `${before}${and}${rewritten}`
  })
}

/**
 * «وثلاث أخوات: اثنتان شقيقتان وواحدة لأب», «وإخوة (اثنان أشقاء وواحد لأم)»: siblings named, then counted by line
 * — each count is as many siblings of that line, and the group's name is their heading, not more of them.
 */
const SIBLINGS_BY_LINE = /(^|[\s،,])(و?)((?:[^\s،,:()]+\s+)?)(?:ال)?(اخوات|اخواته|اخواتها|اخوة|اخوه|اخوته|اخوتها|اخوان|اخوانه|اخوانها)\s*(?::\s*([^،,.؛:()]*)|\(\s*([^()]*)\))/g
const LINE_WORD = /^(شقيق|شقيقة|شقيقه|شقيقان|شقيقتان|شقيقين|شقيقتين|اشقاء|شقيقات|لاب|لام)$/
const FULL_LINE = { female: ['شقيقة', 'شقيقتين', 'شقيقات'], male: ['شقيق', 'شقيقين', 'اشقاء'] } as const
const SIBLING_NOUN = { female: ['اخت', 'اختين', 'اخوات'], male: ['اخ', 'اخوين', 'اخوة'] } as const

/** The members as sibling nouns («اخت شقيقة، اختان لاب»), or undefined when they are not all «count line». */
function membersByLine(members: string, sex: 'male' | 'female'): { text: string; total: number } | undefined {
  const words = arabicWordsOf(members.replace(/من (ال)?(اب|ام)/g, 'ل$2'))
  const out: string[] = []
  let total = 0
  for (let i = 0; i < words.length; ) {
    if (words[i] === 'و' && out.length > 0) {
      i++
      continue
    }
    const and = /^و(?=\S{2})/.test(words[i]!) && !numberAt(words, i) ? 'و' : ''
    const at = and ? [...words.slice(0, i), words[i]!.slice(1), ...words.slice(i + 1)] : words
    const n = numberAt(at, i)
    const line = n ? at[i + n.length] : undefined
    if (!n || !line || !LINE_WORD.test(line)) return undefined
    const many = n.value === 1 ? 0 : n.value === 2 ? 1 : 2
    const full = /^(شقيق|اشقاء)/.test(line)
    const noun = SIBLING_NOUN[sex][many]
    out.push(`${out.length ? 'و ' : ''}${many === 2 ? `${n.value} ` : ''}${noun} ${full ? FULL_LINE[sex][many] : line}`)
    total += n.value
    i += n.length + 1
  }
  return out.length > 1 ? { text: out.join(' '), total } : undefined
}

function siblingsByLine(folded: string): string {
  return folded.replace(SIBLINGS_BY_LINE, (all, before: string, and: string, count: string, group: string, colon?: string, bracket?: string) => {
    const sex = /^اخوات/.test(group) ? 'female' : 'male'
    const members = membersByLine(colon ?? bracket ?? '', sex)
    if (!members) return all
    // (a count said of the group must be the members' sum: «ثلاث أخوات: اثنتان شقيقتان وواحدة لأب»)
    const stated = count.trim() ? numberAt([count.trim()], 0)?.value : undefined
    if (count.trim() && stated === undefined) return all
    if (stated !== undefined && stated !== members.total) return all
    return `${before}${and}${members.text}${colon !== undefined ? '' : ' '}`
  })
}

/** A line said of a sibling: «من الأب», «لأم», «شقيقة» (folded). */
const SIDE = '(?:شقيقة|شقيقه|شقيق|من الاب|من الام|من جهة الاب|من جهة الام|لاب|لام|للاب|للام)'
/** «وأختان إحداهما من الأب والأخرى من الأم»: two siblings, each of her own line. */
const ONE_EACH = new RegExp(`(^|[\\s،,])(و?)(اختان|اختين|اخوان|اخوين)\\s+(?:احداهما|احدهما)\\s+(${SIDE})\\s+و\\s*(?:ال)?(?:اخري|اخر|ثانيه|ثانية)\\s+(${SIDE})(?=$|[\\s،,.])`, 'g')
/** «و7 إخوة أشقاء (منهم أختان و5 إخوة ذكور)»: a group counted, then its members after «منهم» in a bracket. */
const GROUP_OF = /(^|[\s،,])(و?)\s*((?:\d+|[^\s()،,]+)\s+)?(?:ال)?(اخوة|اخوه|ابناء|اولاد)(\s+(?:ال)?اشقاء)?\s*\(\s*(?:منهم|منهن)\s+([^()]*)\)/g
const MEMBER_WORD = /^(و?(اخ|اخا|اخوين|اخوان|اخوة|اخت|اختا|اختين|اختان|اخوات|ابن|ابنا|ابنين|ابنان|ابناء|بنت|بنتا|بنتين|بنتان|بنات|ذكور|ذكر|اناث|انثي|شقيق|شقيقة|اشقاء|شقيقات)|و)$/

/** The text with such groups written as their members, or as it was when none are. */
function groupsSplit(folded: string): string {
  return folded
    .replace(ONE_EACH, (_, before: string, and: string, pair: string, first: string, second: string) => {
      const noun = /^اخت/.test(pair) ? 'اخت' : 'اخ'
      return `${before}${and}${noun} ${first} و${noun} ${second}`
    })
    .replace(GROUP_OF, (all, before: string, and: string, count: string | undefined, _group: string, _line: string | undefined, members: string) => {
      const words = arabicWordsOf(members)
      // (only counts and kin: « (منهم من توفي قبله) » is no list of members)
      if (!words.every((w, k) => MEMBER_WORD.test(w) || numberAt(words, k) !== undefined || numberAt(words, k - 1)?.length === 2)) return all
      const stated = count ? numberAt([count.trim()], 0)?.value : undefined
      if (count && stated === undefined) return all
      if (stated !== undefined && stated !== membersCounted(words)) return all
      return `${before}${and}${members.trim()}`
    })
}

/** How many siblings or children «أختان و5 إخوة ذكور» counts: a number, a dual, else one. */
function membersCounted(words: readonly string[]): number {
  let total = 0
  for (let k = 0; k < words.length; k++) {
    const n = numberAt(words, k)
    if (n) {
      total += n.value
      k += n.length
      continue
    }
    const w = words[k]!.replace(/^و(?=\S{2})/, '')
    if (/^(اخ|اخا|اخت|اختا|ابن|ابنا|بنت|بنتا)$/.test(w)) total += 1
    else if (/^(اخوين|اخوان|اختين|اختان|ابنين|ابنان|بنتين|بنتان)$/.test(w)) total += 2
  }
  return total
}
