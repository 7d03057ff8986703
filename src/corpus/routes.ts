import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Guard } from '../auth/guard'
import type { Db } from '../db/client'
import { countUnits } from '../rag/index/writer'

const QURAN_TITLES: Record<string, string> = { quran: "The Qur'an (Arabic, French: Hamidullah, English: Saheeh International)" }

export const corpusRoutes: FastifyPluginAsyncZod<{ db: Db; authenticate: Guard }> = async (app, { db, authenticate }) => {
  app.get(
    '/corpus/sources',
    {
      preHandler: authenticate,
      schema: {
        tags: ['corpus'],
        summary: 'The indexed shared collections with their counts',
        security: [{ bearer: [] }],
        response: {
          200: z.object({
            items: z.array(z.object({ collection: z.string(), title: z.string(), passages: z.number(), texts: z.number(), languages: z.array(z.string()) })),
          }),
        },
      },
    },
    async () => {
      const rows = await countUnits(db)
      return {
        items: rows.map((r) => ({
          collection: r.collection,
          title: QURAN_TITLES[r.collection] ?? r.collection,
          passages: r.units,
          texts: r.texts,
          languages: [...r.languages].sort(),
        })),
      }
    },
  )
}
