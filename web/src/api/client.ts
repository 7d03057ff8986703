import { lang } from '../i18n'
import { ApiError, errorFrom, networkError } from './errors'
import { clearSession, readStoredSession, saveSession, session } from './session'
import type { TokenPair } from './types'

/** Refresh a little before expiry, so a request never leaves with a token about to lapse. */
const EARLY_MS = 30_000

type Listener = (reason: 'expired') => void
let onSessionLost: Listener = () => {}
/** The app decides what "back to login" means (route and notice); the client only reports it. */
export function whenSessionLost(fn: Listener): void {
  onSessionLost = fn
}

function sessionLost(): ApiError {
  clearSession()
  onSessionLost('expired')
  return new ApiError(401, 'session_ended', 'session ended')
}

export interface RequestOptions {
  auth?: boolean
  signal?: AbortSignal
}

interface UploadHandle<T> {
  done: Promise<T>
  abort(): void
}

/** The transport every API call goes through; its addresses are given by api/endpoints.ts. */
interface Client {
  /**
   * fetch with the page's conventions: the interface language, the access token, one refresh and one
   * retry on 401 (then back to login), and a network failure turned into ApiError status 0.
   */
  fetch(path: string, init?: RequestInit, auth?: boolean): Promise<Response>
  /** A JSON call: the body sent as JSON, a non-2xx answer thrown as ApiError, 204 as undefined. */
  request<T>(method: string, path: string, body?: unknown, opts?: RequestOptions): Promise<T>
  /** A multipart upload through XMLHttpRequest, the one browser API that reports upload progress. */
  upload<T>(path: string, file: File, onProgress: (fraction: number) => void): UploadHandle<T>
}

/**
 * The transport takes its addresses rather than spelling them, so that every URL of the page lives in
 * api/endpoints.ts, which builds the one client; refreshing tokens needs one of them.
 */
export function createClient(urls: { base: string; refresh: string }): Client {
  let refreshing: Promise<boolean> | null = null

  /**
   * Trades the refresh token for a new pair, once for all callers at the same moment. Refresh tokens
   * rotate and a reused one revokes the whole family, so two tabs must never spend the same token:
   * a Web Lock serialises tabs, and a tab that finds the stored token already rotated adopts it.
   */
  const refreshSession = (): Promise<boolean> => {
    refreshing ??= (async () => {
      const spent = session.value?.refresh_token
      const run = async (): Promise<boolean> => {
        const stored = readStoredSession()
        if (!stored) return false
        if (stored.refresh_token !== spent && stored.expires_at - Date.now() > EARLY_MS) {
          session.value = stored
          return true
        }
        let res: Response
        try {
          res = await fetch(`${urls.base}${urls.refresh}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refresh_token: stored.refresh_token }) })
        } catch {
          throw networkError()
        }
        if (res.ok) {
          saveSession((await res.json()) as TokenPair)
          return true
        }
        if (res.status === 401 || res.status === 422) return false
        throw await errorFrom(res)
      }
      try {
        return navigator.locks ? await navigator.locks.request('fiqh-refresh', run) : await run()
      } finally {
        refreshing = null
      }
    })()
    return refreshing
  }

  const bearer = async (): Promise<string | null> => {
    const s = session.value
    if (!s) return null
    if (s.expires_at - Date.now() < EARLY_MS) {
      const ok = await refreshSession().catch(() => true)
      if (!ok) return null
    }
    return session.value?.access_token ?? null
  }

  const authedFetch: Client['fetch'] = async (path, init = {}, auth = true) => {
    const attempt = async (): Promise<Response> => {
      const headers = new Headers(init.headers)
      headers.set('accept-language', lang.value)
      if (auth) {
        const token = await bearer()
        if (!token) throw sessionLost()
        headers.set('authorization', `Bearer ${token}`)
      }
      try {
        return await fetch(`${urls.base}${path}`, { ...init, headers })
      } catch (err) {
        if ((err as Error).name === 'AbortError') throw err
        throw networkError()
      }
    }
    let res = await attempt()
    if (auth && res.status === 401) {
      if (!(await refreshSession())) throw sessionLost()
      res = await attempt()
      if (res.status === 401) throw sessionLost()
    }
    return res
  }

  const request = async <T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> => {
    const init: RequestInit = { method, signal: opts.signal }
    if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers = { 'content-type': 'application/json' }
    }
    const res = await authedFetch(path, init, opts.auth ?? true)
    if (!res.ok) throw await errorFrom(res)
    if (res.status === 204) return undefined as T
    return (await res.json()) as T
  }

  const upload = <T>(path: string, file: File, onProgress: (fraction: number) => void): UploadHandle<T> => {
    let xhr: XMLHttpRequest | null = null
    const send = async (retried: boolean): Promise<T> => {
      const token = await bearer()
      if (!token) throw sessionLost()
      const form = new FormData()
      form.append('file', file, file.name)
      const req = new XMLHttpRequest()
      xhr = req
      const status = await new Promise<number>((resolve, reject) => {
        req.open('POST', `${urls.base}${path}`)
        req.setRequestHeader('authorization', `Bearer ${token}`)
        req.setRequestHeader('accept-language', lang.value)
        req.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total)
        req.onload = () => resolve(req.status)
        req.onerror = () => reject(networkError())
        req.onabort = () => reject(new DOMException('aborted', 'AbortError'))
        req.send(form)
      })
      const res = new Response(req.responseText || null, {
        status,
        headers: { 'content-type': 'application/json', 'retry-after': req.getResponseHeader('retry-after') ?? '', 'x-request-id': req.getResponseHeader('x-request-id') ?? '' },
      })
      if (status === 401 && !retried) {
        if (!(await refreshSession())) throw sessionLost()
        return send(true)
      }
      if (status === 401) throw sessionLost()
      if (!res.ok) throw await errorFrom(res)
      return (await res.json()) as T
    }
    return { done: send(false), abort: () => xhr?.abort() }
  }

  return { fetch: authedFetch, request, upload }
}
