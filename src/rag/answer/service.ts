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
import { retrievalQuery } from './followup'
import { answerTexts } from './messages-i18n'
import type { AnswerProvider } from './provider'
import { createExtractiveProvider } from './extractive'
import { LlmUnavailable, type GenerativeProvider } from './llm'

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

export interface AskResult {
  user_message: MessageView
  assistant_message: MessageView
  /** What the check changed in the generated text (the saved content is the corrected one). */
  corrections?: {
    unknown_citations: number[]
    invalid_references: string[]
    corrected_quotes: Array<{ quoted: string; reference: string }>
    removed_quotes: string[]
  }
  /** Generated sentences that state something without citing a source (flagged, kept). */
  uncited_sentences?: string[]
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
  provider: AnswerProvider | GenerativeProvider
  conversations: ConversationService
  logger: Logger
  historyTurns?: number
  /** While the shared corpus is still being indexed (first start): how far it is; null once complete. */
  indexProgress?: () => { done: number; total: number } | null
}) {
  const { db, cache, retriever, provider, logger } = deps
  const fallback = createExtractiveProvider()
  return {
    async ask(ownerId: string, conversationId: string, content: string, options: AskOptions, hooks: AskHooks): Promise<AskResult> {
      const conversation = await deps.conversations.owned(ownerId, conversationId)
      const lockKey = `answering:${conversationId}`
      const { count } = await cache.incr(lockKey, 180)
      if (count > 1) throw new Conflict('answer_in_progress', 'An answer is still being written in this conversation; wait for it to finish.')
      try {
        const lang = detectLang(content)
        const history = (await db.select().from(messages).where(eq(messages.conversationId, conversationId)).orderBy(desc(messages.seq)).limit((deps.historyTurns ?? 6) * 2))
          .reverse()
          .map((m) => ({ role: m.role, content: m.content }))
        // A follow-up ("and for the traveller?") is rewritten into a standalone question when a model is available.
        // Without a model (or when it fails), an elliptical follow-up is searched with the previous question.
        let query = retrievalQuery(content, history, lang)
        if ('condense' in provider && history.length > 0) {
          query = await provider.condense(history, content, hooks.signal).catch((err) => {
            logger.warn({ err: (err as Error).message }, 'could not condense the follow-up; searching with the question and its context')
            return query
          })
        }
        const { items: sources } = await retriever.search(query, options.k ?? 6, { userId: ownerId, conversationId, include: options.scope ?? 'all' }, { lang })
        hooks.onSources?.(sources)

        let text = ''
        // Every answer, whatever its source, reaches the reader and the saved text the same way.
        const relay = async (pieces: AsyncIterable<string> | Iterable<string>) => {
          for await (const piece of pieces) {
            if (hooks.signal.aborted) return
            text += piece
            hooks.onToken?.(piece)
          }
        }
        let mode: 'generative' | 'extractive' = provider.mode
        let model = provider.model
        if (sources.length === 0) {
          // Nothing cleared the relevance floor: say so, in the reader's language, without asking a model.
          mode = 'extractive'
          model = 'no-sources'
          await relay(answerTexts[lang].notFound.split(/(?<=\s)/))
        } else {
          const request = { question: content, lang, sources, history }
          try {
            await relay(provider.generate(request, { signal: hooks.signal }))
          } catch (err) {
            // Down before it said anything: answer extractively rather than not at all (documented choice).
            if (!(err instanceof LlmUnavailable) || text.length > 0) throw err
            logger.warn({ conversationId }, 'language model unavailable: falling back to the extractive answer')
            mode = 'extractive'
            model = `${fallback.model} (fallback: ${provider.model} unavailable)`
            await relay(fallback.generate(request, { signal: hooks.signal }))
          }
        }
        if (hooks.signal.aborted) throw new AnswerAborted()
        const report = checkCitations(text, sources, lang)
        // An answer given while the corpus is half indexed says so (after the check: it cites nothing).
        const partial = deps.indexProgress?.()
        const note = partial ? `\n\n${answerTexts[lang].partialIndex(partial.done, partial.total)}` : ''
        for (const piece of note.split(/(?<=\s)/).filter(Boolean)) hooks.onToken?.(piece)
        if (report.unknownCitations.length || report.invalidReferences.length || report.correctedQuotes.length || report.removedQuotes.length) {
          logger.warn({ conversationId, unknown: report.unknownCitations, invalid: report.invalidReferences, quotes: report.correctedQuotes.length, removed: report.removedQuotes.length }, 'answer citations corrected')
        }

        let title = conversation.title ? null : titleFrom(content)
        if (title && 'title' in provider && mode === 'generative') {
          const proposed = await provider.title(content, hooks.signal).catch(() => '')
          if (proposed.length >= 2 && proposed.length <= 80) title = proposed
        }
        const saved = await db.transaction(async (tx) => {
          const [question, answer] = await tx
            .insert(messages)
            .values([
              { conversationId, ownerId, role: 'user', content },
              { conversationId, ownerId, role: 'assistant', content: report.content + note, sources, mode, model },
            ])
            .returning()
          await tx.update(conversations).set({ updatedAt: sql`now()` }).where(eq(conversations.id, conversationId))
          if (title) {
            await tx.update(conversations).set({ title }).where(and(eq(conversations.id, conversationId), isNull(conversations.title)))
          }
          return { question: question!, answer: answer! }
        })
        const changed = report.content !== text
        return {
          user_message: toMessageView(saved.question),
          assistant_message: toMessageView(saved.answer, null),
          ...(changed
            ? {
                corrections: {
                  unknown_citations: report.unknownCitations,
                  invalid_references: report.invalidReferences,
                  corrected_quotes: report.correctedQuotes,
                  removed_quotes: report.removedQuotes,
                },
              }
            : {}),
          ...(mode === 'generative' && report.uncitedSentences.length > 0 ? { uncited_sentences: report.uncitedSentences } : {}),
        }
      } finally {
        await cache.del(lockKey).catch(() => undefined)
      }
    },
  }
}

export type AnswerService = ReturnType<typeof createAnswerService>
