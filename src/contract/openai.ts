import { z } from 'zod'
import { correctionsSchema } from './conversations'
import { sourceSchema } from './sources'

/**
 * The OpenAI-compatible endpoint (/v1): the subset of OpenAI's Chat Completions wire format that chat clients
 * (the `openai` SDKs, Open WebUI, LibreChat) send and read, plus `sources` beside the text.
 */

/** The one model the endpoint serves, whatever answers behind it (the extractive answerer or a configured LLM). */
export const CHAT_MODEL_ID = 'fiqh-assistant'

/** The most messages one request may carry (a long chat is sent whole by its client each time). */
const MAX_MESSAGES = 1_000

const textPart = z.object({ type: z.string(), text: z.string().optional() })

/** A message's text: a string, or OpenAI's array of parts of which only `text` parts are understood. */
const contentSchema = z.union([z.string(), z.array(textPart)], { error: 'must be a string or an array of {type: "text", text} parts' }).superRefine((content, ctx) => {
  if (typeof content === 'string') return
  content.forEach((part, i) => {
    if (part.type !== 'text') ctx.addIssue({ code: 'custom', path: [i, 'type'], message: `only text parts are understood, not "${part.type}"` })
    else if (typeof part.text !== 'string') ctx.addIssue({ code: 'custom', path: [i, 'text'], message: 'a text part needs its text' })
  })
})

const messageSchema = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant'], { error: 'must be system, developer, user or assistant (tools are not supported)' }),
  // null: an assistant turn that only called tools, as clients replay it.
  content: contentSchema.nullable().optional(),
  name: z.string().max(200).optional(),
})

/** Options OpenAI clients commonly send; accepted, and without effect on a grounded answer. */
const ignoredOptions = {
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  max_tokens: z.number().int().nullish(),
  max_completion_tokens: z.number().int().nullish(),
  presence_penalty: z.number().nullish(),
  frequency_penalty: z.number().nullish(),
  seed: z.number().int().nullish(),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
  user: z.string().max(500).nullish(),
}

export const chatCompletionBody = z
  .object({
    model: z.string().min(1, 'must name a model (see GET /v1/models)').max(200),
    messages: z.array(messageSchema).min(1, 'must hold at least one message').max(MAX_MESSAGES, `must hold at most ${MAX_MESSAGES} messages`),
    stream: z.boolean().nullish(),
    stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
    n: z.literal(1, { error: 'only one choice is produced (n = 1)' }).nullish(),
    ...ignoredOptions,
  })
  .superRefine((body, ctx) => {
    const roles = body.messages.map((m) => m.role)
    if (!roles.includes('user')) ctx.addIssue({ code: 'custom', path: ['messages'], message: 'must include a user message: the last one is the question' })
    else if (roles.at(-1) !== 'user') ctx.addIssue({ code: 'custom', path: ['messages'], message: 'the last message must be from the user: it is the question answered' })
  })
export type ChatCompletionRequest = z.infer<typeof chatCompletionBody>
export type ChatMessage = ChatCompletionRequest['messages'][number]

export const modelSchema = z.object({ id: z.string(), object: z.literal('model'), created: z.number().int(), owned_by: z.string() })
export const modelListSchema = z.object({ object: z.literal('list'), data: z.array(modelSchema) })
export type ModelList = z.infer<typeof modelListSchema>
export const modelParams = z.strictObject({ model: z.string().max(200) })

/** Counted in words (runs of non-space characters), not in a model's tokens: see the README. */
const usageSchema = z.object({ prompt_tokens: z.number().int(), completion_tokens: z.number().int(), total_tokens: z.number().int() })

/** What travels beside the text: the numbered sources, and what the quotation check changed. */
const extras = {
  /** The passages the text cites as [n], as the rest of the API returns them. */
  sources: z.array(sourceSchema),
  corrections: correctionsSchema.optional(),
  uncited_sentences: z.array(z.string()).optional(),
}

export const chatCompletionSchema = z.object({
  id: z.string(),
  object: z.literal('chat.completion'),
  created: z.number().int(),
  model: z.string(),
  /** Which answerer wrote it: `extractive-v1`, or the configured LLM (`openai:…`, `gemini:…`). */
  system_fingerprint: z.string(),
  choices: z.array(
    z.object({
      index: z.number().int(),
      message: z.object({ role: z.literal('assistant'), content: z.string(), refusal: z.null() }),
      finish_reason: z.literal('stop'),
      logprobs: z.null(),
    }),
  ),
  usage: usageSchema,
  ...extras,
})
export type ChatCompletion = z.infer<typeof chatCompletionSchema>

/** One `data:` event of a streamed answer; the last one with a choice carries `finish_reason` and the extras. */
export const chatCompletionChunkSchema = z.object({
  id: z.string(),
  object: z.literal('chat.completion.chunk'),
  created: z.number().int(),
  model: z.string(),
  system_fingerprint: z.string().optional(),
  choices: z.array(
    z.object({
      index: z.number().int(),
      delta: z.object({ role: z.literal('assistant').optional(), content: z.string().optional() }),
      finish_reason: z.literal('stop').nullable(),
      logprobs: z.null(),
    }),
  ),
  usage: usageSchema.optional(),
  sources: extras.sources.optional(),
  corrections: extras.corrections,
  uncited_sentences: extras.uncited_sentences,
})
export type ChatCompletionChunk = z.infer<typeof chatCompletionChunkSchema>

/** OpenAI's error shape, which its clients parse: every error of /v1 has it. */
export const openAiErrorSchema = z
  .object({
    error: z.object({
      message: z.string(),
      type: z.string(),
      /** The request field at fault (`messages[0].content`), or null. */
      param: z.string().nullable(),
      code: z.string().nullable(),
    }),
  })
  .describe('{ error: { message, type, param, code } } (OpenAI format)')
export type OpenAiErrorBody = z.infer<typeof openAiErrorSchema>
