import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, test } from 'node:test'
import { analyze } from '../text/analyze'
import { learnQuranAssociations, loadQuranAssociations, QURAN_ASSOCIATIONS_FILE, quranAssociationsHeader } from './quran-associations'

describe("associations learned from the shipped Qur'an", () => {
  test('the shipped table is exactly what learning from the shipped texts gives now (regenerate with npm run associations)', () => {
    const fresh = `${quranAssociationsHeader()}\n${learnQuranAssociations().serialise()}`
    assert.ok(fs.readFileSync(QURAN_ASSOCIATIONS_FILE, 'utf8') === fresh, 'src/rag/canon/quran-associations.tsv is stale: run npm run associations')
  })

  test('a question word reaches the other languages the verses use, and its Arabic synonyms through them', () => {
    const a = loadQuranAssociations()
    const reach = (word: string, lang: 'ar' | 'fr' | 'en', pivot = 0) =>
      new Set(
        a
          .expand(
            analyze(word, lang).map((term) => ({ term, weight: 1 })),
            lang,
            { pivot },
          )
          .map((x) => x.term),
      )
    assert.ok(reach('aumône', 'fr').has(analyze('charity', 'en')[0]!))
    assert.ok(reach('الزكاة', 'ar').has(analyze('zakah', 'en')[0]!))
    assert.ok(reach('fasting', 'en').has(analyze('jeûne', 'fr')[0]!))
    const viaPivot = reach('aumône', 'fr', 1)
    assert.ok(analyze('صدقة', 'ar').some((t) => viaPivot.has(t)))
  })
})
