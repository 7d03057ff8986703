/** RGBA to greyscale (ITU-R 601 luma), transparent pixels on white. */
export function toGreyscale(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  const grey = new Uint8Array(width * height)
  for (let i = 0; i < grey.length; i++) {
    const a = rgba[i * 4 + 3]! / 255
    const luma = (rgba[i * 4]! * 299 + rgba[i * 4 + 1]! * 587 + rgba[i * 4 + 2]! * 114) / 1000
    grey[i] = Math.round(luma * a + 255 * (1 - a))
  }
  return grey
}

/**
 * A 3 × 3 median: isolated specks (dust, paper grain, a poor copy's noise) go, strokes two pixels wide or more
 * stay. Measured on generated scans (`npm run bench -- --only ocr`): 0.5 % speckled pages at 150 dpi went from
 * 20–36 % character errors to under 1 %, clean pages unchanged; about 0.1 s a page.
 */
export function despeckle(grey: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(grey.length)
  const win = new Uint8Array(9)
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 1) * width
    const row = y * width
    const down = Math.min(height - 1, y + 1) * width
    for (let x = 0; x < width; x++) {
      const l = Math.max(0, x - 1)
      const r = Math.min(width - 1, x + 1)
      win[0] = grey[up + l]!
      win[1] = grey[up + x]!
      win[2] = grey[up + r]!
      win[3] = grey[row + l]!
      win[4] = grey[row + x]!
      win[5] = grey[row + r]!
      win[6] = grey[down + l]!
      win[7] = grey[down + x]!
      win[8] = grey[down + r]!
      win.sort()
      out[row + x] = win[4]!
    }
  }
  return out
}

/** A binary PGM (P5), a format Tesseract reads without any native decoder of ours. */
export function toPgm(grey: Uint8Array, width: number, height: number): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), grey])
}
