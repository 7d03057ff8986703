import type { Logger } from 'pino'
import type { Cache } from '../cache/cache'
import type { Quotas } from '../cache/quotas'
import type { AskOptions, AskResult } from '../contract/conversations'
import type { Source } from '../contract/sources'
import { AppError, Conflict } from '../errors'
import type { Answerer } from '../rag/answer/answerer'
import type { Retriever } from '../rag/search/retriever'
import { detectLang } from '../rag/text/analyze'
import type { ConversationService } from './service'

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

/** How long the one-answer-at-a-time lock outlives a crashed answer. */
const LOCK_TTL_S = 180

export interface AskDeps {
  conversations: ConversationService
  answerer: Answerer
  retriever: Retriever
  cache: Cache
  logger: Logger
  historyTurns?: number
  /** Answers one user may have being written at once, across conversations. */
  concurrency?: { quotas: Quotas; max: number }
}

/**
 * Asking in a conversation: lock it, read its history, search (a follow-up made standalone), answer and
 * check, then save question and answer in one transaction. Nothing is written until the answer is
 * complete: a reader who leaves, or a provider that fails, leaves the conversation as it was.
 */
export function createAskService(deps: AskDeps) {
  const { conversations, answerer, retriever, cache } = deps

  /** One answer at a time per conversation (409 otherwise); the returned function releases it. */
  async function lock(conversationId: string): Promise<() => Promise<void>> {
    const key = `answering:${conversationId}`
    const { count } = await cache.incr(key, LOCK_TTL_S)
    const release = () => cache.del(key).catch(() => undefined)
    if (count > 1) throw new Conflict('answer_in_progress', 'An answer is still being written in this conversation; wait for it to finish.')
    return release
  }

  async function ask(ownerId: string, conversationId: string, content: string, options: AskOptions, hooks: AskHooks): Promise<AskResult> {
    const conversation = await conversations.owned(ownerId, conversationId)
    // The conversation's own lock first (a second question there is a 409), then one of the user's slots.
    const release = await lock(conversationId)
    const slot = deps.concurrency
      ? await deps.concurrency.quotas.hold(`answers:${ownerId}`, deps.concurrency.max, LOCK_TTL_S).catch(async (err) => {
          await release()
          throw err
        })
      : async () => undefined
    try {
      const lang = detectLang(content)
      const history = await conversations.history(conversationId, deps.historyTurns ?? 6)
      const query = await answerer.searchQuery(content, history, lang, hooks.signal)
      const scope = { userId: ownerId, conversationId, include: options.scope ?? 'all', collection: options.collection, kind: options.kind } as const
      const { items: sources } = await retriever.search(query, options.k ?? 6, scope, { lang })
      hooks.onSources?.(sources)

      const answer = await answerer.answer({ question: content, lang, sources, history }, hooks)
      // A reader who left gets nothing saved, even when the answer was complete by then.
      if (!answer || hooks.signal.aborted) throw new AnswerAborted()
      const title = conversation.title ? null : ((answer.mode === 'generative' ? await answerer.proposeTitle(content, hooks.signal) : null) ?? titleFrom(content))
      const saved = await conversations.saveExchange(ownerId, conversationId, {
        question: content,
        answer: { content: answer.content, sources, mode: answer.mode, model: answer.model },
        title,
      })
      return {
        user_message: saved.question,
        assistant_message: saved.answer,
        ...(answer.corrections ? { corrections: answer.corrections } : {}),
        ...(answer.uncitedSentences.length > 0 ? { uncited_sentences: answer.uncitedSentences } : {}),
      }
    } finally {
      await release()
      await slot()
    }
  }

  return { ask }
}

export type AskService = ReturnType<typeof createAskService>
