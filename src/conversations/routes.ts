import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { caller, type Guard } from '../auth/guard'
import {
  conversationListQuery,
  conversationPageSchema,
  conversationSchema,
  conversationExportSchema,
  conversationWithMessagesSchema,
  exportQuery,
  createConversationBody,
  messagePageSchema,
  pageQuery,
  rateBody,
  ratingSchema,
  renameConversationBody,
} from '../contract/conversations'
import { errorSchema } from '../errors'
import { conversationToMarkdown, exportFileName } from './export'
import type { ConversationService } from './service'

/** Messages an export holds at most (the most recent). */
const EXPORT_MAX_MESSAGES = 10_000

const idParams = z.strictObject({ id: z.uuid() })

export const conversationRoutes: FastifyPluginAsyncZod<{ service: ConversationService; authenticate: Guard; beforeDelete?: (ownerId: string, id: string) => Promise<void> }> = async (
  app,
  { service, authenticate, beforeDelete },
) => {
  const tags = ['conversations']
  const security = [{ bearer: [] }]
  app.addHook('preHandler', authenticate)

  app.post(
    '/conversations',
    {
      schema: { tags, security, summary: 'Start a conversation', body: createConversationBody, response: { 201: conversationSchema, 422: errorSchema } },
    },
    async (req, reply) => reply.status(201).send(await service.create(caller(req).sub, req.body?.title)),
  )

  app.get(
    '/conversations/:id/export',
    {
      schema: {
        tags,
        security,
        summary: 'Export a conversation: Markdown (questions, answers, numbered sources) or JSON (format=json), as a file',
        params: idParams,
        querystring: exportQuery,
        response: { 200: conversationExportSchema.or(z.string().describe('Markdown (format=markdown)')), 404: errorSchema, 422: errorSchema },
      },
    },
    async (req, reply) => {
      const conversation = await service.get(caller(req).sub, req.params.id, EXPORT_MAX_MESSAGES)
      const now = new Date()
      const json = req.query.format === 'json'
      reply.header(
        'content-disposition',
        `attachment; filename="${exportFileName(conversation.title, json ? 'json' : 'md').replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(exportFileName(conversation.title, json ? 'json' : 'md'))}`,
      )
      if (json) return { ...conversation, exported_at: now.toISOString(), format: 'fiqh-rag.conversation.v1' as const }
      return reply.type('text/markdown; charset=utf-8').send(conversationToMarkdown(conversation, now))
    },
  )

  app.get(
    '/conversations',
    {
      schema: {
        tags,
        security,
        summary: 'My conversations, most recent first; q searches titles and messages',
        querystring: conversationListQuery,
        response: { 200: conversationPageSchema, 400: errorSchema, 422: errorSchema },
      },
    },
    async (req) => service.list(caller(req).sub, req.query),
  )

  app.get(
    '/conversations/:id',
    {
      schema: { tags, security, summary: 'A conversation with its (latest 200) messages', params: idParams, response: { 200: conversationWithMessagesSchema, 404: errorSchema } },
    },
    async (req) => service.get(caller(req).sub, req.params.id),
  )

  app.patch(
    '/conversations/:id',
    {
      schema: { tags, security, summary: 'Rename a conversation', params: idParams, body: renameConversationBody, response: { 200: conversationSchema, 404: errorSchema, 422: errorSchema } },
    },
    async (req) => service.rename(caller(req).sub, req.params.id, req.body.title),
  )

  app.delete(
    '/conversations/:id',
    {
      schema: { tags, security, summary: 'Delete a conversation with its messages, documents and their passages', params: idParams, response: { 204: z.null(), 404: errorSchema } },
    },
    async (req, reply) => {
      const owner = caller(req).sub
      await service.owned(owner, req.params.id)
      // Uploaded files and their passages go first; the rows follow by cascade.
      await beforeDelete?.(owner, req.params.id)
      await service.remove(owner, req.params.id)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/conversations/:id/messages',
    {
      schema: {
        tags,
        security,
        summary: 'A page of messages, oldest first',
        params: idParams,
        querystring: z.strictObject(pageQuery),
        response: { 200: messagePageSchema, 404: errorSchema },
      },
    },
    async (req) => service.messages(caller(req).sub, req.params.id, req.query),
  )

  app.post(
    '/conversations/:id/messages/:mid/feedback',
    {
      schema: {
        tags,
        security,
        summary: 'Rate an answer (+1 or -1, with an optional comment); giving it again updates it',
        params: z.strictObject({ id: z.uuid(), mid: z.uuid() }),
        body: rateBody,
        response: { 200: ratingSchema, 404: errorSchema, 422: errorSchema },
      },
    },
    async (req) => service.rate(caller(req).sub, req.params.id, req.params.mid, req.body.rating as 1 | -1, req.body.comment),
  )
}
