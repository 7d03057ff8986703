import assert from 'node:assert/strict'
import { test } from 'node:test'
import { UnreadableDocument } from './errors'
import { imageFrames } from './image-info'
import { DEFAULT_LIMITS } from './limits'

/** The first bytes of a PNG: signature and the start of its IHDR chunk, cut before the image's size. */
const TRUNCATED_PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1])

test('a truncated image is refused in the uploader’s words, not the decoder’s', () => {
  assert.throws(
    () => imageFrames(TRUNCATED_PNG, 'png', DEFAULT_LIMITS),
    (err: unknown) => err instanceof UnreadableDocument && /^the image could not be read \(its PNG data is truncated or damaged\)$/.test(err.message),
  )
  // (a TIFF header pointing past the end of the file)
  const tiff = Uint8Array.from([0x49, 0x49, 0x2a, 0, 0xff, 0xff, 0, 0])
  assert.throws(() => imageFrames(tiff, 'tiff', DEFAULT_LIMITS), /^Error: the image could not be read \((its TIFF data is truncated or damaged|no image in the file)\)$/)
})
