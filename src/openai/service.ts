import type { AskHooks, AskService, History } from '../conversations/ask'
import { MAX_QUESTION_CHARS } from '../contract/constants'
import type { Corrections } from '../contract/conversations'
import { CHAT_MODEL_ID, type ChatCompletionRequest, type ChatMessage, type ModelList } from '../contract/openai'
import type { Source } from '../contract/sources'
import { AppError } from '../errors'
import { withoutSourceList, withSourceList } from './source-list'

/** A checked answer as the OpenAI-compatible endpoint sends it. */
export interface ChatAnswer {
  /** The checked answer, then its numbered source list. */
  content: string
  sources: Source[]
  /** The answerer that wrote it (`extractive-v1`, `openai:…`). */
  answeredBy: string
  corrections?: Corrections
  uncitedSentences: string[]
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number }
}

class ModelNotFound extends AppError {
  constructor(model: string) {
    super(404, 'model_not_found', `The model "${model}" does not exist: this server has one model, "${CHAT_MODEL_ID}".`, [{ field: 'body.model', message: `unknown model "${model}"` }])
  }
}

const textOf = (m: ChatMessage) => (typeof m.content === 'string' ? m.content : (m.content ?? []).map((p) => p.text ?? '').join('\n'))
/** Usage is counted in words: there is no tokenizer of the model that answers (often none at all). */
const wordsIn = (text: string) => text.match(/\S+/g)?.length ?? 0

/**
 * Chat completions over the conversation pipeline: the last message is the question, the user and assistant
 * turns before it the history; system and developer messages are read by nobody, since the assistant's own
 * instructions (answer only from the numbered sources) are not a client's to replace.
 */
export function createChatService(deps: { ask: Pick<AskService, 'answerAlone'>; createdAt: number }) {
  const model = { id: CHAT_MODEL_ID, object: 'model', created: deps.createdAt, owned_by: 'fiqh-rag' } as const

  function questionAndHistory(messages: ChatMessage[]): { question: string; history: History } {
    const last = messages.length - 1
    const question = textOf(messages[last]!).trim()
    const field = `body.messages.${last}.content`
    if (!question) throw new AppError(400, 'invalid_value', 'The question (the last message) is empty.', [{ field, message: 'the question is empty' }])
    if (question.length > MAX_QUESTION_CHARS) {
      throw new AppError(400, 'context_length_exceeded', `The question is ${question.length} characters long; at most ${MAX_QUESTION_CHARS} are read.`, [
        { field, message: `the question is ${question.length} characters long; at most ${MAX_QUESTION_CHARS} are read` },
      ])
    }
    const history: History = []
    for (const m of messages.slice(0, last)) {
      if (m.role !== 'user' && m.role !== 'assistant') continue
      // An earlier question is searched with a follow-up: cut like a question, so a pasted book stays a question.
      const content = m.role === 'assistant' ? withoutSourceList(textOf(m)).trim() : textOf(m).trim().slice(0, MAX_QUESTION_CHARS)
      if (content) history.push({ role: m.role, content })
    }
    return { question, history }
  }

  return {
    models(): ModelList {
      return { object: 'list', data: [model] }
    },

    model(id: string): typeof model {
      if (id !== CHAT_MODEL_ID) throw new ModelNotFound(id)
      return model
    },

    async complete(userId: string, request: ChatCompletionRequest, hooks: AskHooks): Promise<ChatAnswer> {
      if (request.model !== CHAT_MODEL_ID) throw new ModelNotFound(request.model)
      const { question, history } = questionAndHistory(request.messages)
      const { answer, sources, lang } = await deps.ask.answerAlone(userId, question, history, hooks)
      const content = withSourceList(answer.content, sources, lang)
      const prompt = request.messages.reduce((n, m) => n + wordsIn(textOf(m)), 0)
      const completion = wordsIn(content)
      return {
        content,
        sources,
        answeredBy: answer.model,
        ...(answer.corrections ? { corrections: answer.corrections } : {}),
        uncitedSentences: answer.uncitedSentences,
        usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
      }
    },
  }
}

export type ChatService = ReturnType<typeof createChatService>
