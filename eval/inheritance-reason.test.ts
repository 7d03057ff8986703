import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { distribute } from '../src/rag/faraid/compute'
import type { Relation } from '../src/rag/faraid/relations'
import { reasonAnswer } from './inheritance-reason'

const d = (deceased: 'male' | 'female', spec: Partial<Record<Relation, number>>) =>
  distribute({ deceased, heirs: Object.entries(spec).map(([relation, count]) => ({ relation: relation as Relation, count: count! })), school: 'hanbali' })

describe('the reason a share or an exclusion has', () => {
  test('a spouse’s share turns on a descendant heir, there or not', () => {
    const options = ['لعدم وجود الفرع الوارث', 'لوجود الفرع الوارث', 'لعدم وجود الأب', 'لوجود الأب', 'لعدم وجود الزوج', 'لوجود الزوج']
    assert.equal(reasonAnswer('لماذا ترث الزوجة الثمن؟', d('male', { wife: 1, son: 3, daughter: 1 }), options), 1)
    assert.equal(reasonAnswer('لماذا كان نصيب الزوجة الربع؟', d('male', { wife: 1, full_brother: 1 }), options), 0)
  })
  test('the mother’s sixth: several siblings when there is no descendant', () => {
    const options = ['لوجود الفرع الوارث', 'لعدم وجود الفرع الوارث', 'لوجود عدد من الإخوة', 'لعدم وجود الأب', 'لوجود الأب', 'لعدم وجود الزوجة']
    assert.equal(reasonAnswer('لماذا كان نصيب الأم السدس؟', d('male', { wife: 1, mother: 1, full_brother: 4, full_sister: 2 }), options), 2)
  })
  test('an excluded heir’s reason is who excludes him', () => {
    const options = ['وجود الأخوات الشقيقات', 'وجود الإخوة الذكور الأشقاء', 'وجود عدد كبير من الورثة', 'عدم وجود فرع وارث', 'عدم وجود أصل وارث', 'لا يوجد سبب']
    assert.equal(reasonAnswer('ما سبب عدم ميراث الإخوة لأب؟', d('female', { full_brother: 4, full_sister: 3, paternal_brother: 3 }), options), 1)
  })
  test('other questions are left to the other rules', () => {
    assert.equal(reasonAnswer('ما نصيب الزوجة؟', d('male', { wife: 1, son: 1 }), ['الثمن']), undefined)
  })
})
