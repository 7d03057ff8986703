import { and, asc, desc, eq, gt, ilike, inArray, isNull, lt, or, sql } from 'drizzle-orm'
import type { Quotas } from '../cache/quotas'
import type { Db } from '../db/client'
import { conversations, feedback, messages } from '../db/schema'
import type { Conversation, Message } from '../contract/conversations'
import { NotFound, ValidationFailed } from '../errors'
import { deleteUnits } from '../rag/index/writer'
import { decodeCursor, decodeSeqCursor, encodeCursor, encodeSeqCursor } from './cursor'

type ConversationRow = typeof conversations.$inferSelect
type MessageRow = typeof messages.$inferSelect

export type ConversationView = Conversation
export type MessageView = Message
type FeedbackView = NonNullable<Message['feedback']>

const toConversationView = (c: ConversationRow): ConversationView => ({
  id: c.id,
  title: c.title,
  created_at: c.createdAt.toISOString(),
  updated_at: c.updatedAt.toISOString(),
})

const toMessageView = (m: MessageRow, fb?: FeedbackView | null): MessageView => ({
  id: m.id,
  role: m.role,
  content: m.content,
  sources: m.sources ?? [],
  mode: m.mode,
  model: m.model,
  status: m.status,
  created_at: m.createdAt.toISOString(),
  ...(m.role === 'assistant' ? { feedback: fb ?? null } : {}),
})

/** `%` and `_` typed by a reader are literal characters, not wildcards. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * Conversations, messages and feedback. Every query carries the owner: another user's conversation is
 * indistinguishable from one that does not exist (404).
 */
/** Conversations one user may create in a minute (a script creating thousands fills the table for nothing). */
export interface ConversationLimits {
  quotas: Quotas
  perMinute: number
}

export function createConversationService(db: Db, limits?: ConversationLimits) {
  async function owned(ownerId: string, id: string): Promise<ConversationRow> {
    const [row] = await db
      .select()
      .from(conversations)
      .where(and(eq(conversations.id, id), eq(conversations.ownerId, ownerId)))
    if (!row) throw new NotFound('Conversation')
    return row
  }

  async function feedbackFor(userId: string, ids: string[]) {
    if (ids.length === 0) return new Map<string, FeedbackView>()
    const rows = await db
      .select()
      .from(feedback)
      .where(and(eq(feedback.userId, userId), inArray(feedback.messageId, ids)))
    return new Map<string, FeedbackView>(rows.map((r) => [r.messageId, { rating: r.rating, comment: r.comment }]))
  }

  return {
    owned,

    async create(ownerId: string, title?: string | null): Promise<ConversationView> {
      if (limits) await limits.quotas.spend(`conversations:${ownerId}`, 1, limits.perMinute, 60)
      const [row] = await db
        .insert(conversations)
        .values({ ownerId, title: title ?? null })
        .returning()
      return toConversationView(row!)
    },

    async list(ownerId: string, opts: { limit: number; cursor?: string; q?: string }): Promise<{ items: ConversationView[]; next_cursor: string | null }> {
      const conds = [eq(conversations.ownerId, ownerId)]
      if (opts.cursor) {
        const c = decodeCursor(opts.cursor)
        conds.push(or(lt(conversations.updatedAt, c.at), and(eq(conversations.updatedAt, c.at), lt(conversations.id, c.id)))!)
      }
      if (opts.q) {
        const pattern = likePattern(opts.q)
        conds.push(
          or(ilike(conversations.title, pattern), sql`EXISTS (SELECT 1 FROM ${messages} m WHERE m.conversation_id = ${conversations.id} AND m.owner_id = ${ownerId} AND m.content ILIKE ${pattern})`)!,
        )
      }
      const rows = await db
        .select()
        .from(conversations)
        .where(and(...conds))
        .orderBy(desc(conversations.updatedAt), desc(conversations.id))
        .limit(opts.limit + 1)
      const page = rows.slice(0, opts.limit)
      const last = page.at(-1)
      return { items: page.map(toConversationView), next_cursor: rows.length > opts.limit && last ? encodeCursor(last.updatedAt, last.id) : null }
    },

    async get(ownerId: string, id: string, recent = 200): Promise<ConversationView & { messages: MessageView[] }> {
      const conv = await owned(ownerId, id)
      const rows = (await db.select().from(messages).where(eq(messages.conversationId, id)).orderBy(desc(messages.seq)).limit(recent)).reverse()
      const fb = await feedbackFor(
        ownerId,
        rows.map((m) => m.id),
      )
      return { ...toConversationView(conv), messages: rows.map((m) => toMessageView(m, fb.get(m.id))) }
    },

    async rename(ownerId: string, id: string, title: string): Promise<ConversationView> {
      await owned(ownerId, id)
      const [row] = await db
        .update(conversations)
        .set({ title, updatedAt: sql`now()` })
        .where(and(eq(conversations.id, id), eq(conversations.ownerId, ownerId)))
        .returning()
      return toConversationView(row!)
    },

    /** Messages, documents and their passages go with it (foreign keys cascade; files by the documents part). */
    async remove(ownerId: string, id: string): Promise<void> {
      const gone = await db
        .delete(conversations)
        .where(and(eq(conversations.id, id), eq(conversations.ownerId, ownerId)))
        .returning({ id: conversations.id })
      if (gone.length === 0) throw new NotFound('Conversation')
      await deleteUnits(db, { conversationId: id, ownerId })
    },

    async messages(ownerId: string, id: string, opts: { limit: number; cursor?: string }): Promise<{ items: MessageView[]; next_cursor: string | null }> {
      await owned(ownerId, id)
      const conds = [eq(messages.conversationId, id)]
      if (opts.cursor) conds.push(gt(messages.seq, decodeSeqCursor(opts.cursor)))
      const rows = await db
        .select()
        .from(messages)
        .where(and(...conds))
        .orderBy(asc(messages.seq))
        .limit(opts.limit + 1)
      const page = rows.slice(0, opts.limit)
      const fb = await feedbackFor(
        ownerId,
        page.map((m) => m.id),
      )
      const last = page.at(-1)
      return { items: page.map((m) => toMessageView(m, fb.get(m.id))), next_cursor: rows.length > opts.limit && last ? encodeSeqCursor(last.seq) : null }
    },

    /** The latest `turns` exchanges, oldest first: what a follow-up is read against. */
    async history(conversationId: string, turns: number): Promise<Array<{ role: 'user' | 'assistant'; content: string }>> {
      const rows = await db
        .select({ role: messages.role, content: messages.content })
        .from(messages)
        .where(eq(messages.conversationId, conversationId))
        .orderBy(desc(messages.seq))
        .limit(turns * 2)
      return rows.reverse()
    },

    /**
     * A question and its answer, saved together or not at all; the conversation moves to the top of the
     * list and takes `title` if it has none yet.
     */
    async saveExchange(
      ownerId: string,
      conversationId: string,
      exchange: { question: string; answer: Omit<typeof messages.$inferInsert, 'conversationId' | 'ownerId' | 'role'>; title: string | null },
    ): Promise<{ question: MessageView; answer: MessageView }> {
      return db.transaction(async (tx) => {
        const [question, answer] = await tx
          .insert(messages)
          .values([
            { conversationId, ownerId, role: 'user', content: exchange.question },
            { ...exchange.answer, conversationId, ownerId, role: 'assistant' },
          ])
          .returning()
        await tx.update(conversations).set({ updatedAt: sql`now()` }).where(eq(conversations.id, conversationId))
        if (exchange.title) {
          await tx
            .update(conversations)
            .set({ title: exchange.title })
            .where(and(eq(conversations.id, conversationId), isNull(conversations.title)))
        }
        return { question: toMessageView(question!), answer: toMessageView(answer!, null) }
      })
    },

    /** One rating per message per user; giving it again updates it. Only answers can be rated. */
    async rate(ownerId: string, conversationId: string, messageId: string, rating: 1 | -1, comment?: string | null) {
      await owned(ownerId, conversationId)
      const [message] = await db
        .select()
        .from(messages)
        .where(and(eq(messages.id, messageId), eq(messages.conversationId, conversationId)))
      if (!message) throw new NotFound('Message')
      if (message.role !== 'assistant') throw new ValidationFailed('Only answers can be rated.', [{ field: 'params.mid', message: 'is not an assistant message' }])
      const [row] = await db
        .insert(feedback)
        .values({ messageId, userId: ownerId, rating, comment: comment ?? null })
        .onConflictDoUpdate({ target: [feedback.messageId, feedback.userId], set: { rating, comment: comment ?? null, updatedAt: sql`now()` } })
        .returning()
      return { message_id: messageId, rating: row!.rating, comment: row!.comment, updated_at: row!.updatedAt.toISOString() }
    },
  }
}

export type ConversationService = ReturnType<typeof createConversationService>
