import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { asksWho, PERSON_MARK, personMarks } from './answer-type'

describe('question type: who', () => {
  const who: Array<[string, 'fr' | 'en' | 'ar']> = [
    ['Who is entitled to receive zakat?', 'en'],
    ['To whom should alms be given?', 'en'],
    ['À qui doit-on donner la zakat ?', 'fr'],
    ['Qui peut rompre le jeûne ?', 'fr'],
    ['من هم مستحقو الزكاة؟', 'ar'],
    ['لمن تعطى الصدقة؟', 'ar'],
  ]
  for (const [q, lang] of who) test(`asks who: ${q}`, () => assert.ok(asksWho(q, lang)))

  const not: Array<[string, 'fr' | 'en' | 'ar']> = [
    ['What invalidates the fast?', 'en'],
    ['Quelles sont les personnes qui doivent jeûner ?', 'fr'],
    ['ما هي مبطلات الصوم؟', 'ar'],
  ]
  for (const [q, lang] of not) test(`does not ask who: ${q}`, () => assert.ok(!asksWho(q, lang)))
})

describe('answer-type field: groups of people named', () => {
  test('a sound masculine plural with the article or the lam of benefit is marked, once per word', () => {
    assert.deepEqual(personMarks('إنما الصدقات للفقراء والمساكين والعاملين عليها'), [PERSON_MARK, PERSON_MARK])
  })

  test('relative pronouns and words without the article are not', () => {
    assert.deepEqual(personMarks('الذين يؤمنون بالغيب ويقيمون الصلاة'), [])
  })
})
