import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { splitQuestion } from './inheritance-answer'
import { pregnancyAnswer } from './inheritance-pregnancy'

/** The letter chosen for a question on a family with an unborn heir, in the Hanbali school. */
function choose(text: string, options: string[]): string {
  const q = splitQuestion(text)
  assert.ok(q?.family.unborn, text)
  const c = pregnancyAnswer(q, q.family.deceased ?? 'male', 'hanbali', options)
  return typeof c === 'number' ? 'ABCDEF'[c]! : c
}

// the six possibilities' bases 12, 24, 24, 48, 27, 72: al-jāmiʿa 432; father 64, mother 64, wife 48, held back 256
const FAMILY = 'توفي عن أب، وأم، وزوجة حامل، وأخوين شقيقين، وأخت شقيقة.'
const NUMBERS = ['48', '64', '256', '432', '8', '234']

describe('QIAS questions on an unborn heir', () => {
  test('the division before the birth: the total, the part held back, an heir’s least part', () => {
    assert.equal(choose(`${FAMILY} على كم سهما تقسم التركة قبل الولادة؟`, NUMBERS), 'D')
    assert.equal(choose(`${FAMILY} كم سهما يوقف للحمل؟`, NUMBERS), 'C')
    assert.equal(choose(`${FAMILY} كم عدد أسهم الزوجة قبل ولادة الحمل؟`, NUMBERS), 'A')
    assert.equal(choose(`${FAMILY} ما نصيب الزوجة فرضا؟`, ['الربع', 'الثمن', 'السدس', 'النصف', 'الثلث', 'لا شيء']), 'B')
  })
  test('once the birth is known: the newborn’s part and what is added to an heir, in the same shares', () => {
    assert.equal(choose(`${FAMILY} إذا تبين أن الحمل ذكر، كم عدد الأسهم التي يأخذها الحمل؟`, NUMBERS), 'F')
    // the father's sixth, 72 of 432, against the 64 he was given
    assert.equal(choose(`${FAMILY} إذا تبين أن الحمل ذكر، كم عدد الأسهم التي تضاف إلى نصيب الأب؟`, NUMBERS), 'E')
  })
})
