import { analyze } from '../text/analyze'
import { answerTexts, gradesLine } from './messages-i18n'
import type { AnswerProvider, AnswerRequest } from './provider'

const MAX_SOURCES = 4
/**
 * A source is quoted only if it scores at least this share of the best one: weak tail matches (a verse sharing
 * one common word with a question about an uploaded course) are listed among the sources but not quoted.
 * Chosen on the development questions of eval/xling/train.tsv (`npm run eval -- --xling --xling-file train`): at 0.6 the
 * answering verse is still quoted as often as with no cut (95.6 %), with 3.1 passages quoted instead of 4.
 */
export const QUOTE_RELATIVE_CUT = 0.6
const MAX_QUOTE = 420

function sentences(text: string): string[] {
  return (text.match(/[^.!?؟۔;]+[.!?؟۔;]*/g) ?? [text]).map((s) => s.trim()).filter((s) => s.length > 0)
}

/** The passage's most relevant sentences (those sharing most question terms), in their original order, within a budget. */
export function bestExcerpt(text: string, question: string, lang: AnswerRequest['lang']): string {
  if (text.length <= MAX_QUOTE) return text.trim()
  const wanted = new Set(analyze(question, lang, { query: true }))
  const all = sentences(text)
  const scored = all.map((s, i) => ({ i, s, score: analyze(s, lang).filter((t) => wanted.has(t)).length }))
  const chosen = new Set<number>()
  let size = 0
  for (const c of [...scored].sort((a, b) => b.score - a.score || a.i - b.i)) {
    if (size + c.s.length > MAX_QUOTE && chosen.size > 0) continue
    chosen.add(c.i)
    size += c.s.length
  }
  const picked = scored.filter((c) => chosen.has(c.i))
  return picked.map((c, k) => (k > 0 && picked[k - 1]!.i !== c.i - 1 ? `… ${c.s}` : c.s)).join(' ')
}

/**
 * A quotation as one line: the answer lists its quotations as a numbered list, and a line break inside one
 * (a PDF's « (al- » / blank line / « wudû') ») would end the list item and break the list around it.
 */
function asOneLine(text: string): string {
  return text
    .replace(/(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The sources the extractive answer quotes: the first few, less those far weaker than the best. */
export function quotedSources<T extends { score: number }>(sources: T[], cut = QUOTE_RELATIVE_CUT): T[] {
  const best = Math.max(...sources.map((s) => s.score))
  return sources.slice(0, MAX_SOURCES).filter((s, i) => i === 0 || s.score >= cut * best)
}

/**
 * The offline answerer: no model, no invention. It quotes the best sentences of the top passages in the
 * reader's language, each followed by its citation [n] and reference, and says what kind of answer it is.
 */
export function createExtractiveProvider(): AnswerProvider {
  return {
    mode: 'extractive',
    model: 'extractive-v1',
    async *generate(req, { signal }) {
      const t = answerTexts[req.lang]
      const parts = [t.intro, '']
      for (const s of quotedSources(req.sources)) {
        // An Arabic hadith is quoted from its matn: the Prophet's words, not the chain of narrators.
        const text = s.lang === 'ar' && s.hadith?.matn ? s.hadith.matn : s.text
        const grades = s.hadith ? gradesLine(s.hadith.grades, req.lang) : null
        parts.push(`${s.n}. ${t.quote(asOneLine(bestExcerpt(text, req.question, req.lang)))} [${s.n}] (${s.reference}${grades ? `, ${grades}` : ''})`)
      }
      parts.push('', t.extractiveNote)
      // Streamed word by word, as a model would, so clients handle both modes alike.
      for (const piece of parts.join('\n').split(/(?<=\s)/)) {
        if (signal.aborted) return
        yield piece
      }
    },
  }
}
