import { useState } from 'preact/hooks'
import type { Source } from '../api/types'
import { t } from '../i18n'
import { Composer } from './composer'
import { DocumentsPanel } from './documents'
import { MessageList } from './message-list'
import { SourceDialog } from './source-dialog'
import { useThread } from './use-thread'

/** One conversation: its messages, the answer being written, the composer and the documents. */
export function Thread({ id }: { id: string | null }) {
  const th = useThread(id)
  const [source, setSource] = useState<Source | null>(null)
  const cid = th.conversationId

  return (
    <section class="thread" aria-label={t.value.nav.conversations}>
      <MessageList conversationId={cid} status={th.status} messages={th.messages} answering={th.answering} onAsk={th.ask} onCite={setSource} onRated={th.rated} />
      {th.docsOpen && <DocumentsPanel conversationId={cid} ensureConversation={th.ensureConversation} />}
      {th.status !== 'missing' && (
        <Composer
          inputRef={th.composer}
          draft={th.draft}
          onDraft={th.setDraft}
          onSend={() => void th.ask(th.draft)}
          answering={th.answering !== null}
          onStop={th.stop}
          scope={th.scope}
          onScope={th.setScope}
          docsOpen={th.docsOpen}
          onToggleDocs={th.toggleDocs}
          conversationId={cid}
        />
      )}
      <SourceDialog source={source} onClose={() => setSource(null)} />
    </section>
  )
}
