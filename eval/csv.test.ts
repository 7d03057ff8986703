import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseCsv } from './csv'
import { chooseOption, splitQuestion } from './inheritance-answer'
import { distribute } from '../src/rag/faraid/compute'

describe('QIAS CSV', () => {
  test('quoted fields keep their commas, doubled quotes and line breaks; the byte-order mark is dropped', () => {
    const rows = parseCsv('\uFEFFid,question,label\r\n1,"a, b\nc ""d""",A\n2,plain,B\n')
    assert.deepEqual(rows, [
      { id: '1', question: 'a, b\nc "d"', label: 'A' },
      { id: '2', question: 'plain', label: 'B' },
    ])
  })
})

describe('choosing the option', () => {
  const choose = (text: string, options: string[]) => {
    const q = splitQuestion(text)!
    return chooseOption(q, distribute({ deceased: q.family.deceased ?? 'male', heirs: q.family.heirs, school: 'hanbali' }), options)
  }
  test('a share named by its fraction', () => {
    const options = ['A) النصف', 'B) الثلث', 'C) السدس', 'D) الثمن', 'E) الربع', 'F) الثلثان']
    assert.equal(choose('توفيت عن ولدين ذكرين وزوج وأب وأم. ما هو نصيب الزوج؟', options), 4)
  })
  test('a number of shares out of a stated base', () => {
    const options = ['A) 3 أسهم', 'B) 6 أسهم', 'C) 9 أسهم', 'D) 12 سهماً', 'E) 18 سهماً', 'F) 36 سهماً']
    assert.equal(choose('توفيت عن زوج و 3 أبناء و 3 بنات. أصل التركة من ستة وثلاثين سهماً. كم عدد أسهم الزوج؟', options), 2)
  })
  test('who excludes', () => {
    const options = ['A) الزوجتان', 'B) البنات السبع', 'C) الأبناء الستة', 'D) بنات الابن الأربع', 'E) الأخ الشقيق', 'F) لا أحد حجبه']
    assert.equal(choose('توفي عن: زوجتان، وستة أبناء، وسبع بنات، وابن ابن، وأربع بنات ابن، وأخ شقيق. من الذي حجب ابن الابن في هذه التركة؟', options), 2)
  })
  test('no option says it: none is chosen', () => {
    assert.equal(choose('توفي عن زوجة وابن. ما نصيب الزوجة؟', ['A) النصف', 'B) الربع', 'C) الثلث', 'D) السدس', 'E) الثلثان', 'F) لا شيء']), 'no_option')
  })
})
