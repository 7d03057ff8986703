import { signal } from '@preact/signals'
import { useEffect, useRef, useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { describeError } from '../api/errors'
import type { Conversation } from '../api/types'
import { Icon } from '../components/icons'
import { lang, t } from '../i18n'
import { navigate, onLinkClick } from '../router'
import { notify } from '../state'

/** Bumped whenever a conversation is created, renamed, deleted or answered, so the list reloads. */
export const listVersion = signal(0)

function when(iso: string, l: string): string {
  const d = new Date(iso)
  const today = new Date()
  return d.toDateString() === today.toDateString() ? d.toLocaleTimeString(l, { hour: '2-digit', minute: '2-digit' }) : d.toLocaleDateString(l, { day: 'numeric', month: 'short' })
}

function Item({ c, active, onChanged }: { c: Conversation; active: boolean; onChanged: () => void }) {
  const d = t.value
  const [editing, setEditing] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (editing) input.current?.select()
  }, [editing])
  const title = c.title ?? d.chat.untitled

  if (editing) {
    return (
      <li class="conv editing">
        <form
          onSubmit={async (e) => {
            e.preventDefault()
            const next = input.current?.value.trim() ?? ''
            if (!next || next === c.title) return setEditing(false)
            try {
              await api.conversations.rename(c.id, { title: next.slice(0, 200) })
              setEditing(false)
              onChanged()
            } catch (err) {
              notify(describeError(err, t.value), 'error')
            }
          }}
        >
          <input ref={input} aria-label={d.chat.rename} value={c.title ?? ''} maxLength={200} required onKeyDown={(e) => e.key === 'Escape' && setEditing(false)} />
          <button type="submit" class="small primary">
            {d.chat.save}
          </button>
          <button type="button" class="small" onClick={() => setEditing(false)}>
            {d.chat.cancel}
          </button>
        </form>
      </li>
    )
  }
  return (
    <li class={`conv${active ? ' active' : ''}`}>
      <a href={`/c/${c.id}`} onClick={onLinkClick} aria-current={active ? 'page' : undefined}>
        <span class="conv-title" dir="auto" title={title}>
          {title}
        </span>
        <time dateTime={c.updated_at}>{when(c.updated_at, lang.value)}</time>
      </a>
      <span class="conv-actions">
        <button type="button" class="icon-button" title={d.chat.rename} aria-label={`${d.chat.rename} : ${title}`} onClick={() => setEditing(true)}>
          <Icon name="edit" size={16} />
        </button>
        <button
          type="button"
          class="icon-button"
          title={d.chat.delete}
          aria-label={`${d.chat.delete} : ${title}`}
          onClick={async () => {
            if (!confirm(d.chat.confirmDelete(title))) return
            try {
              await api.conversations.remove(c.id)
              if (active) navigate('/', { replace: true })
              onChanged()
            } catch (err) {
              notify(describeError(err, t.value), 'error')
            }
          }}
        >
          <Icon name="trash" size={16} />
        </button>
      </span>
    </li>
  )
}

export function Sidebar({ activeId, onNavigate }: { activeId: string | null; onNavigate: () => void }) {
  const d = t.value
  const [q, setQ] = useState('')
  const [items, setItems] = useState<Conversation[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [state, setState] = useState<'loading' | 'ok' | string>('loading')
  const version = listVersion.value

  const load = async (query: string, after: string | null, signal?: AbortSignal) => {
    const page = await api.conversations.list(query, after, signal)
    setItems((prev) => (after ? [...prev, ...page.items] : page.items))
    setCursor(page.next_cursor)
    setState('ok')
  }

  useEffect(() => {
    const ctrl = new AbortController()
    // Typing in the search box waits for a pause before asking the server.
    const timer = setTimeout(() => load(q, null, ctrl.signal).catch((err) => ctrl.signal.aborted || setState(describeError(err, t.value))), q ? 250 : 0)
    return () => {
      clearTimeout(timer)
      ctrl.abort()
    }
  }, [q, version])

  return (
    <nav class="sidebar" aria-label={d.nav.conversations}>
      <a class="button primary new" href="/" onClick={(e) => (onLinkClick(e), onNavigate())}>
        <Icon name="plus" /> {d.nav.newConversation}
      </a>
      <input class="search" type="search" placeholder={d.chat.search} aria-label={d.chat.search} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      {state !== 'ok' && state !== 'loading' && <p class="alert alert-error">{state}</p>}
      {state === 'ok' && items.length === 0 && <p class="muted empty">{q ? d.chat.noMatch : d.chat.none}</p>}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: delegation for the links inside, which are focusable and fire click on Enter */}
      <ul class="convs" onClick={(e) => (e.target as HTMLElement).closest('a') && onNavigate()}>
        {items.map((c) => (
          <Item key={c.id} c={c} active={c.id === activeId} onChanged={() => listVersion.value++} />
        ))}
      </ul>
      {cursor && (
        <button type="button" class="link" onClick={() => load(q, cursor).catch((err) => notify(describeError(err, t.value), 'error'))}>
          {d.chat.loadMore}
        </button>
      )}
    </nav>
  )
}
