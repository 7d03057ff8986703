import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { passages, passageTexts } from '../../db/schema'
import { DEFAULT_BM25, searchLexical } from '../index/bm25'
import type { SharedPostings } from '../index/shared-postings'
import { analyze } from '../text/analyze'

/** An installed hadith as the quotation check reads it: where it is and its authentic Arabic. */
interface CanonHadith {
  collection: string
  number: number
  arabic: string
}

/**
 * The installed hadith collections as a canon to check quotations against — the counterpart of the shipped
 * Qur'an for hadith, but read from the index (collections are added by users, tens of thousands of texts).
 */
export interface HadithCanon {
  /** Installed hadith whose Arabic shares most words with the quotation, best first (of one collection, if named). */
  candidates(quote: string, limit?: number, collection?: string): Promise<CanonHadith[]>
  /** Whether the collection is installed here. */
  installed(collection: string): Promise<boolean>
  /** Whether the number exists in the collection; null when the collection is not installed here. */
  exists(collection: string, number: number): Promise<boolean | null>
}

export function createHadithCanon(db: Db, shared?: SharedPostings): HadithCanon {
  return {
    async candidates(quote, limit = 8, collection) {
      const terms = [...new Set(analyze(quote, 'ar'))].map((term) => ({ term, weight: 1 }))
      if (terms.length === 0) return []
      const scope = { include: 'corpus', kind: 'hadith', ...(collection ? { collection } : {}) } as const
      const { hits } = (await shared?.search(terms, scope, limit, DEFAULT_BM25)) ?? (await searchLexical(db, terms, scope, limit))
      if (hits.length === 0) return []
      const ids = hits.map((h) => h.passageId)
      const rows = await db
        .select({ id: passages.id, collection: passages.collection, hadith: passages.hadith, text: passageTexts.text })
        .from(passages)
        .innerJoin(passageTexts, and(eq(passageTexts.passageId, passages.id), eq(passageTexts.lang, 'ar')))
        .where(inArray(passages.id, ids))
      const byId = new Map(rows.map((r) => [r.id, r]))
      return ids.flatMap((id) => {
        const r = byId.get(id)
        return r?.hadith ? [{ collection: r.collection, number: r.hadith.number, arabic: r.text }] : []
      })
    },
    async installed(collection) {
      const rows = await db
        .select({ id: passages.id })
        .from(passages)
        .where(and(eq(passages.collection, collection), isNotNull(passages.hadith), isNull(passages.ownerId)))
        .limit(1)
      return rows.length > 0
    },
    async exists(collection, number) {
      const [row] = await db
        .select({ found: sql<boolean>`bool_or(${passages.sourceKey} = ${String(number)})` })
        .from(passages)
        .where(and(eq(passages.collection, collection), isNotNull(passages.hadith)))
      return row?.found ?? null
    },
  }
}
