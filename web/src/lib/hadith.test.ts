/// <reference types="node" />
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Source } from '../api/types'
import { choiceOptions, formatBytes, hadithArabic, hadithGrading, progressFraction, sourceChoices, validChoice } from './hadith'

const CHAIN = 'حدثنا عبد الله بن مسلمة عن مالك أن '
const MATN = 'إذا نسي فأكل وشرب فليتم صومه'

const source = (over: Partial<Source>): Source => ({
  n: 1,
  id: 'h1',
  origin: 'corpus',
  document_id: null,
  collection: 'bukhari',
  title: 'Sahih al-Bukhari',
  reference: 'Sahih al-Bukhari 1933',
  lang: 'fr',
  snippet: '',
  text: 'Si quelqu’un mange par oubli…',
  score: 1,
  hadith: { collection: 'bukhari', number: 1933, grades: [], chapter: 'Le jeûne', matn: MATN },
  arabic: { text: CHAIN + MATN, reference: 'صحيح البخاري 1933' },
  ...over,
})

describe('choosing the shared sources of a question', () => {
  test('each choice maps to the ask options', () => {
    assert.deepEqual(choiceOptions('all'), {})
    assert.deepEqual(choiceOptions('quran'), { kind: 'quran' })
    assert.deepEqual(choiceOptions('hadith'), { kind: 'hadith' })
    assert.deepEqual(choiceOptions('book:malik'), { kind: 'hadith', collection: 'malik' })
  })

  test('hadith choices appear once a book is installed, in the catalogue order; other collections are not books', () => {
    assert.deepEqual(sourceChoices(['quran']), ['all', 'quran'])
    assert.deepEqual(sourceChoices(['quran', 'malik', 'my-fiqh-books', 'bukhari']), ['all', 'quran', 'hadith', 'book:bukhari', 'book:malik'])
  })

  test('a remembered choice is kept while it still makes sense', () => {
    assert.equal(validChoice('quran', ['quran']), 'quran')
    assert.equal(validChoice('book:malik', null), 'book:malik', 'kept while the list loads')
    assert.equal(validChoice('book:malik', ['quran', 'malik']), 'book:malik')
    assert.equal(validChoice('book:malik', ['quran']), 'all', 'a removed book')
    assert.equal(validChoice('book:nowhere', null), 'all')
    assert.equal(validChoice('corpus', null), 'all')
    assert.equal(validChoice(null, null), 'all')
  })
})

describe('showing a hadith', () => {
  test('grades are the scholars’; al-Bukhari and Muslim without grades are held authentic as collections; others say nothing', () => {
    assert.deepEqual(hadithGrading({ collection: 'malik', number: 580, grades: [{ name: 'Al-Albani', grade: 'Sahih' }], chapter: null, matn: null }), {
      grades: [{ name: 'Al-Albani', grade: 'Sahih' }],
    })
    assert.equal(hadithGrading({ collection: 'bukhari', number: 1933, grades: [], chapter: null, matn: null }), 'sahih-collection')
    assert.equal(hadithGrading({ collection: 'muslim', number: 1, grades: [{ name: ' ', grade: '' }], chapter: null, matn: null }), 'sahih-collection')
    assert.equal(hadithGrading({ collection: 'abudawud', number: 1, grades: [], chapter: null, matn: null }), null)
  })

  test('the matn first, the full text with its chain beside it; an Arabic reader’s text is the Arabic', () => {
    assert.deepEqual(hadithArabic(source({})), { matn: MATN, full: CHAIN + MATN })
    assert.deepEqual(hadithArabic(source({ lang: 'ar', text: CHAIN + MATN, arabic: undefined })), { matn: MATN, full: CHAIN + MATN })
    const noMatn = source({ hadith: { collection: 'bukhari', number: 1933, grades: [], chapter: null, matn: null } })
    assert.deepEqual(hadithArabic(noMatn), { matn: CHAIN + MATN, full: null })
    assert.deepEqual(hadithArabic(source({ arabic: { text: MATN, reference: '' } })), { matn: MATN, full: null }, 'no chain to show')
    assert.equal(hadithArabic(source({ arabic: undefined, hadith: { collection: 'bukhari', number: 1, grades: [], chapter: null, matn: null } })), null)
  })
})

describe('the import’s progress', () => {
  test('bytes while downloading, units otherwise, unknown when there is nothing to count', () => {
    assert.equal(progressFraction({ book: 'bukhari', phase: 'downloading', edition: 'ara-bukhari', bytes: 250, total_bytes: 1000, done: 0, total: 3 }), 0.25)
    assert.equal(progressFraction({ book: 'bukhari', phase: 'downloading', edition: 'ara-bukhari', bytes: 250, done: 1, total: 4 }), 0.25)
    assert.equal(progressFraction({ book: 'bukhari', phase: 'indexing', done: 3000, total: 6000 }), 0.5)
    assert.equal(progressFraction({ book: 'bukhari', phase: 'installing', done: 0, total: 0 }), null)
  })

  test('sizes read as kB or MB in the reader’s locale', () => {
    assert.equal(formatBytes(2048, 'en'), '2 kB')
    assert.equal(formatBytes(12.5 * 1024 * 1024, 'en'), '12.5 MB')
  })
})
