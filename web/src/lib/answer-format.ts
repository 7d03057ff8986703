/**
 * Turns an answer's text into blocks the page renders as elements, never as HTML: paragraphs,
 * numbered and bulleted lists, quotes, headings, **bold**, and citations `[n]` (also `[1, 2]` and
 * `[1][2]`) that become buttons opening source n. Models write light Markdown; the offline
 * answerer writes numbered quotes; both go through here, and so does a half-streamed answer.
 */
export type Inline = { kind: 'text'; text: string } | { kind: 'strong'; text: string } | { kind: 'cite'; n: number }

export type Block =
  | { kind: 'p'; inlines: Inline[] }
  | { kind: 'h'; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | { kind: 'ol'; items: Inline[][]; start: number }
  | { kind: 'ul'; items: Inline[][]; start: number }

const CITE = /\[(\d{1,3}(?:\s*[,;،]\s*\d{1,3})*)\]/g

export function parseInlines(text: string): Inline[] {
  const out: Inline[] = []
  const pushText = (s: string) => {
    if (!s) return
    // **bold** inside the text between citations.
    const parts = s.split(/\*\*(.+?)\*\*/g)
    parts.forEach((p, i) => {
      if (!p) return
      const last = out.at(-1)
      if (i % 2 === 1) out.push({ kind: 'strong', text: p })
      else if (last?.kind === 'text') last.text += p
      else out.push({ kind: 'text', text: p })
    })
  }
  let at = 0
  for (const m of text.matchAll(CITE)) {
    pushText(text.slice(at, m.index))
    for (const n of m[1]!.split(/\s*[,;،]\s*/)) out.push({ kind: 'cite', n: Number(n) })
    at = m.index + m[0].length
  }
  pushText(text.slice(at))
  return out
}

const OL = /^\s{0,3}(\d{1,3})[.)]\s+(.*)$/
const UL = /^\s{0,3}[-*•]\s+(.*)$/

export function parseAnswer(content: string): Block[] {
  const blocks: Block[] = []
  let para: string[] = []
  const flush = () => {
    if (para.length > 0) blocks.push({ kind: 'p', inlines: parseInlines(para.join(' ')) })
    para = []
  }
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trimEnd()
    if (line.trim() === '') {
      flush()
      continue
    }
    const ol = OL.exec(line)
    const ul = ol ? null : UL.exec(line)
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line)
    const quote = /^\s{0,3}>\s?(.*)$/.exec(line)
    if (ol || ul) {
      flush()
      const item = parseInlines(ol ? ol[2]! : ul![1]!)
      const last = blocks.at(-1)
      if (last && (last.kind === 'ol' || last.kind === 'ul') && last.kind === (ol ? 'ol' : 'ul')) last.items.push(item)
      else blocks.push(ol ? { kind: 'ol', items: [item], start: Number(ol[1]) } : { kind: 'ul', items: [item], start: 1 })
    } else if (heading) {
      flush()
      blocks.push({ kind: 'h', inlines: parseInlines(heading[1]!) })
    } else if (quote) {
      flush()
      blocks.push({ kind: 'quote', inlines: parseInlines(quote[1]!) })
    } else {
      para.push(line.trim())
    }
  }
  flush()
  return blocks
}

/** The citation numbers an answer uses, in order of first use. */
export function citedNumbers(content: string): number[] {
  const seen = new Set<number>()
  for (const b of parseAnswer(content)) {
    const lines = b.kind === 'ol' || b.kind === 'ul' ? b.items : [b.inlines]
    for (const l of lines) for (const i of l) if (i.kind === 'cite') seen.add(i.n)
  }
  return [...seen]
}
