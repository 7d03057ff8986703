export interface Chunk {
  text: string
  /** The nearest heading above the chunk (Markdown `#` lines or a page's heading), if any. */
  heading?: string
  /** The page the chunk starts on, for paged sources (PDF). */
  page?: number
}

export interface ChunkOptions {
  /** Target size in characters; paragraphs are packed up to it. */
  maxChars?: number
  /** Characters of the previous chunk repeated at the start of the next (context across a cut). */
  overlap?: number
  markdown?: boolean
  page?: number
}

/**
 * Paragraph-aware chunking: paragraphs are packed into chunks of about maxChars; a paragraph longer than
 * that is cut at sentence ends; each chunk after the first of a section repeats the end of the previous
 * one (overlap) and carries the heading it falls under.
 */
export function chunkText(text: string, opts: ChunkOptions = {}): Chunk[] {
  const maxChars = opts.maxChars ?? 1_200
  const overlap = Math.min(opts.overlap ?? 150, Math.floor(maxChars / 3))
  const chunks: Chunk[] = []
  let heading: string | undefined
  let current: string[] = []
  let size = 0
  const flush = () => {
    const body = current.join('\n\n').trim()
    if (body) chunks.push({ text: body, ...(heading ? { heading } : {}), ...(opts.page ? { page: opts.page } : {}) })
    current = []
    size = 0
  }
  const tail = (s: string) => {
    if (overlap === 0 || s.length <= overlap) return ''
    const cut = s.slice(-overlap)
    const space = cut.indexOf(' ')
    return `…${space >= 0 ? cut.slice(space + 1) : cut}`
  }
  for (const para of text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const h = opts.markdown ? /^#{1,6}\s+(.+)$/.exec(para.split('\n')[0]!) : null
    if (h) {
      flush()
      heading = h[1]!.trim()
      const rest = para.split('\n').slice(1).join('\n').trim()
      if (!rest) continue
      pushParagraph(rest)
      continue
    }
    pushParagraph(para)
  }
  flush()
  return chunks

  function pushParagraph(para: string) {
    const pieces = para.length > maxChars ? splitSentences(para, maxChars) : [para]
    for (const piece of pieces) {
      if (size + piece.length > maxChars && size > 0) {
        const previous = current.join('\n\n')
        flush()
        const carry = tail(previous)
        if (carry) {
          current.push(carry)
          size = carry.length
        }
      }
      current.push(piece)
      size += piece.length
    }
  }
}

function splitSentences(para: string, maxChars: number): string[] {
  const sentences = para.match(/[^.!?؟۔\n]+[.!?؟۔]*\s*/g) ?? [para]
  const out: string[] = []
  let buf = ''
  for (const s of sentences) {
    if (buf.length + s.length > maxChars && buf) {
      out.push(buf.trim())
      buf = ''
    }
    if (s.length > maxChars) {
      for (let i = 0; i < s.length; i += maxChars) out.push(s.slice(i, i + maxChars).trim())
      continue
    }
    buf += s
  }
  if (buf.trim()) out.push(buf.trim())
  return out
}
