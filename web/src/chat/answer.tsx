import type { ComponentChildren } from 'preact'
import { parseAnswer, type Inline } from '../lib/answer-format'
import type { Lang, SharedSource } from '../api/types'
import { dirOf } from '../i18n'

function Inlines<S extends SharedSource>({ inlines, sources, onCite }: { inlines: Inline[]; sources: S[]; onCite: (s: S) => void }) {
  return (
    <>
      {inlines.map((i, k) => {
        if (i.kind === 'text') return i.text
        if (i.kind === 'strong') return <strong key={k}>{i.text}</strong>
        const source = sources.find((s) => s.n === i.n)
        // A number with no source behind it stays visible as text: the reader sees it is unsupported.
        if (!source)
          return (
            <span key={k} class="cite missing">
              [{i.n}]
            </span>
          )
        return (
          <button key={k} type="button" class="cite" title={source.reference} aria-label={`[${i.n}] ${source.reference}`} onClick={() => onCite(source)}>
            {i.n}
          </button>
        )
      })}
    </>
  )
}

/** An answer's text as elements (never innerHTML), its `[n]` as buttons that open source n. */
export function AnswerText<S extends SharedSource>({ content, sources, onCite, lang }: { content: string; sources: S[]; onCite: (s: S) => void; lang: Lang }) {
  const blocks = parseAnswer(content)
  const children: ComponentChildren[] = blocks.map((b, k) => {
    if (b.kind === 'ol' || b.kind === 'ul') {
      const Tag = b.kind
      return (
        <Tag key={k} start={b.kind === 'ol' ? b.start : undefined}>
          {b.items.map((item, j) => (
            <li key={j}>
              <Inlines inlines={item} sources={sources} onCite={onCite} />
            </li>
          ))}
        </Tag>
      )
    }
    const Tag = b.kind === 'h' ? 'h3' : b.kind === 'quote' ? 'blockquote' : 'p'
    return (
      <Tag key={k}>
        <Inlines inlines={b.inlines} sources={sources} onCite={onCite} />
      </Tag>
    )
  })
  return (
    <div class="answer-text" dir={dirOf(lang)} lang={lang}>
      {children}
    </div>
  )
}
