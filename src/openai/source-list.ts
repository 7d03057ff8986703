import type { Source } from '../contract/sources'
import type { Lang } from '../contract/common'

/** The heading of the numbered source list, in the answer's language. */
const HEADING: Record<Lang, string> = { fr: 'Sources :', en: 'Sources:', ar: 'المصادر:' }

const line = (s: Source) => `[${s.n}] ${s.reference} — ${s.snippet.replace(/\s+/g, ' ').trim()}`

/**
 * The answer followed by its numbered sources, so that a client showing only the text (Open WebUI, a terminal)
 * still shows what each [n] cites. An answer without sources (nothing found) gets no list.
 */
export function withSourceList(content: string, sources: Source[], lang: Lang): string {
  if (sources.length === 0) return content
  return `${content.trimEnd()}\n\n${HEADING[lang]}\n${sources.map(line).join('\n')}`
}

const LIST_START = new RegExp(`\\n\\n(?:${Object.values(HEADING).join('|')})\\n\\[1\\] `, 'g')

/**
 * An earlier answer as a client sends it back, without the source list we appended: the history then holds
 * what a conversation's would (the answer's text), not a list of passages to be searched or paraphrased again.
 */
export function withoutSourceList(content: string): string {
  const last = [...content.matchAll(LIST_START)].at(-1)
  return last ? content.slice(0, last.index) : content
}
