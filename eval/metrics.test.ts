import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { PlainBm25 } from './baseline-bm25'
import { parseQrels, score, toTrecRun } from './metrics'

describe('eval metrics on a hand-made qrels', () => {
  const qrels = parseQrels(['q1 0 p1 1', 'q1 0 p2 1', 'q2 0 p9 1', 'q3 0 -1 1'].join('\n'))

  test('MAP, MRR and Recall at 10, with zero-answer questions scored 1 only when nothing is returned', () => {
    const run = new Map([
      ['q1', ['p1', 'x', 'p2']], // AP = (1/1 + 2/3) / 2 = 0.8333, RR = 1, R = 1
      ['q2', ['x', 'y', 'p9']], // AP = (1/3) / 1, RR = 1/3, R = 1
      ['q3', []], // no answer, returned nothing: 1
    ])
    const s = score(run, qrels)
    assert.ok(Math.abs(s.map - (0.833333 + 0.333333 + 1) / 3) < 1e-5)
    assert.ok(Math.abs(s.mrr - (1 + 1 / 3 + 1) / 3) < 1e-9)
    assert.ok(Math.abs(s.recall - 1) < 1e-9)
    assert.equal(s.noAnswer, 1)
  })

  test('a zero-answer question answered with something scores 0; an unanswered question scores 0', () => {
    const s = score(new Map([['q3', ['p1']]]), qrels)
    assert.equal(s.map, 0)
  })

  test('only the first 10 count', () => {
    const late = new Map([['q2', [...Array(10).fill('x'), 'p9']]])
    assert.equal(score(late, new Map([['q2', new Set(['p9'])]])).map, 0)
  })

  test('the TREC run has at most 10 lines per question and none for an empty one', () => {
    const text = toTrecRun(
      new Map([
        ['q1', Array.from({ length: 12 }, (_, i) => `p${i}`)],
        ['q3', []],
      ]),
      new Map(),
      'tag',
    )
    const lines = text.trim().split('\n')
    assert.equal(lines.length, 10)
    assert.match(lines[0]!, /^q1\tQ0\tp0\t1\t0\.0000\ttag$/)
  })

  test('the plain BM25 baseline ranks the passage sharing rare words first', () => {
    const bm = new PlainBm25([
      { id: 'a', text: 'الصلاة الصلاة والزكاة' },
      { id: 'b', text: 'الصيام في رمضان' },
      { id: 'c', text: 'الصلاة' },
    ])
    assert.equal(bm.search('الصيام')[0]?.id, 'b')
    assert.deepEqual(bm.search('غير موجود'), [])
  })
})
