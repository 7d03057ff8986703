import { signal } from '@preact/signals'
import type { TokenPair, User } from './types'

/** What a logged-in tab keeps: the token pair, when the access token expires, and who it is. */
export interface Session {
  access_token: string
  refresh_token: string
  expires_at: number
  user: User
}

const KEY = 'fiqh.session'

function load(): Session | null {
  try {
    const raw = localStorage.getItem(KEY)
    const s = raw ? (JSON.parse(raw) as Session) : null
    return s && typeof s.refresh_token === 'string' && s.user ? s : null
  } catch {
    return null
  }
}

export const session = signal<Session | null>(typeof localStorage !== 'undefined' ? load() : null)

export function readStoredSession(): Session | null {
  return load()
}

export function saveSession(tokens: TokenPair): Session {
  const s: Session = {
    access_token: tokens.access_token,
    refresh_token: tokens.refresh_token,
    expires_at: Date.now() + tokens.expires_in * 1000,
    user: tokens.user,
  }
  localStorage.setItem(KEY, JSON.stringify(s))
  session.value = s
  return s
}

export function clearSession(): void {
  localStorage.removeItem(KEY)
  session.value = null
}

// Another tab logging in, refreshing or logging out changes the stored pair: follow it here.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) session.value = load()
  })
}
