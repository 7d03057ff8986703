import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { caller, type Guard } from '../../auth/guard'
import { errorSchema } from '../../errors'
import type { Retriever } from './retriever'
import { searchBody, sourceSchema } from './schemas'

export interface SearchRoutesOptions {
  retriever: Retriever
  authenticate: Guard
}

export const searchRoutes: FastifyPluginAsyncZod<SearchRoutesOptions> = async (app, { retriever, authenticate }) => {
  app.post('/search', {
    preHandler: authenticate,
    schema: {
      tags: ['search'],
      summary: 'Hybrid retrieval over the corpus (and the caller\'s documents of one conversation); no LLM',
      security: [{ bearer: [] }],
      body: searchBody,
      response: { 200: z.object({ items: z.array(sourceSchema), lang: z.string(), concepts: z.array(z.string()) }), 401: errorSchema, 422: errorSchema },
    },
  }, async (req) => {
    const { query, k, conversation_id, filters } = req.body
    const user = caller(req)
    const result = await retriever.search(query, k, {
      userId: user.sub,
      conversationId: conversation_id ?? null,
      include: 'all',
      collection: filters?.collection,
    }, { lang: filters?.lang })
    return { items: result.items, lang: result.lang, concepts: result.concepts }
  })
}
