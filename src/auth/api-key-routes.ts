import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { apiKeySchema, createdApiKeySchema } from '../contract/auth'
import { errorSchema } from '../errors'
import type { ApiKeys } from './api-keys'
import { caller, type Guard, requireSession } from './guard'

/** /api-keys: the caller's personal API keys, managed with a login session (a key cannot make keys). */
export const apiKeyRoutes: FastifyPluginAsyncZod<{ keys: ApiKeys; authenticate: Guard }> = async (app, { keys, authenticate }) => {
  const tags = ['api keys']
  const security = [{ bearer: [] }]
  const preHandler = [authenticate, requireSession]

  app.post(
    '/api-keys',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Create a personal API key; the secret `key` is shown in this answer only',
        body: z.strictObject({ name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters') }),
        response: { 201: createdApiKeySchema, 403: errorSchema, 409: errorSchema, 422: errorSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await keys.create(caller(req).sub, req.body.name)),
  )

  app.get(
    '/api-keys',
    {
      preHandler,
      schema: { tags, security, summary: 'Your API keys: name, prefix, created, last used (never the secret)', response: { 200: z.object({ items: z.array(apiKeySchema) }), 403: errorSchema } },
    },
    async (req) => ({ items: await keys.list(caller(req).sub) }),
  )

  app.delete(
    '/api-keys/:id',
    {
      preHandler,
      schema: { tags, security, summary: 'Delete an API key: it stops working at once', params: z.strictObject({ id: z.uuid() }), response: { 204: z.null(), 403: errorSchema, 404: errorSchema } },
    },
    async (req, reply) => {
      await keys.remove(caller(req).sub, req.params.id)
      return reply.status(204).send(null)
    },
  )
}
