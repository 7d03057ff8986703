import { z } from 'zod'
import path from 'node:path'

/** An optional URL ('' counts as unset), restricted to the given schemes when any are named. */
const optionalUrl = (...schemes: string[]) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .url()
        .refine((u) => schemes.length === 0 || schemes.some((s) => u.startsWith(`${s}://`)), {
          message: `must be a ${schemes.map((s) => `${s}://`).join(' or ')} URL`,
        })
        .optional(),
    )
    .optional()

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes'))

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8000),
    DATA_DIR: z.string().default('./data'),
    APP_URL: optionalUrl('http', 'https'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
    DATABASE_URL: optionalUrl('postgres', 'postgresql'),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: optionalUrl('redis', 'rediss'),
    REDIS_PREFIX: z.string().default('fiqh:'),
    SMTP_URL: optionalUrl('smtp', 'smtps'),
    MAIL_FROM: z.string().default('Fiqh Assistant <no-reply@localhost>'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_S: z.coerce.number().int().min(60).max(86_400).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    VERIFY_TOKEN_TTL_H: z.coerce.number().int().min(1).max(720).default(24),
    RESET_TOKEN_TTL_MIN: z.coerce.number().int().min(5).max(1440).default(60),
    CORS_ORIGINS: list,
    TRUST_PROXY: flag(false),
    BODY_LIMIT_KB: z.coerce.number().int().min(16).max(10_240).default(1024),
    RATE_LIMIT_AUTH_PER_MIN: z.coerce.number().int().min(1).max(10_000).default(10),
    RATE_LIMIT_NOT_FOUND_PER_MIN: z.coerce.number().int().min(1).max(100_000).default(120),
    RATE_LIMIT_SHARED_PER_MIN: z.coerce.number().int().min(1).max(100_000).default(60),
    INDEX_CORPUS: flag(true),
    /** Where `npm run corpus -- add` takes hadith editions: a base URL in the hadith-api layout or a local folder. */
    HADITH_SOURCE_URL: z.string().min(1).default('https://cdn.jsdelivr.net/gh/fawazahmed0/hadith-api@1'),
    HADITH_MAX_EDITION_MB: z.coerce.number().int().min(1).max(1_024).default(64),
    HADITH_TIMEOUT_S: z.coerce.number().int().min(1).max(600).default(30),
    EMBEDDER: z.enum(['local', 'gemini', 'openai']).default('local'),
    EMBEDDING_MODEL: z.string().optional(),
    EMBEDDING_DIM: z.coerce.number().int().min(8).max(4096).default(768),
    VECTOR_WEIGHT: z.coerce.number().min(0).max(5).optional(),
    MODELS_DIR: z.string().optional(),
    GEMINI_API_KEY: z.string().optional(),
    GEMINI_MODEL: z.string().default('gemini-2.5-flash'),
    GEMINI_BASE_URL: optionalUrl('http', 'https'),
    OPENAI_BASE_URL: optionalUrl('http', 'https'),
    OPENAI_API_KEY: z.string().optional(),
    OPENAI_MODEL: z.string().optional(),
    MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1_024).default(25),
    WORKER_IN_PROCESS: flag(true),
    INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
    MAX_DOCUMENT_PAGES: z.coerce.number().int().min(1).max(100_000).default(2_000),
    MAX_DOCUMENT_PASSAGES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
    MAX_INFLATED_MB: z.coerce.number().int().min(1).max(10_240).default(100),
    PARSE_TIMEOUT_S: z.coerce.number().int().min(1).max(3_600).default(120),
    PARSE_MEMORY_MB: z.coerce.number().int().min(64).max(16_384).default(512),
    INGEST_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
    /** Documents read by OCR at once per process (each takes about one core while it is read). */
    OCR_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
    /** Pages one document may need read by OCR (scanned PDF pages, image frames); more fails it at once. */
    MAX_OCR_PAGES: z.coerce.number().int().min(1).max(100_000).default(500),
    /** Pixels of one image (or TIFF frame), in millions, read from its header before it is decoded. */
    OCR_MAX_MEGAPIXELS: z.coerce.number().int().min(1).max(1_000).default(40),
    OCR_PAGE_TIMEOUT_S: z.coerce.number().int().min(5).max(3_600).default(90),
    MAX_CONCURRENT_ANSWERS: z.coerce.number().int().min(1).max(100).default(3),
    CONVERSATIONS_PER_MIN: z.coerce.number().int().min(1).max(10_000).default(20),
    MAX_UPLOADS_IN_FLIGHT: z.coerce.number().int().min(1).max(100).default(3),
    UPLOAD_MB_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(200),
    /** Calls of POST /verify (and the MCP tool verify_citations) a user may make per minute. */
    VERIFY_PER_MIN: z.coerce.number().int().min(1).max(100_000).default(60),
    API_KEY_PER_MIN: z.coerce.number().int().min(1).max(100_000).default(120),
    /** The personal API key the stdio MCP server (`npm run mcp`) acts with: its owner is the one who asks. */
    FIQH_API_KEY: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    REQUEST_TIMEOUT_S: z.coerce.number().int().min(5).max(3_600).default(60),
    ANSWER_PROVIDER: z.enum(['auto', 'extractive', 'gemini', 'openai']).default('auto'),
    LLM_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
    /** With a model configured: rewrite the question into the sources' vocabulary and rerank the candidates with it. */
    MODEL_RETRIEVAL: flag(true),
    MODEL_RETRIEVAL_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(8_000),
  })
  .superRefine((env, ctx) => {
    if (env.EMBEDDER === 'gemini' && !env.GEMINI_API_KEY) {
      ctx.addIssue({ code: 'custom', path: ['GEMINI_API_KEY'], message: 'is required when EMBEDDER=gemini' })
    }
    if (env.EMBEDDER === 'openai' && !env.OPENAI_BASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['OPENAI_BASE_URL'], message: 'is required when EMBEDDER=openai' })
    }
    if (env.ANSWER_PROVIDER === 'gemini' && !env.GEMINI_API_KEY) {
      ctx.addIssue({ code: 'custom', path: ['GEMINI_API_KEY'], message: 'is required when ANSWER_PROVIDER=gemini' })
    }
    if (env.ANSWER_PROVIDER === 'openai' && (!env.OPENAI_BASE_URL || !env.OPENAI_MODEL)) {
      ctx.addIssue({ code: 'custom', path: ['OPENAI_MODEL'], message: 'OPENAI_BASE_URL and OPENAI_MODEL are required when ANSWER_PROVIDER=openai' })
    }
    // Several instances share one database, so each must sign with the same secret.
    if (env.DATABASE_URL && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when DATABASE_URL is set (all instances must share it)' })
    }
  })

type Env = z.infer<typeof envSchema>

export interface Config extends Omit<Env, 'APP_URL' | 'DATA_DIR'> {
  APP_URL: string
  DATA_DIR: string
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Reads and validates the environment once; every default of the embedded mode lives here. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`))
  }
  const env = parsed.data
  return {
    ...env,
    DATA_DIR: path.resolve(env.DATA_DIR),
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
  }
}

/** For process entry points: a bad configuration ends the process with its problems listed (exit code 2). */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message)
      process.exit(2)
    }
    throw err
  }
}
