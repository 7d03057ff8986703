import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { numberAt } from './arabic-numbers'
import { arabicWordsOf } from './arabic-text'

const value = (text: string) => numberAt(arabicWordsOf(text), 0)?.value

describe('Arabic numbers', () => {
  test('units, teens, tens and hundreds in either gender and case', () => {
    assert.equal(value('ثلاث'), 3)
    assert.equal(value('اثنا عشر'), 12)
    // (the feminine twelve in the genitive: it was no number, and «عشرة» alone was read)
    assert.equal(value('اثنتي عشرة'), 12)
    assert.equal(value('أربعة وعشرين'), 24)
    assert.equal(value('مائة وعشرون'), 120)
    assert.equal(value('سبعمائة'), 700)
    assert.equal(value('تسعمائة وستين'), 960)
    // the hundreds in two words
    assert.equal(value('خمس مائة وثلاث وثمانون'), 583)
    assert.equal(value('ألفان وخمس مائة'), 2500)
    assert.equal(value('ثلاثة أبناء'), 3)
  })
  test('thousands and millions, with what follows them', () => {
    assert.equal(value('أربعة وعشرين ألفاً'), 24000)
    assert.equal(value('ثلاثة آلاف جنيه'), 3000)
    assert.equal(value('ألفين'), 2000)
    assert.equal(value('50 ألف دولار'), 50000)
    assert.equal(value('عشرين ألفا ومائة وستين سهما'), 20160)
    assert.equal(value('مليونا ومائتي ألف ريال'), 1200000)
    assert.equal(value('ألفين وثمانمائة وثمانين سهما'), 2880)
  })
})
