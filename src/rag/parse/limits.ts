import { UnreadableDocument } from './errors'

/**
 * What one document may cost to read. Each is a refusal with its name, never a stall: a hostile file (a zip
 * bomb, a PDF of 20,000 empty pages, pathological HTML) ends `failed` with the limit it crossed.
 */
export interface ParseLimits {
  /** Wall-clock time to parse, in the worker thread. */
  timeMs: number
  /** Heap of the worker thread that parses. */
  memoryMb: number
  /** PDF pages. */
  pages: number
  /** Characters of extracted text. */
  chars: number
  /** Passages (chunks) indexed from one document. */
  passages: number
  /** DOCX: total size of the archive's entries once inflated, in bytes. */
  inflatedBytes: number
  /** DOCX: how many times larger than its compressed size one entry may inflate. */
  inflateRatio: number
  /** DOCX: entries in the archive. */
  entries: number
  /** Pages (scanned PDF pages, image frames) read by OCR in one document. */
  ocrPages: number
  /** Pixels of one image or image frame, read from its header before it is decoded (a 20,000 × 20,000 PNG is 400 million). */
  pixels: number
  /** Wall-clock time to read one page by OCR, in the OCR thread. */
  ocrPageMs: number
}

export const DEFAULT_LIMITS: ParseLimits = {
  timeMs: 120_000,
  memoryMb: 512,
  pages: 2_000,
  chars: 20_000_000,
  passages: 10_000,
  inflatedBytes: 100 * 1024 * 1024,
  inflateRatio: 100,
  entries: 5_000,
  ocrPages: 500,
  pixels: 40_000_000,
  ocrPageMs: 90_000,
}

/** A document over one of the limits. It fails at once: retrying cannot help. */
export class LimitExceeded extends UnreadableDocument {
  constructor(
    readonly limit: keyof ParseLimits | 'cancelled',
    what: string,
  ) {
    super(`the document exceeds a limit: ${what}`)
  }
}

/** Throws when `value` is over `limits[name]`, saying both. */
export function enforce(limits: ParseLimits, name: keyof ParseLimits, value: number, describe: (max: number) => string): void {
  if (value > limits[name]) throw new LimitExceeded(name, describe(limits[name]))
}
