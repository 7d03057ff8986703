import type { RefObject } from 'preact'
import { Icon } from '../components/icons'
import { t } from '../i18n'
import { MAX_QUESTION_CHARS } from '../../../src/contract/constants'
import { ExportButtons } from './export-buttons'
import { ShareButton } from './share-dialog'
import { SourceSelect } from './source-select'
import type { Scope } from './use-thread'

/** Where a question is written: Enter sends (Shift+Enter a new line), with the scope and the documents toggle. */
export function Composer(props: {
  inputRef: RefObject<HTMLTextAreaElement | null>
  draft: string
  onDraft: (text: string) => void
  onSend: () => void
  answering: boolean
  onStop: () => void
  scope: Scope
  onScope: (scope: Scope) => void
  docsOpen: boolean
  onToggleDocs: () => void
  /** The conversation being shown, once it exists: it can then be exported and shared. */
  conversationId: string | null
}) {
  const d = t.value
  const length = props.draft.length
  // Never cut silently: past the limit the question stays as typed, and sending is refused with the reason.
  const tooLong = length > MAX_QUESTION_CHARS
  const send = () => {
    if (!tooLong) props.onSend()
  }
  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault()
        send()
      }}
    >
      <textarea
        ref={props.inputRef}
        rows={2}
        dir="auto"
        aria-invalid={tooLong}
        aria-describedby="composer-count"
        placeholder={d.chat.placeholder}
        aria-label={d.chat.placeholder}
        value={props.draft}
        onInput={(e) => props.onDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault()
            send()
          }
        }}
      />
      <p id="composer-count" class={`composer-count small${tooLong ? ' over' : ''}`} role={tooLong ? 'alert' : undefined} aria-live="polite">
        {tooLong ? d.chat.tooLong(length, MAX_QUESTION_CHARS) : length > 0 ? d.chat.count(length, MAX_QUESTION_CHARS) : ''}
      </p>
      <div class="composer-bar">
        <button type="button" class={`small${props.docsOpen ? ' on' : ''}`} aria-expanded={props.docsOpen} onClick={props.onToggleDocs}>
          <Icon name="clip" size={16} /> {d.docs.toggle}
        </button>
        <label class="scope">
          <span>{d.chat.scope.label}</span>
          <select value={props.scope} onChange={(e) => props.onScope(e.currentTarget.value as Scope)}>
            <option value="all">{d.chat.scope.all}</option>
            <option value="corpus">{d.chat.scope.corpus}</option>
            <option value="documents">{d.chat.scope.documents}</option>
          </select>
        </label>
        <SourceSelect disabled={props.scope === 'documents'} />
        {props.conversationId && (
          <>
            <ExportButtons conversationId={props.conversationId} />
            <ShareButton conversationId={props.conversationId} />
          </>
        )}
        {props.answering ? (
          <button type="button" class="primary" onClick={props.onStop}>
            <Icon name="stop" size={16} /> {d.chat.stop}
          </button>
        ) : (
          <button type="submit" class="primary" disabled={!props.draft.trim() || tooLong}>
            <Icon name="send" size={16} /> {d.chat.send}
          </button>
        )}
      </div>
    </form>
  )
}
