/// <reference types="node" />
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { answerEvent } from './answer-events'

describe('the answer stream read as the contract’s events', () => {
  test('each event the contract names comes out tagged, its data parsed', () => {
    assert.deepEqual(answerEvent({ event: 'token', data: '{"text":"Le "}' }), { event: 'token', data: { text: 'Le ' } })
    assert.deepEqual(answerEvent({ event: 'sources', data: '{"sources":[]}' }), { event: 'sources', data: { sources: [] } })
    const failed = answerEvent({ event: 'error', data: '{"code":"answer_failed","message":"x","request_id":"r1"}' })
    assert.equal(failed?.event, 'error')
    if (failed?.event === 'error') assert.equal(failed.data.request_id, 'r1')
  })

  test('a name the contract does not know is skipped, even one every object inherits', () => {
    for (const event of ['message', 'ping', 'toString', 'constructor', '__proto__']) assert.equal(answerEvent({ event, data: '{}' }), null, event)
  })
})
