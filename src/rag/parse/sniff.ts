import { fileTypeFromBuffer } from 'file-type'

export type DocumentKind = 'pdf' | 'docx' | 'html' | 'markdown' | 'text' | ImageKind

/** Images, read by OCR only. */
export type ImageKind = 'png' | 'jpeg' | 'tiff' | 'webp'
const IMAGE_KINDS: readonly string[] = ['png', 'jpeg', 'tiff', 'webp'] satisfies ImageKind[]

export const MIME: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  webp: 'image/webp',
}

const SUPPORTED = 'PDF, DOCX, HTML, Markdown, text, or a PNG, JPEG, TIFF or WebP image'

/** Decodes text whatever its encoding: BOMs, UTF-8, then Windows-1256 (Arabic) or Windows-1252 (Western), whichever reads as letters. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  const controls = bytes.subarray(0, 8192).filter((b) => b < 0x09 || (b > 0x0d && b < 0x20)).length
  if (controls > 0) return undefined
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    const arabic = new TextDecoder('windows-1256').decode(bytes)
    const western = new TextDecoder('windows-1252').decode(bytes)
    const arabicLetters = (arabic.match(/[\u0621-\u064A]/g) ?? []).length
    const westernLetters = (western.match(/[a-zà-ÿ]/gi) ?? []).length - (arabic.match(/[a-z]/gi) ?? []).length
    return arabicLetters > westernLetters ? { text: arabic, encoding: 'windows-1256' } : { text: western, encoding: 'windows-1252' }
  }
}

/**
 * The file's kind from its bytes, not its name: PDF, DOCX and images by signature, text by decoding; among text, HTML
 * by its markup, Markdown by the name's extension (bytes cannot tell it from plain text). A name or a declared
 * type that claims a binary format the bytes do not have is refused, as is any other binary.
 */
export async function sniffKind(bytes: Uint8Array, fileName: string, declaredType?: string): Promise<DocumentKind | { refused: string }> {
  // A text BOM comes first: file-type would read UTF-16's FF FE as the start of an MPEG frame.
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
  const detected = bom ? undefined : await fileTypeFromBuffer(bytes)
  const claimsPdf = /\.pdf$/i.test(fileName) || declaredType === MIME.pdf
  const claimsDocx = /\.docx$/i.test(fileName) || declaredType === MIME.docx
  if (detected?.ext === 'pdf') return 'pdf'
  if (detected?.ext === 'docx') return 'docx'
  if (detected?.ext === 'jpg') return 'jpeg'
  if (detected?.ext === 'tif') return 'tiff'
  if (detected && IMAGE_KINDS.includes(detected.ext)) return detected.ext as ImageKind
  if (detected) return { refused: `this file is ${detected.mime}, which is not supported (${SUPPORTED})` }
  if (claimsPdf || claimsDocx) return { refused: `the file is named or declared as ${claimsPdf ? 'PDF' : 'DOCX'}, but its content is not` }
  const decoded = decodeText(bytes)
  if (!decoded) return { refused: `this file is binary and not of a supported type (${SUPPORTED})` }
  if (/<!doctype html|<html[\s>]|<body[\s>]/i.test(decoded.text.slice(0, 4096))) return 'html'
  return /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text'
}
