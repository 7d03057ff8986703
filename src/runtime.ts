import path from 'node:path'
import type { Logger } from 'pino'
import { createApiKeys, type ApiKeys } from './auth/api-keys'
import { createAuthenticate, type Guard } from './auth/guard'
import { createAuthService, type AuthService } from './auth/service'
import { createQuotas, type Quotas } from './cache/quotas'
import { createAccessTokens, loadOrCreateSecret, type AccessTokens } from './auth/tokens'
import type { Cache } from './cache/cache'
import { createMemoryCache } from './cache/memory-cache'
import { createRedisCache } from './cache/redis-cache'
import type { Config } from './config'
import { createAskService, type AskService } from './conversations/ask'
import { createConversationService, type ConversationService } from './conversations/service'
import { createShareService, type ShareService } from './conversations/shares'
import { openDatabase, type Database } from './db/client'
import { createBullQueue } from './documents/bullmq-queue'
import { createInProcessQueue, type JobQueue } from './documents/queue'
import { createDocumentService, type DocumentService } from './documents/service'
import { createLogger } from './logger'
import { createChatService, type ChatService } from './openai/service'
import { createHadithLookup } from './mcp/hadith'
import type { McpDeps } from './mcp/server'
import { createVerifyService, type VerifyService } from './verify/service'
import { createInheritanceService, type InheritanceService } from './inheritance/service'
import { sendProgressLinesTo } from './progress'
import { createOutboxMailer, createSmtpMailer, type Mailer } from './mail/mailer'
import { createAnswerer } from './rag/answer/answerer'
import { createAnswerProvider } from './rag/answer/providers'
import { isGenerative } from './rag/answer/llm'
import { createModelSearch } from './rag/answer/model-retrieval'
import { createEngine, type Engine } from './rag/engine'
import { createHadithCanon } from './rag/canon/hadith-canon'
import { createHadithJobs, type HadithJobs } from './corpus/hadith/jobs'
import { limitsFrom, resolveSource } from './corpus/hadith/source'
import { DEFAULT_LIMITS, type ParseLimits } from './rag/parse/limits'

/** The features' use cases, built once here and handed to the routes (the composition root). */
interface Services {
  authenticate: Guard
  auth: AuthService
  conversations: ConversationService
  shares: ShareService
  ask: AskService
  chat: ChatService
  documents: DocumentService
  quotas: Quotas
  apiKeys: ApiKeys
  hadith: HadithJobs
  verify: VerifyService
  inheritance: InheritanceService
  /** What the MCP server's tools call (over HTTP and stdio alike). */
  mcp: McpDeps
}

/** Everything the app needs from the outside world, opened once per process, and the services built on it. */
export interface Runtime {
  config: Config
  logger: Logger
  database: Database
  cache: Cache
  mailer: Mailer
  tokens: AccessTokens
  engine: Engine
  documents: DocumentService
  queue: JobQueue
  services: Services
  close(): Promise<void>
}

export interface RuntimeOptions {
  logger?: Logger
  /** Keep the embedded database in memory instead of DATA_DIR (tests). */
  inMemoryDatabase?: boolean
  /** Consume ingestion jobs here (default: WORKER_IN_PROCESS); `npm run worker` forces it. */
  worker?: boolean
}

export async function openRuntime(config: Config, opts: RuntimeOptions = {}): Promise<Runtime> {
  const logger = opts.logger ?? createLogger(config)
  sendProgressLinesTo((line) => logger.info(line))
  const opened: Array<() => Promise<void>> = []
  try {
    const database = await openDatabase({
      url: config.DATABASE_URL,
      dataDir: opts.inMemoryDatabase ? undefined : path.join(config.DATA_DIR, 'pglite'),
      poolMax: config.DATABASE_POOL_MAX,
      logger,
    })
    opened.push(() => database.close())
    const cache = config.REDIS_URL ? await createRedisCache(config.REDIS_URL, config.REDIS_PREFIX, logger) : createMemoryCache()
    opened.push(() => cache.close())
    const mailer = config.SMTP_URL ? createSmtpMailer(config.SMTP_URL, config.MAIL_FROM) : createOutboxMailer(path.join(config.DATA_DIR, 'outbox'), config.MAIL_FROM, logger)
    opened.push(() => mailer.close())
    const secret = config.JWT_SECRET ?? (await loadOrCreateSecret(config.DATA_DIR))
    const tokens = createAccessTokens(secret, config.ACCESS_TOKEN_TTL_S)
    logger.info({ database: database.kind, vector: database.hasVector, cache: cache.kind, mail: mailer.kind }, 'runtime ready')
    const engine = createEngine(config, database, logger)
    let queue: JobQueue | undefined
    const documents = createDocumentService({
      db: database.db,
      dataDir: config.DATA_DIR,
      vectors: () => engine.vectors(),
      logger,
      queue: () => queue!,
      limits: parseLimits(config),
      maxAttempts: config.INGEST_MAX_ATTEMPTS,
      ocrConcurrency: config.OCR_CONCURRENCY,
    })
    if (config.REDIS_URL) {
      const bull = createBullQueue(config.REDIS_URL, config.REDIS_PREFIX, logger)
      if (opts.worker ?? config.WORKER_IN_PROCESS) bull.startWorker((id, final) => documents.ingest(id, final), config.INGEST_CONCURRENCY)
      queue = bull
    } else {
      queue = createInProcessQueue((id) => documents.ingest(id), logger, config.INGEST_CONCURRENCY)
    }
    opened.splice(1, 0, () => queue!.close())
    const services = buildServices({ config, logger, database, cache, mailer, tokens, engine, documents })
    // Closed first (the list is closed in reverse): an import stops between two batches before the database goes.
    opened.push(() => services.hadith.stop())
    return {
      config,
      logger,
      database,
      cache,
      mailer,
      tokens,
      engine,
      documents,
      queue,
      services,
      async close() {
        // Mails and links being prepared after their answer (auth) finish before the pools close.
        await services.auth.settle()
        for (const close of opened.reverse()) await close().catch((err) => logger.warn({ err }, 'error while closing'))
      },
    }
  } catch (err) {
    for (const close of opened.reverse()) await close().catch(() => undefined)
    throw err
  }
}

/** Builds every feature's service from the opened parts; nothing here opens a connection. */
function buildServices(rt: Pick<Runtime, 'config' | 'logger' | 'database' | 'cache' | 'mailer' | 'tokens' | 'engine' | 'documents'>): Services {
  const { config, logger, database, cache, mailer, tokens, engine } = rt
  const auth = createAuthService({
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
  const quotas = createQuotas(cache)
  const conversations = createConversationService(database.db, { quotas, perMinute: config.CONVERSATIONS_PER_MIN })
  // One canon of the installed hadith for the answer check and the verification service: the same judge.
  const hadithCanon = createHadithCanon(database.db, engine.shared)
  const provider = createAnswerProvider(config, logger)
  const answerer = createAnswerer({
    provider,
    logger,
    indexProgress: () => (engine.state.status === 'ready' ? null : { done: engine.state.done, total: engine.state.total }),
    hadith: hadithCanon,
  })
  const verify = createVerifyService({ hadith: hadithCanon, limit: { quotas, perMinute: config.VERIFY_PER_MIN } })
  const inheritance = createInheritanceService({ hadith: hadithCanon })
  const modelSearch = config.MODEL_RETRIEVAL && isGenerative(provider) ? createModelSearch({ retriever: engine.retriever, provider, timeoutMs: config.MODEL_RETRIEVAL_TIMEOUT_MS, logger }) : undefined
  const ask = createAskService({ conversations, answerer, retriever: engine.retriever, modelSearch, cache, logger, concurrency: { quotas, max: config.MAX_CONCURRENT_ANSWERS } })
  const apiKeys = createApiKeys({ db: database.db, quotas, perMinute: config.API_KEY_PER_MIN })
  const hadith = createHadithJobs({
    db: database.db,
    vectors: () => engine.vectors(),
    dir: path.join(config.DATA_DIR, 'hadith'),
    source: resolveSource(config.HADITH_SOURCE_URL),
    limits: limitsFrom(config),
    logger,
  })
  const chat = createChatService({ ask, createdAt: Math.floor(Date.now() / 1000) })
  const mcp = { retriever: engine.retriever, hadith: createHadithLookup(database.db), ask, verify, inheritance, logger }
  const shares = createShareService({ db: database.db, conversations, appUrl: config.APP_URL })
  return { authenticate: createAuthenticate(tokens, cache, database.db, apiKeys), auth, conversations, shares, ask, chat, documents: rt.documents, quotas, apiKeys, hadith, verify, inheritance, mcp }
}

/** What one document may cost to read (rag/parse/limits.ts), from the settings. */
function parseLimits(config: Config): ParseLimits {
  return {
    ...DEFAULT_LIMITS,
    timeMs: config.PARSE_TIMEOUT_S * 1000,
    memoryMb: config.PARSE_MEMORY_MB,
    pages: config.MAX_DOCUMENT_PAGES,
    passages: config.MAX_DOCUMENT_PASSAGES,
    inflatedBytes: config.MAX_INFLATED_MB * 1024 * 1024,
    ocrPages: config.MAX_OCR_PAGES,
    pixels: config.OCR_MAX_MEGAPIXELS * 1_000_000,
    ocrPageMs: config.OCR_PAGE_TIMEOUT_S * 1000,
  }
}
