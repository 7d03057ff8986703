/// <reference types="node" />
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { SseParser } from './sse'

describe('the event-stream parser the chat page reads answers with', () => {
  test('events split anywhere across chunks come out whole, in order', () => {
    const stream = 'event: sources\ndata: {"sources":[]}\n\n: heartbeat\n\nevent: token\ndata: {"text":"Le "}\n\nevent: token\r\ndata: {"text":"jeûne"}\r\n\r\nevent: done\ndata: {"message":{}}\n\n'
    for (const size of [1, 2, 3, 7, 1000]) {
      const p = new SseParser()
      const got = []
      for (let i = 0; i < stream.length; i += size) got.push(...p.feed(stream.slice(i, i + size)))
      assert.deepEqual(
        got.map((e) => e.event),
        ['sources', 'token', 'token', 'done'],
        `chunks of ${size}`,
      )
      assert.equal(got[2]!.data, '{"text":"jeûne"}')
    }
  })

  test('multi-line data is joined with newlines; an unnamed event is a message; comments are skipped', () => {
    const p = new SseParser()
    assert.deepEqual(p.feed(': hi\ndata: a\ndata:b\n\n'), [{ event: 'message', data: 'a\nb' }])
  })

  test('an event without its closing blank line is held back', () => {
    const p = new SseParser()
    assert.deepEqual(p.feed('event: token\ndata: {"text":"x"}\n'), [])
    assert.deepEqual(p.feed('\n'), [{ event: 'token', data: '{"text":"x"}' }])
  })
})
