import { imageSize } from 'image-size'
import UTIF from 'utif2'
import { UnreadableDocument } from './errors'
import { enforce, type ParseLimits } from './limits'
import type { ImageKind } from './sniff'

export interface Frame {
  width: number
  height: number
}

/**
 * The frames of an image (one, or a TIFF's pages) and their sizes, read from the headers only: nothing is
 * decoded, so a 20,000 × 20,000-pixel image (1.6 GB once decoded, a few KB on disk) is refused before it
 * costs its memory.
 */
export function imageFrames(bytes: Uint8Array, kind: ImageKind, limits: ParseLimits): Frame[] {
  let frames: Frame[]
  try {
    frames = kind === 'tiff' ? tiffFrames(bytes) : [imageSize(bytes)]
  } catch {
    // (the decoders' own words — « Start offset 20 is outside the bounds of the buffer » — say nothing to the uploader)
    throw new UnreadableDocument(`the image could not be read (its ${kind.toUpperCase()} data is truncated or damaged)`)
  }
  if (frames.length === 0 || frames.some((f) => !(f.width > 0 && f.height > 0))) throw new UnreadableDocument('the image could not be read (no image in the file)')
  enforce(limits, 'ocrPages', frames.length, (max) => `${frames.length} pages to read by OCR (at most ${max})`)
  for (const f of frames) enforce(limits, 'pixels', f.width * f.height, (max) => `an image of ${f.width} × ${f.height} pixels (at most ${max / 1_000_000} million)`)
  return frames
}

function tiffFrames(bytes: Uint8Array): Frame[] {
  const ifds = UTIF.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  // Thumbnails (NewSubfileType bit 0) are not pages.
  const tag = (ifd: UTIF.IFD, t: string) => Number((ifd[t] as number[] | undefined)?.[0] ?? 0)
  return ifds.filter((ifd) => ifd.t256 && ifd.t257 && (tag(ifd, 't254') & 1) === 0).map((ifd) => ({ width: tag(ifd, 't256'), height: tag(ifd, 't257') }))
}
