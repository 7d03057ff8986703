import type { Db } from '../../db/client'
import { searchLexical, type Bm25Params } from '../index/bm25'
import type { SharedPostings } from '../index/shared-postings'
import type { SearchScope } from '../index/scope'
import type { Lang } from '../text/analyze'
import type { Thesaurus } from '../text/thesaurus'
import type { Associations } from '../text/associations'
import type { VectorStore } from '../index/vectors'
import type { Source } from '../../contract/sources'
import { and, inArray, isNull, sql } from 'drizzle-orm'
import { sqlArray } from '../index/sql-arrays'
import { passages } from '../../db/schema'
import { createHydrator } from './hydrate'
import { fuseByReciprocalRank } from './rrf'
import { withOwnWords } from './own-words'
import { withWindows } from './windows'
import { analyseQuery, type AnalysedQuery } from './query'

export interface RetrievalSettings {
  bm25: Bm25Params
  expansionWeight: number
  /** Weight of a learned association (times its probability) relative to a term the reader typed; 0: off. */
  associationWeight: number
  /** Weight of same-language synonyms reached through another language and back (relative to the association). */
  associationPivot: number
  /** Weight of the roots of the question's Arabic words, searched in the index's root field (0: off). */
  rootWeight: number
  /** Weight of the answer-type field (people named) for questions asking who (0: off). */
  answerTypeWeight: number
  /** Share of the best neighbouring candidate's score (same surah, within `windowGap` verses) a verse gains (0: off). */
  windowWeight: number
  windowGap: number
  /**
   * Relevance floor on the best hit's normalised score (its BM25 over the score of a unit holding every
   * query term once at average length): below it the question is judged to have no answer here.
   */
  floor: number
  /** Hits below this fraction of the best hit's score are dropped. */
  relativeCut: number
  /**
   * Share of the question's own information (idf mass of the words the reader typed, before expansion)
   * that the best hit must contain; below it the question is about something the sources do not hold.
   */
  minCoverage: number
  candidates: number
  /** Weight of the vector ranking in the fusion (0: lexical only). */
  vectorWeight: number
  rrfK: number
  /**
   * Weight of a hadith's score by a plain BM25 of the reader's own words (no thesaurus, no associations) in the
   * mean with its expanded score; 0: off.
   */
  ownWordsWeight: number
}

// Chosen by `npm run eval:tune` on the QQA23 training split only (5-fold cross-validated; see docs/retrieval.md).
export const DEFAULT_RETRIEVAL: RetrievalSettings = {
  bm25: { k1: 0.6, b: 0.5 },
  expansionWeight: 0.3,
  associationWeight: 0.5,
  associationPivot: 0.5,
  rootWeight: 0,
  answerTypeWeight: 0,
  windowWeight: 0,
  windowGap: 1,
  floor: 0.08,
  relativeCut: 0,
  minCoverage: 0.2,
  candidates: 100,
  vectorWeight: 0,
  rrfK: 60,
  // Chosen on the project's hadith questions by topic cross-validation (4 of 5 folds pick it; docs/retrieval.md).
  ownWordsWeight: 0.3,
}

interface RankedUnit {
  id: string
  score: number
}

interface RetrievalResult {
  lang: Lang
  concepts: string[]
  ranked: RankedUnit[]
  /** The best hit's normalised score, compared with the floor. */
  topRelevance: number
  /** Share of the question's own idf mass found in the best hit, compared with minCoverage. */
  topCoverage: number
}

export interface Retriever {
  /** `context`: the question a follow-up continues, searched at a lower weight than the follow-up's own words. */
  rank(query: string, k: number, scope: SearchScope, context?: string): Promise<RetrievalResult>
  search(query: string, k: number, scope: SearchScope, opts?: { lang?: Lang; context?: string }): Promise<{ lang: Lang; concepts: string[]; items: Source[] }>
  /** Ranked unit ids as sources, in that order, each in the reader's language when it has it. */
  sources(ranked: ReadonlyArray<{ id: string; score: number }>, lang: Lang): Promise<Source[]>
  /** Shared passages by their key (`quran` `4:11`, `bukhari` `6732`), as sources in that order; those not indexed are missing. */
  byKeys(keys: readonly { collection: string; key: string }[], lang: Lang): Promise<Source[]>
}

/**
 * Share of the question's own information (idf mass of the words the reader typed) that the best hit holds,
 * a word counting as held when the hit has it or anything searched in its name (its concept's forms, its
 * learned associations): low when the question's main words are about something the sources do not hold.
 */
function subjectCoverage(q: AnalysedQuery, present: ReadonlySet<string>, idf: ReadonlyMap<string, number>): number {
  const weight = new Map(q.terms.map((t) => [t.term, Math.min(1, t.weight)]))
  let mass = 0
  let held = 0
  for (const [term, family] of q.families) {
    const w = (idf.get(term) ?? 0) * (weight.get(term) ?? 1)
    mass += w
    if ([...family].some((t) => present.has(t))) held += w
  }
  return mass > 0 ? held / mass : 0
}

/** Usual BM25 constants for the reader's-own-words ranking (not tuned: it stands for the plain baseline). */
const PLAIN_BM25 = { k1: 1.2, b: 0.75 }

/** With pgvector: nearest neighbours from the whole visible index; without: the lexical candidates re-ranked. */
async function semanticRanking(vectors: VectorStore, query: string, scope: SearchScope, candidates: string[], nearest: number): Promise<string[]> {
  const qv = await vectors.embedQuery(query)
  if (vectors.mode === 'pgvector') return (await vectors.nearest(qv, scope, nearest)).map((h) => h.id)
  return [...(await vectors.similarities(qv, candidates))].sort((a, b) => b[1] - a[1]).map(([id]) => id)
}

export function createRetriever(deps: {
  db: Db
  thesaurus?: Thesaurus
  associations?: Associations
  vectors?: VectorStore
  settings?: Partial<RetrievalSettings>
  shared?: SharedPostings
}): Retriever {
  const settings = { ...DEFAULT_RETRIEVAL, ...deps.settings }
  const { db } = deps
  const shared = deps.shared
  const hydrator = createHydrator(db, shared ? () => shared.generation() : undefined)

  /** The candidates rescored with their neighbours (windows.ts), when windows are on. */
  async function windowed<H extends { passageId: string; score: number }>(hits: H[]): Promise<H[]> {
    if (settings.windowWeight <= 0) return hits
    const { rows } = (await db.execute(
      sql`SELECT id::text AS id, surah, verse_from, verse_to FROM passages WHERE id = ANY(${sqlArray(
        hits.map((h) => h.passageId),
        'uuid',
      )})`,
    )) as unknown as { rows: Array<{ id: string; surah: number | null; verse_from: number | null; verse_to: number | null }> }
    const verses = new Map(rows.map((r) => [r.id, r.surah === null ? null : { surah: r.surah, from: r.verse_from!, to: r.verse_to! }]))
    const placed = hits.map((h) => ({ id: h.passageId, score: h.score, verses: verses.get(h.passageId) ?? null, hit: h }))
    return withWindows(placed, settings.windowWeight, settings.windowGap).map((p) => ({ ...p.hit, score: p.score }))
  }

  async function rank(query: string, k: number, scope: SearchScope, context?: string): Promise<RetrievalResult> {
    const q = analyseQuery(query, {
      context,
      thesaurus: deps.thesaurus,
      expansionWeight: settings.expansionWeight,
      associations: deps.associations,
      associationWeight: settings.associationWeight,
      associationPivot: settings.associationPivot,
      rootWeight: settings.rootWeight,
      answerTypeWeight: settings.answerTypeWeight,
    })
    if (q.terms.length === 0) return { lang: q.lang, concepts: q.concepts, ranked: [], topRelevance: 0, topCoverage: 0 }
    const limit = Math.max(k, settings.candidates)
    const { hits, idf } = (await deps.shared?.search(q.terms, scope, limit, settings.bm25)) ?? (await searchLexical(db, q.terms, scope, limit, settings.bm25))
    if (hits.length === 0) return { lang: q.lang, concepts: q.concepts, ranked: [], topRelevance: 0, topCoverage: 0 }
    // The root and answer-type fields add to a hit's score but not to what the floor expects of it: the floor
    // asks how much of the question's own words a hit holds (with them counted, a question with roots lost its
    // answers to the floor: topic-CV 0.335 against 0.347 without them, docs/retrieval.md).
    const ideal = q.terms.reduce((sum, t) => sum + (q.fields.has(t.term) ? 0 : t.weight * (idf.get(t.term) ?? 0)), 0) || 1
    const top = hits[0]!.score / ideal
    const coverage = subjectCoverage(q, new Set(hits[0]!.terms), idf)
    if (top < settings.floor || coverage < settings.minCoverage) {
      return { lang: q.lang, concepts: q.concepts, ranked: [], topRelevance: top, topCoverage: coverage }
    }
    const cut = hits[0]!.score * settings.relativeCut
    const lexical = withOwnWords(
      (await windowed(hits)).filter((h) => h.score >= cut).map((h) => ({ id: h.passageId, score: h.score / ideal, hadith: h.hadith })),
      settings.ownWordsWeight > 0 ? await ownWordsRanking(q, scope, limit) : [],
      settings.ownWordsWeight,
    )
    if (!deps.vectors || settings.vectorWeight <= 0) {
      return { lang: q.lang, concepts: q.concepts, ranked: lexical.slice(0, k), topRelevance: top, topCoverage: coverage }
    }
    const semantic = await semanticRanking(
      deps.vectors,
      query,
      scope,
      lexical.map((h) => h.id),
      settings.candidates,
    )
    const fused = fuseByReciprocalRank(
      [
        { ids: lexical.map((h) => h.id), weight: 1 },
        { ids: semantic, weight: settings.vectorWeight },
      ],
      settings.rrfK,
    )
    const best = (1 + settings.vectorWeight) / (settings.rrfK + 1)
    return { lang: q.lang, concepts: q.concepts, ranked: fused.slice(0, k).map((f) => ({ id: f.id, score: f.score / best })), topRelevance: top, topCoverage: coverage }
  }

  /**
   * The hadith ranked by the reader's own words (a follow-up's context at its weight), without expansion, by a
   * plain BM25. The thesaurus and the learned associations come from the Qur'an (its questions, its aligned
   * translations): they bring Qur'anic vocabulary, which helps verses (QQA23 train falls from 0.371 to 0.321 when
   * verses get such a ranking too) and blurs reports in another register; blended into the hadith's scores, the
   * reader's exact words keep a say over them. Empty when the scope has no hadith.
   */
  async function ownWordsRanking(q: AnalysedQuery, scope: SearchScope, limit: number): Promise<RankedUnit[]> {
    if (scope.kind === 'quran' || scope.include === 'documents') return []
    const weights = new Map(q.terms.map((t) => [t.term, t.weight]))
    const terms = [...q.families.keys()].map((term) => ({ term, weight: weights.get(term) ?? 1 }))
    const hadithOnly: SearchScope = { ...scope, include: 'corpus', kind: 'hadith' }
    const { hits, idf } = (await deps.shared?.search(terms, hadithOnly, limit, PLAIN_BM25)) ?? (await searchLexical(db, terms, hadithOnly, limit, PLAIN_BM25))
    const ideal = terms.reduce((sum, t) => sum + t.weight * (idf.get(t.term) ?? 0), 0) || 1
    return hits.map((h) => ({ id: h.passageId, score: h.score / ideal }))
  }

  return {
    rank,
    async search(query, k, scope, opts = {}) {
      const r = await rank(query, k, scope, opts.context)
      return { lang: opts.lang ?? r.lang, concepts: r.concepts, items: await hydrator.hydrate(r.ranked, opts.lang ?? r.lang) }
    },
    sources: (ranked, lang) => hydrator.hydrate([...ranked], lang),
    async byKeys(keys, lang) {
      if (keys.length === 0) return []
      const rows = await db
        .select({ id: passages.id, collection: passages.collection, key: passages.sourceKey })
        .from(passages)
        .where(
          and(
            isNull(passages.ownerId),
            inArray(passages.collection, [...new Set(keys.map((k) => k.collection))]),
            inArray(
              passages.sourceKey,
              keys.map((k) => k.key),
            ),
          ),
        )
      const ids = new Map(rows.map((r) => [`${r.collection}/${r.key}`, r.id]))
      const ranked = keys.flatMap((k) => {
        const id = ids.get(`${k.collection}/${k.key}`)
        return id ? [{ id, score: 1 }] : []
      })
      return hydrator.hydrate(ranked, lang)
    },
  }
}
