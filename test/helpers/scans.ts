import { createRequire } from 'node:module'
import path from 'node:path'
import zlib from 'node:zlib'
import { type Canvas, createCanvas, GlobalFonts } from '@napi-rs/canvas'
import UTIF from 'utif2'

// Fonts from npm packages the page already uses (no system font is assumed): Noto Naskh Arabic for Arabic,
// its Latin subset for French and English.
const require = createRequire(import.meta.url)
const naskh = path.join(path.dirname(require.resolve('@fontsource/noto-naskh-arabic/package.json')), 'files')
GlobalFonts.registerFromPath(path.join(naskh, 'noto-naskh-arabic-arabic-400-normal.woff2'), 'Scan Arabic')
GlobalFonts.registerFromPath(path.join(naskh, 'noto-naskh-arabic-latin-400-normal.woff2'), 'Scan Latin')
GlobalFonts.registerFromPath(path.join(naskh, 'noto-naskh-arabic-latin-ext-400-normal.woff2'), 'Scan Latin Ext')

export interface ScanOptions {
  /** Resolution the page is "scanned" at; the text is 12 pt. */
  dpi?: number
  /** Degrees the page is turned by, as a sheet laid askew on the glass. */
  skewDeg?: number
  /** Share of pixels flipped to speckles (0–1), as dust and paper grain. */
  noise?: number
  /** Page width in inches (the text wraps to it). */
  widthIn?: number
}

/** Wraps words to lines that fit `maxWidth` with the context's font. */
function wrap(ctx: ReturnType<Canvas['getContext']>, text: string, maxWidth: number): string[] {
  const lines: string[] = []
  for (const para of text.split('\n')) {
    let line = ''
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word
      if (line && ctx.measureText(next).width > maxWidth) {
        lines.push(line)
        line = word
      } else line = next
    }
    lines.push(line)
  }
  return lines
}

/** A page of known text as a scanner would give it: black 12-pt text on white, right-to-left for Arabic. */
export function renderScan(text: string, opts: ScanOptions & { rtl?: boolean } = {}): Canvas {
  const dpi = opts.dpi ?? 300
  const width = Math.round((opts.widthIn ?? 6) * dpi)
  const margin = Math.round(0.4 * dpi)
  const size = Math.round((12 / 72) * dpi)
  const probe = createCanvas(width, 10).getContext('2d')
  probe.font = `${size}px ${opts.rtl ? '"Scan Arabic"' : '"Scan Latin", "Scan Latin Ext"'}`
  const lines = wrap(probe, text, width - 2 * margin)
  const lineHeight = Math.round(size * (opts.rtl ? 1.9 : 1.5))
  const canvas = createCanvas(width, lines.length * lineHeight + 2 * margin)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = 'white'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  if (opts.skewDeg) {
    ctx.translate(canvas.width / 2, canvas.height / 2)
    ctx.rotate((opts.skewDeg * Math.PI) / 180)
    ctx.translate(-canvas.width / 2, -canvas.height / 2)
  }
  ctx.fillStyle = 'black'
  ctx.font = probe.font
  ctx.direction = opts.rtl ? 'rtl' : 'ltr'
  ctx.textAlign = opts.rtl ? 'right' : 'left'
  lines.forEach((line, i) => ctx.fillText(line, opts.rtl ? width - margin : margin, margin + (i + 0.8) * lineHeight))
  if (opts.noise) {
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    const img = ctx.getImageData(0, 0, canvas.width, canvas.height)
    // A fixed sequence, so a run is repeatable.
    let seed = 42
    for (let i = 0; i < img.data.length; i += 4) {
      seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff
      if (seed / 0x7fffffff < opts.noise) {
        const v = img.data[i]! > 127 ? 80 : 200
        img.data[i] = img.data[i + 1] = img.data[i + 2] = v
      }
    }
    ctx.putImageData(img, 0, 0)
  }
  return canvas
}

/**
 * A PDF whose pages are images only (JPEG, DCTDecode), no text layer: what a scanner gives. Each page is
 * sized to its image at `dpi`; a string instead of an image makes a page with a real text layer (Helvetica),
 * for mixed documents. Built by hand with a correct cross-reference table.
 */
export function makeScannedPdf(pages: Array<Canvas | string>, dpi = 300): Buffer {
  const chunks: Buffer[] = []
  const offsets: number[] = []
  let length = 0
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b
    chunks.push(buf)
    length += buf.length
  }
  const pageIds = pages.map((_, i) => 3 + i * 3)
  const objects: Array<() => void> = []
  const obj = (id: number, body: () => void) => {
    objects[id] = () => {
      offsets[id] = length
      push(`${id} 0 obj\n`)
      body()
      push('\nendobj\n')
    }
  }
  obj(1, () => push('<< /Type /Catalog /Pages 2 0 R >>'))
  obj(2, () => push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`))
  const fontId = 3 + pages.length * 3
  pages.forEach((canvas, i) => {
    const id = pageIds[i]!
    if (typeof canvas === 'string') {
      const draw = `BT /F1 12 Tf 72 720 Td (${canvas.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`
      obj(id, () => push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${id + 1} 0 R >>`))
      obj(id + 1, () => push(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`))
      obj(id + 2, () => push('<< >>'))
      return
    }
    const w = (canvas.width / dpi) * 72
    const h = (canvas.height / dpi) * 72
    const jpeg = canvas.toBuffer('image/jpeg', 90)
    const draw = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`
    obj(id, () => push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`))
    obj(id + 1, () => push(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`))
    obj(id + 2, () => {
      push(`<< /Type /XObject /Subtype /Image /Width ${canvas.width} /Height ${canvas.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`)
      push(jpeg)
      push('\nendstream')
    })
  })
  obj(fontId, () => push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'))
  push('%PDF-1.4\n')
  for (let id = 1; id < objects.length; id++) objects[id]!()
  const xref = length
  push(
    `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets
      .slice(1)
      .map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
      .join('')}`,
  )
  push(`trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  return Buffer.concat(chunks)
}

/** A multi-page TIFF (uncompressed RGBA, one strip per page), as a fax or a scanner's "multi-page" setting gives. */
export function makeTiff(pages: Canvas[]): Buffer {
  const rgba = pages.map((c) => Buffer.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data.buffer))
  // The directories first, the pixels after them at offsets known in advance.
  const start = 4096
  const offsets: number[] = []
  for (let i = 0; i < rgba.length; i++) offsets.push(i === 0 ? start : offsets[i - 1]! + rgba[i - 1]!.length)
  const ifds = pages.map((c, i) => ({
    t256: [c.width],
    t257: [c.height],
    t258: [8, 8, 8, 8],
    t259: [1],
    t262: [2],
    t273: [offsets[i]!],
    t277: [4],
    t278: [c.height],
    t279: [rgba[i]!.length],
    t284: [1],
    t338: [1],
  }))
  const head = Buffer.from(UTIF.encode(ifds as unknown as UTIF.IFD[]))
  if (head.length > start) throw new Error('TIFF directories larger than expected')
  return Buffer.concat([head, Buffer.alloc(start - head.length), ...rgba])
}

/**
 * A PNG of `width` × `height` pixels, 1 bit per pixel and all white: a few KB on disk, 1.6 GB of RGBA once
 * decoded at 20,000 × 20,000 — a decompression bomb.
 */
export function makePngBomb(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf: Buffer) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(8 + data.length + 4)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 1 // bit depth
  ihdr[9] = 0 // greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8), 0xff)
  row[0] = 0
  // The raw image is 50 MB at 20,000²: built once, deflated to about 50 KB.
  const deflate = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)), { level: 9 })
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflate), chunk('IEND', Buffer.alloc(0))])
}
