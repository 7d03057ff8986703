import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { errorBodySchema, type ErrorBody, type ErrorDetails } from './contract/errors'
import type { OpenAiErrorBody } from './contract/openai'

/** The API error shape, for route schemas (and so for the OpenAPI document). */
export const errorSchema = errorBodySchema

export class AppError extends Error {
  constructor(
    readonly status: number,
    public code: string,
    message: string,
    readonly details?: ErrorDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = new.target.name
  }

  /** The same error with a more specific machine-readable code. */
  withCode(code: string): this {
    this.code = code
    return this
  }
}

export class BadRequest extends AppError {
  constructor(message = 'The request is malformed.', details?: ErrorDetails) {
    super(400, 'bad_request', message, details)
  }
}
export class ValidationFailed extends AppError {
  constructor(message = 'Some fields are invalid.', details?: ErrorDetails) {
    super(422, 'validation_error', message, details)
  }
}
export class Unauthorized extends AppError {
  constructor(code = 'unauthorized', message = 'Authentication is required.') {
    super(401, code, message)
  }
}
export class Forbidden extends AppError {
  constructor(code = 'forbidden', message = 'You are not allowed to do this.') {
    super(403, code, message)
  }
}
export class NotFound extends AppError {
  constructor(what = 'Resource') {
    super(404, 'not_found', `${what} not found.`)
  }
}
export class Conflict extends AppError {
  constructor(code = 'conflict', message = 'The request conflicts with the current state.') {
    super(409, code, message)
  }
}
export class PayloadTooLarge extends AppError {
  constructor(message = 'The request body is too large.', details?: { limit_mb: number }) {
    super(413, 'payload_too_large', message, details)
  }
}
export class UnsupportedMediaType extends AppError {
  constructor(message = 'This content type is not supported.') {
    super(415, 'unsupported_media_type', message)
  }
}
export class RateLimited extends AppError {
  constructor(retryAfterS: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterS))
    super(
      429,
      'rate_limited',
      `Too many requests. Retry in ${seconds} s.`,
      { retry_after_s: seconds },
      {
        'retry-after': String(seconds),
      },
    )
  }
}
export class DependencyUnavailable extends AppError {
  constructor(dependency: string) {
    super(503, 'dependency_unavailable', `A service this request needs (${dependency}) is unavailable. Try again shortly.`)
  }
}

export class ShuttingDown extends AppError {
  constructor() {
    super(503, 'shutting_down', 'This server is shutting down. Try again: another instance, or this one once restarted, will answer.', undefined, { 'retry-after': '1', connection: 'close' })
  }
}

/** Fastify's own errors that are the client's doing, mapped to our codes. */
const fastifyClientErrors: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'This content type is not supported.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad_request', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'Content-Length does not match the body.' },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, code: 'unsupported_media_type', message: 'The content type is missing.' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'unsupported_media_type', message: 'The content type is invalid.' },
  // (@fastify/multipart says 406 for a JSON or text body sent to an upload; it is the body's type that is wrong)
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'unsupported_media_type', message: 'An upload must be sent as multipart/form-data.' },
}

/** Dependencies going away surface as these errors; they become 503, not 500. */
export function isDependencyFailure(err: unknown, depth = 0): string | undefined {
  const e = err as { code?: string; message?: string; name?: string; cause?: unknown } | undefined
  if (!e || typeof e !== 'object') return undefined
  // Drizzle wraps the driver's error (« Failed query: … ») and keeps it as `cause`.
  const inner = depth < 3 && e.cause ? isDependencyFailure(e.cause, depth + 1) : undefined
  if (inner) return inner
  const code = e.code ?? ''
  // 57P0x: backend terminated or server shutting down; 53300: too many connections; 08xxx: connection failures.
  if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', '57P01', '57P02', '57P03', '53300', '08000', '08003', '08006'].includes(code)) {
    return code.startsWith('E') ? 'network' : 'database'
  }
  const msg = e.message ?? ''
  if (/Connection terminated|terminating connection|timeout exceeded when trying to connect|Client has encountered a connection error|is not currently accepting connections/i.test(msg)) {
    return 'database'
  }
  if (/Connection is closed|Stream isn't writeable|MaxRetriesPerRequestError|Reached the max retries/i.test(msg) || e.name === 'MaxRetriesPerRequestError') {
    return 'cache'
  }
  return undefined
}

export function toErrorBody(err: AppError, requestId?: string): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details === undefined ? {} : { details: err.details }),
      ...(requestId ? { request_id: requestId } : {}),
    },
  }
}

/** Any error as the AppError it stands for: ours as is, Fastify's and the drivers' mapped, the rest a 500. */
function asAppError(err: FastifyError | Error): AppError {
  if (err instanceof AppError) return err
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details = err.validation.map((v) => ({
      field: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
      message: v.message ?? 'invalid',
    }))
    return new ValidationFailed('Some fields are invalid.', details)
  }
  const fe = err as FastifyError
  if (fe.code && fastifyClientErrors[fe.code]) {
    const m = fastifyClientErrors[fe.code]!
    return new AppError(m.status, m.code, m.message)
  }
  if (err instanceof SyntaxError && (fe.statusCode === 400 || /JSON/.test(err.message))) {
    return new AppError(400, 'malformed_json', 'The body is not valid JSON.')
  }
  if (fe.code === 'FST_ERR_RATE_LIMIT_EXCEEDED' || fe.statusCode === 429) {
    return new RateLimited(Number((fe as { retryAfter?: number }).retryAfter ?? 60))
  }
  // busboy's words for a truncated or boundary-less multipart body: the client's mistake, not ours.
  if (/Unexpected end of (form|multipart data)|Boundary not found|Malformed part header|Multipart: /i.test(err.message)) {
    return new AppError(400, 'malformed_multipart', 'The multipart body is malformed or truncated.')
  }
  const dependency = isDependencyFailure(err)
  if (dependency) return new DependencyUnavailable(dependency)
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(fe.statusCode, 'bad_request', fe.message)
  }
  return new AppError(500, 'internal_error', 'An unexpected error occurred. Quote the request id when reporting it.')
}

/** How an error is written for a family of routes: the API's own format, or OpenAI's on /v1. */
export type ErrorWriter = (err: AppError, requestId: string) => { status: number; body: unknown }

const apiError: ErrorWriter = (err, requestId) => ({ status: err.status, body: toErrorBody(err, err.status >= 500 ? requestId : undefined) })

/** OpenAI's names for our codes, where its clients know one. */
const OPENAI_CODES: Record<string, string> = {
  missing_token: 'missing_api_key',
  invalid_token: 'invalid_api_key',
  token_revoked: 'invalid_api_key',
  rate_limited: 'rate_limit_exceeded',
  payload_too_large: 'request_too_large',
  validation_error: 'invalid_value',
}

function openAiType(status: number): string {
  if (status === 401) return 'authentication_error'
  if (status === 403) return 'permission_error'
  if (status === 429) return 'rate_limit_error'
  return status >= 500 ? 'server_error' : 'invalid_request_error'
}

/** `body.messages.0.content` → `messages[0].content`, as OpenAI names a request's fields. */
const openAiParam = (field: string) => field.replace(/^body\.?/, '').replace(/\.(\d+)(?=\.|$)/g, '[$1]') || null

/**
 * An error in OpenAI's format (`{error: {message, type, param, code}}`), which OpenAI clients parse: a field
 * refused by validation is a 400 there (OpenAI has no 422), named in `param` and in the message.
 */
export function toOpenAiError(err: AppError, requestId?: string): { status: number; body: OpenAiErrorBody } {
  const issues = Array.isArray(err.details) ? err.details : []
  const param = issues[0] ? openAiParam(issues[0].field) : null
  const said = err.status === 422 && issues.length > 0 ? issues.map((i) => `${openAiParam(i.field) ?? 'body'}: ${i.message}`).join('; ') : err.message
  const message = err.status >= 500 && requestId ? `${said} (request id ${requestId})` : said
  const status = err.status === 422 ? 400 : err.status
  return { status, body: { error: { message, type: openAiType(status), param, code: OPENAI_CODES[err.code] ?? err.code } } }
}

/** A JSON-RPC error response, as MCP's Streamable HTTP transport speaks; `id` is null: the request was not read. */
interface JsonRpcErrorBody {
  jsonrpc: '2.0'
  error: { code: number; message: string; data: { code: string; request_id?: string } }
  id: null
}

/**
 * An error refused before MCP reads the request (a missing or deleted key, malformed JSON, a rate), in JSON-RPC's
 * format with the HTTP status kept: -32700 for unparsable JSON, -32600 for another bad request, -32603 for our
 * failures, -32001 (a server-defined code) for the rest; our own code travels in `data.code`.
 */
export function toJsonRpcError(err: AppError, requestId?: string): { status: number; body: JsonRpcErrorBody } {
  const code = err.code === 'malformed_json' ? -32700 : err.status >= 500 ? -32603 : err.status === 400 || err.status === 422 ? -32600 : -32001
  const data = { code: err.code, ...(err.status >= 500 && requestId ? { request_id: requestId } : {}) }
  return { status: err.status, body: { jsonrpc: '2.0', error: { code, message: err.message, data }, id: null } }
}

/** The single place where any error becomes a JSON error: the API's format unless a route family asks for another. */
export function registerErrorHandling(app: FastifyInstance, write: ErrorWriter = apiError): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appErr = asAppError(err)
    if (appErr instanceof DependencyUnavailable) {
      // Expected while a dependency is away (and /ready says so); one line, not a stack per request.
      request.log.warn({ code: appErr.code, cause: err.message }, appErr.message)
    } else if (appErr.status >= 500) {
      request.log.error({ err }, 'request failed')
    } else {
      request.log.info({ code: appErr.code, status: appErr.status }, appErr.message)
    }
    const { status, body } = write(appErr, request.id)
    reply.status(status).headers(appErr.headers).send(body)
  })
}

/**
 * The router's own refusals, made before any route or hook runs (a path parameter past 100 characters, a
 * malformed percent-escape): in the API's format too — OpenAI's under /v1 — rather than Fastify's.
 */
export function answerFrameworkError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const appErr =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError(414, 'uri_too_long', 'A part of the address is too long.')
      : err.code === 'FST_ERR_BAD_URL'
        ? new AppError(400, 'bad_url', 'The address is malformed.')
        : asAppError(err)
  const { status, body } = (/^\/v1(\/|$)/.test(request.url) ? toOpenAiError : apiError)(appErr, request.id)
  void reply.status(status).send(body)
}

/** The answer to an address no route serves (registered by the app behind its own rate limit). */
export async function notFound(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  await reply.status(404).send(toErrorBody(new AppError(404, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`)))
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/

/** The path of the first string under `value` holding a control character (tab and line breaks allowed). */
function controlCharacterAt(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return CONTROL.test(value) ? path : undefined
  if (depth > 8 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined
  for (const [k, v] of Object.entries(value)) {
    const found = controlCharacterAt(v, `${path}.${k}`, depth + 1)
    if (found) return found
  }
  return undefined
}

/**
 * A NUL or another control character has no place in a title, a message, a name, a filter or a query:
 * refused with 422 before validation, rather than failing in the database (PostgreSQL refuses NUL in text).
 */
export function refuseControlCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field = controlCharacterAt(request.query, 'querystring') ?? controlCharacterAt(request.body, 'body') ?? controlCharacterAt(request.params, 'params')
    if (field) throw new ValidationFailed('Control characters are not allowed.', [{ field, message: 'must not contain control characters' }])
  })
}

const CLIENT_ERRORS: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers_too_large', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request_timeout', 'The request took too long to arrive.'],
}

/**
 * For Fastify's clientErrorHandler: a request Node could not read (headers too large, a body too slow,
 * malformed HTTP) still gets the API's JSON error, then the connection closes.
 */
export function answerClientError(err: Error & { code?: string }, socket: import('node:net').Socket): void {
  const [status, reason, code, message] = CLIENT_ERRORS[err.code ?? ''] ?? [400, 'Bad Request', 'bad_request', 'The request could not be read.']
  if (socket.writable && !socket.destroyed) {
    const body = JSON.stringify(toErrorBody(new AppError(status, code, message)))
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy()
}

/**
 * A request whose body has not fully arrived `limitMs` after it began (a body that trickles in, a byte every
 * few seconds, to hold connections) is answered 408 in the API's format and its connection closed.
 * (Node's own requestTimeout does not fire once Fastify has taken the request up.)
 */
export function cutSlowBodies(app: FastifyInstance, limitMs: number): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.raw.complete) return
    const timer = setTimeout(() => {
      if (!request.raw.complete && !reply.raw.headersSent) answerClientError(Object.assign(new Error('request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), request.raw.socket)
    }, limitMs)
    timer.unref()
    reply.raw.once('close', () => clearTimeout(timer))
    request.raw.once('end', () => clearTimeout(timer))
  })
}
