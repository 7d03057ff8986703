import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { caller, type Guard } from '../auth/guard'
import { AppError, errorSchema, toErrorBody } from '../errors'
import { AnswerAborted, type AnswerService } from '../rag/answer/service'

const HEARTBEAT_MS = 15_000

const askBody = z.strictObject({
  content: z
    .string()
    .max(4_000, 'must be at most 4000 characters')
    .refine((c) => c.trim().length > 0, 'must not be empty'),
  options: z
    .strictObject({
      k: z.number().int().min(1).max(20).optional(),
      scope: z.enum(['all', 'corpus', 'documents']).optional(),
      madhhab: z.enum(['hanafi', 'maliki', 'shafii', 'hanbali']).optional(),
    })
    .optional(),
})

/**
 * POST /conversations/{id}/messages: JSON (201 with both messages) or, with `Accept: text/event-stream`,
 * Server-Sent Events: `sources` once, `token` many, then `done` with the saved message or `error`.
 */
export const answerRoutes: FastifyPluginAsyncZod<{ service: AnswerService; authenticate: Guard }> = async (app, { service, authenticate }) => {
  app.post('/conversations/:id/messages', {
    preHandler: authenticate,
    schema: {
      tags: ['conversations'],
      security: [{ bearer: [] }],
      summary: 'Ask a question; the answer cites its sources as [n] (SSE with Accept: text/event-stream)',
      params: z.strictObject({ id: z.uuid() }),
      body: askBody,
      response: { 201: z.object({ user_message: z.unknown(), assistant_message: z.unknown(), corrections: z.unknown().optional(), uncited_sentences: z.array(z.string()).optional() }), 404: errorSchema, 409: errorSchema, 422: errorSchema, 503: errorSchema },
    },
  }, async (req, reply) => {
    const user = caller(req)
    const controller = new AbortController()
    const content = req.body.content.trim()
    const wantsStream = /text\/event-stream/.test(String(req.headers.accept ?? ''))
    // The socket closing before the response is complete means the reader left: stop generating.
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort()
    })

    if (!wantsStream) {
      const result = await service.ask(user.sub, req.params.id, content, req.body.options ?? {}, { signal: controller.signal })
      return reply.status(201).send(result)
    }

    // Ownership and the one-answer-at-a-time rule are checked before the stream opens, so they stay HTTP errors.
    let opened = false
    const open = () => {
      if (opened) return
      opened = true
      reply.hijack()
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': req.id,
      })
    }
    const send = (event: string, data: unknown) => {
      open()
      reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
    }
    const heartbeat = setInterval(() => opened && reply.raw.write(': heartbeat\n\n'), HEARTBEAT_MS)
    try {
      const result = await service.ask(user.sub, req.params.id, content, req.body.options ?? {}, {
        signal: controller.signal,
        onSources: (sources) => send('sources', { sources }),
        onToken: (text) => send('token', { text }),
      })
      send('done', { message: result.assistant_message, user_message: result.user_message, ...(result.corrections ? { corrections: result.corrections } : {}), ...(result.uncited_sentences ? { uncited_sentences: result.uncited_sentences } : {}) })
      reply.raw.end()
    } catch (err) {
      if (!opened) throw err
      if (err instanceof AnswerAborted) {
        reply.raw.end()
        return reply
      }
      req.log.error({ err }, 'answer failed mid-stream')
      const appErr = err instanceof AppError && err.status < 500 ? err : new AppError(503, 'answer_failed', 'The answer could not be completed; nothing was saved. Try again.')
      send('error', toErrorBody(appErr, req.id).error)
      reply.raw.end()
    } finally {
      clearInterval(heartbeat)
    }
    return reply
  })
}
