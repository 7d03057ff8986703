import { useEffect, useRef } from 'preact/hooks'
import type { SharedSource } from '../api/types'
import { Icon } from '../components/icons'
import { OcrMark } from '../components/ocr-mark'
import { dirOf, t } from '../i18n'
import { hadithArabic, hadithGrading } from '../lib/hadith'

function locatorText(s: SharedSource, page: (p: number) => string): string | null {
  const loc = s.locator ?? {}
  const parts: string[] = []
  if (typeof loc.page === 'number') parts.push(page(loc.page))
  if (typeof loc.heading === 'string' && loc.heading) parts.push(loc.heading)
  return parts.length > 0 ? parts.join(' · ') : null
}

/** The passage in the reader's language, beside the Arabic of a verse or a hadith, when there is one. */
function Translation({ lang, text }: { lang: SharedSource['lang']; text: string | null | undefined }) {
  if (!text) return null
  return (
    <section class="translation" lang={lang} dir={dirOf(lang)} aria-label={t.value.source.translation}>
      <h3>{t.value.source.translation}</h3>
      <p>{text}</p>
    </section>
  )
}

/**
 * A hadith: its collection, number, chapter and grades, then the Arabic report (without its chain when it
 * could be told apart, the full text with the chain a click away) beside the translation in the reader's language.
 */
function HadithBody({ s }: { s: SharedSource & { hadith: NonNullable<SharedSource['hadith']> } }) {
  const d = t.value
  const h = s.hadith
  const arabic = hadithArabic(s)
  const translation = s.lang !== 'ar' ? s.text || s.snippet : null
  const grading = hadithGrading(h)
  return (
    <>
      <dl class="facts hadith-facts">
        {s.title && (
          <>
            <dt>{d.source.collection}</dt>
            <dd dir="auto">{s.title}</dd>
          </>
        )}
        <dt>{d.source.number}</dt>
        <dd>{h.number}</dd>
        {h.chapter && (
          <>
            <dt>{d.source.chapter}</dt>
            <dd class="hadith-chapter" lang={s.lang} dir={dirOf(s.lang)}>
              {h.chapter}
            </dd>
          </>
        )}
        {grading && (
          <>
            <dt>{d.source.grades}</dt>
            <dd class="hadith-grades">
              {grading === 'sahih-collection' ? (
                d.source.sahihCollection
              ) : (
                <ul>
                  {grading.grades.map((g, k) => (
                    <li key={k} dir="auto">
                      {d.source.grade(g.name, g.grade)}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
      </dl>
      <div class={`verse hadith${arabic && translation ? ' two' : ''}`}>
        {arabic && (
          <section class="arabic" lang="ar" dir="rtl" aria-label={d.source.arabic}>
            <h3>{d.source.arabic}</h3>
            <p class="matn">{arabic.matn}</p>
            {arabic.full && (
              <details class="chain">
                <summary>{d.source.withChain}</summary>
                <p>{arabic.full}</p>
              </details>
            )}
          </section>
        )}
        <Translation lang={s.lang} text={translation} />
      </div>
      <p class="muted small">{d.source.hadithNote}</p>
    </>
  )
}

/**
 * The source behind a citation: its reference, where it comes from, and the passage. For a verse,
 * the Arabic text beside the translation the answer quoted, each in its own direction; for a hadith, the same
 * with its collection, chapter and grades.
 */
export function SourceDialog({ source, onClose }: { source: SharedSource | null; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dlg = ref.current
    if (!dlg) return
    if (source && !dlg.open) dlg.showModal()
    if (!source && dlg.open) dlg.close()
  }, [source])
  const d = t.value
  const s = source
  const arabic = s ? (s.lang === 'ar' ? s.text : s.arabic?.text) : undefined
  const translation = s && s.lang !== 'ar' ? s.text : undefined
  const where = s ? locatorText(s, d.source.page) : null

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes the dialog; Escape closes a modal dialog natively
    <dialog ref={ref} class="source-dialog" aria-labelledby="source-title" onClose={onClose} onClick={(e) => e.target === ref.current && onClose()}>
      {s && (
        <article>
          <header>
            <div>
              <p class="eyebrow">
                {d.source.title(s.n)} · {s.origin === 'corpus' ? d.source.corpus : d.source.document}
              </p>
              <h2 id="source-title">
                {s.reference}
                {s.locator?.ocr && <OcrMark confidence={s.locator.confidence} />}
              </h2>
              {!s.hadith && (s.title || where) && <p class="muted">{[s.title, where].filter(Boolean).join(' · ')}</p>}
            </div>
            <button type="button" class="icon-button" aria-label={d.nav.close} onClick={onClose}>
              <Icon name="close" />
            </button>
          </header>
          {s.hadith ? (
            <HadithBody s={{ ...s, hadith: s.hadith }} />
          ) : s.verses ? (
            <div class={`verse${arabic && translation ? ' two' : ''}`}>
              {arabic && (
                <section class="arabic" lang="ar" dir="rtl" aria-label={d.source.arabic}>
                  <h3>{d.source.arabic}</h3>
                  <p>{arabic}</p>
                </section>
              )}
              <Translation lang={s.lang} text={translation} />
            </div>
          ) : (
            <section class="passage" lang={s.lang} dir={dirOf(s.lang)}>
              <h3>{d.source.passage}</h3>
              <p>{s.text || s.snippet}</p>
            </section>
          )}
          {s.verses && <p class="muted small">{d.source.quranNote}</p>}
        </article>
      )}
    </dialog>
  )
}
