import type { Dict } from '../i18n/fr'
import type { ErrorBody, ErrorInfo, FieldIssue } from './types'

/** An API failure as the page handles it: `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorInfo['details'],
    readonly retryAfterS?: number,
    readonly requestId?: string,
  ) {
    super(message)
  }

  /** The fields a 422 names; filtered because a proxy's error page may not be the API's shape. */
  get fields(): FieldIssue[] {
    return Array.isArray(this.details) ? this.details.filter((d) => typeof d?.field === 'string') : []
  }
}

/** The server could not be reached (or the connection broke before an answer). */
export const networkError = () => new ApiError(0, 'network', 'network')

export async function errorFrom(res: Response): Promise<ApiError> {
  // Partial: a body that is not the API's (a proxy's page, nothing at all) still becomes an ApiError.
  const body = (await res.json().catch(() => null)) as { error?: Partial<ErrorBody['error']> } | null
  const retry = Number(res.headers.get('retry-after'))
  return new ApiError(
    res.status,
    body?.error?.code ?? `http_${res.status}`,
    body?.error?.message ?? res.statusText,
    body?.error?.details,
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
    res.headers.get('x-request-id') ?? undefined,
  )
}

/** The sentence shown for an error, in the interface language; the server's own message when we have no better one. */
export function describeError(err: unknown, d: Dict): string {
  if (!(err instanceof ApiError)) return d.errors.network
  const e = d.errors
  const facts = err.details
  switch (err.code) {
    case 'network':
      return e.network
    case 'rate_limited':
      return e.rateLimited(Math.ceil(err.retryAfterS ?? (facts && 'retry_after_s' in facts ? facts.retry_after_s : 60)))
    case 'payload_too_large':
      return e.tooLarge(facts && 'limit_mb' in facts ? facts.limit_mb : null)
    case 'unsupported_media_type':
      return e.unsupported
    case 'invalid_credentials':
      return e.invalidCredentials
    case 'email_not_verified':
      return d.auth.notVerified
    case 'user_exists':
      return e.userExists
    case 'token_used':
      return e.linkUsed
    case 'token_expired':
      return err.status === 400 ? e.linkExpired : d.auth.sessionEnded
    case 'answer_in_progress':
      return e.busy
    case 'dependency_unavailable':
    case 'llm_unavailable':
    case 'answer_failed':
      return e.unavailable
    case 'not_found':
      return e.notFound
    case 'empty_conversation':
      return d.share.empty
    case 'too_many_shares':
      return d.share.tooMany
  }
  if (err.status === 400 && err.code === 'invalid_token') return e.linkInvalid
  if (err.status === 401) return d.auth.sessionEnded
  if (err.status === 422) {
    const f = err.fields
    if (f.some((x) => x.field.endsWith('current_password'))) return e.wrongCurrent
    if (f.some((x) => /differ/.test(x.message))) return e.samePassword
    if (f.some((x) => /email/i.test(x.message) && x.field.includes('password'))) return d.auth.sameAsEmail
    if (f.some((x) => x.field === 'file' && /empty/.test(x.message))) return e.emptyFile
    return f.length > 0 ? `${e.invalid} ${f.map((x) => `${x.field.replace(/^body\./, '')}: ${x.message}`).join(' · ')}` : err.message
  }
  if (err.status >= 500) return e.server(err.requestId ?? '—')
  return err.message
}
