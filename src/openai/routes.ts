import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { caller, type Guard } from '../auth/guard'
import { AnswerAborted } from '../conversations/ask'
import { chatCompletionBody, chatCompletionSchema, modelListSchema, modelParams, modelSchema, openAiErrorSchema } from '../contract/openai'
import { AppError, registerErrorHandling, toOpenAiError } from '../errors'
import type { ChatService } from './service'
import { answerChunks, completion, completionHead, roleChunk } from './shape'

const HEARTBEAT_MS = 15_000

interface Options {
  service: ChatService
  authenticate: Guard
  /** Unknown addresses under /v1 are limited like the rest of the server's. */
  notFoundPerMin: number
}

/**
 * /v1: OpenAI's Chat Completions protocol, for the clients that speak it. Every error here, unknown addresses
 * included, is in OpenAI's error format, which those clients parse (the rest of the server keeps its own).
 */
export const openAiRoutes: FastifyPluginAsyncZod<Options> = async (app, { service, authenticate, notFoundPerMin }) => {
  registerErrorHandling(app, toOpenAiError)
  // OpenAI's protocol is JSON only: plain text (which Fastify would parse into a string) is a 415 here, not a 400.
  app.removeContentTypeParser('text/plain')
  app.setNotFoundHandler({ preHandler: app.rateLimit({ max: notFoundPerMin, timeWindow: 60_000 }) }, async (req) => {
    throw new AppError(404, 'not_found', `No route for ${req.method} ${req.url.split('?')[0]}.`)
  })
  const tags = ['openai']
  const security = [{ bearer: [] }]
  const errors = { 401: openAiErrorSchema, 429: openAiErrorSchema }

  app.get('/models', { preHandler: authenticate, schema: { tags, security, summary: 'The one model served, in OpenAI’s list format', response: { 200: modelListSchema, ...errors } } }, async () =>
    service.models(),
  )

  app.get(
    '/models/:model',
    {
      preHandler: authenticate,
      schema: {
        tags,
        security,
        summary: 'One model, in OpenAI’s format (404 model_not_found for any other id)',
        params: modelParams,
        response: { 200: modelSchema, 404: openAiErrorSchema, ...errors },
      },
    },
    async (req) => service.model(req.params.model),
  )

  app.post(
    '/chat/completions',
    {
      preHandler: authenticate,
      schema: {
        tags,
        security,
        summary: 'Answer the last user message with cited sources (OpenAI Chat Completions; SSE chunks ending in [DONE] with stream: true)',
        body: chatCompletionBody,
        response: { 200: chatCompletionSchema, 400: openAiErrorSchema, 404: openAiErrorSchema, 413: openAiErrorSchema, 415: openAiErrorSchema, 503: openAiErrorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const user = caller(req)
      const controller = new AbortController()
      // The socket closing before the response is complete means the client left: stop answering.
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) controller.abort()
      })
      const head = completionHead()
      if (!req.body.stream) return completion(head, await service.complete(user.sub, req.body, { signal: controller.signal }))

      // The stream opens once the answer has begun (its sources found): refusals before that stay HTTP errors.
      let opened = false
      const send = (data: unknown) => reply.raw.write(`data: ${JSON.stringify(data)}\n\n`)
      const open = () => {
        if (opened) return
        opened = true
        reply.hijack()
        // The headers set so far (CORS, security, request id) would be lost with the hijack: written here.
        const set = Object.entries(reply.getHeaders()).filter((h): h is [string, string | number | string[]] => h[1] !== undefined)
        reply.raw.writeHead(200, {
          ...Object.fromEntries(set),
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        })
        send(roleChunk(head))
      }
      const heartbeat = setInterval(() => opened && reply.raw.write(': keep-alive\n\n'), HEARTBEAT_MS)
      try {
        // The text is sent once checked: a client cannot take back words it has shown, so the quotation check
        // (which may replace a misquoted verse) runs before the first word leaves, not after the last.
        const answer = await service.complete(user.sub, req.body, { signal: controller.signal, onSources: open })
        open()
        for (const c of answerChunks(head, answer, req.body.stream_options?.include_usage === true)) send(c)
        reply.raw.end('data: [DONE]\n\n')
      } catch (err) {
        if (!opened) throw err
        if (!(err instanceof AnswerAborted)) {
          req.log.error({ err }, 'chat completion failed mid-stream')
          const appErr = err instanceof AppError && err.status < 500 ? err : new AppError(503, 'answer_failed', 'The answer could not be completed. Try again.')
          // OpenAI's own way to fail a stream: an event holding `error`, which its SDKs raise.
          send(toOpenAiError(appErr, req.id).body)
        }
        reply.raw.end()
      } finally {
        clearInterval(heartbeat)
      }
      return reply
    },
  )
}
