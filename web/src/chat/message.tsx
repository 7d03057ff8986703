import { useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { describeError } from '../api/errors'
import type { ComponentChildren } from 'preact'
import type { Message, SharedSource, Source } from '../api/types'
import { Icon } from '../components/icons'
import { OcrMark } from '../components/ocr-mark'
import { dirOf, t } from '../i18n'
import { citedNumbers } from '../lib/answer-format'
import { copyText } from '../lib/clipboard'
import { guessLang } from '../lib/guess-lang'
import { notify } from '../state'
import { AnswerText } from './answer'

/** What "copy" puts on the clipboard: the answer, then the references its numbers point to. */
function withReferences(content: string, sources: SharedSource[]): string {
  return sources.length === 0 ? content : `${content}\n\n${sources.map((s) => `[${s.n}] ${s.reference}`).join('\n')}`
}

function Feedback({ conversationId, message, onRated }: { conversationId: string; message: Message; onRated: (m: Message) => void }) {
  const d = t.value
  const rating = message.feedback?.rating ?? 0
  const [commenting, setCommenting] = useState(false)
  const rate = async (value: 1 | -1, comment?: string) => {
    try {
      const r = await api.conversations.rate(conversationId, message.id, { rating: value, ...(comment ? { comment } : {}) })
      onRated({ ...message, feedback: { rating: r.rating, comment: r.comment } })
      setCommenting(value === -1 && !comment)
      if (value === 1 || comment) notify(d.chat.feedbackThanks)
    } catch (err) {
      notify(describeError(err, t.value), 'error')
    }
  }
  return (
    <>
      <button type="button" class={`icon-button${rating === 1 ? ' on' : ''}`} aria-pressed={rating === 1} title={d.chat.helpful} aria-label={d.chat.helpful} onClick={() => rate(1)}>
        <Icon name="up" size={16} />
      </button>
      <button type="button" class={`icon-button${rating === -1 ? ' on' : ''}`} aria-pressed={rating === -1} title={d.chat.notHelpful} aria-label={d.chat.notHelpful} onClick={() => rate(-1)}>
        <Icon name="down" size={16} />
      </button>
      {commenting && (
        <form
          class="comment"
          onSubmit={(e) => {
            e.preventDefault()
            const text = String(new FormData(e.currentTarget).get('comment') ?? '').trim()
            if (text) void rate(-1, text.slice(0, 2000))
            else setCommenting(false)
          }}
        >
          <textarea name="comment" rows={2} maxLength={2000} placeholder={d.chat.commentPlaceholder} aria-label={d.chat.commentPlaceholder} />
          <button type="submit" class="small">
            {d.chat.sendComment}
          </button>
        </form>
      )}
    </>
  )
}

/** What a question or an answer shows, in the chat and on a shared page: its text, the sources it cites, copy. */
export function MessageArticle<S extends SharedSource>(props: {
  message: Pick<Message, 'role' | 'content' | 'mode' | 'model' | 'status'> & { sources: S[] }
  streaming?: boolean
  onCite: (s: S) => void
  /** The owner's own buttons (the rating), after copy. */
  children?: ComponentChildren
}) {
  const { message: m, onCite } = props
  const d = t.value
  if (m.role === 'user') {
    return (
      <article class="msg user" aria-label={d.chat.you}>
        <p lang={guessLang(m.content)} dir={dirOf(guessLang(m.content))}>
          {m.content}
        </p>
      </article>
    )
  }
  const cited = new Set(citedNumbers(m.content))
  const shown = m.sources.filter((s) => cited.has(s.n))
  return (
    <article class={`msg assistant${props.streaming ? ' streaming' : ''}`} aria-label={d.chat.assistant} aria-busy={props.streaming}>
      {m.content ? <AnswerText content={m.content} sources={m.sources} onCite={onCite} lang={guessLang(m.content)} /> : <p class="muted thinking">{d.chat.thinking}</p>}
      {shown.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a labelled group of buttons, not a form: a fieldset would bring its border and legend
        <div class="sources" role="group" aria-label={d.chat.sourcesTitle}>
          {shown.map((s) => (
            <button key={s.n} type="button" class="source-chip" onClick={() => onCite(s)}>
              <b>{s.n}</b> {s.reference}
              {s.locator?.ocr && <OcrMark confidence={s.locator.confidence} />}
            </button>
          ))}
        </div>
      )}
      {!props.streaming && (
        <footer>
          <span class="mode">{m.status === 'incomplete' ? d.chat.incomplete : m.mode === 'extractive' ? d.chat.modeExtractive : m.model ? d.chat.modeGenerative(m.model) : ''}</span>
          <span class="actions">
            <button
              type="button"
              class="icon-button"
              title={d.chat.copy}
              aria-label={d.chat.copy}
              onClick={() =>
                copyText(withReferences(m.content, shown)).then(
                  () => notify(d.chat.copied),
                  () => notify(d.chat.copyFailed, 'error'),
                )
              }
            >
              <Icon name="copy" size={16} />
            </button>
            {props.children}
          </span>
        </footer>
      )}
    </article>
  )
}

/** A message of the caller's own conversation: with the rating of an answer. */
export function MessageView(props: { conversationId: string; message: Message; streaming?: boolean; onCite: (s: Source) => void; onRated: (m: Message) => void }) {
  return (
    <MessageArticle message={props.message} streaming={props.streaming} onCite={props.onCite}>
      {props.message.role === 'assistant' && <Feedback conversationId={props.conversationId} message={props.message} onRated={props.onRated} />}
    </MessageArticle>
  )
}
