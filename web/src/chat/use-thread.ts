import { useEffect, useRef, useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { ApiError, describeError } from '../api/errors'
import type { AskOptions, Message } from '../api/types'
import { t } from '../i18n'
import { Reveal } from '../lib/reveal'
import { navigate } from '../router'
import { notify } from '../state'
import { listVersion } from './sidebar'
import { chosenSourceOptions } from './source-select'
import { streamAnswer } from './stream'

/** The question being asked and its answer as written so far; `controller` stops it. */
interface Live {
  question: Message
  answer: Message
  controller: AbortController
}

/** Where the thread's messages stand: an error is already phrased for the reader. */
export type ThreadStatus = 'idle' | 'loading' | 'missing' | { error: string }

export type Scope = NonNullable<AskOptions['scope']>

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

/**
 * One conversation's state: its saved messages, the answer being streamed, the composer's draft and
 * scope, and whether its documents are shown. Null `id` is a new conversation, created on first use.
 */
export function useThread(id: string | null) {
  const [messages, setMessages] = useState<Message[]>([])
  const [status, setStatus] = useState<ThreadStatus>(id ? 'loading' : 'idle')
  const [live, setLive] = useState<Live | null>(null)
  const [draft, setDraft] = useState('')
  const [scope, setScope] = useState<Scope>('all')
  const [docsOpen, setDocsOpen] = useState(false)
  const current = useRef<string | null>(id)
  /** The conversation this thread created itself: the address bar follows it without a reload. */
  const adopted = useRef<string | null>(null)
  const composer = useRef<HTMLTextAreaElement>(null)

  const load = async (cid: string) => {
    try {
      const c = await api.conversations.get(cid)
      if (current.current === cid) setMessages(c.messages), setStatus('idle')
    } catch (err) {
      if (current.current !== cid) return
      setStatus(err instanceof ApiError && err.status === 404 ? 'missing' : { error: describeError(err, t.value) })
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
      setStatus('loading')
      void load(id)
    } else setStatus('idle')
    composer.current?.focus()
  }, [id])

  const ensureConversation = async (): Promise<string> => {
    if (current.current) return current.current
    const c = await api.conversations.create()
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
    setLive({ question: draftMessage('user', q), answer: draftMessage('assistant', ''), controller })
    setDraft('')
    let cid: string | null = null
    try {
      cid = await ensureConversation()
      const reveal = new Reveal((content) => setLive((l) => l && { ...l, answer: { ...l.answer, content } }))
      controller.signal.addEventListener('abort', () => reveal.stop())
      const result = await streamAnswer(
        cid,
        q,
        // The shared sources chosen apply to the corpus; a question on the documents alone ignores them.
        { scope, ...(scope === 'documents' ? {} : chosenSourceOptions()) },
        {
          sources: (sources) => setLive((l) => l && { ...l, answer: { ...l.answer, sources } }),
          token: (piece) => reveal.push(piece),
        },
        controller.signal,
      )
      await reveal.settled()
      if (current.current === cid) setMessages((m) => [...m, result.user_message, result.message])
      listVersion.value++
    } catch (err) {
      if (controller.signal.aborted) {
        notify(t.value.chat.stopped)
        // The server decides what a cut answer leaves behind; show exactly that.
        if (cid) void load(cid)
      } else {
        setDraft(q)
        notify(describeError(err, t.value), 'error')
      }
    } finally {
      setLive(null)
    }
  }

  // Opening the documents creates nothing: the first upload does (an empty conversation would pile up in the list).
  const toggleDocs = () => setDocsOpen((open) => !open)

  return {
    conversationId: current.current,
    /** The saved messages, then the question being asked. */
    messages: live ? [...messages, live.question] : messages,
    answering: live?.answer ?? null,
    status,
    ask,
    stop: () => live?.controller.abort(),
    rated: (next: Message) => setMessages((all) => all.map((x) => (x.id === next.id ? next : x))),
    draft,
    setDraft,
    scope,
    setScope,
    docsOpen,
    toggleDocs,
    ensureConversation,
    composer,
  }
}
