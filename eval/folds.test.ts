import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { qiasHeldOut, topicFolds, topicGroups } from './folds'
import type { Qrels } from './metrics'

describe('topic folds', () => {
  const qrels: Qrels = new Map([
    ['a', new Set(['2:234-237'])],
    ['b', new Set(['2:234-237', '2:240-242'])],
    ['c', new Set(['7:85-93'])],
    ['d', new Set(['7:85-93', '11:84-88'])],
    ['e', new Set<string>()],
    ['f', new Set(['2:240-242', '3:1-5', '4:1-3', '5:1-2'])],
  ])
  const qids = ['a', 'b', 'c', 'd', 'e', 'f']

  test('questions whose answers mostly coincide or start alike are one topic', () => {
    const groups = topicGroups(qids, qrels).map((g) => [...g].sort().join(''))
    assert.deepEqual(groups.sort(), ['ab', 'cd', 'e', 'f'])
  })

  test('a passage shared with a many-passage question does not chain topics together', () => {
    const groups = topicGroups(qids, qrels)
    assert.ok(!groups.some((g) => g.includes('b') && g.includes('f')))
  })

  test('a topic is never split across folds and fold sizes stay balanced', () => {
    const folds = topicFolds(topicGroups(qids, qrels), 2)
    for (const f of folds) assert.ok(!(f.includes('a') !== f.includes('b')) && !(f.includes('c') !== f.includes('d')))
    assert.deepEqual(
      folds.map((f) => f.length),
      [3, 3],
    )
  })
})

describe('QIAS held-out fold', () => {
  test('the variants of one case fall on the same side, and about a fifth of cases are held out', () => {
    assert.equal(qiasHeldOut('145931_1'), qiasHeldOut('145931_29'))
    const ids = Array.from({ length: 2000 }, (_, i) => `${100000 + i * 37}_1`)
    const held = ids.filter(qiasHeldOut).length
    assert.ok(held > 300 && held < 500, `${held} of 2000 held out`)
  })
})
