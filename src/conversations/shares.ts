import { and, desc, eq, lte, max, sql } from 'drizzle-orm'
import { hashToken, newOpaqueToken } from '../auth/tokens'
import type { Message } from '../contract/conversations'
import type { CreatedShare, Share, SharedConversation, SharedMessage, SharedSource } from '../contract/shares'
import type { Source } from '../contract/sources'
import type { Db } from '../db/client'
import { conversationShares, conversations, messages } from '../db/schema'
import { Conflict, NotFound } from '../errors'
import type { ConversationService } from './service'

/** Links one conversation may have at once. */
const MAX_SHARES_PER_CONVERSATION = 20
/** Messages a shared page holds at most (the most recent of the snapshot), like the owner's own page. */
const SHARED_MAX_MESSAGES = 1_000

const CITE = /\[(\d{1,3}(?:\s*[,;،]\s*\d{1,3})*)\]/g

/** The source numbers an answer's text cites as `[n]` (also `[1, 2]`), as the page reads them. */
function citedNumbers(content: string): Set<number> {
  return new Set([...content.matchAll(CITE)].flatMap((m) => m[1]!.split(/\s*[,;،]\s*/).map(Number)))
}

/**
 * A source as a stranger may read it. Qur'an verses and hadiths are public texts and travel whole; a passage
 * of someone's uploaded document is reduced to its reference and the snippet the answer quoted from it.
 */
function publicSource(s: Source): SharedSource {
  const { id: _id, document_id: _doc, score: _score, ...rest } = s
  return s.origin === 'document' ? { ...rest, text: s.snippet } : rest
}

/** An answer keeps only the sources its text cites: a retrieved but unquoted document passage stays private. */
function publicMessage(m: Pick<Message, 'role' | 'content' | 'sources' | 'mode' | 'model' | 'status' | 'created_at'>): SharedMessage {
  const cited = citedNumbers(m.content)
  return {
    role: m.role,
    content: m.content,
    sources: m.sources.filter((s) => cited.has(s.n)).map(publicSource),
    mode: m.mode,
    model: m.model,
    status: m.status,
    created_at: m.created_at,
  }
}

const view = (r: typeof conversationShares.$inferSelect): Share => ({
  id: r.id,
  created_at: r.createdAt.toISOString(),
  views: r.views,
  last_viewed_at: r.lastViewedAt?.toISOString() ?? null,
})

/**
 * Read-only links to a conversation. The owner creates, lists and revokes them (another user's conversation
 * is a 404, as everywhere); anyone holding a link reads a snapshot: the title and the messages as they were
 * when the link was made. Only the token's SHA-256 is stored and each read looks it up, so a revoked link, or
 * one whose conversation is deleted (the rows cascade), stops at once on every instance.
 */
export function createShareService(deps: { db: Db; conversations: ConversationService; appUrl: string }) {
  const { db } = deps
  return {
    async create(ownerId: string, conversationId: string): Promise<CreatedShare> {
      const conv = await deps.conversations.owned(ownerId, conversationId)
      const [{ last }] = (await db
        .select({ last: max(messages.seq) })
        .from(messages)
        .where(eq(messages.conversationId, conversationId))) as [{ last: number | string | null }]
      if (last === null) throw new Conflict('empty_conversation', 'This conversation has no message yet: there is nothing to share.')
      const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(conversationShares).where(eq(conversationShares.conversationId, conversationId))) as [{ n: number }]
      if (n >= MAX_SHARES_PER_CONVERSATION) throw new Conflict('too_many_shares', `At most ${MAX_SHARES_PER_CONVERSATION} links per conversation; revoke one first.`)
      const token = newOpaqueToken()
      const [row] = await db
        .insert(conversationShares)
        .values({ conversationId, tokenHash: hashToken(token), title: conv.title, throughSeq: Number(last) })
        .returning()
      return { id: row!.id, created_at: row!.createdAt.toISOString(), token, url: `${deps.appUrl}/s/${token}` }
    },

    async list(ownerId: string, conversationId: string): Promise<Share[]> {
      await deps.conversations.owned(ownerId, conversationId)
      const rows = await db.select().from(conversationShares).where(eq(conversationShares.conversationId, conversationId)).orderBy(desc(conversationShares.createdAt), desc(conversationShares.id))
      return rows.map(view)
    },

    async revoke(ownerId: string, conversationId: string, shareId: string): Promise<void> {
      await deps.conversations.owned(ownerId, conversationId)
      const gone = await db
        .delete(conversationShares)
        .where(and(eq(conversationShares.id, shareId), eq(conversationShares.conversationId, conversationId)))
        .returning({ id: conversationShares.id })
      if (gone.length === 0) throw new NotFound('Share link')
    },

    /** The shared conversation behind a token, counted as one view; unknown and revoked tokens alike are a 404. */
    async read(token: string): Promise<SharedConversation> {
      // One statement finds the link and counts the view: no window between a revocation and a read.
      const [share] = await db
        .update(conversationShares)
        .set({ views: sql`${conversationShares.views} + 1`, lastViewedAt: sql`now()` })
        .where(eq(conversationShares.tokenHash, hashToken(token)))
        .returning()
      if (!share) throw new NotFound('Shared conversation')
      const [conv] = await db.select({ createdAt: conversations.createdAt }).from(conversations).where(eq(conversations.id, share.conversationId))
      if (!conv) throw new NotFound('Shared conversation')
      const rows = (
        await db
          .select()
          .from(messages)
          .where(and(eq(messages.conversationId, share.conversationId), lte(messages.seq, share.throughSeq)))
          .orderBy(desc(messages.seq))
          .limit(SHARED_MAX_MESSAGES)
      ).reverse()
      return {
        title: share.title,
        created_at: conv.createdAt.toISOString(),
        shared_at: share.createdAt.toISOString(),
        messages: rows.map((m) => publicMessage({ role: m.role, content: m.content, sources: m.sources ?? [], mode: m.mode, model: m.model, status: m.status, created_at: m.createdAt.toISOString() })),
      }
    },
  }
}

export type ShareService = ReturnType<typeof createShareService>
