import { useEffect, useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { ApiError, describeError } from '../api/errors'
import type { HadithCatalogue, Lang } from '../api/types'
import { Alert } from '../components/forms'
import { lang, t } from '../i18n'
import { formatBytes, isHadithBook, progressFraction } from '../lib/hadith'
import { usePolling } from '../lib/polling'
import { notify } from '../state'

const POLL_MS = 1000
const LANGS: Lang[] = ['ar', 'en', 'fr']

type Book = HadithCatalogue['books'][number]
type Job = NonNullable<HadithCatalogue['job']>

/** The running (or last) import: its phase and progress bar, then each book's summary or the error. */
function JobView({ job, nameOf }: { job: Job; nameOf: (book: string) => string }) {
  const d = t.value.hadithAdmin
  const p = job.progress
  const fraction = p ? progressFraction(p) : null
  const amount = p
    ? p.phase === 'downloading' && p.total_bytes
      ? `${formatBytes(p.bytes ?? 0, lang.value)} / ${formatBytes(p.total_bytes, lang.value)}`
      : p.total > 0
        ? `${p.done.toLocaleString(lang.value)} / ${p.total.toLocaleString(lang.value)}`
        : ''
    : ''
  const label = p ? [d.phase[p.phase], nameOf(p.book), p.edition, amount].filter(Boolean).join(' · ') : d.running
  return (
    <div class="job" aria-live="polite">
      {job.status === 'running' && (
        <>
          <p class="small" data-phase={p?.phase}>
            {label}
          </p>
          <progress max={1} value={fraction ?? undefined} aria-label={label} />
        </>
      )}
      {job.status === 'done' && <Alert kind="success">{d.done}</Alert>}
      {job.status === 'failed' && <Alert>{d.failed(job.error ?? '—')}</Alert>}
      {job.results.length > 0 && (
        <ul class="small results">
          {job.results.map((r) => (
            <li key={r.book}>
              {(r.status === 'installed' ? d.installedNow : d.unchanged)(nameOf(r.book), r.hadiths)}
              <br />
              <span class="muted" dir="ltr">
                {r.summary}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * The administrator's hadith collections: the catalogue of the source with what is installed, imports
 * started here and followed until they end (polling once a second), and removal.
 */
export function HadithAdminSection() {
  const d = t.value
  const a = d.hadithAdmin
  const [catalogue, setCatalogue] = useState<HadithCatalogue | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [langs, setLangs] = useState<Lang[]>(['ar', 'en', 'fr'])
  const [busy, setBusy] = useState(false)

  const reload = () =>
    api.corpus.hadith().then(
      (c) => (setCatalogue(c), setError(null)),
      (err) => setError(describeError(err, t.value)),
    )
  useEffect(() => void reload(), [])

  // While an import runs, ask again every second.
  const running = catalogue?.job?.status === 'running'
  usePolling(running, reload, POLL_MS)

  const nameOf = (book: string) => (isHadithBook(book) ? d.books[book] : book)
  // Always in the same order (the server's follows its catalogue).
  const langList = (list: string[]) =>
    LANGS.filter((l) => list.includes(l))
      .map((l) => a.langNames[l])
      .join(', ')

  const start = async (book: Book) => {
    const wanted = langs.filter((l) => book.languages.length === 0 || book.languages.includes(l))
    if (wanted.length === 0) return setError(a.noLanguage)
    setBusy(true)
    setError(null)
    try {
      const { job } = await api.corpus.importHadith({ books: [book.book], langs: wanted })
      setCatalogue((c) => c && { ...c, job })
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'import_in_progress' ? a.busy : describeError(err, t.value))
      void reload()
    } finally {
      setBusy(false)
    }
  }

  const remove = async (book: Book) => {
    if (!confirm(a.confirmRemove(nameOf(book.book)))) return
    setError(null)
    try {
      const r = await api.corpus.removeHadith(book.book)
      notify(a.removed(nameOf(book.book), r.hadiths_removed))
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'import_in_progress' ? a.busy : describeError(err, t.value))
    }
    void reload()
  }

  return (
    <section class="card hadith-admin" aria-labelledby="hadith-admin-title">
      <h2 id="hadith-admin-title">{a.title}</h2>
      <p class="muted">{a.intro}</p>
      <p class="muted small">{a.credit}</p>
      {catalogue && (
        <p class="small source-url">
          {a.source('')}
          <code dir="ltr">{catalogue.source}</code>
        </p>
      )}
      {catalogue?.source_error && <Alert>{a.sourceError(catalogue.source_error)}</Alert>}
      {error && <Alert>{error}</Alert>}
      <fieldset class="langs">
        <legend class="small">{a.languages}</legend>
        {LANGS.map((l) => (
          <label key={l}>
            <input
              type="checkbox"
              checked={langs.includes(l)}
              onChange={(e) => {
                const on = e.currentTarget.checked
                setLangs((all) => LANGS.filter((x) => (x === l ? on : all.includes(x))))
              }}
            />
            {a.langNames[l]}
          </label>
        ))}
      </fieldset>
      {catalogue?.job && <JobView job={catalogue.job} nameOf={nameOf} />}
      {!catalogue && !error && <p class="muted small">{d.chat.loading}</p>}
      {catalogue && (
        <ul class="books">
          {catalogue.books.map((b) => {
            const name = nameOf(b.book)
            const reports = b.installed ? Object.entries(b.installed.report.languages).filter(([, r]) => r && (r.empty > 0 || r.misaligned.length > 0)) : []
            return (
              <li key={b.book} data-book={b.book} data-installed={b.installed ? 'yes' : 'no'}>
                <span class="book-name">{name}</span>
                <button type="button" class="small" disabled={busy || running || b.languages.length === 0} aria-label={`${b.installed ? a.update : a.add} ${name}`} onClick={() => void start(b)}>
                  {b.installed ? a.update : a.add}
                </button>
                {b.installed && (
                  <button type="button" class="small" disabled={running} aria-label={`${a.remove} ${name}`} onClick={() => void remove(b)}>
                    {a.remove}
                  </button>
                )}
                <p class="small muted book-facts">
                  <span class="book-status">{b.installed ? a.installed(b.installed.hadiths, langList(b.installed.languages)) : a.notInstalled}</span>
                  {b.languages.length > 0 && ` · ${a.offered(langList(b.languages))}`}
                  {reports.map(([l, r]) => ` · ${a.report(langList([l]), r?.empty ?? 0, r?.misaligned.length ?? 0)}`)}
                </p>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
