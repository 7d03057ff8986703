import { sql, type SQL } from 'drizzle-orm'

/** Who is asking and what they may see: the shared corpus, plus their own documents of one conversation. */
export interface SearchScope {
  userId?: string | null
  conversationId?: string | null
  /** 'corpus' = shared collections only, 'documents' = the conversation's uploads only, 'all' = both. */
  include?: 'all' | 'corpus' | 'documents'
  collection?: string
}

/**
 * The visibility rule, in one place: a unit is visible when it has no owner (shared corpus) or when it
 * belongs to the caller *and* to the conversation being asked about. Every retrieval query uses this.
 */
export function visibleTo(scope: SearchScope, alias = 'p'): SQL {
  const p = sql.raw(alias)
  const include = scope.include ?? 'all'
  const shared = sql`${p}.owner_id IS NULL`
  const own = scope.userId && scope.conversationId ? sql`(${p}.owner_id = ${scope.userId}::uuid AND ${p}.conversation_id = ${scope.conversationId}::uuid)` : sql`FALSE`
  const base = include === 'corpus' ? shared : include === 'documents' ? own : sql`(${shared} OR ${own})`
  return scope.collection ? sql`(${base} AND ${p}.collection = ${scope.collection})` : base
}
