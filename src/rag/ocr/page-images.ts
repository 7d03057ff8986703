import { getDocumentProxy, renderPageAsImage } from 'unpdf'
import UTIF from 'utif2'
import { UnreadableDocument } from '../parse/errors'
import type { DocumentKind } from '../parse/sniff'

/** Scanned pages are drawn at 300 dpi, the resolution OCR reads best; a PDF page is 72 units per inch. */
const PDF_SCALE = 300 / 72

/** The pages of a document as images Tesseract can read (PNG, JPEG, WebP, PGM), one at a time: only one page is in memory at once. */
export interface PageImages {
  image(page: number): Promise<Buffer>
  close(): Promise<void>
}

/**
 * Opens a scanned PDF (its pages rasterised by pdf.js onto a Skia canvas) or an image (PNG, JPEG, WebP
 * handed to Tesseract as they are; TIFF frames decoded by UTIF, in JavaScript). Pixel counts were checked from the headers before (parse/image-info);
 * a PDF page is drawn at 300 dpi unless that would pass `maxPixels`, then smaller.
 */
export async function openPageImages(bytes: Uint8Array, kind: DocumentKind, maxPixels: number): Promise<PageImages> {
  if (kind === 'pdf') {
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    return {
      async image(n) {
        const page = await pdf.getPage(n)
        const { width, height } = page.getViewport({ scale: 1 })
        const scale = Math.min(PDF_SCALE, Math.sqrt(maxPixels / Math.max(1, width * height)))
        page.cleanup()
        return Buffer.from(await renderPageAsImage(pdf, n, { scale, canvasImport: () => import('@napi-rs/canvas') }))
      },
      close: () => pdf.destroy(),
    }
  }
  if (kind === 'tiff') {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const frames = UTIF.decode(buffer).filter((ifd) => ifd.t256 && ifd.t257 && (Number((ifd.t254 as number[] | undefined)?.[0] ?? 0) & 1) === 0)
    return {
      async image(n) {
        const ifd = frames[n - 1]
        if (!ifd) throw new UnreadableDocument(`the image has no page ${n}`)
        try {
          UTIF.decodeImage(buffer, ifd)
        } catch (err) {
          throw new UnreadableDocument(`the image could not be decoded (${(err as Error).message.slice(0, 120)})`)
        }
        const gray = toGreyscale(UTIF.toRGBA8(ifd), ifd.width, ifd.height)
        ifd.data = new Uint8Array(0)
        return gray
      },
      close: async () => undefined,
    }
  }
  // PNG, JPEG and WebP go to Tesseract as they are: its decoders are WebAssembly, so a corrupted file is an
  // error, never a crash of the process (Skia's native decoder segfaults on some).
  return { image: async () => Buffer.from(bytes), close: async () => undefined }
}

/** RGBA (on white) to a binary PGM, a format Tesseract reads, without any native decoder. */
function toGreyscale(rgba: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1')
  const out = Buffer.alloc(header.length + width * height)
  header.copy(out)
  for (let i = 0, o = header.length; i < width * height; i++, o++) {
    const a = rgba[i * 4 + 3]! / 255
    const luma = (rgba[i * 4]! * 299 + rgba[i * 4 + 1]! * 587 + rgba[i * 4 + 2]! * 114) / 1000
    out[o] = Math.round(luma * a + 255 * (1 - a))
  }
  return out
}
