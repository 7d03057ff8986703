import { useEffect, useRef, useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { describeError } from '../api/errors'
import type { Share } from '../api/types'
import { Alert } from '../components/forms'
import { Icon } from '../components/icons'
import { lang, t } from '../i18n'
import { copyText } from '../lib/clipboard'
import { notify } from '../state'

const copyLink = (url: string) =>
  copyText(url).then(
    () => notify(t.value.share.copied),
    () => notify(t.value.chat.copyFailed, 'error'),
  )

/**
 * A conversation's read-only links: create one (its address shown this once, since the server keeps only a
 * hash of its token), list them with their views, revoke them.
 */
function ShareDialog({ conversationId, onClose }: { conversationId: string; onClose: () => void }) {
  const d = t.value
  const ref = useRef<HTMLDialogElement>(null)
  const [links, setLinks] = useState<Share[] | null>(null)
  const [fresh, setFresh] = useState<{ id: string; url: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const reload = () =>
    api.shares.list(conversationId).then(
      (r) => setLinks(r.items),
      (err) => notify(describeError(err, t.value), 'error'),
    )
  useEffect(() => {
    ref.current?.showModal()
    void reload()
  }, [conversationId])

  const create = async () => {
    setBusy(true)
    try {
      const made = await api.shares.create(conversationId)
      // The page's own address, not the server's APP_URL: the link opens where its author reads it.
      setFresh({ id: made.id, url: `${window.location.origin}/s/${made.token}` })
      await reload()
    } catch (err) {
      notify(describeError(err, t.value), 'error')
    } finally {
      setBusy(false)
    }
  }
  const revoke = async (id: string) => {
    if (!confirm(d.share.confirmRevoke)) return
    try {
      await api.shares.revoke(conversationId, id)
      if (fresh?.id === id) setFresh(null)
      notify(d.share.revoked)
      await reload()
    } catch (err) {
      notify(describeError(err, t.value), 'error')
    }
  }
  const when = (iso: string) => new Date(iso).toLocaleString(lang.value, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes the dialog; Escape closes a modal dialog natively
    <dialog ref={ref} class="source-dialog share-dialog" aria-labelledby="share-title" onClose={onClose} onClick={(e) => e.target === ref.current && ref.current?.close()}>
      <article>
        <header>
          <h2 id="share-title">{d.share.title}</h2>
          <button type="button" class="icon-button" aria-label={d.nav.close} onClick={() => ref.current?.close()}>
            <Icon name="close" />
          </button>
        </header>
        <p class="muted small">{d.share.intro}</p>
        {fresh ? (
          <Alert kind="success">
            {d.share.shownOnce}
            <span class="share-url">
              <input type="url" readOnly dir="ltr" value={fresh.url} aria-label={d.share.title} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" class="small" onClick={() => copyLink(fresh.url)}>
                <Icon name="copy" size={16} /> {d.share.copy}
              </button>
            </span>
          </Alert>
        ) : null}
        <button type="button" class="primary" disabled={busy} aria-busy={busy} onClick={create}>
          <Icon name="link" size={16} /> {d.share.create}
        </button>
        <h3 class="share-links-title">{d.share.links}</h3>
        {links?.length === 0 && <p class="muted small">{d.share.none}</p>}
        <ul class="keys">
          {(links ?? []).map((s) => (
            <li key={s.id}>
              <span class="small">
                {d.share.created(when(s.created_at))} · {d.share.views(s.views)}
              </span>
              <button type="button" class="small" onClick={() => revoke(s.id)}>
                {d.share.revoke}
              </button>
            </li>
          ))}
        </ul>
      </article>
    </dialog>
  )
}

/** The composer bar's "Share" button; the dialog exists only while open, so its list is fresh each time. */
export function ShareButton({ conversationId }: { conversationId: string }) {
  const [open, setOpen] = useState(false)
  const d = t.value
  return (
    <>
      <button type="button" class="small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Icon name="link" size={16} /> {d.share.button}
      </button>
      {open && <ShareDialog conversationId={conversationId} onClose={() => setOpen(false)} />}
    </>
  )
}
