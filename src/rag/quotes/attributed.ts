import type { HadithBook } from '../canon/hadith-books'
import { folded } from './cited'

/**
 * The collections an answer names as a hadith's source: after it, « "…" (رواه البخاري ومسلم) », « "…" متفق
 * عليه », « "…" (صحيح مسلم، حديث 303) », "… (Sahih al-Bukhari 1933)", « … (rapporté par Muslim) »; or leading
 * into it, « روى البخاري عن أبي هريرة أن النبي ﷺ قال: "…" », « وفي صحيح مسلم: "…" ». Models misattribute hadith
 * as readily as they misquote them: a saying of Ibn Majah given to al-Bukhari, one of al-Bukhari's to « al-Bukhari
 * and Muslim ». Numbers are not read: al-Bukhari's edition numbers as the printed books do, Muslim's does not.
 * Compilers outside the catalogue (Ahmad, al-Tabarani) are not collections that can be checked, so a source
 * naming only them is none here.
 */

const AR = '\\u0621-\\u064A'
/** Folded Arabic (normaliseArabic) and lower-case Latin spellings of each collection's names. */
const NAMES: ReadonlyArray<readonly [string, readonly HadithBook[]]> = [
  ['(?:صحيح\\s+)?(?:الامام\\s+)?البخاري', ['bukhari']],
  ['(?:صحيح\\s+)?(?:الامام\\s+)?مسلم', ['muslim']],
  ['متفق\\s+عليه|الشيخان|الشيخين', ['bukhari', 'muslim']],
  ['(?:سنن\\s+)?(?:الامام\\s+)?(?:ابو|ابي|ابا)\\s+داود', ['abudawud']],
  ['(?:جامع\\s+|سنن\\s+)?(?:الامام\\s+)?الترمذي', ['tirmidhi']],
  ['(?:سنن\\s+)?(?:الامام\\s+)?النسايي', ['nasai']],
  ['(?:سنن\\s+)?ابن\\s+ماجه', ['ibnmajah']],
  // (« أنس بن مالك » is a narrator, not the Muwatta')
  ['(?:ال)?موطا(?:\\s+(?:الامام\\s+)?مالك)?|(?<!(?:بن|ابن)\\s+)(?:الامام\\s+)?مالك', ['malik']],
  ['(?:sahih\\s+)?(?:al-|el-|al\\s|imam\\s)?bukh[aā]ri', ['bukhari']],
  ['(?:sahih\\s+)?(?:imam\\s)?muslim', ['muslim']],
  ["agreed\\s+upon|muttafaq(?:un)?\\s+'?alayh?i?", ['bukhari', 'muslim']],
  ['(?:sunan\\s+)?ab(?:ou|u|i)[\\s-]+da(?:wou|wu|woo|wo|ou|u|w)d', ['abudawud']],
  ["(?:jami['‘’]?\\s+)?(?:at-|al-)?tirmidh?i", ['tirmidhi']],
  ["(?:sunan\\s+)?(?:an-)?nasa['‘’]?i", ['nasai']],
  ['(?:sunan\\s+)?ibn[\\s-]+m[aā]jah?', ['ibnmajah']],
  ["muwatt?a['‘’]?(?:\\s+(?:of\\s+|de\\s+|d['‘’])?(?:imam\\s+)?malik)?|(?<!(?:ibn|bin|ben)\\s+)(?:imam\\s+)?malik", ['malik']],
]

// (with the conjunction written onto the name: « البخاري ومسلم »)
const word = (re: string, flags = '') => new RegExp(`(?<![${AR}a-z'-])و?(?:${re})(?![${AR}a-z'-])`, flags)
const NAME_RES = NAMES.map(([re, books]) => ({ re: word(re, 'g'), books }))
const ANY_NAME = NAMES.map(([re]) => re).join('|')
/** "in" before a book's title only (« in Muslim countries » names no source). */
const IN_BOOK = '(?:in|dans)(?:\\s+(?:le|the))?(?=\\s+(?:sahih|sunan|jami|muwatt))'
/** Words that say a source follows. */
const CUE =
  'رواه|رواها|روته|روي|روت|اخرجه|اخرجها|اخرجاه|اخرج|خرجه|اورده|المصدر|مصدر|المرجع|مرجع|في|عند|' +
  "narrated\\s+by|reported\\s+by|recorded\\s+by|related\\s+by|transmitted\\s+by|collected\\s+by|source|rapport[ée]e?\\s+par|relat[ée]e?\\s+par|transmis\\s+par|selon|d['‘’]apr[èe]s|" +
  IN_BOOK
/** A source named right at the start of a stretch of text: a cue and a name, or a name alone. */
const OPENS = new RegExp(`^(?:(?:${CUE})[\\s:]+)?(?:(?:le|the)\\s+)?${word(ANY_NAME).source}`)
const NAME_FIRST = new RegExp(`^${word(ANY_NAME).source}`)
/** Where the names of a source end: its narrator (« عن أبي هريرة »), grading, chapter or number, or the sentence. */
const CLAUSE_END = new RegExp(
  `[)\\]\\n.؛;!?؟«»“”"﴿﴾{}]|(?<![${AR}])(?:عن|ان|انه|قال|قالت|بسند|باسناد|بلفظ|كتاب|باب|رقم|وصحح\\S*|صحح\\S*|وحسن\\S*|حسن\\S*|وضعف\\S*|ضعف\\S*)(?![${AR}])|(?<![a-z])(?:from|on the authority|graded|book|chapter|livre|chapitre|d['‘’]apr[èe]s|no\\.|n°)(?![a-z])`,
)
/** Cues that lead into a quotation (« روى البخاري … »), the last one before it read. */
const LEADS_IN = word(`رواه|روي|روت|اخرجه|اخرج|خرجه|في|عند|narrated\\s+by|reported\\s+by|recorded\\s+by|rapport[ée]e?\\s+par|selon|d['‘’]apr[èe]s|according\\s+to|${IN_BOOK}`, 'g')

/** How far after a quotation its source is looked for, and how far before. */
const TRAIL = 80
const LEAD = 150
const TAGS = /<\/?[a-z_]{1,20}>/gi
const MARKS = /[«»“”"﴿﴾{}]/

/** Where a source is written in the text (UTF-16 offsets, end excluded): from its first collection's name to its last one's. */
export interface Attribution {
  books: HadithBook[]
  start: number
  end: number
}

/** A stretch of the text folded for reading, with where each of its characters comes from. */
function foldedWindow(text: string, from: number, to: number): { text: string; origin: number[] } {
  const f = folded(text, from, to)
  const blank = (m: string) => ' '.repeat(m.length)
  const out = f.text
    .replace(TAGS, blank)
    .toLowerCase()
    // (emphasis: « **المصدر:** **البخاري** »)
    .replace(/\*/g, ' ')
    // (a number in brackets inside a list of sources: « رواه أبو داود (3483) والترمذي »)
    .replace(/[([]\s*\d[\d\s,،/:-]*[)\]]/g, blank)
  return { text: out, origin: f.origin }
}

/** The collections named in a stretch of text (its end cut at CLAUSE_END), in the order named, and where their names lie in it. */
function namesIn(clause: string): { books: HadithBook[]; from: number; to: number } | undefined {
  const end = CLAUSE_END.exec(clause)
  const text = end ? clause.slice(0, end.index) : clause
  const found = NAME_RES.flatMap(({ re, books }) => [...text.matchAll(re)].flatMap((m) => books.map((book) => ({ at: m.index, to: m.index + m[0].length, book }))))
  if (found.length === 0) return undefined
  found.sort((a, b) => a.at - b.at)
  return { books: [...new Set(found.map((f) => f.book))], from: found[0]!.at, to: Math.max(...found.map((f) => f.to)) }
}

/** The names found in `clause`, which starts at `offset` of the folded window, placed in the text (with the last letter's marks). */
function placed(text: string, window: { origin: number[] }, offset: number, clause: string): Attribution | undefined {
  const names = namesIn(clause)
  if (!names) return undefined
  let end = window.origin[offset + names.to - 1]! + 1
  while (end < text.length && /\p{M}/u.test(text[end]!)) end++
  return { books: names.books, start: window.origin[offset + names.from]!, end }
}

/** The source written just after a quotation: in brackets opened right after it, or opening the words that follow. */
function after(text: string, end: number): Attribution | undefined {
  const window = foldedWindow(text, end, Math.min(text.length, end + TRAIL))
  // (closing marks, a full stop, the quote's own bracket and the end of its line come first: « "…". (رواه مسلم) »,
  // « > "…"\n> المصدر: البخاري »)
  const skipped = /^[\s.،,»”"'‘’﴾}_>)\]]*/.exec(window.text)![0].length
  const own = window.text.slice(skipped).split(MARKS)[0]!.split('\n')[0]!
  const bracket = /^[([]\s*/.exec(own)
  if (bracket) return placed(text, window, skipped + bracket[0].length, own.slice(bracket[0].length))
  const lead = /^[\s:،,\-–—]*/.exec(own)![0].length
  return OPENS.test(own.slice(lead)) ? placed(text, window, skipped + lead, own.slice(lead)) : undefined
}

/** The source leading into a quotation: the last cue on its line before it, with the names that follow the cue. */
function before(text: string, start: number): Attribution | undefined {
  const window = foldedWindow(text, Math.max(0, start - LEAD), start)
  const raw = window.text.replace(/[\s«“"﴿{[(*_>]*$/, '')
  const lead = raw.split(MARKS).at(-1)!.split('\n').at(-1)!
  const leadAt = raw.length - lead.length
  // (« روى البخاري في صحيحه عن … »: the cue nearest the quotation that names a source, not merely the nearest; in
  // the quotation's own sentence, not closed in brackets after the previous one)
  for (const cue of [...lead.matchAll(LEADS_IN)].reverse()) {
    const after = lead.slice(cue.index + cue[0].length)
    const clause = after.replace(/^\s+/, '')
    if (/[.!?؟]/.test(clause) || unclosed(clause)) break
    if (OPENS.test(clause)) return placed(text, window, leadAt + cue.index + cue[0].length + (after.length - clause.length), clause)
  }
  // (a line opened by the source and leading into the quotation: « - البخاري، كتاب الإيمان: "…" »)
  const line = lead.replace(/^[\s\-–•>\d.)]*/, '')
  return NAME_FIRST.test(line) && /:\s*$/.test(line) && !/[.!?؟]/.test(line) ? placed(text, window, leadAt + lead.length - line.length, line) : undefined
}

/** More brackets closed than opened: the cue was inside brackets closed before the quotation (« "…" (رواه مسلم)، و"…" »). */
const unclosed = (clause: string) => (clause.match(/[)\]]/g)?.length ?? 0) > (clause.match(/[([]/g)?.length ?? 0)

/** The source the text names for the quotation at [start, end), if it names a collection: after it, else leading into it. */
export function attributionOf(text: string, start: number, end: number): Attribution | undefined {
  return after(text, end) ?? before(text, start)
}

/** The collections the text names as the source of the quotation at [start, end), if it names any. */
export const attributedBooks = (text: string, start: number, end: number): HadithBook[] | undefined => attributionOf(text, start, end)?.books
