import type { Logger } from 'pino'
import type { Config } from '../../config'
import { createExtractiveProvider } from './extractive'
import { createGeminiProvider, createOpenAiProvider, type GenerativeProvider } from './llm'
import type { AnswerProvider } from './provider'

/**
 * Which answerer to use: ANSWER_PROVIDER, or by default Gemini when GEMINI_API_KEY is set, else an
 * OpenAI-compatible server when OPENAI_BASE_URL and OPENAI_MODEL are, else the offline extractive one.
 */
export function createAnswerProvider(config: Config, logger: Logger): AnswerProvider | GenerativeProvider {
  const choice = config.ANSWER_PROVIDER !== 'auto' ? config.ANSWER_PROVIDER : config.GEMINI_API_KEY ? 'gemini' : config.OPENAI_BASE_URL && config.OPENAI_MODEL ? 'openai' : 'extractive'
  if (choice === 'gemini') {
    return createGeminiProvider({ apiKey: config.GEMINI_API_KEY!, model: config.GEMINI_MODEL, baseUrl: config.GEMINI_BASE_URL, timeoutMs: config.LLM_TIMEOUT_MS, logger })
  }
  if (choice === 'openai') {
    return createOpenAiProvider({ baseUrl: config.OPENAI_BASE_URL!, apiKey: config.OPENAI_API_KEY, model: config.OPENAI_MODEL!, timeoutMs: config.LLM_TIMEOUT_MS, logger })
  }
  return createExtractiveProvider()
}
