import assert from 'node:assert/strict'
import { test } from 'node:test'
import { versesOfPassages, verseWindows } from './corpus'

test('QQA23 passages cut into their verses, a verse shared by two passages indexed once and mapped to both', () => {
  const { verses, passagesOf } = versesOfPassages([
    ['1:1-2', 'بسم الله الرحمن الرحيم. الحمد لله رب العالمين.'],
    ['1:2-3', 'الحمد لله رب العالمين. الرحمن الرحيم.'],
    ['1:4-5', 'one sentence for two verses'],
  ])
  assert.deepEqual(
    verses.map(([k]) => k),
    ['1:1-1', '1:2-2', '1:3-3', '1:4-5'],
  )
  assert.deepEqual(passagesOf.get('1:2-2'), ['1:1-2', '1:2-3'])
  assert.deepEqual(passagesOf.get('1:4-5'), ['1:4-5'])
})

test('a verse window holds the verse and its neighbours of the same surah, under the verse key', () => {
  const windows = verseWindows(
    [
      ['1:1-1', 'a.'],
      ['1:2-2', 'b.'],
      ['1:3-3', 'c.'],
      ['2:1-1', 'd.'],
    ],
    1,
  )
  assert.deepEqual(windows, [
    ['1:1-1', 'a. b.'],
    ['1:2-2', 'a. b. c.'],
    ['1:3-3', 'b. c.'],
    ['2:1-1', 'd.'],
  ])
})
