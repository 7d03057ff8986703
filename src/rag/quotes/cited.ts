import { createRequire } from 'node:module'
import { normaliseArabic } from '../text/arabic'

/**
 * The verse reference an answer writes beside a quotation: « "…" (البقرة: 183) », « (سورة الجمعة، الآية 9) »,
 * « الآية 30 من سورة البقرة », « [2:235] », or before it, « في سورة البقرة الآية 267: "…" ». Models often get the
 * verse number wrong and the surah right, so the surah is kept even when the number is missing or doubtful.
 */
export interface CitedVerses {
  surah: number
  /** The verses named, when a number is written. */
  from?: number
  to?: number
}

interface Chapter {
  id: number
  name: string
}

/** Other names a surah is known by (the shipped index has one per surah). */
const ALIASES: Record<number, string[]> = {
  9: ['براءه'],
  17: ['بني اسراييل'],
  40: ['المومن'],
  41: ['حم السجده'],
  47: ['القتال'],
  76: ['الدهر'],
  94: ['الانشراح'],
  99: ['الزلزال'],
  111: ['اللهب', 'تبت'],
  112: ['التوحيد'],
}

let names: Array<{ name: string; surah: number }> | undefined

/** Folded surah names, longest first (so « آل عمران » is not read as a shorter name inside it). */
function surahNames(): Array<{ name: string; surah: number }> {
  if (!names) {
    const chapters = createRequire(import.meta.url)('quran-json/dist/chapters/index.json') as Chapter[]
    // (models often drop the article: « (زمر: 37) », « سورة شعراء »)
    const all = chapters.flatMap((c) => {
      const name = normaliseArabic(c.name)
      const bare = /^ال[^ ]{3,}$/.test(name) ? [name.slice(2)] : []
      return [name, ...bare, ...(ALIASES[c.id] ?? [])].map((n) => ({ name: n, surah: c.id }))
    })
    names = all.sort((a, b) => b.name.length - a.name.length)
  }
  return names
}

const NUM = '(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?'
const VERSE_WORD = '(?:ال)?(?:ايه|ايات|ايتان|ايتين)'
/** Letters that may not touch a name: « النور » is not the end of « بالنور ». */
const NOT_LETTER = '(?<![\\u0621-\\u064A])'
const END = '(?![\\u0621-\\u064A])'

interface Shape {
  re: RegExp
  /** Which groups hold the surah (a name, or a number) and the verses. */
  surah: number
  from: number
  to: number
  named: boolean
}

let shapes: Shape[] | undefined

/** The ways a reference is written, most specific first. */
function referenceShapes(): Shape[] {
  if (!shapes) {
    const alternatives = surahNames()
      .map((n) => n.name.replace(/ /g, '\\s+'))
      .join('|')
    const NAME = `${NOT_LETTER}(${alternatives})${END}`
    shapes = [
      // «الآية 30 من سورة البقرة», «آية (31) من سورة النور»
      { re: new RegExp(`${VERSE_WORD}\\s*(?:رقم\\s*)?[([]?\\s*${NUM}\\s*[)\\]]?\\s*من\\s+سوره\\s+${NAME}`), surah: 3, from: 1, to: 2, named: true },
      // «سورة الجمعة، الآية 9», «سورة القصص (56)», «سورة البقرة: 255»
      { re: new RegExp(`سوره\\s+${NAME}\\s*[،,:]?\\s*[([]?\\s*(?:${VERSE_WORD}\\s*)?(?:رقم\\s*)?[:(]?\\s*${NUM}`), surah: 1, from: 2, to: 3, named: true },
      // «(البقرة: 183)», «[الحج: 63]», «(البقرة، 185)»
      { re: new RegExp(`${NAME}\\s*(?:[:：]|[،,](?=\\s*\\d))\\s*${NUM}`), surah: 1, from: 2, to: 3, named: true },
      // «في السورة 31، آية 17»
      { re: new RegExp(`سوره\\s+(?:رقم\\s*)?(\\d{1,3})\\s*[،,]?\\s*${VERSE_WORD}\\s*(?:رقم\\s*)?${NUM}`), surah: 1, from: 2, to: 3, named: false },
      // «[2:235]», «(2: 255)»
      { re: new RegExp(`[([]\\s*(\\d{1,3})\\s*:\\s*${NUM}\\s*[)\\]]`), surah: 1, from: 2, to: 3, named: false },
      // «سورة البقرة» alone: the surah without a verse
      { re: new RegExp(`سوره\\s+${NAME}`), surah: 1, from: 0, to: 0, named: true },
    ]
  }
  return shapes
}

/** Folded, with Eastern Arabic digits written as ASCII ones. */
const fold = (text: string) => normaliseArabic(text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)))

/** The first reference in a stretch of text, with where it ends in the folded text. */
function referenceIn(text: string): (CitedVerses & { index: number; end: number }) | undefined {
  let first: (CitedVerses & { index: number; end: number }) | undefined
  for (const shape of referenceShapes()) {
    const m = shape.re.exec(text)
    if (!m || (first && m.index >= first.index)) continue
    const surahText = m[shape.surah]!
    const surah = shape.named ? surahNames().find((n) => n.name === surahText.replace(/\s+/g, ' '))!.surah : Number(surahText)
    if (surah < 1 || surah > 114) continue
    const from = shape.from > 0 && m[shape.from] ? Number(m[shape.from]) : undefined
    const to = shape.to > 0 && m[shape.to] ? Number(m[shape.to]) : from
    first = { surah, ...(from ? { from, to: Math.max(from, to ?? from) } : {}), index: m.index, end: m.index + m[0].length }
  }
  return first
}

/** How far after a quotation its reference is looked for, and how far before. */
const TRAIL = 60
const LEAD = 100
/** Markup tags around a quotation («<aya_end>», «</b>»): not words. */
const TAGS = /<\/?[a-z_]{1,20}>/gi
/** The longest tag TAGS takes. */
const TAG_MARGIN = 23
/** Quotation marks: another quotation begins or ends there, and a reference beyond it is that one's. */
const MARKS = /[«»“”"﴿﴾{}]/

/** A stretch of the text, folded, with where each folded character comes from (folding drops diacritics). */
export function folded(text: string, from: number, to: number): { text: string; origin: number[] } {
  let out = ''
  const origin: number[] = []
  for (let i = from; i < to; i++) {
    const f = fold(text[i]!)
    out += f
    for (let k = 0; k < f.length; k++) origin.push(i)
  }
  return { text: out, origin }
}

/** The reference read in [from, to) of the text, with its offsets in the text. */
function readIn(text: string, from: number, to: number): { ref: CitedVerses & { index: number; end: number }; folded: string; start: number; end: number } | undefined {
  const f = folded(text, from, to)
  const ref = referenceIn(f.text)
  return ref && { ref, folded: f.text, start: f.origin[ref.index]!, end: f.origin[ref.end - 1]! + 1 }
}

/** Where a reference was read: the verses it names, and its offsets in the text (UTF-16 code units, end excluded). */
export interface CitedReference {
  verses: CitedVerses
  start: number
  end: number
}

/**
 * The verses a text names beside the quotation at [start, end): written just after it (up to the next
 * quotation), or else just before it and leading into it (« في سورة البقرة الآية 267: »), not trailing a
 * previous quotation.
 */
export function citedReference(text: string, start: number, end: number): CitedReference | undefined {
  // Tags are markup (« "…"<aya_end> (الإسراء: 15) »): blanked, so that offsets stay the text's — only around the
  // quotation (a tag reaching into the windows read lies wholly within TAG_MARGIN of them), not over the whole text
  // once per quotation.
  const around = Math.max(0, start - LEAD - TAG_MARGIN)
  const plain = text.slice(around, end + TRAIL + TAG_MARGIN).replace(TAGS, (t) => ' '.repeat(t.length))
  /** The text from a to b (offsets in the text), tags blanked. */
  const slice = (a: number, b: number) => plain.slice(Math.max(0, a - around), Math.max(0, b - around))
  /** The reference read in [a, b) of the text, its offsets the text's. */
  const read = (a: number, b: number) => {
    const found = readIn(plain, a - around, b - around)
    return found && { ...found, start: found.start + around, end: found.end + around }
  }
  // (a full stop inside the closing mark ends the quotation's sentence, not the reference's: «…صخب." (الجمعة: 9)»)
  const from = end + /^\s*[.،,]?\s*[»”"﴾}\])*]*/.exec(slice(end, end + TRAIL))![0].length
  const window = slice(from, end + TRAIL)
  const unquoted = window.split(MARKS)[0]!
  // (a quotation that ends its line may have its reference on the next: « > "…"**\n> (البقرة: 255) »)
  const lines = unquoted.split('\n')
  const trailLength = /^[\s*_]*$/.test(lines[0]!) && lines.length > 1 ? lines[0]!.length + 1 + lines[1]!.length : lines[0]!.length
  const next = read(from, from + trailLength)
  // (a reference a sentence further on names what comes next, and one followed by a colon leads into the next quote)
  if (next && !/[.!؟?]/.test(next.folded.slice(0, next.ref.index)) && !/^[\s)\]]*:/.test(next.folded.slice(next.ref.end))) return { verses: strip(next.ref), start: next.start, end: next.end }
  const leadEnd = start - /[\s«“"﴿{[(*]*$/.exec(slice(Math.max(0, start - LEAD), start))![0].length
  const lead = slice(Math.max(0, start - LEAD), leadEnd)
  const pieces = lead.split(MARKS)
  const own = pieces.at(-1)!.split('\n').at(-1)!
  const before = read(leadEnd - own.length, leadEnd)
  if (!before) return undefined
  // it leads into the quotation (nothing but a colon or « قوله تعالى » after it) and does not follow another one —
  // unless a colon says it leads into this one (« "…".  سورة فصلت، الآية 42: "…" »)
  const rest = before.folded.slice(before.ref.end)
  const leads = /^[\s:،,)\]*.-]*(?:(?:قوله|قال|يقول)\s+(?:الله\s+)?(?:تعالي|سبحانه)?\s*)?[\s:]*$/.test(rest)
  const trailsQuote = pieces.length > 1 && !/[\u0621-\u064A]/.test(before.folded.slice(0, before.ref.index)) && !/:\s*$/.test(rest)
  return leads && !trailsQuote ? { verses: strip(before.ref), start: before.start, end: before.end } : undefined
}

/** The verses named beside the quotation at [start, end) (citedReference), without where. */
export const citedVerses = (text: string, start: number, end: number): CitedVerses | undefined => citedReference(text, start, end)?.verses

const strip = ({ surah, from, to }: CitedVerses): CitedVerses => ({ surah, ...(from ? { from, to: to ?? from } : {}) })

/**
 * Whether a reference names what the quotation was traced to: the same surah and, when it gives numbers, verses
 * that overlap them. A verse reference beside a hadith is wrong; beside a quote traced to nothing, undecided.
 */
export function citedMatches(cited: CitedVerses, traced: { kind: string; verses?: { surah: number; from: number; to: number } }): boolean | undefined {
  if (traced.kind === 'hadith') return false
  const v = traced.verses
  if (!v) return undefined
  if (cited.surah !== v.surah) return false
  return cited.from === undefined || (cited.from <= v.to && (cited.to ?? cited.from) >= v.from)
}
