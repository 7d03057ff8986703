import type { Logger } from 'pino'
import type { Cache } from '../cache/cache'
import type { Quotas } from '../cache/quotas'
import type { AskOptions, AskResult } from '../contract/conversations'
import type { Source } from '../contract/sources'
import { AppError, Conflict } from '../errors'
import { DEFAULT_SCHOOL } from '../contract/inheritance'
import type { Answer, Answerer } from '../rag/answer/answerer'
import { checkCitations } from '../rag/answer/citations'
import type { ModelSearch } from '../rag/answer/model-retrieval'
import { type Distribution, distribute, type InheritanceCase } from '../rag/faraid/compute'
import { type RecognisedCase, recogniseCase } from '../rag/faraid/recognise'
import { distributeWithHermaphrodite } from '../rag/faraid/hermaphrodite'
import { distributeWithMissing } from '../rag/faraid/missing'
import { distributeWithPregnancy } from '../rag/faraid/pregnancy'
import { evidenceKeys, renderCase, renderReadings } from '../rag/faraid/render'
import { eitherReadings, sameDivision } from '../rag/faraid/readings'
import { renderHermaphrodite } from '../rag/faraid/render-hermaphrodite'
import { renderMissing } from '../rag/faraid/render-missing'
import { renderPregnancy } from '../rag/faraid/render-pregnancy'
import { renderSuccessive } from '../rag/faraid/render-successive'
import { distributeSuccessive } from '../rag/faraid/successive'
import type { AnswerRequest } from '../rag/answer/provider'
import type { SearchScope } from '../rag/index/scope'
import type { Retriever } from '../rag/search/retriever'
import { detectLang, type Lang } from '../rag/text/analyze'
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
/** Passages an answer is given when the asker does not choose. */
const DEFAULT_K = 6

/** The turns before a question, oldest first. */
export type History = AnswerRequest['history']

/** A checked answer with the numbered sources its [n] cite and the language it was written in. */
export interface Answered {
  answer: Answer
  sources: Source[]
  lang: Lang
}

export interface AskDeps {
  conversations: ConversationService
  answerer: Answerer
  retriever: Retriever
  /** With a model configured: the question rewritten and the candidates reranked by it (rag/answer/model-retrieval). */
  modelSearch?: ModelSearch
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

  /** One of the user's answer slots, across conversations and clients (429 past the limit); the result gives it back. */
  async function slot(ownerId: string): Promise<() => Promise<void>> {
    return deps.concurrency ? deps.concurrency.quotas.hold(`answers:${ownerId}`, deps.concurrency.max, LOCK_TTL_S) : async () => undefined
  }

  /**
   * An inheritance case («توفي عن زوجة وابن», "a woman died leaving…") is computed rather than retrieved: the
   * table of shares with the verses and hadith it rests on as its sources, checked like any answer.
   */
  async function calculate(c: RecognisedCase, lang: Lang, hooks: AskHooks): Promise<Answered> {
    const family: InheritanceCase = { deceased: c.deceased, heirs: c.heirs, school: c.school ?? DEFAULT_SCHOOL }
    // Heirs who died before the division: the first case, each later one, and what every line ends with.
    const successive = c.later ? distributeSuccessive(family, c.later) : undefined
    // With an unborn heir every possibility is computed (born dead among them), and cited; otherwise the one family.
    const pregnancy = c.unborn ? distributeWithPregnancy(family, c.unborn) : undefined
    // With a missing heir, the case with him alive and without him; each present heir given the least
    const missing = !pregnancy && c.missing ? distributeWithMissing(family, c.missing) : undefined
    // With an heir of unknown sex, the case with him a male and a female, divided as the school does
    const hermaphrodite = c.hermaphrodite ? distributeWithHermaphrodite(family, c.hermaphrodite.line, c.hermaphrodite.hope) : undefined
    // kin said « full or through the father »: both readings, shown apart when they divide differently
    const readings = !pregnancy && !missing && c.either ? eitherReadings(family, c.either).map(distribute) : undefined
    const apart = readings && !sameDivision(readings[0]!, readings[1]!) ? (readings as [Distribution, Distribution]) : undefined
    // (the first reading is the family as said: not computed again)
    const distributions = successive
      ? [successive.first, ...successive.later.map((l) => l.distribution)]
      : pregnancy
        ? pregnancy.scenarios.map((s) => s.distribution)
        : missing
          ? [missing.alive, missing.dead]
          : hermaphrodite
            ? [hermaphrodite.male, hermaphrodite.female]
            : (apart ?? [readings?.[0] ?? distribute(family)])
    const keys = distributions.flatMap(evidenceKeys)
    const sources = await retriever.byKeys([...new Map(keys.map((k) => [`${k.collection}/${k.key}`, k])).values()], lang)
    hooks.onSources?.(sources)
    const text = successive
      ? renderSuccessive(c, successive, sources, lang)
      : pregnancy
        ? renderPregnancy(c, pregnancy, sources, lang)
        : missing
          ? renderMissing(c, missing, sources, lang)
          : hermaphrodite
            ? renderHermaphrodite(c, hermaphrodite, sources, lang)
            : apart
              ? renderReadings(c, apart, sources, lang)
              : renderCase(c, distributions[0]!, sources, lang)
    const report = await checkCitations(text, sources, lang)
    for (const piece of report.content.split(/(?<=\s)/)) hooks.onToken?.(piece)
    if (hooks.signal.aborted) throw new AnswerAborted()
    const corrections = { unknown_citations: report.unknownCitations, invalid_references: report.invalidReferences, corrected_quotes: report.correctedQuotes, removed_quotes: report.removedQuotes }
    const answer: Answer = { content: report.content, mode: 'extractive', model: 'faraid', uncitedSentences: [], ...(report.content !== text ? { corrections } : {}) }
    return { answer, sources, lang }
  }

  /** What every answer goes through: the follow-up made standalone, the search, the answer and its check. */
  async function respond(question: string, history: History, scope: SearchScope, k: number, hooks: AskHooks): Promise<Answered> {
    const lang = detectLang(question)
    const inheritance = recogniseCase(question, lang)
    if (inheritance) return calculate(inheritance, lang, hooks)
    const query = await answerer.searchQuery(question, history, lang, hooks.signal)
    const { items: sources } = deps.modelSearch
      ? await deps.modelSearch.search(question, query, k, scope, lang, hooks.signal)
      : await retriever.search(query.text, k, scope, { lang, context: query.context })
    hooks.onSources?.(sources)
    const answer = await answerer.answer({ question, lang, sources, history }, hooks)
    // A reader who left gets nothing, even when the answer was complete by then.
    if (!answer || hooks.signal.aborted) throw new AnswerAborted()
    return { answer, sources, lang }
  }

  async function ask(ownerId: string, conversationId: string, content: string, options: AskOptions, hooks: AskHooks): Promise<AskResult> {
    const conversation = await conversations.owned(ownerId, conversationId)
    // The conversation's own lock first (a second question there is a 409), then one of the user's slots.
    const release = await lock(conversationId)
    const freeSlot = await slot(ownerId).catch(async (err) => {
      await release()
      throw err
    })
    try {
      const history = await conversations.history(conversationId, deps.historyTurns ?? 6)
      const scope = { userId: ownerId, conversationId, include: options.scope ?? 'all', collection: options.collection, kind: options.kind } as const
      const { answer, sources } = await respond(content, history, scope, options.k ?? DEFAULT_K, hooks)
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
      await freeSlot()
    }
  }

  /**
   * A question asked outside any conversation (the OpenAI-compatible endpoint): the caller brings the turns
   * before it (the latest are kept, as a conversation's are), only the shared corpus is searched — there is no
   * conversation whose documents could be — and nothing is saved. It takes one of the user's answer slots.
   */
  async function answerAlone(ownerId: string, question: string, history: History, hooks: AskHooks): Promise<Answered> {
    const freeSlot = await slot(ownerId)
    try {
      return await respond(question, history.slice(-(deps.historyTurns ?? 6) * 2), { include: 'corpus' }, DEFAULT_K, hooks)
    } finally {
      await freeSlot()
    }
  }

  return { ask, answerAlone }
}

export type AskService = ReturnType<typeof createAskService>
