import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { titleFrom } from './ask'

describe('conversation titles', () => {
  test('titles come from the first question', () => {
    assert.equal(titleFrom('  Le jeûne\n est-il valable ?  '), 'Le jeûne est-il valable ?')
    const long = titleFrom('Quelle est la règle concernant la zakat sur les bijoux en or portés par les femmes mariées ?')
    assert.ok(long.length <= 61 && long.endsWith('…'))
  })
})
