import { useEffect, useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { ApiError, describeError } from '../api/errors'
import type { SharedConversation, SharedSource } from '../api/types'
import { MessageArticle } from '../chat/message'
import { SourceDialog } from '../chat/source-dialog'
import { Alert } from '../components/forms'
import { lang, t } from '../i18n'
import { onLinkClick } from '../router'

type Loaded = SharedConversation | 'loading' | 'gone' | { error: string }

/**
 * A conversation someone shared (/s/{token}), read without an account: its questions and answers as they were
 * when the link was made, each citation opening its source. An unknown or revoked link says so, and only that.
 */
export function SharedPage({ token }: { token: string }) {
  const d = t.value
  const [loaded, setLoaded] = useState<Loaded>('loading')
  const [source, setSource] = useState<SharedSource | null>(null)
  useEffect(() => {
    let current = true
    setLoaded('loading')
    api.shares.read(token).then(
      (c) => current && setLoaded(c),
      (err) => current && setLoaded(err instanceof ApiError && [404, 414, 422].includes(err.status) ? 'gone' : { error: describeError(err, t.value) }),
    )
    return () => {
      current = false
    }
  }, [token])

  if (loaded === 'gone') {
    return (
      <main class="auth">
        <section class="card">
          <h1>{d.share.goneTitle}</h1>
          <p class="muted">{d.share.gone}</p>
          <p class="links">
            <a href="/" onClick={onLinkClick}>
              {d.notFound.home}
            </a>
          </p>
        </section>
      </main>
    )
  }
  const when = (iso: string) => new Date(iso).toLocaleString(lang.value, { dateStyle: 'long', timeStyle: 'short' })
  return (
    <main class="shared">
      <div class="messages">
        {loaded === 'loading' && <p class="muted center">{d.chat.loading}</p>}
        {typeof loaded === 'object' && 'error' in loaded && <Alert>{loaded.error}</Alert>}
        {typeof loaded === 'object' && 'messages' in loaded && (
          <>
            <header class="shared-head">
              <h1 dir="auto">{loaded.title ?? d.chat.untitled}</h1>
              <p class="muted small">{d.share.readOnly(when(loaded.shared_at))}</p>
            </header>
            {loaded.messages.map((m, i) => (
              <MessageArticle key={i} message={m} onCite={setSource} />
            ))}
            <p class="center">
              <a class="button" href="/" onClick={onLinkClick}>
                {d.share.askYours}
              </a>
            </p>
          </>
        )}
      </div>
      <SourceDialog source={source} onClose={() => setSource(null)} />
    </main>
  )
}
