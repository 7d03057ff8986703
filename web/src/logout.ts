import { api } from './api/endpoints'
import { clearSession, session } from './api/session'
import { t } from './i18n'
import { navigate } from './router'
import { notify } from './state'

/** Ends the session on the server (access token revoked, refresh family closed), then here whatever the server said. */
export async function logout(): Promise<void> {
  const s = session.value
  if (s) await api.auth.logout(s.refresh_token).catch(() => undefined)
  clearSession()
  navigate('/login', { replace: true })
  notify(t.value.auth.loggedOut)
}
