import type { Quotas } from '../cache/quotas'
import type { VerifiedQuote, VerifyResult } from '../contract/verify'
import type { Span } from '../rag/quotes/find'
import type { HadithCanon } from '../rag/canon/hadith-canon'
import { type CitedVerses, citedMatches } from '../rag/quotes/cited'
import { type JudgedSpan, judgeSpans, scanText } from '../rag/quotes/scan'
import type { Lang } from '../rag/text/analyze'

export interface VerifyRequest {
  text: string
  /** Validated by the caller: inside the text, start < end, not overlapping. */
  spans?: readonly Span[]
  lang: Lang
}

/**
 * Citation verification as a service: the same span judge as the answer check (rag/quotes), over a text the
 * caller sends. Without spans the quotations are found in the text; with them each span is judged, in order.
 */
export function createVerifyService(deps: { hadith?: HadithCanon; limit?: { quotas: Quotas; perMinute: number } }) {
  return {
    /** Judges for one user (counted against their per-minute allowance: 429 beyond it). */
    async verifyFor(userId: string, request: VerifyRequest): Promise<VerifyResult> {
      if (deps.limit) await deps.limit.quotas.spend(`verify:${userId}`, 1, deps.limit.perMinute, 60)
      return this.verify(request)
    },

    async verify({ text, spans, lang }: VerifyRequest): Promise<VerifyResult> {
      const ctx = { lang, hadith: deps.hadith }
      const judged = spans ? await judgeSpans(text, spans, ctx) : await scanText(text, ctx)
      return { quotes: judged.map((j) => shape(text, j)) }
    },
  }
}

export type VerifyService = ReturnType<typeof createVerifyService>

function shape(text: string, j: JudgedSpan): VerifiedQuote {
  return {
    start: j.start,
    end: j.end,
    text: text.slice(j.start, j.end),
    kind: j.kind,
    verdict: j.verdict,
    ...(j.reference ? { reference: j.reference } : {}),
    ...(j.verses ? { verses: j.verses } : {}),
    ...(j.hadith ? { hadith: j.hadith } : {}),
    ...(j.authenticText ? { authentic_text: j.authenticText } : {}),
    ...(j.cited ? { cited: citedShape(j.cited, j) } : {}),
    ...(j.attributed ? { attributed: j.attributed } : {}),
  }
}

function citedShape(cited: CitedVerses, j: JudgedSpan): NonNullable<VerifiedQuote['cited']> {
  const matches = citedMatches(cited, j)
  return { ...cited, ...(matches !== undefined ? { matches } : {}) }
}
