import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fuseByReciprocalRank } from './rrf'

test('reciprocal rank fusion rewards agreement and respects weights', () => {
  const fused = fuseByReciprocalRank(
    [
      { ids: ['a', 'b', 'c'], weight: 1 },
      { ids: ['b', 'd'], weight: 1 },
    ],
    60,
  )
  assert.deepEqual(
    fused.map((f) => f.id),
    ['b', 'a', 'd', 'c'],
  )
  assert.ok(Math.abs(fused[0]!.score - (1 / 62 + 1 / 61)) < 1e-12)
  const lexicalOnly = fuseByReciprocalRank([
    { ids: ['a', 'b'], weight: 1 },
    { ids: ['b'], weight: 0 },
  ])
  assert.deepEqual(
    lexicalOnly.map((f) => f.id),
    ['a', 'b'],
  )
})
