import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { caller, type Guard } from '../auth/guard'
import { searchBody, searchResultSchema } from '../contract/search'
import type { ConversationService } from '../conversations/service'
import { errorSchema } from '../errors'
import type { Retriever } from '../rag/search/retriever'

export interface SearchRoutesOptions {
  retriever: Retriever
  authenticate: Guard
  /** To check that a conversation_id is the caller's (404 otherwise, as for any other object). */
  conversations: Pick<ConversationService, 'owned'>
}

/** POST /search: the retriever alone, without a model — what an answer would cite. */
export const searchRoutes: FastifyPluginAsyncZod<SearchRoutesOptions> = async (app, { retriever, authenticate, conversations }) => {
  app.post(
    '/search',
    {
      preHandler: authenticate,
      schema: {
        tags: ['search'],
        summary: "Hybrid retrieval over the corpus (and the caller's documents of one conversation); no LLM",
        security: [{ bearer: [] }],
        body: searchBody,
        response: { 200: searchResultSchema, 401: errorSchema, 404: errorSchema, 422: errorSchema },
      },
    },
    async (req) => {
      const { query, k, conversation_id, filters } = req.body
      const user = caller(req)
      if (conversation_id) await conversations.owned(user.sub, conversation_id)
      const result = await retriever.search(
        query,
        k,
        {
          userId: user.sub,
          conversationId: conversation_id ?? null,
          include: 'all',
          collection: filters?.collection,
          kind: filters?.kind,
        },
        { lang: filters?.lang },
      )
      return { items: result.items, lang: result.lang, concepts: result.concepts }
    },
  )
}
