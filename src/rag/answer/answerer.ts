import type { Logger } from 'pino'
import type { Corrections } from '../../contract/conversations'
import type { Lang } from '../text/analyze'
import type { HadithCanon } from '../canon/hadith-canon'
import { checkCitations } from './citations'
import { createExtractiveProvider } from './extractive'
import { retrievalQuery, type RetrievalQuery, type Turn } from './followup'
import { LlmUnavailable, type GenerativeProvider } from './llm'
import { answerTexts } from './messages-i18n'
import type { AnswerProvider, AnswerRequest } from './provider'

/** A finished, checked answer, ready to be saved by whoever asked for it. */
export interface Answer {
  /** The checked text (quotations corrected, unknown citations removed), with the partial-index note if any. */
  content: string
  mode: 'generative' | 'extractive'
  model: string
  /** Set when the check changed the generated text. */
  corrections?: Corrections
  /** Generated sentences that state something without citing a source (flagged, kept). */
  uncitedSentences: string[]
}

export interface AnswerHooks {
  signal: AbortSignal
  onToken?(text: string): void
}

export interface AnswererDeps {
  provider: AnswerProvider | GenerativeProvider
  logger: Logger
  /** While the shared corpus is still being indexed (first start): how far it is; null once complete. */
  indexProgress?: () => { done: number; total: number } | null
  /** The installed hadith collections, to check Arabic hadith quotations and cited hadith numbers against. */
  hadith?: HadithCanon
}

const words = (text: string) => text.split(/(?<=\s)/).filter(Boolean)

/**
 * Answers a question from given sources — generate, fall back, check — and touches no table: the caller
 * retrieves the sources before and saves the answer after.
 */
export function createAnswerer(deps: AnswererDeps) {
  const { provider, logger } = deps
  const fallback = createExtractiveProvider()

  /** The text to search for a question in a conversation: a follow-up is made standalone first. */
  async function searchQuery(question: string, history: Turn[], lang: Lang, signal: AbortSignal): Promise<RetrievalQuery> {
    const query = retrievalQuery(question, history, lang)
    if (!('condense' in provider) || history.length === 0) return query
    return provider
      .condense(history as AnswerRequest['history'], question, signal)
      .then((text) => ({ text }))
      .catch((err: Error) => {
        logger.warn({ err: err.message }, 'could not condense the follow-up; searching with the question and its context')
        return query
      })
  }

  /** A model-written title when a model answers; null lets the caller derive one from the question. */
  async function proposeTitle(question: string, signal: AbortSignal): Promise<string | null> {
    if (!('title' in provider)) return null
    const proposed = await provider.title(question, signal).catch(() => '')
    return proposed.length >= 2 && proposed.length <= 80 ? proposed : null
  }

  /** Streams the provider's pieces to the reader while collecting them; the extractive one if the model is down. */
  async function generate(request: AnswerRequest, hooks: AnswerHooks): Promise<Pick<Answer, 'mode' | 'model'> & { text: string }> {
    let text = ''
    const relay = async (pieces: AsyncIterable<string> | Iterable<string>) => {
      for await (const piece of pieces) {
        if (hooks.signal.aborted) return
        text += piece
        hooks.onToken?.(piece)
      }
    }
    if (request.sources.length === 0) {
      // Nothing cleared the relevance floor: say so, in the reader's language, without asking a model.
      await relay(words(answerTexts[request.lang].notFound))
      return { text, mode: 'extractive', model: 'no-sources' }
    }
    try {
      await relay(provider.generate(request, { signal: hooks.signal }))
      return { text, mode: provider.mode, model: provider.model }
    } catch (err) {
      // Down before it said anything: answer extractively rather than not at all (documented choice).
      if (!(err instanceof LlmUnavailable) || text.length > 0) throw err
      logger.warn('language model unavailable: falling back to the extractive answer')
      await relay(fallback.generate(request, { signal: hooks.signal }))
      return { text, mode: 'extractive', model: `${fallback.model} (fallback: ${provider.model} unavailable)` }
    }
  }

  /** Generates, then checks the quotations and citations against the sources and the Qur'an. */
  async function answer(request: AnswerRequest, hooks: AnswerHooks): Promise<Answer | null> {
    const generated = await generate(request, hooks)
    if (hooks.signal.aborted) return null
    const report = await checkCitations(generated.text, request.sources, request.lang, deps.hadith)
    // An answer given while the corpus is half indexed says so (after the check: it cites nothing).
    const partial = deps.indexProgress?.()
    const note = partial ? `\n\n${answerTexts[request.lang].partialIndex(partial.done, partial.total)}` : ''
    for (const piece of words(note)) hooks.onToken?.(piece)
    const changed = report.content !== generated.text
    if (report.unknownCitations.length || report.invalidReferences.length || report.correctedQuotes.length || report.removedQuotes.length) {
      logger.warn({ unknown: report.unknownCitations, invalid: report.invalidReferences, quotes: report.correctedQuotes.length, removed: report.removedQuotes.length }, 'answer citations corrected')
    }
    return {
      content: report.content + note,
      mode: generated.mode,
      model: generated.model,
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
      uncitedSentences: generated.mode === 'generative' ? report.uncitedSentences : [],
    }
  }

  return { searchQuery, proposeTitle, answer }
}

export type Answerer = ReturnType<typeof createAnswerer>
