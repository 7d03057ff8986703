/**
 * Every API address the page calls, each as a function typed with the contract's request and response
 * shapes. No other file of the page spells a URL of the API.
 */
import { createClient, type RequestOptions } from './client'
import { errorFrom, networkError } from './errors'
import type {
  ApiKey,
  AskRequest,
  CorpusCollection,
  CreatedApiKey,
  CreatedShare,
  Conversation,
  ConversationWithMessages,
  CreateConversationRequest,
  DocumentInfo,
  DocumentList,
  ErrorBody,
  HadithCatalogue,
  HadithImportRequest,
  InheritanceRequest,
  InheritanceResult,
  Notice,
  Page,
  RateRequest,
  Rating,
  ReadinessChecks,
  Ready,
  RenameConversationRequest,
  Share,
  SharedConversation,
  TokenPair,
  SignupResult,
} from './types'

const http = createClient({ base: '/api/v1', refresh: '/auth/refresh' })

// The auth routes' request bodies are not in the contract (src/auth/schemas.ts holds them with their
// server-side transforms); typed here, in the one module that sends them.
interface Credentials {
  email: string
  password: string
}
interface SignupRequest extends Credentials {
  first_name?: string
  last_name?: string
}
interface ResetConfirmRequest {
  token: string
  new_password: string
  confirm_new_password: string
}
interface ChangePasswordRequest {
  current_password: string
  new_password: string
}

const guest: RequestOptions = { auth: false }
// Ids come from the server as UUIDs; encoded all the same, so that no value can change the path.
const conversation = (id: string) => `/conversations/${encodeURIComponent(id)}`
const documents = (conversationId: string) => `${conversation(conversationId)}/documents`

export const api = {
  auth: {
    login: (body: Credentials) => http.request<TokenPair>('POST', '/auth/login', body, guest),
    signup: (body: SignupRequest) => http.request<SignupResult>('POST', '/auth/signup', body, guest),
    verify: (token: string) => http.request<Notice>('POST', '/auth/verify', { token }, guest),
    resendVerification: (email: string) => http.request<Notice>('POST', '/auth/resend-verification', { email }, guest),
    requestPasswordReset: (email: string) => http.request<Notice>('POST', '/auth/password-reset-request', { email }, guest),
    confirmPasswordReset: (body: ResetConfirmRequest) => http.request<Notice>('POST', '/auth/password-reset-confirm', body, guest),
    changePassword: (body: ChangePasswordRequest) => http.request<Notice>('POST', '/auth/change-password', body),
    logout: (refreshToken: string) => http.request<void>('POST', '/auth/logout', { refresh_token: refreshToken }),
  },

  inheritance: {
    /** The farāʾiḍ calculator: shares, base, evidence, and amounts when an estate is given. */
    compute: (body: InheritanceRequest) => http.request<InheritanceResult>('POST', '/inheritance', body),
  },

  apiKeys: {
    list: () => http.request<{ items: ApiKey[] }>('GET', '/api-keys'),
    create: (name: string) => http.request<CreatedApiKey>('POST', '/api-keys', { name }),
    remove: (id: string) => http.request<void>('DELETE', `/api-keys/${encodeURIComponent(id)}`),
  },

  conversations: {
    /** A page of the caller's conversations, newest first; `q` searches titles and messages. */
    list: (q: string, cursor: string | null, signal?: AbortSignal) => {
      const params = new URLSearchParams({ limit: '30' })
      if (q.trim()) params.set('q', q.trim())
      if (cursor) params.set('cursor', cursor)
      return http.request<Page<Conversation>>('GET', `/conversations?${params}`, undefined, { signal })
    },
    get: (id: string) => http.request<ConversationWithMessages>('GET', conversation(id)),
    create: (body: CreateConversationRequest = {}) => http.request<Conversation>('POST', '/conversations', body),
    rename: (id: string, body: RenameConversationRequest) => http.request<Conversation>('PATCH', conversation(id), body),
    remove: (id: string) => http.request<void>('DELETE', conversation(id)),
    /**
     * Asks a question, the answer streamed as Server-Sent Events (read by chat/stream.ts). Refusals
     * before the stream opens (404, 409, 429…) are thrown as ApiError.
     */
    ask: async (id: string, body: AskRequest, signal: AbortSignal): Promise<NonNullable<Response['body']>> => {
      const res = await http.fetch(`${conversation(id)}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify(body),
        signal,
      })
      if (!res.ok) throw await errorFrom(res)
      if (!res.body) throw networkError()
      return res.body
    },
    /** The conversation as a file (Markdown or JSON), with the name the server gives it. */
    exportFile: async (id: string, format: 'markdown' | 'json'): Promise<{ blob: Blob; fileName: string }> => {
      const res = await http.fetch(`${conversation(id)}/export?format=${format}`)
      if (!res.ok) throw await errorFrom(res)
      const named = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1]
      return { blob: await res.blob(), fileName: named ? decodeURIComponent(named) : `conversation.${format === 'json' ? 'json' : 'md'}` }
    },
    rate: (id: string, messageId: string, body: RateRequest) => http.request<Rating>('POST', `${conversation(id)}/messages/${encodeURIComponent(messageId)}/feedback`, body),
  },

  shares: {
    list: (conversationId: string) => http.request<{ items: Share[] }>('GET', `${conversation(conversationId)}/shares`),
    create: (conversationId: string) => http.request<CreatedShare>('POST', `${conversation(conversationId)}/shares`),
    revoke: (conversationId: string, shareId: string) => http.request<void>('DELETE', `${conversation(conversationId)}/shares/${encodeURIComponent(shareId)}`),
    /** A shared conversation, read without an account. */
    read: (token: string) => http.request<SharedConversation>('GET', `/shared/${encodeURIComponent(token)}`, undefined, guest),
  },

  documents: {
    list: (conversationId: string) => http.request<DocumentList>('GET', documents(conversationId)),
    upload: (conversationId: string, file: File, onProgress: (fraction: number) => void) => http.upload<DocumentInfo>(documents(conversationId), file, onProgress),
    remove: (conversationId: string, documentId: string) => http.request<void>('DELETE', `${documents(conversationId)}/${encodeURIComponent(documentId)}`),
  },

  corpus: {
    /** The shared collections the index holds: the Qur'an and each installed hadith book. */
    sources: () => http.request<{ items: CorpusCollection[] }>('GET', '/corpus/sources'),
    /** Admin: the hadith catalogue, what is installed, and the import running (if any). */
    hadith: () => http.request<HadithCatalogue>('GET', '/corpus/hadith'),
    importHadith: (body: HadithImportRequest) => http.request<{ job: NonNullable<HadithCatalogue['job']> }>('POST', '/corpus/hadith', body),
    removeHadith: (book: string) => http.request<{ book: string; hadiths_removed: number }>('DELETE', `/corpus/hadith/${encodeURIComponent(book)}`),
  },

  ops: {
    /**
     * The readiness checks whether or not the server is ready: while it is not, it answers 503
     * `not_ready` with the same checks as `error.details`. Null for any other refusal.
     */
    readiness: async (): Promise<ReadinessChecks | null> => {
      const res = await http.fetch('/ready', {}, false)
      const body = (await res.json()) as Ready | ErrorBody
      if ('checks' in body) return body.checks
      const details = body.error.code === 'not_ready' ? body.error.details : undefined
      return details && 'index' in details ? details : null
    },
  },
}
