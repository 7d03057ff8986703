import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { caller, type Guard } from '../auth/guard'
import { verifyBody, verifyResultSchema } from '../contract/verify'
import { errorSchema } from '../errors'
import type { VerifyService } from './service'

export interface VerifyRoutesOptions {
  service: VerifyService
  authenticate: Guard
}

/** Room for the largest accepted text (20,000 characters, written as \uXXXX escapes at worst) and its spans. */
const BODY_LIMIT = 256 * 1024

/** POST /verify: the quotation check of answers, on any text. */
export const verifyRoutes: FastifyPluginAsyncZod<VerifyRoutesOptions> = async (app, { service, authenticate }) => {
  app.post(
    '/verify',
    {
      preHandler: authenticate,
      bodyLimit: BODY_LIMIT,
      schema: {
        tags: ['verify'],
        summary: "Judges the Qur'an and hadith quotations of a text: authentic, misquoted (with the authentic text) or unverifiable",
        security: [{ bearer: [] }],
        body: verifyBody,
        response: { 200: verifyResultSchema, 400: errorSchema, 401: errorSchema, 413: errorSchema, 422: errorSchema, 429: errorSchema },
      },
    },
    async (req) => service.verifyFor(caller(req).sub, req.body),
  )
}
