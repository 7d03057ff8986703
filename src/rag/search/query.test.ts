import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PERSON_MARK } from '../text/answer-type'
import { ROOT_MARK } from '../text/analyze'
import { analyseQuery } from './query'

test("an Arabic question searches its words' roots at the root weight, as extra fields that count for its words' subject", () => {
  const q = analyseQuery('ما هي مبطلات الصوم؟', { rootWeight: 0.3 })
  const roots = q.terms.filter((t) => t.term.startsWith(ROOT_MARK))
  assert.deepEqual(
    roots.map((t) => [t.term, t.weight]),
    [
      [`${ROOT_MARK}بطل`, 0.3],
      [`${ROOT_MARK}صوم`, 0.3],
    ],
  )
  assert.deepEqual([...q.fields], [`${ROOT_MARK}بطل`, `${ROOT_MARK}صوم`])
  assert.ok([...q.families.values()].some((family) => family.has(`${ROOT_MARK}صوم`)))
  assert.equal(analyseQuery('ما هي مبطلات الصوم؟').terms.filter((t) => t.term.startsWith(ROOT_MARK)).length, 0)
})

test('only a question asking who searches the answer-type field', () => {
  const who = analyseQuery('Who is entitled to receive zakat?', { answerTypeWeight: 1 })
  assert.ok(who.terms.some((t) => t.term === PERSON_MARK && t.weight === 1))
  assert.ok(who.fields.has(PERSON_MARK))
  const what = analyseQuery('What invalidates the fast?', { answerTypeWeight: 1 })
  assert.ok(!what.terms.some((t) => t.term === PERSON_MARK))
})
