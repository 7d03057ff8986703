import path from 'node:path'
import { randomUUID } from 'node:crypto'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify'
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { apiKeyRoutes } from './auth/api-key-routes'
import { answerRoutes } from './conversations/answer-routes'
import { conversationRoutes } from './conversations/routes'
import { shareRoutes } from './conversations/share-routes'
import { corpusRoutes } from './corpus/routes'
import { hadithRoutes } from './corpus/hadith/routes'
import { limitsFrom, resolveSource } from './corpus/hadith/source'
import { documentRoutes } from './documents/routes'
import { answerClientError, answerFrameworkError, cutSlowBodies, notFound, RateLimited, refuseControlCharacters, registerErrorHandling, ShuttingDown } from './errors'
import { registerMetrics } from './ops/metrics'
import { opsRoutes } from './ops/routes'
import { openAiRoutes } from './openai/routes'
import { mcpRoutes } from './mcp/http'
import type { Runtime } from './runtime'
import { searchRoutes } from './search/routes'
import { verifyRoutes } from './verify/routes'
import { inheritanceRoutes } from './inheritance/routes'
import { authRoutes } from './auth/routes'
import { pageNotFound, webRoutes } from './web/routes'

const API_PREFIX = '/api/v1'

/** The HTTP app over an opened runtime: external plugins first, then each feature's routes with its service. */
export async function buildApp(rt: Runtime): Promise<FastifyInstance> {
  const { config, logger, database, cache, engine, services } = rt
  const { authenticate } = services
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
    // Node's own answers to a request it could not read (431, 408, 400) speak the API's error format too.
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
    // One line per request, at debug (below): Fastify's own two lines per request at info bury what matters.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>()

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorateRequest('auth', null)
  // During shutdown, keep-alive sockets would hold the server open after their last response: close them.
  // A request that arrives once shutdown has begun is refused (in-flight ones finish).
  let closing = false
  app.addHook('onResponse', async (req, reply) => {
    req.log.debug({ method: req.method, url: req.routeOptions.url ?? req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request')
  })
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
  refuseControlCharacters(app)
  cutSlowBodies(app, config.REQUEST_TIMEOUT_S * 1000)
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
    ...(cache.redis ? { redis: cache.redis, nameSpace: `${config.REDIS_PREFIX}rl-ip:` } : {}),
    // With Redis away the limiter steps aside; the request then fails or succeeds on its own merits.
    skipOnError: true,
    errorResponseBuilder: (_req, ctx) => new RateLimited(ctx.ttl / 1000),
  })
  // Unknown addresses are limited like the rest, so nobody scans for routes for free.
  const page = pageNotFound()
  app.setNotFoundHandler({ preHandler: app.rateLimit({ max: config.RATE_LIMIT_NOT_FOUND_PER_MIN, timeWindow: 60_000 }) }, async (req, reply) => {
    if (!page(req, reply)) await notFound(req, reply)
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

  const ops = { database, cache, metrics, metricsToken: config.METRICS_TOKEN, readiness: () => engine.readiness(), indexReady: () => engine.state.status === 'ready' }
  await app.register(opsRoutes, ops)
  await app.register(opsRoutes, { ...ops, prefix: API_PREFIX })
  await app.register(apiKeyRoutes, { prefix: API_PREFIX, keys: services.apiKeys, authenticate })
  await app.register(authRoutes, { prefix: `${API_PREFIX}/auth`, service: services.auth, authenticate, perIpPerMin: config.RATE_LIMIT_AUTH_PER_MIN })
  await app.register(conversationRoutes, { prefix: API_PREFIX, service: services.conversations, authenticate, beforeDelete: (owner, id) => services.documents.removeAllOf(owner, id) })
  await app.register(shareRoutes, { prefix: API_PREFIX, shares: services.shares, authenticate, perIpPerMin: config.RATE_LIMIT_SHARED_PER_MIN })
  await app.register(documentRoutes, {
    prefix: API_PREFIX,
    service: services.documents,
    conversations: services.conversations,
    authenticate,
    maxUploadBytes: config.MAX_UPLOAD_MB * 1024 * 1024,
    quota: { quotas: services.quotas, inFlight: config.MAX_UPLOADS_IN_FLIGHT, bytesPerHour: config.UPLOAD_MB_PER_HOUR * 1024 * 1024 },
  })
  await app.register(answerRoutes, { prefix: API_PREFIX, service: services.ask, authenticate })
  await app.register(searchRoutes, { prefix: API_PREFIX, retriever: engine.retriever, authenticate, conversations: services.conversations })
  await app.register(verifyRoutes, { prefix: API_PREFIX, service: services.verify, authenticate })
  await app.register(inheritanceRoutes, { prefix: API_PREFIX, service: services.inheritance, authenticate })
  await app.register(corpusRoutes, { prefix: API_PREFIX, db: database.db, authenticate })
  await app.register(hadithRoutes, {
    prefix: API_PREFIX,
    db: database.db,
    authenticate,
    jobs: services.hadith,
    source: resolveSource(config.HADITH_SOURCE_URL),
    limits: limitsFrom(config),
    dir: path.join(config.DATA_DIR, 'hadith'),
  })
  await app.register(openAiRoutes, { prefix: '/v1', service: services.chat, authenticate, notFoundPerMin: config.RATE_LIMIT_NOT_FOUND_PER_MIN })
  await app.register(mcpRoutes, { deps: services.mcp, authenticate })
  await app.register(webRoutes)
  return app
}
