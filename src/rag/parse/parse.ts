import mammoth from 'mammoth'
import { extractText, getDocumentProxy } from 'unpdf'
import { type Chunk, chunkText } from '../text/chunk'
import { UnreadableDocument } from './errors'
import { htmlToMarkdownText } from './html'
import { DEFAULT_LIMITS, enforce, type ParseLimits } from './limits'
import { type DocumentKind, decodeText } from './sniff'
import { checkZip } from './zip-guard'

export interface ParsedDocument {
  chunks: Chunk[]
  pages: number | null
}

async function readPdf(bytes: Uint8Array, limits: ParseLimits): Promise<ParsedDocument> {
  let pages: string[]
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    // Counted before any page is read: 20,000 empty pages fit in 3 MB.
    enforce(limits, 'pages', pdf.numPages, (max) => `${pdf.numPages} pages (at most ${max})`)
    pages = (await extractText(pdf, { mergePages: false })).text as string[]
  } catch (err) {
    if (err instanceof UnreadableDocument) throw err
    throw new UnreadableDocument(`the PDF could not be read (${(err as Error).message.slice(0, 120)})`)
  }
  checkChars(
    limits,
    pages.reduce((n, p) => n + p.length, 0),
  )
  return { chunks: pages.flatMap((text, i) => chunkText(text.replace(/[ \t]+\n/g, '\n'), { page: i + 1 })), pages: pages.length }
}

async function readDocx(bytes: Uint8Array, limits: ParseLimits): Promise<string> {
  await checkZip(bytes, limits)
  try {
    return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
  } catch (err) {
    throw new UnreadableDocument(`the DOCX could not be read (${(err as Error).message.slice(0, 120)})`)
  }
}

function checkChars(limits: ParseLimits, chars: number): void {
  enforce(limits, 'chars', chars, (max) => `${chars} characters of text (at most ${max})`)
}

function decoded(bytes: Uint8Array, limits: ParseLimits): string {
  const text = decodeText(bytes)?.text ?? ''
  checkChars(limits, text.length)
  return text
}

/**
 * Text with locators: per page for PDF, per heading for DOCX/HTML/Markdown, by paragraphs for plain text.
 * Every step is bounded by `limits` (pages before reading, inflated size before inflating, characters and
 * passages after), so a hostile file is refused by name; run it through `parseInWorker` to bound its time
 * and memory too.
 */
export async function parseDocument(bytes: Uint8Array, kind: DocumentKind, limits: ParseLimits = DEFAULT_LIMITS): Promise<ParsedDocument> {
  const parsed = await parseByKind(bytes, kind, limits)
  enforce(limits, 'passages', parsed.chunks.length, (max) => `${parsed.chunks.length} passages (at most ${max})`)
  return parsed
}

async function parseByKind(bytes: Uint8Array, kind: DocumentKind, limits: ParseLimits): Promise<ParsedDocument> {
  switch (kind) {
    case 'pdf':
      return readPdf(bytes, limits)
    case 'docx': {
      const html = await readDocx(bytes, limits)
      checkChars(limits, html.length)
      return { chunks: chunkText(htmlToMarkdownText(html), { markdown: true }), pages: null }
    }
    case 'html':
      return { chunks: chunkText(htmlToMarkdownText(decoded(bytes, limits)), { markdown: true }), pages: null }
    case 'markdown':
    case 'text':
      return { chunks: chunkText(decoded(bytes, limits).replace(/\r\n?/g, '\n'), { markdown: kind === 'markdown' }), pages: null }
  }
}
