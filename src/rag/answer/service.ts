import { eq, isNull, and, sql, desc } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Cache } from '../../cache/cache'
import type { ConversationService, MessageView } from '../../conversations/service'
import { toMessageView } from '../../conversations/service'
import type { Db } from '../../db/client'
import { conversations, messages } from '../../db/schema'
import { AppError, Conflict } from '../../errors'
import type { Source } from '../search/hydrate'
import type { Retriever } from '../search/retriever'
import { detectLang } from '../text/analyze'
import { checkCitations } from './citations'
import { answerTexts } from './messages-i18n'
import type { AnswerProvider } from './provider'

export interface AskOptions {
  k?: number
  scope?: 'all' | 'corpus' | 'documents'
  madhhab?: string
}

export interface AskHooks {
  signal: AbortSignal
  onSources?(sources: Source[]): void
  onToken?(text: string): void
}

export class AnswerAborted extends AppError {
  constructor() {
    super(499, 'client_closed', 'The client went away before the answer was complete; nothing was saved.')
  }
}

/** A title from the first question: its first words, cut at a word boundary. */
export function titleFrom(question: string): string {
  const flat = question.replace(/\s+/g, ' ').trim()
  if (flat.length <= 60) return flat
  const cut = flat.slice(0, 60)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 30)).trim()}…`
}

/**
 * Question → retrieval → provider → check → one transaction. Nothing is written until the answer is
 * complete: a client that leaves mid-answer, or a provider that fails, leaves the conversation as it was
 * (never a question without its answer). One answer at a time per conversation (409 otherwise).
 */
export function createAnswerService(deps: {
  db: Db
  cache: Cache
  retriever: Retriever
  provider: AnswerProvider
  conversations: ConversationService
  logger: Logger
  historyTurns?: number
}) {
  const { db, cache, retriever, provider, logger } = deps
  return {
    async ask(ownerId: string, conversationId: string, content: string, options: AskOptions, hooks: AskHooks): Promise<{ user_message: MessageView; assistant_message: MessageView }> {
      const conversation = await deps.conversations.owned(ownerId, conversationId)
      const lockKey = `answering:${conversationId}`
      const { count } = await cache.incr(lockKey, 180)
      if (count > 1) throw new Conflict('answer_in_progress', 'An answer is still being written in this conversation; wait for it to finish.')
      try {
        const lang = detectLang(content)
        const history = (await db.select().from(messages).where(eq(messages.conversationId, conversationId)).orderBy(desc(messages.seq)).limit((deps.historyTurns ?? 6) * 2))
          .reverse()
          .map((m) => ({ role: m.role, content: m.content }))
        const { items: sources } = await retriever.search(content, options.k ?? 6, { userId: ownerId, conversationId, include: options.scope ?? 'all' }, { lang })
        hooks.onSources?.(sources)

        let text = ''
        let mode: 'generative' | 'extractive' = provider.mode
        let model = provider.model
        if (sources.length === 0) {
          // Nothing cleared the relevance floor: say so, in the reader's language, without asking a model.
          mode = 'extractive'
          model = 'no-sources'
          for (const piece of answerTexts[lang].notFound.split(/(?<=\s)/)) {
            if (hooks.signal.aborted) throw new AnswerAborted()
            text += piece
            hooks.onToken?.(piece)
          }
        } else {
          for await (const piece of provider.generate({ question: content, lang, sources, history }, { signal: hooks.signal })) {
            if (hooks.signal.aborted) break
            text += piece
            hooks.onToken?.(piece)
          }
        }
        if (hooks.signal.aborted) throw new AnswerAborted()
        const report = checkCitations(text, sources, lang)
        if (report.unknownCitations.length || report.invalidReferences.length) {
          logger.warn({ conversationId, unknown: report.unknownCitations, invalid: report.invalidReferences }, 'answer citations corrected')
        }

        const saved = await db.transaction(async (tx) => {
          const [question, answer] = await tx
            .insert(messages)
            .values([
              { conversationId, ownerId, role: 'user', content },
              { conversationId, ownerId, role: 'assistant', content: report.content, sources, mode, model },
            ])
            .returning()
          await tx.update(conversations).set({ updatedAt: sql`now()` }).where(eq(conversations.id, conversationId))
          if (!conversation.title) {
            await tx.update(conversations).set({ title: titleFrom(content) }).where(and(eq(conversations.id, conversationId), isNull(conversations.title)))
          }
          return { question: question!, answer: answer! }
        })
        return { user_message: toMessageView(saved.question), assistant_message: toMessageView(saved.answer, null) }
      } finally {
        await cache.del(lockKey).catch(() => undefined)
      }
    },
  }
}

export type AnswerService = ReturnType<typeof createAnswerService>
