import { createCanvas, loadImage } from '@napi-rs/canvas'
import { getDocumentProxy, renderPageAsImage } from 'unpdf'
import UTIF from 'utif2'
import { UnreadableDocument } from '../parse/errors'
import type { DocumentKind } from '../parse/sniff'
import { despeckle, toGreyscale, toPgm } from './greyscale'

/** Scanned pages are drawn at 300 dpi, the resolution OCR reads best; a PDF page is 72 units per inch. */
const PDF_SCALE = 300 / 72

/** The pages of a document as images Tesseract can read (PNG, JPEG, WebP, PGM), one at a time: only one page is in memory at once. */
export interface PageImages {
  image(page: number): Promise<Buffer>
  close(): Promise<void>
}

/**
 * Opens a scanned PDF (its pages rasterised by pdf.js onto a Skia canvas) or an image (PNG, JPEG, WebP
 * handed to Tesseract as they are; TIFF frames decoded by UTIF, in JavaScript). Rasterised pages and TIFF
 * frames go to Tesseract in greyscale, despeckled. Pixel counts were checked from the headers before
 * (parse/image-info); a PDF page is drawn at 300 dpi unless that would pass `maxPixels`, then smaller.
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
        const png = Buffer.from(await renderPageAsImage(pdf, n, { scale, canvasImport: () => import('@napi-rs/canvas') }))
        // Our own PNG, just drawn by Skia: safe to decode with it, to reach the pixels.
        const image = await loadImage(png)
        const canvas = createCanvas(image.width, image.height)
        const ctx = canvas.getContext('2d')
        ctx.drawImage(image, 0, 0)
        const { data } = ctx.getImageData(0, 0, image.width, image.height)
        return toPgm(despeckle(toGreyscale(data, image.width, image.height), image.width, image.height), image.width, image.height)
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
        const grey = despeckle(toGreyscale(UTIF.toRGBA8(ifd), ifd.width, ifd.height), ifd.width, ifd.height)
        ifd.data = new Uint8Array(0)
        return toPgm(grey, ifd.width, ifd.height)
      },
      close: async () => undefined,
    }
  }
  // PNG, JPEG and WebP go to Tesseract as they are: its decoders are WebAssembly, so a corrupted file is an
  // error, never a crash of the process (Skia's native decoder segfaults on some). Not despeckled, then:
  // that needs their pixels, which only a native decoder here would give.
  return { image: async () => Buffer.from(bytes), close: async () => undefined }
}
