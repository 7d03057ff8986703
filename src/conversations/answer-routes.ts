import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { caller, type Guard } from '../auth/guard'
import { askBody, askResultSchema } from '../contract/conversations'
import type { AnswerEventData, AnswerEventName } from '../contract/events'
import { AppError, errorSchema, toErrorBody } from '../errors'
import { AnswerAborted, type AskService } from './ask'

const HEARTBEAT_MS = 15_000

/**
 * POST /conversations/{id}/messages: JSON (201 with both messages) or, with `Accept: text/event-stream`,
 * Server-Sent Events: `sources` once, `token` many, then `done` with the saved message or `error`.
 */
export const answerRoutes: FastifyPluginAsyncZod<{ service: AskService; authenticate: Guard }> = async (app, { service, authenticate }) => {
  app.post(
    '/conversations/:id/messages',
    {
      preHandler: authenticate,
      schema: {
        tags: ['conversations'],
        security: [{ bearer: [] }],
        summary: 'Ask a question; the answer cites its sources as [n] (SSE with Accept: text/event-stream)',
        params: z.strictObject({ id: z.uuid() }),
        body: askBody,
        response: { 201: askResultSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema, 503: errorSchema },
      },
    },
    async (req, reply) => {
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
      const send = <K extends AnswerEventName>(event: K, data: AnswerEventData<K>) => {
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
        const { assistant_message, user_message, ...checked } = result
        send('done', { message: assistant_message, user_message, ...checked })
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
    },
  )
}
