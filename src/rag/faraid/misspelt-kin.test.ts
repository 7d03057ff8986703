import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { misspeltKin, oneEditApart } from './misspelt-kin'

describe('misspelt kinship words', () => {
  test('one edit apart: a letter added, dropped, changed or two swapped', () => {
    assert.ok(oneEditApart('husbnd', 'husband'))
    assert.ok(oneEditApart('mrai', 'mari'))
    assert.ok(oneEditApart('wfie', 'wife'))
    assert.ok(oneEditApart('mothr', 'mother'))
    assert.ok(!oneEditApart('husband', 'husband'))
    assert.ok(!oneEditApart('brothr', 'mother'))
  })
  test('left-over words near a kinship noun are reported; the nouns themselves and everyday words are not', () => {
    assert.deepEqual(misspeltKin('a woman died leaving her husbnd and a   ', 'en'), ['husbnd'])
    assert.deepEqual(misspeltKin('leaving his daugter and      ', 'en'), ['daugter'])
    assert.deepEqual(misspeltKin('his other wife is rather sad', 'en'), [])
    assert.deepEqual(misspeltKin('laisse son mrai et son fils', 'fr'), ['mrai'])
    assert.deepEqual(misspeltKin('mais aussi de meme', 'fr'), [])
    // (words of the shipped translations are words: « cœurs » is one letter from « sœurs », "lives" from "wives")
    assert.deepEqual(misspeltKin('le coeur lourd', 'fr'), [])
    assert.deepEqual(misspeltKin('our lives changed', 'en'), [])
    // (a plural misspelt: "wifes" is no plural of "wife")
    assert.deepEqual(misspeltKin('leaving 2 wifes and', 'en'), ['wifes'])
  })
})
