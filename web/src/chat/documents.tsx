import { useEffect, useRef, useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { describeError } from '../api/errors'
import type { DocumentInfo } from '../api/types'
import { Icon } from '../components/icons'
import { lang, t } from '../i18n'
import { usePolling } from '../lib/polling'
import { notify } from '../state'

const ACCEPT =
  '.pdf,.docx,.html,.htm,.md,.markdown,.txt,.text,.png,.jpg,.jpeg,.tif,.tiff,.webp,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/markdown,text/plain,image/png,image/jpeg,image/tiff,image/webp'
const POLL_MS = 1500

interface Sending {
  key: number
  name: string
  fraction: number
  error?: string
}

const size = (bytes: number, l: string) =>
  bytes < 1024 * 1024
    ? new Intl.NumberFormat(l, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))
    : new Intl.NumberFormat(l, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)

/**
 * Files of one conversation: upload with progress, then processing → ready / failed, and delete. A new
 * conversation (null id) is created by the first upload, not by opening the panel.
 */
export function DocumentsPanel({ conversationId, ensureConversation, onCount }: { conversationId: string | null; ensureConversation: () => Promise<string>; onCount?: (n: number) => void }) {
  const d = t.value
  const [docs, setDocs] = useState<DocumentInfo[] | null>(null)
  const [sending, setSending] = useState<Sending[]>([])
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const seq = useRef(0)

  const reload = async () => {
    if (!conversationId) return setDocs([])
    await api.documents.list(conversationId).then(
      (r) => (setDocs(r.items), setError(null)),
      (err) => setError(describeError(err, t.value)),
    )
  }

  useEffect(() => {
    setDocs(null)
    void reload()
  }, [conversationId])

  useEffect(() => onCount?.(docs?.length ?? 0), [docs])

  // While a document is processing, ask for its status again shortly.
  usePolling(docs?.some((x) => x.status === 'processing') ?? false, reload, POLL_MS)

  const send = async (files: File[]) => {
    if (files.length === 0) return
    let cid: string
    try {
      cid = conversationId ?? (await ensureConversation())
    } catch (err) {
      return notify(describeError(err, t.value), 'error')
    }
    // Every file is listed at once; they are sent one after the other (the server limits uploads in flight).
    const queued = files.map((file) => ({ file, key: ++seq.current }))
    setSending((s) => [...s, ...queued.map(({ file, key }) => ({ key, name: file.name, fraction: 0 }))])
    for (const { file, key } of queued) {
      const handle = api.documents.upload(cid, file, (fraction) => setSending((s) => s.map((x) => (x.key === key ? { ...x, fraction } : x))))
      await handle.done.then(
        (doc) => {
          setSending((s) => s.filter((x) => x.key !== key))
          setDocs((list) => [doc, ...(list ?? []).filter((x) => x.id !== doc.id)])
        },
        (err) => setSending((s) => s.map((x) => (x.key === key ? { ...x, error: describeError(err, t.value) } : x))),
      )
    }
  }

  return (
    <section class="documents" aria-label={d.docs.title}>
      <header>
        <h2>{d.docs.title}</h2>
        <label class="button small">
          <Icon name="clip" size={16} /> {d.docs.upload}
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            multiple
            class="visually-hidden"
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? [])
              e.currentTarget.value = ''
              void send(files)
            }}
          />
        </label>
      </header>
      <p class="muted small">{d.docs.hint}</p>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <ul class="doc-list">
        {sending.map((s) => (
          <li key={`s${s.key}`} class={`doc${s.error ? ' failed' : ''}`}>
            <span class="doc-name" dir="auto">
              {s.name}
            </span>
            {s.error ? (
              <>
                <button type="button" class="icon-button" aria-label={d.nav.close} onClick={() => setSending((x) => x.filter((y) => y.key !== s.key))}>
                  <Icon name="close" size={16} />
                </button>
                <span class="doc-error" role="alert">
                  {s.error}
                </span>
              </>
            ) : (
              <>
                <progress max={1} value={s.fraction} aria-label={d.docs.uploading(Math.round(s.fraction * 100))} />
                <span class="doc-status">{d.docs.uploading(Math.round(s.fraction * 100))}</span>
              </>
            )}
          </li>
        ))}
        {docs?.map((doc) => (
          <li key={doc.id} class={`doc ${doc.status}`} data-status={doc.status}>
            <span class="doc-name" dir="auto" title={doc.file_name}>
              {doc.file_name}
            </span>
            <span class="doc-meta">{size(doc.size_bytes, lang.value)}</span>
            {doc.status === 'processing' && doc.pages_total ? (
              // Pages read so far (OCR of a scan takes seconds a page): the count moves while the panel polls.
              <>
                <progress max={doc.pages_total} value={doc.pages_done ?? 0} aria-label={d.docs.reading(doc.pages_done ?? 0, doc.pages_total)} />
                <span class="badge processing">{d.docs.reading(doc.pages_done ?? 0, doc.pages_total)}</span>
              </>
            ) : (
              <span class={`badge ${doc.status}`}>{doc.status === 'processing' ? d.docs.processing : doc.status === 'ready' ? d.docs.ready(doc.pages, doc.passages) : d.docs.failed}</span>
            )}
            {doc.status === 'failed' && doc.error && <span class="doc-error">{doc.error}</span>}
            <button
              type="button"
              class="icon-button"
              title={d.docs.delete}
              aria-label={`${d.docs.delete} : ${doc.file_name}`}
              onClick={async () => {
                if (!confirm(d.docs.confirmDelete(doc.file_name))) return
                try {
                  await api.documents.remove(doc.conversation_id ?? conversationId ?? '', doc.id)
                  setDocs((list) => (list ?? []).filter((x) => x.id !== doc.id))
                } catch (err) {
                  notify(describeError(err, t.value), 'error')
                }
              }}
            >
              <Icon name="trash" size={16} />
            </button>
          </li>
        ))}
      </ul>
      {docs?.length === 0 && sending.length === 0 && <p class="muted small">{d.docs.empty}</p>}
    </section>
  )
}
