import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { arabicFractions } from './arabic-fractions'
import { arabicWordsOf } from './arabic-text'

const said = (text: string) => arabicFractions(arabicWordsOf(text)).map((f) => f.value.toString())

describe('fractions written in Arabic words', () => {
  test('unit fractions with their article, conjunction or preposition', () => {
    assert.deepEqual(said('النصف'), ['1/2'])
    assert.deepEqual(said('السدس والباقي'), ['1/6'])
    assert.deepEqual(said('ترث بالثلث'), ['1/3'])
    assert.deepEqual(said('سدسًا'), ['1/6'])
    assert.deepEqual(said('الخمس'), ['1/5'])
    assert.deepEqual(said('السبع'), ['1/7'])
  })
  test('duals, but not the numbers they look like', () => {
    assert.deepEqual(said('الثلثان'), ['2/3'])
    assert.deepEqual(said('ثلثي التركة'), ['2/3'])
    assert.deepEqual(said('الخمسين'), ['2/5'])
    assert.deepEqual(said('خمسين سهما'), [])
    assert.deepEqual(said('التسعان'), ['2/9'])
    assert.deepEqual(said('تسعين سهما'), [])
    assert.deepEqual(said('السدس من السبعين ألف دينار'), ['1/6'])
    // a dual before a pronoun: «its two sixths»
    assert.deepEqual(said('سدساها'), ['1/3'])
    assert.deepEqual(said('له ثلثاه'), ['2/3'])
  })
  test('a number before a broken plural, and a fraction of a fraction', () => {
    assert.deepEqual(said('ثلاثة أرباع التركة'), ['3/4'])
    assert.deepEqual(said('الخمسة أسداس'), ['5/6'])
    assert.deepEqual(said('نصف السدس'), ['1/12'])
    assert.deepEqual(said('ثلث الباقي'), ['1/3'])
  })
})
