import { sql, type SQL } from 'drizzle-orm'

/** Suffix of a collection being built (see writer.promoteStaged): not shown until it replaces the installed one. */
export const STAGING_SUFFIX = '.staging'

/** Who is asking and what they may see: the shared corpus, plus their own documents of one conversation. */
export interface SearchScope {
  userId?: string | null
  conversationId?: string | null
  /** 'corpus' = shared collections only, 'documents' = the conversation's uploads only, 'all' = both. */
  include?: 'all' | 'corpus' | 'documents'
  collection?: string
  /** Only Qur'an verses, or only hadith. */
  kind?: 'quran' | 'hadith'
}

/**
 * The visibility rule, in one place: a unit is visible when it has no owner (shared corpus) or when it
 * belongs to the caller *and* to the conversation being asked about. Every retrieval query uses this.
 */
export function visibleTo(scope: SearchScope, alias = 'p'): SQL {
  const p = sql.raw(alias)
  const include = scope.include ?? 'all'
  const shared = sql`(${p}.owner_id IS NULL AND ${p}.collection NOT LIKE ${`%${STAGING_SUFFIX}`})`
  const own = scope.userId && scope.conversationId ? sql`(${p}.owner_id = ${scope.userId}::uuid AND ${p}.conversation_id = ${scope.conversationId}::uuid)` : sql`FALSE`
  const base = include === 'corpus' ? shared : include === 'documents' ? own : sql`(${shared} OR ${own})`
  const inCollection = scope.collection ? sql`(${base} AND ${p}.collection = ${scope.collection})` : base
  if (scope.kind === 'quran') return sql`(${inCollection} AND ${p}.collection = 'quran')`
  if (scope.kind === 'hadith') return sql`(${inCollection} AND ${p}.hadith IS NOT NULL)`
  return inCollection
}
