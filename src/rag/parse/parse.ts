import mammoth from 'mammoth'
import { extractText, getDocumentProxy } from 'unpdf'
import { chunkText, type Chunk } from '../text/chunk'
import { decodeText, type DocumentKind } from './sniff'

export class UnreadableDocument extends Error {}

export interface ParsedDocument {
  chunks: Chunk[]
  pages: number | null
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Readable text of HTML: scripts, styles and navigation dropped, block elements as paragraphs, headings as Markdown headings. */
function htmlToMarkdownText(html: string): string {
  return html
    .replace(/<(script|style|noscript|nav|footer|header|svg|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi, (_, n: string, inner: string) => `\n\n${'#'.repeat(Number(n))} ${inner.replace(/<[^>]+>/g, ' ').trim()}\n\n`)
    .replace(/<(br)\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|section|article|blockquote|pre|table|ul|ol)>/gi, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Text with locators: per page for PDF, per heading for DOCX/HTML/Markdown, by paragraphs for plain text. */
export async function parseDocument(bytes: Uint8Array, kind: DocumentKind): Promise<ParsedDocument> {
  switch (kind) {
    case 'pdf': {
      let pages: string[]
      try {
        const pdf = await getDocumentProxy(new Uint8Array(bytes))
        pages = (await extractText(pdf, { mergePages: false })).text as string[]
      } catch (err) {
        throw new UnreadableDocument(`the PDF could not be read (${(err as Error).message.slice(0, 120)})`)
      }
      const chunks = pages.flatMap((text, i) => chunkText(text.replace(/[ \t]+\n/g, '\n'), { page: i + 1 }))
      return { chunks, pages: pages.length }
    }
    case 'docx': {
      let html: string
      try {
        html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
      } catch (err) {
        throw new UnreadableDocument(`the DOCX could not be read (${(err as Error).message.slice(0, 120)})`)
      }
      return { chunks: chunkText(htmlToMarkdownText(html), { markdown: true }), pages: null }
    }
    case 'html':
      return { chunks: chunkText(htmlToMarkdownText(decodeText(bytes)?.text ?? ''), { markdown: true }), pages: null }
    case 'markdown':
    case 'text':
      return { chunks: chunkText((decodeText(bytes)?.text ?? '').replace(/\r\n?/g, '\n'), { markdown: kind === 'markdown' }), pages: null }
  }
}
