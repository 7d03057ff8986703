import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { answerQuestion } from './inheritance'

const letter = (text: string, options: string[]) => {
  const c = answerQuestion(text, options, 'hanbali')
  return typeof c === 'number' ? 'ABCDEF'[c] : c
}

// A missing wife beside a mother, a full brother and three full sisters: 60 shares with her, 6 without — each present
// heir takes the least (mother 10, brother 14, each sister 7), her 15 are held.
const FAMILY = 'توفي عن زوجة وأم وأخ شقيق وثلاث أخوات شقيقات، والزوجة مفقودة.'

describe('QIAS questions on a family with a missing heir', () => {
  test('the common base, each present heir’s shares now, and what is held for the missing one', () => {
    assert.equal(letter(`${FAMILY} على كم سهما تقسم التركة؟`, ['12', '24', '30', '60', '120', '6']), 'D')
    assert.equal(letter(`${FAMILY} كم سهما للأخ الشقيق من الأسهم غير الموقوفة؟`, ['7', '10', '14', '15', '20', '21']), 'C')
    assert.equal(letter(`${FAMILY} كم سهما لكل أخت شقيقة؟`, ['7', '10', '14', '15', '20', '21']), 'A')
    assert.equal(letter(`${FAMILY} كم سهما يوقف للزوجة المفقودة؟`, ['7', '10', '14', '15', '20', '21']), 'D')
    assert.equal(letter(`${FAMILY} ما نصيب الأم؟`, ['النصف', 'الثلث', 'السدس', 'الربع', 'الثمن']), 'C')
  })
  test('once she is judged dead, what each gains from the reserve; had she been present, her quarter', () => {
    const options = ['1', '2', '3', '6', '7', '14']
    assert.equal(letter(`${FAMILY} إذا حكم بموت الزوجة، فكم سهما إضافيا يأخذ الأخ الشقيق؟`, options), 'D')
    assert.equal(letter(`${FAMILY} إذا حكم بموت الزوجة، فكم سهما إضافيا تأخذ كل أخت شقيقة؟`, options), 'C')
    assert.equal(letter(`${FAMILY} ما نصيب الزوجة لو كانت حاضرة حية؟`, ['النصف', 'الثلث', 'السدس', 'الربع', 'الثمن']), 'D')
  })
  test('what is asked of the missing heir himself is not answered from the shares', () => {
    assert.equal(letter('توفي عن بنت وأخ شقيق وابن مفقود. ما نصيب الابن؟', ['النصف', 'الثلثان', 'لا شيء', 'الباقي']), 'question')
  })
})
