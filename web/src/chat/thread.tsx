import { useEffect, useRef, useState } from 'preact/hooks'
import { api } from '../api/client'
import { ApiError, describeError } from '../api/errors'
import type { Conversation, ConversationWithMessages, Message, Source } from '../api/types'
import { Alert } from '../components/forms'
import { Icon } from '../components/icons'
import { t } from '../i18n'
import { navigate } from '../router'
import { notify } from '../state'
import { DocumentsPanel } from './documents'
import { MessageView } from './message'
import { listVersion } from './sidebar'
import { SourceDialog } from './source-dialog'
import { streamAnswer, type AskOptions } from './stream'
import { Reveal } from '../lib/reveal'

interface Live {
  question: Message
  answer: Message
  controller: AbortController
}

const draftMessage = (role: Message['role'], content: string): Message => ({
  id: `draft-${role}-${Date.now()}`,
  role,
  content,
  sources: [],
  mode: null,
  model: null,
  status: 'complete',
  created_at: new Date().toISOString(),
})

/** One conversation: its messages, the answer being written, the composer and the documents. */
export function Thread({ id }: { id: string | null }) {
  const d = t.value
  const [messages, setMessages] = useState<Message[]>([])
  const [state, setState] = useState<'idle' | 'loading' | 'missing' | string>(id ? 'loading' : 'idle')
  const [live, setLive] = useState<Live | null>(null)
  const [text, setText] = useState('')
  const [scope, setScope] = useState<NonNullable<AskOptions['scope']>>('all')
  const [source, setSource] = useState<Source | null>(null)
  const [docsOpen, setDocsOpen] = useState(false)
  const current = useRef<string | null>(id)
  /** The conversation this thread created itself: the address bar follows it without a reload. */
  const adopted = useRef<string | null>(null)
  const bottom = useRef<HTMLDivElement>(null)
  const composer = useRef<HTMLTextAreaElement>(null)

  const load = async (cid: string) => {
    try {
      const c = await api<ConversationWithMessages>('GET', `/conversations/${cid}`)
      if (current.current === cid) (setMessages(c.messages), setState('idle'))
    } catch (err) {
      if (current.current !== cid) return
      setState(err instanceof ApiError && err.status === 404 ? 'missing' : describeError(err, t.value))
    }
  }

  // Opening another conversation; not when this thread itself just created the one in the address bar.
  useEffect(() => {
    if (id && id === adopted.current) {
      adopted.current = null
      return
    }
    live?.controller.abort()
    current.current = id
    setMessages([])
    setLive(null)
    setDocsOpen(false)
    if (id) {
      setState('loading')
      void load(id)
    } else setState('idle')
    composer.current?.focus()
  }, [id])

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' })
  }, [messages.length, live?.answer.content.length])

  const ensureConversation = async (): Promise<string> => {
    if (current.current) return current.current
    const c = await api<Conversation>('POST', '/conversations', {})
    current.current = c.id
    adopted.current = c.id
    navigate(`/c/${c.id}`, { replace: true })
    listVersion.value++
    return c.id
  }

  const ask = async (question: string) => {
    const q = question.trim()
    if (!q || live) return
    const controller = new AbortController()
    const draft: Live = { question: draftMessage('user', q), answer: draftMessage('assistant', ''), controller }
    setLive(draft)
    setText('')
    let cid: string | null = null
    try {
      cid = await ensureConversation()
      const reveal = new Reveal((content) => setLive((l) => l && { ...l, answer: { ...l.answer, content } }))
      controller.signal.addEventListener('abort', () => reveal.stop())
      const result = await streamAnswer(cid, q, { scope }, {
        sources: (sources) => setLive((l) => l && { ...l, answer: { ...l.answer, sources } }),
        token: (piece) => reveal.push(piece),
      }, controller.signal)
      await reveal.settled()
      if (current.current === cid) setMessages((m) => [...m, result.user_message, result.message])
      listVersion.value++
    } catch (err) {
      if (controller.signal.aborted) {
        notify(d.chat.stopped)
        // The server decides what a cut answer leaves behind; show exactly that.
        if (cid) void load(cid)
      } else {
        setText(q)
        notify(describeError(err, t.value), 'error')
      }
    } finally {
      setLive(null)
    }
  }

  const openDocs = async () => {
    if (docsOpen) return setDocsOpen(false)
    try {
      await ensureConversation()
      setDocsOpen(true)
    } catch (err) {
      notify(describeError(err, t.value), 'error')
    }
  }

  const shown = live ? [...messages, live.question] : messages
  const cid = current.current

  return (
    <section class="thread" aria-label={d.nav.conversations}>
      <div class="messages" aria-live="polite">
        {state === 'loading' && <p class="muted center">{d.chat.loading}</p>}
        {state === 'missing' && <Alert>{d.chat.notFound}</Alert>}
        {state !== 'idle' && state !== 'loading' && state !== 'missing' && <Alert>{state}</Alert>}
        {state === 'idle' && shown.length === 0 && (
          <div class="welcome">
            <h1>{d.chat.welcomeTitle}</h1>
            <p class="muted">{d.chat.welcome}</p>
            <ul class="examples">
              {d.chat.examples.map((ex) => (
                <li key={ex}>
                  <button type="button" class="example" dir="auto" onClick={() => ask(ex)}>
                    {ex}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {shown.map((m) => (
          <MessageView key={m.id} conversationId={cid ?? ''} message={m} onCite={setSource} onRated={(next) => setMessages((all) => all.map((x) => (x.id === next.id ? next : x)))} />
        ))}
        {live && <MessageView conversationId={cid ?? ''} message={live.answer} streaming onCite={setSource} onRated={() => {}} />}
        <div ref={bottom} />
      </div>

      {docsOpen && cid && <DocumentsPanel conversationId={cid} />}

      {state !== 'missing' && (
        <form
          class="composer"
          onSubmit={(e) => {
            e.preventDefault()
            void ask(text)
          }}
        >
          <textarea
            ref={composer}
            rows={2}
            dir="auto"
            maxLength={4000}
            placeholder={d.chat.placeholder}
            aria-label={d.chat.placeholder}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
                e.preventDefault()
                void ask(text)
              }
            }}
          />
          <div class="composer-bar">
            <button type="button" class={`small${docsOpen ? ' on' : ''}`} aria-expanded={docsOpen} onClick={openDocs}>
              <Icon name="clip" size={16} /> {d.docs.toggle}
            </button>
            <label class="scope">
              <span>{d.chat.scope.label}</span>
              <select value={scope} onChange={(e) => setScope(e.currentTarget.value as typeof scope)}>
                <option value="all">{d.chat.scope.all}</option>
                <option value="corpus">{d.chat.scope.corpus}</option>
                <option value="documents">{d.chat.scope.documents}</option>
              </select>
            </label>
            {live ? (
              <button type="button" class="primary" onClick={() => live.controller.abort()}>
                <Icon name="stop" size={16} /> {d.chat.stop}
              </button>
            ) : (
              <button type="submit" class="primary" disabled={!text.trim()}>
                <Icon name="send" size={16} /> {d.chat.send}
              </button>
            )}
          </div>
        </form>
      )}
      <SourceDialog source={source} onClose={() => setSource(null)} />
    </section>
  )
}
