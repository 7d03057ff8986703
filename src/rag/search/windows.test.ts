import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withWindows } from './windows'

const hit = (id: string, score: number, surah: number, from: number, to = from) => ({ id, score, verses: { surah, from, to } })

test('a verse gains a share of its best neighbour within the gap, in the same surah only', () => {
  const hits = [hit('a', 10, 2, 183), hit('b', 4, 2, 184), hit('c', 5, 3, 184), hit('d', 4.5, 2, 190)]
  const out = withWindows(hits, 0.5, 1)
  assert.deepEqual(
    out.map((h) => [h.id, h.score]),
    [
      ['a', 12],
      ['b', 9],
      ['c', 5],
      ['d', 4.5],
    ],
  )
})

test('ranges count from their edges; units without verses and weight 0 leave the ranking as it was', () => {
  const hits = [hit('a', 3, 4, 101, 103), hit('b', 2, 4, 105, 106), { id: 'doc', score: 2.5, verses: null }, hit('far', 2.4, 4, 107)]
  assert.deepEqual(
    withWindows(hits, 0.5, 2).map((h) => h.id),
    ['a', 'b', 'far', 'doc'],
  )
  assert.deepEqual(
    withWindows(hits, 0, 2).map((h) => h.id),
    hits.map((h) => h.id),
  )
})
