import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { answerQuestion } from './inheritance'

describe('QIAS questions answered from the parsed family', () => {
  test('a number the question does not state is answered only when the answer does not depend on it', () => {
    const fractions = ['النصف', 'الربع', 'الثمن', 'السدس', 'الثلث', 'لا شيء']
    // (the wife's eighth is the same whatever the number of sons)
    assert.equal(answerQuestion('توفي عن زوجة وأبناء. ما نصيب الزوجة؟', fractions, 'hanbali'), 2)
    // (the corrected base is not: 24 with three sons, 16 with two, 32 with four)
    const bases = ['8', '16', '24', '32']
    assert.equal(answerQuestion('توفي عن زوجة وأبناء. من كم سهما تصح المسألة؟', bases, 'hanbali'), 'beyond')
    assert.equal(answerQuestion('توفي عن زوجة وثلاثة أبناء. من كم سهما تصح المسألة؟', bases, 'hanbali'), 2)
  })
  test('children of no stated sex are read every way — all sons, all daughters, some of each — and answered only when all agree', () => {
    const fractions = ['النصف', 'الربع', 'الثمن', 'السدس', 'الثلث', 'لا شيء']
    // (the wife's eighth beside any children; the base is 16 with two sons, not with two daughters)
    assert.equal(answerQuestion('توفي عن أب وأم وزوجة وستة أطفال. ما نصيب الزوجة؟', fractions, 'hanbali'), 2)
    assert.equal(answerQuestion('توفي عن زوجة وطفلين. من كم سهما تصح المسألة؟', ['8', '16', '24', '32'], 'hanbali'), 'beyond')
  })
  test('a question asking of people named by a letter is not answered; a bequest’s beneficiaries are beyond the shares', () => {
    const options = ['النصف', 'الثلث', 'السدس', 'لا شيء', 'الربع', 'الكل']
    assert.equal(answerQuestion('توفيت (س) عن: ابنتها الوحيدة، أختها (ص). ما نصيب ابنة الأخت (س)؟', options, 'hanbali'), 'question')
    assert.equal(answerQuestion('الميت ترك زوجة وابنين، وأوصى لأحفاده بالثلث. ما نصيب الموصى لهم؟', options, 'hanbali'), 'beyond')
  })
  test('a kinsman whose line the family left unsaid is of the line the question asks him by, none of that line being listed', () => {
    const options = ['الثلث', 'السدس', 'لا شيء', 'الباقي تعصيبا للذكر مثل حظ الأنثيين', 'النصف', 'الربع']
    assert.equal(answerQuestion('توفي عن زوجة، وأختين شقيقتين، وأخ، وأخوات من الأب. ما نصيب الأخ من الأب والأخوات من الأب؟', options, 'hanbali'), 3)
  })
})
