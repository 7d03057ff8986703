import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Guard } from '../auth/guard'
import { inheritanceBody, inheritanceResultSchema } from '../contract/inheritance'
import { errorSchema } from '../errors'
import type { InheritanceService } from './service'

export interface InheritanceRoutesOptions {
  service: InheritanceService
  authenticate: Guard
}

/** POST /inheritance: the farāʾiḍ calculator. */
export const inheritanceRoutes: FastifyPluginAsyncZod<InheritanceRoutesOptions> = async (app, { service, authenticate }) => {
  app.post(
    '/inheritance',
    {
      preHandler: authenticate,
      schema: {
        tags: ['inheritance'],
        summary: 'Computes the heirs’ shares (farāʾiḍ) in a chosen school, with their evidence, and divides an estate after funeral, debts and bequest',
        security: [{ bearer: [] }],
        body: inheritanceBody,
        response: { 200: inheritanceResultSchema, 400: errorSchema, 401: errorSchema, 422: errorSchema, 429: errorSchema },
      },
    },
    async (req) => service.compute(req.body),
  )
}
