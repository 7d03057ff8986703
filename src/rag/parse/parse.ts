import mammoth from 'mammoth'
import { extractText, getDocumentProxy, getResolvedPDFJS } from 'unpdf'
import type { PDFDocumentProxy } from 'unpdf/pdfjs'
import { type Chunk, chunkText } from '../text/chunk'
import { UnreadableDocument } from './errors'
import { htmlToMarkdownText } from './html'
import { DEFAULT_LIMITS, enforce, type ParseLimits } from './limits'
import { type DocumentKind, decodeText } from './sniff'
import { imageFrames } from './image-info'
import { textLayerQuality } from './text-layer'
import { checkZip } from './zip-guard'

export interface ParsedDocument {
  chunks: Chunk[]
  pages: number | null
  /** Pages (from 1) with no usable text layer, or an image's frames: they are read by OCR (rag/ocr). */
  ocrPages: number[]
}

async function readPdf(bytes: Uint8Array, limits: ParseLimits): Promise<ParsedDocument> {
  let pages: string[]
  let pdf: PDFDocumentProxy
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes))
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
  // Page by page: a page with a real text layer keeps it, the others (scanned, or garbage text) go to OCR.
  const ocrPages: number[] = []
  const chunks: Chunk[] = []
  for (const [i, text] of pages.entries()) {
    const quality = textLayerQuality(text)
    if (quality === 'none' || (quality === 'sparse' && (await paintsImages(pdf, i + 1)))) ocrPages.push(i + 1)
    else chunks.push(...chunkText(text.replace(/[ \t]+\n/g, '\n'), { page: i + 1 }))
  }
  enforce(limits, 'ocrPages', ocrPages.length, (max) => `${ocrPages.length} pages to read by OCR (at most ${max})`)
  return { chunks, pages: pages.length, ocrPages }
}

/** Whether a page draws an image (a scan under its few words of text layer). */
async function paintsImages(pdf: PDFDocumentProxy, n: number): Promise<boolean> {
  const { OPS } = await getResolvedPDFJS()
  const image = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup])
  try {
    const page = await pdf.getPage(n)
    const { fnArray } = await page.getOperatorList()
    page.cleanup()
    return fnArray.some((op) => image.has(op))
  } catch {
    // A page pdf.js cannot draw goes to OCR, which says so for that page.
    return true
  }
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
 * Text with locators: per page for PDF, per heading for DOCX/HTML/Markdown, by paragraphs for plain text; the
 * pages left for OCR (scanned PDF pages, images) are listed, not read here.
 * Every step is bounded by `limits` (pages before reading, inflated size before inflating, characters and
 * passages after), so a hostile file is refused by name; run it through `parseInWorker` to bound its time
 * and memory too.
 */
export async function parseDocument(bytes: Uint8Array, kind: DocumentKind, limits: ParseLimits = DEFAULT_LIMITS): Promise<ParsedDocument> {
  const parsed = await parseByKind(bytes, kind, limits)
  // OCR adds passages later (rag/ocr); the passage limit is checked again once they are in.
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
      return { chunks: chunkText(htmlToMarkdownText(html), { markdown: true }), pages: null, ocrPages: [] }
    }
    case 'html':
      return { chunks: chunkText(htmlToMarkdownText(decoded(bytes, limits)), { markdown: true }), pages: null, ocrPages: [] }
    case 'markdown':
    case 'text':
      return { chunks: chunkText(decoded(bytes, limits).replace(/\r\n?/g, '\n'), { markdown: kind === 'markdown' }), pages: null, ocrPages: [] }
    default: {
      // An image: its frames' sizes are checked from the headers; its text is all OCR's.
      const frames = imageFrames(bytes, kind, limits)
      return { chunks: [], pages: frames.length, ocrPages: frames.map((_, i) => i + 1) }
    }
  }
}
