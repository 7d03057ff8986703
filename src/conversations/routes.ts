import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { caller, type Guard } from '../auth/guard'
import { errorSchema } from '../errors'
import type { ConversationService } from './service'

const title = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters')
const idParams = z.strictObject({ id: z.uuid() })
const conversationSchema = z.object({ id: z.string(), title: z.string().nullable(), created_at: z.string(), updated_at: z.string() })
const messageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  sources: z.array(z.unknown()),
  mode: z.enum(['generative', 'extractive']).nullable(),
  model: z.string().nullable(),
  status: z.enum(['complete', 'incomplete', 'error']),
  created_at: z.string(),
  feedback: z.object({ rating: z.number(), comment: z.string().nullable() }).nullable().optional(),
})
const page = { limit: z.coerce.number().int().min(1).max(100).default(20), cursor: z.string().max(200).optional() }

export const conversationRoutes: FastifyPluginAsyncZod<{ service: ConversationService; authenticate: Guard; beforeDelete?: (ownerId: string, id: string) => Promise<void> }> = async (app, { service, authenticate, beforeDelete }) => {
  const tags = ['conversations']
  const security = [{ bearer: [] }]
  app.addHook('preHandler', authenticate)

  app.post('/conversations', {
    schema: { tags, security, summary: 'Start a conversation', body: z.strictObject({ title: title.optional() }).nullish(), response: { 201: conversationSchema, 422: errorSchema } },
  }, async (req, reply) => reply.status(201).send(await service.create(caller(req).sub, req.body?.title)))

  app.get('/conversations', {
    schema: {
      tags, security, summary: 'My conversations, most recent first; q searches titles and messages',
      querystring: z.strictObject({ ...page, q: z.string().trim().min(1).max(200).optional() }),
      response: { 200: z.object({ items: z.array(conversationSchema), next_cursor: z.string().nullable() }), 400: errorSchema, 422: errorSchema },
    },
  }, async (req) => service.list(caller(req).sub, req.query))

  app.get('/conversations/:id', {
    schema: { tags, security, summary: 'A conversation with its (latest 200) messages', params: idParams, response: { 200: conversationSchema.extend({ messages: z.array(messageSchema) }), 404: errorSchema } },
  }, async (req) => service.get(caller(req).sub, req.params.id))

  app.patch('/conversations/:id', {
    schema: { tags, security, summary: 'Rename a conversation', params: idParams, body: z.strictObject({ title }), response: { 200: conversationSchema, 404: errorSchema, 422: errorSchema } },
  }, async (req) => service.rename(caller(req).sub, req.params.id, req.body.title))

  app.delete('/conversations/:id', {
    schema: { tags, security, summary: 'Delete a conversation with its messages, documents and their passages', params: idParams, response: { 204: z.null(), 404: errorSchema } },
  }, async (req, reply) => {
    const owner = caller(req).sub
    await service.owned(owner, req.params.id)
    // Uploaded files and their passages go first; the rows follow by cascade.
    await beforeDelete?.(owner, req.params.id)
    await service.remove(owner, req.params.id)
    return reply.status(204).send(null)
  })

  app.get('/conversations/:id/messages', {
    schema: {
      tags, security, summary: 'A page of messages, oldest first', params: idParams, querystring: z.strictObject(page),
      response: { 200: z.object({ items: z.array(messageSchema), next_cursor: z.string().nullable() }), 404: errorSchema },
    },
  }, async (req) => service.messages(caller(req).sub, req.params.id, req.query))

  app.post('/conversations/:id/messages/:mid/feedback', {
    schema: {
      tags, security, summary: 'Rate an answer (+1 or -1, with an optional comment); giving it again updates it',
      params: z.strictObject({ id: z.uuid(), mid: z.uuid() }),
      body: z.strictObject({ rating: z.union([z.literal(1), z.literal(-1)]), comment: z.string().trim().max(2_000).nullish() }),
      response: { 200: z.object({ message_id: z.string(), rating: z.number(), comment: z.string().nullable(), updated_at: z.string() }), 404: errorSchema, 422: errorSchema },
    },
  }, async (req) => service.rate(caller(req).sub, req.params.id, req.params.mid, req.body.rating as 1 | -1, req.body.comment))
}
