import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { arabicRoot, foldForRoot } from './arabic-root'
import { arabicRootTerms, ROOT_MARK } from './analyze'

const root = (word: string) => arabicRoot(foldForRoot(word))

describe('Arabic root extraction (pattern and affix based, no dictionary)', () => {
  const families: Array<[string, string[]]> = [
    ['كتب', ['كتب', 'الكتاب', 'مكتوب', 'يكتبون', 'الكاتبون', 'كاتب']],
    ['فقر', ['فقراء', 'الفقير', 'للفقراء']],
    ['سكن', ['مسكين', 'المساكين']],
    ['صوم', ['الصوم', 'الصيام', 'صام']],
    ['صلو', ['الصلاة', 'صلاة']],
    ['غفر', ['استغفر', 'المستغفرين']],
    ['سفر', ['السفر', 'المسافر', 'مسافرين']],
    ['بطل', ['باطل', 'يبطل', 'مبطلات']],
    ['حقق', ['الحق', 'حقوق', 'مستحق']],
  ]
  for (const [expected, words] of families) {
    test(`${words.join('، ')} → ${expected}`, () => {
      for (const w of words) assert.equal(root(w), expected, w)
    })
  }

  test('the feminine ending is never taken for a radical, a final ه is kept', () => {
    assert.equal(root('رقبة'), root('الرقاب'))
    assert.equal(root('فقه'), 'فقه')
  })

  test('a particle too short to hold a root gives none', () => {
    assert.equal(arabicRoot('في'), null)
  })
})

describe('the root field of analysis', () => {
  test('each kept Arabic word gives its light stem and its marked root; stop words and Latin words give none', () => {
    const terms = arabicRootTerms('إنما الصدقات للفقراء والمساكين and the poor')
    assert.deepEqual(
      terms.map((t) => t.root),
      [`${ROOT_MARK}صدق`, `${ROOT_MARK}فقر`, `${ROOT_MARK}سكن`],
    )
  })

  test('question words are left out of a query', () => {
    assert.deepEqual(
      arabicRootTerms('ما هي مبطلات الصوم؟', { query: true }).map((t) => t.root),
      [`${ROOT_MARK}بطل`, `${ROOT_MARK}صوم`],
    )
  })
})
