import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ANALYZER_VERSION } from '../text/analyze'
import { quranIndexVersion } from './index-quran'

describe("the stored Qur'an index's version", () => {
  test("changes with the analyser, so that new terms re-index the Qur'an at the next start", () => {
    assert.notEqual(quranIndexVersion(undefined, ANALYZER_VERSION + 1), quranIndexVersion(undefined, ANALYZER_VERSION))
  })

  test('changes with the embedder, and is the same for the same parts', () => {
    assert.notEqual(quranIndexVersion('local-lsi'), quranIndexVersion())
    assert.equal(quranIndexVersion('local-lsi'), quranIndexVersion('local-lsi'))
  })
})
