import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { promotedWording } from './inheritance-generations'

describe('a question on descendants moved up a generation', () => {
  test('each son-line chain is named as the generation it now stands in', () => {
    assert.equal(promotedWording('ما نصيب ابن ابن الابن؟', { 3: 1 }), 'ما نصيب ابن الابن؟')
    assert.equal(promotedWording('بنت الابن: السدس، ابن ابن الابن: الباقي', { 2: 1, 3: 1 }), 'البنت: السدس، ابن الابن: الباقي')
    assert.equal(promotedWording('كم سهما لبنت ابن الابن؟', { 3: 2 }), 'كم سهما لبنت؟')
  })
  test('chains that are not descendants through sons are left alone', () => {
    assert.equal(promotedWording('ما نصيب ابن ابن العم؟', { 3: 1 }), 'ما نصيب ابن ابن العم؟')
  })
})
