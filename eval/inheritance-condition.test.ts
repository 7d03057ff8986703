import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Relation } from '../src/rag/faraid/relations'
import { applyCondition } from './inheritance-condition'

const heirs = (spec: Partial<Record<Relation, number>>) => Object.entries(spec).map(([relation, count]) => ({ relation: relation as Relation, count: count! }))
const families = (asked: string, spec: Partial<Record<Relation, number>>) => applyCondition(asked, heirs(spec))?.families.map((f) => Object.fromEntries(f.map((h) => [h.relation, h.count])))

describe('a condition that changes the family before the question', () => {
  test('a line stated for the sibling of that kind, and the pronoun asked about named', () => {
    const c = applyCondition('إذا كانت الأخت من الأب، ما نصيبها؟', heirs({ daughter: 1, full_sister: 1 }))
    assert.deepEqual(c?.families, [heirs({ daughter: 1, paternal_sister: 1 })])
    assert.match(c!.asked, /نصيب الاخت/)
    assert.deepEqual(families('إذا كان الأخ أخا من الأم، فما نصيب البنت؟', { daughter: 1, full_brother: 1 }), [{ daughter: 1, maternal_brother: 1 }])
  })
  test('«شقيقا أو لأب»: both lines, every kinsman named taking the same', () => {
    assert.deepEqual(families('إذا كان الأخوان والأختان أشقاء أو لأب، ما نصيبهم مجتمعين؟', { daughter: 1, full_brother: 2, full_sister: 2 }), [
      { daughter: 1, full_brother: 2, full_sister: 2 },
      { daughter: 1, paternal_brother: 2, paternal_sister: 2 },
    ])
  })
  test('an heir added, or taken away when he died before; a restatement changes nothing', () => {
    assert.deepEqual(families('ما نصيب أم المتوفاة إذا كان للمتوفاة ولد؟', { mother: 1, husband: 1 }), [{ mother: 1, husband: 1, son: 1 }])
    const gone = applyCondition('إذا كانت الأم قد توفيت قبل الوفاة، فما نصيبها؟', heirs({ mother: 1, full_uncles_son: 1 }))
    assert.deepEqual([gone?.families, gone?.gone], [[heirs({ full_uncles_son: 1 })], 'mother'])
    assert.deepEqual(families('إذا كانت الأم هي أم الميت، فما نصيبها؟', { mother: 1, son: 2 }), [{ mother: 1, son: 2 }])
  })
  test('the other line alone («إذا كانتا لأم») is said of the kinsman the question names', () => {
    assert.deepEqual(families('ما نصيب الأختين إذا كانتا لأم؟', { full_sister: 2, full_brothers_son: 3 }), [{ maternal_sister: 2, full_brothers_son: 3 }])
    assert.deepEqual(families('ما نصيب الأخ إذا كان من الأب؟', { full_brother: 1, wife: 1 }), [{ paternal_brother: 1, wife: 1 }])
  })
  test('a line alone is said of the kinsman the question names', () => {
    assert.deepEqual(families('ما نصيب ابن العم إذا كان شقيقاً أو لأب؟', { daughter: 2, full_uncles_son: 1 }), [
      { daughter: 2, full_uncles_son: 1 },
      { daughter: 2, paternal_uncles_son: 1 },
    ])
  })
  test('a second condition joined to the first is applied after it', () => {
    assert.deepEqual(families('إذا كانت الأخت من الأم، وكان أبناء الأخ من الأب، ما نصيب أبناء الأخ من الأب؟', { daughter: 2, full_sister: 1, full_brothers_son: 3 }), [
      { daughter: 2, maternal_sister: 1, paternal_brothers_son: 3 },
    ])
  })
  test('what is not a change of the family is left alone', () => {
    assert.equal(applyCondition('إذا قسمت التركة على 24 سهما، فكم سهما للزوجة؟', heirs({ wife: 1, son: 1 })), undefined)
    assert.equal(applyCondition('إذا كانت الأخت من الأب، ما نصيبها؟', heirs({ full_sister: 1, paternal_sister: 1 })), undefined)
  })
})
