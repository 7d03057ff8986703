import { randomUUID } from 'node:crypto'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { createAuthenticate } from './auth/guard'
import { authRoutes } from './auth/routes'
import { createAuthService } from './auth/service'
import { registerErrorHandling, RateLimited, ShuttingDown } from './errors'
import { registerMetrics } from './ops/metrics'
import { opsRoutes } from './ops/routes'
import { corpusRoutes } from './corpus/routes'
import { searchRoutes } from './rag/search/routes'
import { conversationRoutes } from './conversations/routes'
import { createConversationService } from './conversations/service'
import { answerRoutes } from './conversations/answer-routes'
import { documentRoutes } from './documents/routes'
import { createAnswerService } from './rag/answer/service'
import { createAnswerProvider } from './rag/answer/providers'
import type { Runtime } from './runtime'
import { webRoutes } from './web/routes'

export const API_PREFIX = '/api/v1'

/** Composes the HTTP app from an opened runtime: external plugins, then features, then routes. */
export async function buildApp(rt: Runtime): Promise<FastifyInstance> {
  const { config, logger, database, cache, mailer, tokens, engine } = rt
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID()
    },
    bodyLimit: config.BODY_LIMIT_KB * 1024,
    trustProxy: config.TRUST_PROXY,
    // Fastify's own 503 while closing is not in the API's error format: the onRequest hook below answers instead.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>()

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorateRequest('auth', null)
  // During shutdown, keep-alive sockets would hold the server open after their last response: close them.
  // A request that arrives once shutdown has begun is refused (in-flight ones finish).
  let closing = false
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id)
    if (closing) throw new ShuttingDown()
  })
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onSend', async (_req, reply) => {
    if (closing) reply.header('connection', 'close')
  })
  registerErrorHandling(app)
  const metrics = registerMetrics(app)

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // The embedded default serves plain http (a laptop, a LAN): upgrading the page's requests to https would break it.
        'upgrade-insecure-requests': null,
      },
    },
  })
  await app.register(cors, {
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after'],
  })
  await app.register(rateLimit, {
    global: false,
    ...(cache.kind === 'redis' && 'redis' in cache ? { redis: (cache as { redis: import('ioredis').Redis }).redis, nameSpace: `${config.REDIS_PREFIX}rl-ip:` } : {}),
    // With Redis away the limiter steps aside; the request then fails or succeeds on its own merits.
    skipOnError: true,
    errorResponseBuilder: (_req, ctx) => new RateLimited(ctx.ttl / 1000),
  })
  await app.register(swagger, {
    openapi: {
      info: { title: 'Fiqh RAG assistant API', version: '1.0.0', description: 'Grounded answers on Islamic jurisprudence, with cited sources.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
  })
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  const authenticate = createAuthenticate(tokens, cache)
  const authService = createAuthService({
    db: database.db,
    cache,
    mailer,
    tokens,
    logger,
    settings: {
      appUrl: config.APP_URL,
      refreshTtlS: config.REFRESH_TOKEN_TTL_DAYS * 86_400,
      verifyTtlS: config.VERIFY_TOKEN_TTL_H * 3600,
      resetTtlS: config.RESET_TOKEN_TTL_MIN * 60,
      perEmailPerMin: config.RATE_LIMIT_AUTH_PER_MIN,
    },
  })

  const ops = { database, cache, metrics, readiness: () => engine.readiness(), indexReady: () => engine.state.status === 'ready' }
  await app.register(opsRoutes, ops)
  await app.register(opsRoutes, { ...ops, prefix: API_PREFIX })
  await app.register(authRoutes, { prefix: `${API_PREFIX}/auth`, service: authService, authenticate, perIpPerMin: config.RATE_LIMIT_AUTH_PER_MIN })
  const conversationService = createConversationService(database.db)
  await app.register(conversationRoutes, { prefix: API_PREFIX, service: conversationService, authenticate, beforeDelete: (owner, id) => rt.documents.removeAllOf(owner, id) })
  await app.register(documentRoutes, { prefix: API_PREFIX, service: rt.documents, conversations: conversationService, authenticate, maxUploadBytes: config.MAX_UPLOAD_MB * 1024 * 1024 })
  const answerService = createAnswerService({
    db: database.db,
    cache,
    retriever: engine.retriever,
    provider: createAnswerProvider(config, logger),
    conversations: conversationService,
    logger,
    indexProgress: () => (engine.state.status === 'ready' ? null : { done: engine.state.done, total: engine.state.total }),
  })
  await app.register(answerRoutes, { prefix: API_PREFIX, service: answerService, authenticate })
  await app.register(searchRoutes, { prefix: API_PREFIX, retriever: engine.retriever, authenticate, conversations: conversationService })
  await app.register(corpusRoutes, { prefix: API_PREFIX, db: database.db, authenticate })
  await app.register(webRoutes)
  return app
}
