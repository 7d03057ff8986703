import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { caller, type Guard } from '../auth/guard'
import { createdShareSchema, sharedConversationSchema, shareSchema, shareTokenParams } from '../contract/shares'
import { errorSchema } from '../errors'
import type { ShareService } from './shares'

/**
 * What a shared view is sent with, its errors included: kept by no cache or proxy (the link may be revoked
 * the next minute), indexed by no search engine, and its address (which holds the token) never sent on as a Referer.
 */
export const SHARED_VIEW_HEADERS = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'no-referrer' } as const

/** Share links: managed by the conversation's owner under /conversations/{id}/shares; read by anyone at /shared/{token}. */
export const shareRoutes: FastifyPluginAsyncZod<{ shares: ShareService; authenticate: Guard; perIpPerMin: number }> = async (app, { shares, authenticate, perIpPerMin }) => {
  const tags = ['share links']
  const security = [{ bearer: [] }]
  const preHandler = [authenticate]
  const params = z.strictObject({ id: z.uuid() })

  app.post(
    '/conversations/:id/shares',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Create a read-only link to a conversation as it is now; the token and its `url` are shown in this answer only',
        params,
        response: { 201: createdShareSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await shares.create(caller(req).sub, req.params.id)),
  )

  app.get(
    '/conversations/:id/shares',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'A conversation’s share links: created, views, last viewed (never the token)',
        params,
        response: { 200: z.object({ items: z.array(shareSchema) }), 404: errorSchema, 422: errorSchema },
      },
    },
    async (req) => ({ items: await shares.list(caller(req).sub, req.params.id) }),
  )

  app.delete(
    '/conversations/:id/shares/:shareId',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Revoke a share link: it stops working at once',
        params: z.strictObject({ id: z.uuid(), shareId: z.uuid() }),
        response: { 204: z.null(), 404: errorSchema, 422: errorSchema },
      },
    },
    async (req, reply) => {
      await shares.revoke(caller(req).sub, req.params.id, req.params.shareId)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/shared/:token',
    {
      config: { rateLimit: { max: perIpPerMin, timeWindow: 60_000 } },
      onRequest: async (_req, reply) => {
        reply.headers(SHARED_VIEW_HEADERS)
      },
      schema: {
        tags,
        summary: 'A shared conversation, without an account: its title and messages up to when the link was made, with the sources they cite',
        params: shareTokenParams,
        response: { 200: sharedConversationSchema, 404: errorSchema, 422: errorSchema, 429: errorSchema },
      },
    },
    async (req) => shares.read(req.params.token),
  )
}
