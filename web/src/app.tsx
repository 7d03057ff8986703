import { useEffect } from 'preact/hooks'
import { whenSessionLost } from './api/client'
import { session } from './api/session'
import type { Lang } from './api/types'
import { ChatPage, drawerOpen } from './chat/chat-page'
import { Icon } from './components/icons'
import { IndexingBanner } from './components/indexing'
import { dictionaries, lang, LANGS, setLang, t } from './i18n'
import { logout } from './logout'
import { AccountPage } from './pages/account'
import { InheritancePage } from './pages/inheritance'
import { ForgotPage, LoginPage, ResetPage, SignupPage, SignupSentPage, VerifyPage } from './pages/auth'
import { NotFoundPage } from './pages/not-found'
import { SharedPage } from './pages/shared'
import { location, navigate, onLinkClick } from './router'
import { notice, notify } from './state'

whenSessionLost(() => {
  notify(t.value.auth.sessionEnded, 'error')
  // Several requests may find the session dead at once: the first one chooses where to come back.
  if (window.location.pathname === '/login') return
  const here = window.location.pathname + window.location.search
  navigate(`/login${here !== '/' ? `?next=${encodeURIComponent(here)}` : ''}`, { replace: true })
})

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to])
  return null
}

function Header() {
  const d = t.value
  const s = session.value
  const inChat = s && (location.value.path === '/' || location.value.path.startsWith('/c/'))
  return (
    <header class="topbar">
      {inChat && (
        <button type="button" class="icon-button menu" aria-label={d.nav.menu} aria-expanded={drawerOpen.value} onClick={() => (drawerOpen.value = !drawerOpen.value)}>
          <Icon name="menu" />
        </button>
      )}
      <a class="brand" href="/" onClick={onLinkClick}>
        <img src="/favicon.svg" alt="" width={24} height={24} />
        {d.brand}
      </a>
      <div class="spacer" />
      <label class="lang">
        <span class="visually-hidden">{d.nav.language}</span>
        <select aria-label={d.nav.language} value={lang.value} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {dictionaries[l].langName}
            </option>
          ))}
        </select>
      </label>
      {s && (
        <>
          <a class="icon-button" href="/inheritance" onClick={onLinkClick} title={d.inheritance.nav} aria-label={d.inheritance.nav}>
            <Icon name="divide" />
          </a>
          <a class="icon-button" href="/account" onClick={onLinkClick} title={d.nav.account} aria-label={d.nav.account}>
            <Icon name="user" />
          </a>
          <button type="button" class="small logout" onClick={() => logout()}>
            {d.nav.logout}
          </button>
        </>
      )}
    </header>
  )
}

function Routes() {
  const { path } = location.value
  const loggedIn = session.value !== null
  if (path === '/verify-email') return <VerifyPage />
  if (path === '/reset-password') return <ResetPage />
  // A shared conversation is read with or without an account.
  const shared = /^\/s\/([A-Za-z0-9_-]{1,100})$/.exec(path)
  if (shared) return <SharedPage token={shared[1]!} />
  const guest: Record<string, () => preact.JSX.Element> = { '/login': LoginPage, '/signup': SignupPage, '/signup/sent': SignupSentPage, '/forgot-password': ForgotPage }
  const Guest = guest[path]
  if (Guest) return loggedIn ? <Redirect to="/" /> : <Guest />
  const conv = /^\/c\/([0-9a-f-]{36})$/i.exec(path)
  if (path !== '/' && path !== '/account' && path !== '/inheritance' && !conv) return <NotFoundPage />
  if (!loggedIn) return <Redirect to={path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}`} />
  if (path === '/account') return <AccountPage />
  if (path === '/inheritance') return <InheritancePage />
  if (path === '/' || !conv) return <ChatPage id={null} />
  return <ChatPage id={conv[1]!} />
}

export function App() {
  const n = notice.value
  return (
    <>
      <Header />
      <IndexingBanner />
      {n && (
        // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: a click dismisses the notice early; it goes away by itself after a few seconds
        <div class={`toast ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} onClick={() => (notice.value = null)}>
          {n.text}
        </div>
      )}
      <Routes />
    </>
  )
}
