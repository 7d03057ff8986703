import assert from 'node:assert/strict'
import { test } from 'node:test'
import { despeckle, toGreyscale, toPgm } from './greyscale'

const W = 8
const H = 8
/** An 8 × 8 white image with the given dark pixels. */
const image = (dark: Array<[number, number]>) => {
  const g = new Uint8Array(W * H).fill(255)
  for (const [x, y] of dark) g[y * W + x] = 0
  return g
}
const darkPixels = (g: Uint8Array) => [...g].filter((v) => v < 128).length

test('despeckling removes isolated specks and keeps strokes two pixels wide', () => {
  assert.equal(darkPixels(despeckle(image([[3, 3]]), W, H)), 0, 'a lone speck goes')
  assert.equal(
    darkPixels(
      despeckle(
        image([
          [1, 1],
          [6, 5],
          [4, 2],
        ]),
        W,
        H,
      ),
    ),
    0,
    'scattered specks go',
  )
  const stroke = image(Array.from({ length: H }, (_, y) => [[3, y] as [number, number], [4, y] as [number, number]]).flat())
  assert.equal(darkPixels(despeckle(stroke, W, H)), 2 * H, 'a vertical stroke two pixels wide stays whole')
  const block = image(Array.from({ length: 9 }, (_, i) => [2 + (i % 3), 2 + Math.floor(i / 3)] as [number, number]))
  assert.equal(darkPixels(despeckle(block, W, H)), 5, 'a 3 × 3 dot keeps its centre cross (corners rounded)')
  const speckledStroke = image([...Array.from({ length: H }, (_, y) => [[3, y] as [number, number], [4, y] as [number, number]]).flat()])
  speckledStroke[4 * W + 3] = 255
  assert.equal(darkPixels(despeckle(speckledStroke, W, H)), 2 * H, 'a white speck inside a stroke is filled')
})

test('RGBA becomes greyscale on white, and PGM carries its size', () => {
  const rgba = new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0, 255, 0, 0, 255])
  assert.deepEqual([...toGreyscale(rgba, 2, 2)], [0, 255, 255, 76])
  const pgm = toPgm(new Uint8Array([1, 2, 3, 4]), 2, 2)
  assert.equal(pgm.subarray(0, 11).toString('latin1'), 'P5\n2 2\n255\n')
  assert.deepEqual([...pgm.subarray(11)], [1, 2, 3, 4])
})
