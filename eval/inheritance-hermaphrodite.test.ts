import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { answerQuestion } from './inheritance'

const letter = (text: string, options: string[]) => {
  const c = answerQuestion(text, options, 'hanbali')
  return typeof c === 'number' ? 'ABCDEF'[c] : c
}

// A son, a daughter and a child of unknown sex: with hope, each the least in 20 (son 8, daughter 4, he 5, 3 held);
// without, half of the two parts in 40 (son 18, daughter 9, he 13).
const FAMILY = 'توفي عن ابن وبنت وخنثى.'
const SHARES = ['4 أسهم', '5 أسهم', '8 أسهم', '9 أسهم', '13 سهما', '18 سهما']

describe('QIAS questions on a family with an heir of unknown sex', () => {
  test('the school’s division, with the hope of his sex becoming clear said in the question', () => {
    assert.equal(letter(`${FAMILY} إذا كان يرجى اتضاح حال الخنثى، فكم سهما للابن من عشرين سهما؟`, SHARES), 'C')
    assert.equal(letter(`${FAMILY} إذا كان يرجى اتضاح حال الخنثى، فكم سهما للخنثى؟`, SHARES), 'B')
    assert.equal(letter(`${FAMILY} إذا كان لا يرجى اتضاح حال الخنثى، فكم نصيب البنت من أربعين سهما؟`, SHARES), 'D')
    assert.equal(letter(`${FAMILY} إذا كان لا يرجى اتضاح حاله، فكم نصيب الخنثى؟`, SHARES), 'E')
  })
  test('unsaid, answered only when both ways agree; what is held for him is not his part', () => {
    // (the son takes 8 of 20 or 18 of 40: no one answer)
    assert.equal(letter(`${FAMILY} كم سهما للابن؟`, SHARES), 'family')
    assert.equal(letter(`${FAMILY} إذا كان يرجى اتضاح حاله، فكم سهما يوقف للخنثى؟`, SHARES), 'question')
  })
})
