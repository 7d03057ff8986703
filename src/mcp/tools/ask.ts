import { z } from 'zod'
import { MAX_QUESTION_CHARS } from '../../contract/constants'
import { correctionsSchema } from '../../contract/conversations'
import { langSchema } from '../../contract/common'
import { sourceSchema } from '../../contract/sources'
import type { AskService } from '../../conversations/ask'
import { withSourceList } from '../../openai/source-list'
import { detectLang } from '../../rag/text/analyze'
import { defineTool } from '../tool'

const output = {
  /** The checked answer with its [n] citations (the text content adds the numbered source list). */
  answer: z.string(),
  sources: z.array(sourceSchema),
  lang: langSchema,
  /** The answerer that wrote it: `extractive-v1`, or the configured model (`openai:…`). */
  answered_by: z.string(),
  /** The conversation the exchange was saved in; null for a question asked outside any. */
  conversation_id: z.string().nullable(),
  message_id: z.string().nullable(),
  corrections: correctionsSchema.optional(),
  uncited_sentences: z.array(z.string()).optional(),
}

/** The conversation pipeline: in one of the user's conversations (saved there), or alone (nothing saved). */
export const askTool = (deps: { ask: Pick<AskService, 'ask' | 'answerAlone'> }) =>
  defineTool({
    name: 'ask',
    title: 'Ask the assistant',
    description:
      'Answers a question on Islamic jurisprudence from the sources only, citing them as [n] (the numbered sources follow the answer). With conversation_id, asks in that conversation of yours (its history and documents count, and the exchange is saved there); without, answers from the shared corpus and saves nothing.',
    input: {
      question: z
        .string()
        .max(MAX_QUESTION_CHARS)
        .refine((q) => q.trim().length > 0, 'must not be empty')
        .describe('The question, in Arabic, French or English'),
      conversation_id: z.uuid().optional().describe('One of your conversations to ask in'),
    },
    output,
    readOnly: false,
    async run({ question, conversation_id }, { userId, signal }) {
      const q = question.trim()
      if (conversation_id) {
        const r = await deps.ask.ask(userId, conversation_id, q, {}, { signal })
        const a = r.assistant_message
        const lang = detectLang(q)
        return {
          text: withSourceList(a.content, a.sources, lang),
          structured: {
            answer: a.content,
            sources: a.sources,
            lang,
            answered_by: a.model ?? 'unknown',
            conversation_id,
            message_id: a.id,
            ...(r.corrections ? { corrections: r.corrections } : {}),
            ...(r.uncited_sentences ? { uncited_sentences: r.uncited_sentences } : {}),
          },
        }
      }
      const { answer, sources, lang } = await deps.ask.answerAlone(userId, q, [], { signal })
      return {
        text: withSourceList(answer.content, sources, lang),
        structured: {
          answer: answer.content,
          sources,
          lang,
          answered_by: answer.model,
          conversation_id: null,
          message_id: null,
          ...(answer.corrections ? { corrections: answer.corrections } : {}),
          ...(answer.uncitedSentences.length > 0 ? { uncited_sentences: answer.uncitedSentences } : {}),
        },
      }
    },
  })
