import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { schoolNamed } from './school-text'

describe('the school a question names', () => {
  test('named in Arabic, French or English, or by the method of the distant kindred', () => {
    assert.equal(schoolNamed('توفي عن زوج وجد وأخت شقيقة، على المذهب المالكي', 'ar'), 'maliki')
    assert.equal(schoolNamed('ما نصيب ابن البنت بطريقة القرابة؟', 'ar'), 'hanafi')
    assert.equal(schoolNamed('ما نصيب ابن البنت عند أهل التنزيل؟', 'ar'), undefined)
    assert.equal(schoolNamed('ما نصيب ابن البنت على مذهب أهل التنزيل؟', 'ar'), 'hanbali')
    assert.equal(schoolNamed('Un homme laisse sa femme et deux frères, selon le rite malékite', 'fr'), 'maliki')
    assert.equal(schoolNamed("According to the Shafi'i school, a man died leaving his wife", 'en'), 'shafii')
  })
  test('none, two schools compared, or a word that only contains a name: the default is followed', () => {
    assert.equal(schoolNamed('A man died leaving his wife', 'en'), undefined)
    assert.equal(schoolNamed('What do the Hanafi and Maliki schools say when a man dies leaving his grandfather?', 'en'), undefined)
    // («المالكين»: the owners)
    assert.equal(schoolNamed('توفي عن ابن، والدار للمالكين', 'ar'), undefined)
  })
})
