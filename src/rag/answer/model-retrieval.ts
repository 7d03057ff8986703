import type { Logger } from 'pino'
import type { Source } from '../../contract/sources'
import type { SearchScope } from '../index/scope'
import type { Retriever } from '../search/retriever'
import { fuseByReciprocalRank } from '../search/rrf'
import type { Lang } from '../text/analyze'
import type { RetrievalQuery } from './followup'
import type { GenerativeProvider } from './llm'

/** Candidates the model reorders: enough to reach past the lexical ranking's misses, few enough for one short request. */
const CANDIDATES = 30

/**
 * The candidates: the best of each query in turn (the reader's words first), up to CANDIDATES, then in their
 * fused order. The model reranks them, so they need recall more than order: fused alone, a rewrite's best hit
 * fell behind the 30th of the reader's words and never reached the model.
 */
function candidatesOf(lists: string[][]): Array<{ id: string; score: number }> {
  const taken = new Set<string>()
  for (let rank = 0; taken.size < CANDIDATES && lists.some((l) => rank < l.length); rank++) {
    for (const list of lists) if (rank < list.length && taken.size < CANDIDATES) taken.add(list[rank]!)
  }
  return fuseByReciprocalRank(lists.map((ids) => ({ ids, weight: 1 }))).filter((f) => taken.has(f.id))
}

export interface ModelSearch {
  search(question: string, query: RetrievalQuery, k: number, scope: SearchScope, lang: Lang, signal: AbortSignal): Promise<{ items: Source[] }>
}

/** The provider's call, bounded by its own timeout and by the caller's signal; null when it fails or runs late. */
async function bounded<T>(call: (signal: AbortSignal) => Promise<T>, timeoutMs: number, signal: AbortSignal, logger: Logger, what: string): Promise<T | null> {
  const local = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)])
  try {
    return await Promise.race([call(local), new Promise<never>((_, reject) => local.addEventListener('abort', () => reject(new Error(signal.aborted ? 'cancelled' : 'timeout')), { once: true }))])
  } catch (err) {
    if (!signal.aborted) logger.warn({ err: (err as Error).message }, `${what} failed: the lexical order stands`)
    return null
  }
}

/**
 * Retrieval with a language model beside the lexical ranking: the question rewritten into the sources' own
 * vocabulary (Arabic and English queries, searched too and fused with the reader's words), then the 30 best
 * candidates reordered by the model (listwise, by ids). The relevance floor still decides first: a question
 * the sources do not address gets no candidates, and the model is not asked. Either call failing or running
 * past its timeout leaves the lexical order: two calls at most, each bounded.
 */
export function createModelSearch(deps: { retriever: Retriever; provider: GenerativeProvider; timeoutMs: number; logger: Logger }): ModelSearch {
  const { retriever, provider, timeoutMs, logger } = deps
  return {
    async search(question, query, k, scope, lang, signal) {
      const base = await retriever.rank(query.text, CANDIDATES, scope, query.context)
      if (base.ranked.length === 0) return { items: [] }
      const rewrites = (await bounded((s) => provider.rewrite(question, lang, s), timeoutMs, signal, logger, 'query rewrite')) ?? []
      const lists = [base.ranked.map((r) => r.id)]
      for (const text of rewrites) {
        const more = await retriever.rank(text, CANDIDATES, scope)
        if (more.ranked.length > 0) lists.push(more.ranked.map((r) => r.id))
      }
      const fused = lists.length > 1 ? candidatesOf(lists) : base.ranked
      const candidates = await retriever.sources(fused, lang)
      const byId = new Map(candidates.map((s, i) => [`c${i + 1}`, s]))
      const order = await bounded(
        (s) =>
          provider.rerank(
            question,
            [...byId].map(([id, c]) => ({ id, reference: c.reference, text: c.text })),
            s,
          ),
        timeoutMs,
        signal,
        logger,
        'rerank',
      )
      const chosen = order ? order.map((id) => byId.get(id)!) : []
      // What the model left out still follows, in the fused order: the answer's own check decides what is quoted.
      const rest = candidates.filter((c) => !chosen.includes(c))
      return { items: [...chosen, ...rest].slice(0, k).map((s, i) => ({ ...s, n: i + 1 })) }
    },
  }
}
