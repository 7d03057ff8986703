import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { withOwnWords } from './own-words'

describe("the reader's own words blended into the hadith's scores", () => {
  const expanded = [
    { id: 'verse', score: 0.6, hadith: false },
    { id: 'h-expansions', score: 0.5, hadith: true },
    { id: 'h-own-words', score: 0.3, hadith: true },
  ]

  test('a hadith is scored by the weighted mean of both, the other units keep their score', () => {
    const out = withOwnWords(
      expanded,
      [
        { id: 'h-own-words', score: 0.9 },
        { id: 'h-expansions', score: 0.1 },
      ],
      0.5,
    )
    assert.deepEqual(
      out.map((u) => [u.id, Number(u.score.toFixed(4))]),
      [
        ['verse', 0.6],
        ['h-own-words', 0.5],
        ['h-expansions', 0.3667],
      ],
    )
  })

  test('a hadith only the own words found enters at its blended score; one they miss keeps a share of its own', () => {
    const out = withOwnWords(expanded, [{ id: 'h-new', score: 1 }], 1)
    assert.deepEqual(
      out.map((u) => [u.id, Number(u.score.toFixed(4))]),
      [
        ['verse', 0.6],
        ['h-new', 0.5],
        ['h-expansions', 0.25],
        ['h-own-words', 0.15],
      ],
    )
  })

  test('without an own-words ranking (no hadith in scope) the expanded ranking is returned as it is', () => {
    assert.deepEqual(
      withOwnWords(expanded, [], 0.3),
      expanded.map(({ id, score }) => ({ id, score })),
    )
  })
})
