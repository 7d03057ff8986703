import { useEffect, useRef } from 'preact/hooks'
import type { Message, Source } from '../api/types'
import { Alert } from '../components/forms'
import { t } from '../i18n'
import { MessageView } from './message'
import type { ThreadStatus } from './use-thread'

/** What an empty new conversation shows: a greeting and example questions to ask with one click. */
function Welcome({ onAsk }: { onAsk: (question: string) => void }) {
  const d = t.value
  return (
    <div class="welcome">
      <h1>{d.chat.welcomeTitle}</h1>
      <p class="muted">{d.chat.welcome}</p>
      <ul class="examples">
        {d.chat.examples.map((ex) => (
          <li key={ex}>
            <button type="button" class="example" dir="auto" onClick={() => onAsk(ex)}>
              {ex}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A thread's messages, the answer being written last, kept scrolled to the newest line. */
export function MessageList(props: {
  conversationId: string | null
  status: ThreadStatus
  messages: Message[]
  answering: Message | null
  onAsk: (question: string) => void
  onCite: (s: Source) => void
  onRated: (m: Message) => void
}) {
  const { status, messages, answering } = props
  const d = t.value
  const bottom = useRef<HTMLDivElement>(null)
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' })
  }, [messages.length, answering?.content.length])
  const cid = props.conversationId ?? ''

  return (
    <div class="messages" aria-live="polite">
      {status === 'loading' && <p class="muted center">{d.chat.loading}</p>}
      {status === 'missing' && <Alert>{d.chat.notFound}</Alert>}
      {typeof status === 'object' && <Alert>{status.error}</Alert>}
      {status === 'idle' && messages.length === 0 && <Welcome onAsk={props.onAsk} />}
      {messages.map((m) => (
        <MessageView key={m.id} conversationId={cid} message={m} onCite={props.onCite} onRated={props.onRated} />
      ))}
      {answering && <MessageView conversationId={cid} message={answering} streaming onCite={props.onCite} onRated={() => {}} />}
      <div ref={bottom} />
    </div>
  )
}
