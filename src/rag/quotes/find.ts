/**
 * Where a text quotes: between « », “ ”, " " or the Qur'anic ﴿ ﴾, with mostly Arabic letters inside.
 * Offsets are UTF-16 code units of the text (as JavaScript's String indexes them), the quote's inner text only.
 */
export interface Span {
  start: number
  end: number
}

const QUOTED = /(«|“|"|﴿)([^«»“”"﴿﴾\n]{3,1500}?)(»|”|"|﴾)/g

/** Whether quoted text is Arabic (mostly Arabic letters): a French « mot » or an English "phrase" is not checked. */
function isArabicQuote(inner: string): boolean {
  const letters = inner.replace(/[^\p{L}]/gu, '')
  const arabic = letters.replace(/[^\u0621-\u064A\u0671-\u06D3]/g, '')
  return letters.length > 0 && arabic.length / letters.length >= 0.7
}

/** The marked Arabic quotations of a text, in order, with their opening and closing marks. */
export function markedQuotes(text: string): Array<Span & { open: string; inner: string; close: string; whole: Span }> {
  const found = []
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[2]!
    if (!isArabicQuote(inner)) continue
    const start = m.index + m[1]!.length
    found.push({ start, end: start + inner.length, open: m[1]!, inner, close: m[3]!, whole: { start: m.index, end: m.index + m[0].length } })
  }
  return found
}

/** An Arabic word with its diacritics and Qur'anic marks. */
const ARABIC_WORD = /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06D6-\u06ED]+/g
/** What ends a clause: a run of Arabic words across it is two runs. */
const CLAUSE_BREAK = /[.!?؟،,؛;:()[\]{}«»“”"﴿﴾\n*#–—-]/

/**
 * Runs of Arabic words outside marked quotations, cut at punctuation: where an unmarked quotation may be.
 * Each run's words carry their offsets, so that a part of the run can be reported.
 */
export function arabicRuns(text: string, skip: readonly Span[]): Array<Array<Span & { word: string }>> {
  const runs: Array<Array<Span & { word: string }>> = []
  let run: Array<Span & { word: string }> = []
  let last = 0
  for (const m of text.matchAll(ARABIC_WORD)) {
    const start = m.index
    const end = start + m[0].length
    const inside = skip.some((s) => start < s.end && end > s.start)
    if (inside || CLAUSE_BREAK.test(text.slice(last, start)) || /[^\s\u0600-\u06FF\u08D3-\u08FF]/.test(text.slice(last, start).replace(/[\s\d]/g, ''))) {
      if (run.length > 0) runs.push(run)
      run = []
    }
    if (!inside) run.push({ start, end, word: m[0] })
    last = end
  }
  if (run.length > 0) runs.push(run)
  return runs
}
