import { normaliseArabic } from '../text/arabic'
import type { CitedVerses } from './cited'

/**
 * What a quotation says it is, read from the words that introduce it: « قال تعالى », « سورة البقرة، الآية 183 »,
 * « القرآن الكريم: » announce a verse; « قال رسول الله ﷺ », « رواه البخاري », « الحديث » a hadith. The cue
 * nearest the quotation wins (an answer cites a verse, then a hadith, in one paragraph). Undefined when neither
 * is announced.
 */
export type Claim = 'quran' | 'hadith'

/** How far before a quotation its introduction is looked for: a line or two, not the paragraph before. */
const LEAD = 120

// Folded (normaliseArabic) spellings; the letters around a cue must not be Arabic letters, so that ايه is not عليه's tail.
const A = '\\u0621-\\u064A'
const word = (alternatives: string) => new RegExp(`(?<![${A}])(?:${alternatives})(?![${A}])`, 'g')
const QURAN_CUES = [word('تعالي|سبحانه|عز وجل|[وفب]?سوره|(?:[وفب]?ال)?ايه|(?:[وفب]?ال)?ايات|[وفب]?القران|القراني|قال الله|يقول الله'), /﴿/g]
const HADITH_CUES = [word('رسول الله|النبي|صلي الله عليه وسلم|[وفب]?الحديث|حديث|رواه|اخرجه|النبوي|نبوي'), /ﷺ/g]

function lastCue(text: string, cues: readonly RegExp[]): number {
  let last = -1
  for (const cue of cues) for (const m of text.matchAll(cue)) last = Math.max(last, m.index + m[0].length)
  return last
}

/** The kind of text the words just before a quotation (and its opening mark) announce. */
export function claimBefore(text: string, start: number, open = ''): Claim | undefined {
  if (open === '﴿') return 'quran'
  const lead = normaliseArabic(text.slice(Math.max(0, start - LEAD), start))
  const quran = lastCue(lead, QURAN_CUES)
  const hadith = lastCue(lead, HADITH_CUES)
  if (quran < 0 && hadith < 0) return undefined
  return quran > hadith ? 'quran' : 'hadith'
}

/**
 * What a quotation is announced as, before it or by the reference written beside it (`cited`, read by cited.ts): a
 * quote given a surah and a verse (« "…" (البقرة: 183) ») is announced as a verse whatever introduces it — a saying
 * or a line of poetry is not given one.
 */
export function claimAround(text: string, start: number, open: string, cited: CitedVerses | undefined): Claim | undefined {
  return claimBefore(text, start, open) ?? (cited ? 'quran' : undefined)
}
