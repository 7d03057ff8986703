import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseArabicFamily } from './parse-ar'
import { unbornOutcome } from './parse-pregnancy'

const read = (text: string) => {
  const f = parseArabicFamily(text)
  return { heirs: Object.fromEntries(f.heirs.map((h) => [h.relation, h.count])), unborn: f.unborn, outcome: f.unbornOutcome, problems: f.problems }
}

describe('a pregnancy in an Arabic family', () => {
  test('the widow carries the deceased’s child, however her count is written', () => {
    assert.deepEqual(read('توفي عن أب وأم وزوجته حامل'), { heirs: { father: 1, mother: 1, wife: 1 }, unborn: 'son', outcome: undefined, problems: [] })
    assert.deepEqual(read('توفي عن أم، زوجة (العدد واحدة وهي حامل)، أخت شقيقة').heirs, { mother: 1, wife: 1, full_sister: 1 })
    assert.deepEqual(read('توفي عن أب، وزوجتان ـ إحداهما حامل ـ وابن').heirs, { father: 1, wife: 2, son: 1 })
    assert.deepEqual(read('توفي عن 2 ابن، 3 زوجة (منهن 1 حامل)').heirs, { son: 2, wife: 3 })
    assert.equal(read('توفي عن ابن وزوجة مع حملها').unborn, 'son')
    // («الحامل» with the article: it was not read, and the case refused)
    assert.deepEqual(read('توفي رجل وترك زوجته الحامل وأمه وبنتا'), { heirs: { wife: 1, mother: 1, daughter: 1 }, unborn: 'son', outcome: undefined, problems: [] })
  })
  test('the son’s widow carries a son’s child; the mother, beside the father, a full sibling', () => {
    assert.deepEqual(read('توفي عن أب، 6 بنات، حمل لزوجة ابن الميت'), { heirs: { father: 1, daughter: 6 }, unborn: 'sons_son', outcome: undefined, problems: [] })
    assert.equal(read('توفي عن أب وأم حامل').unborn, 'full_brother')
    assert.equal(read('توفيت عن زوج وأم (حامل بـ أخ لأم/أخت لأم)').unborn, 'maternal_brother')
  })
  test('a birth the family states makes the child an heir like any other', () => {
    const f = read('توفي عن والديه وزوجته حامل، وتبين أن الحمل بنت واحدة')
    assert.deepEqual([f.unborn, f.outcome, f.problems], ['son', 'female', []])
    assert.deepEqual(read('توفي عن زوجة وحمل وُلد ميتاً').heirs, { wife: 1 })
  })
  test('a pregnancy whose child’s place is not said, or two of them, is refused', () => {
    assert.match(read('توفي عن أم حامل وأخ شقيق').problems.join(), /حمل/)
    assert.match(read('توفي عن جد وحمل لزوجة أخ شقيق').problems.join(), /حمل/)
    assert.match(read('توفي عن بنت، حمل لزوجة ابن الميت 2').problems.join(), /حمل/)
  })
  test('what the unborn turned out to be, as a question states it', () => {
    assert.equal(unbornOutcome('إذا تبين أن الحمل ذكر وأنثى، فكم سهما يأخذ الحمل؟'), 'male_and_female')
    assert.equal(unbornOutcome('إذا ظهر أن الحمل أنثيان'), 'two_females')
    assert.equal(unbornOutcome('ما نصيب الأب إذا كان الحمل ذكراً؟'), 'male')
    assert.equal(unbornOutcome('إذا انفش الحمل أو ولد ميتا'), 'none')
    assert.equal(unbornOutcome('ما نصيب الزوجة؟'), undefined)
  })
})
