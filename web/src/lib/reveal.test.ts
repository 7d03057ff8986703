/// <reference types="node" />
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { nextLength, Reveal } from './reveal'

describe('pacing a streamed answer on screen', () => {
  test('a burst is shown in a few steps, never more than about eight frames behind', () => {
    const steps: number[] = []
    for (let shown = 0; shown < 2000; steps.push(shown)) shown = nextLength(shown, 2000)
    assert.ok(steps.length >= 8 && steps.length <= 60, `${steps.length} steps`)
    assert.equal(steps.at(-1), 2000)
    assert.equal(nextLength(10, 10), 10)
    assert.equal(nextLength(0, 3), 3)
  })

  test('everything pushed is shown, then settled() resolves', async () => {
    const shown: string[] = []
    const r = new Reveal((s) => shown.push(s))
    for (const w of 'Le jeûne est prescrit aux croyants, comme à ceux d’avant eux. '.repeat(5).split(/(?<=\s)/)) r.push(w)
    await r.settled()
    assert.equal(shown.at(-1), 'Le jeûne est prescrit aux croyants, comme à ceux d’avant eux. '.repeat(5))
    assert.ok(shown.length >= 5, `${shown.length} frames`)
    assert.ok(
      shown.every((s, i) => i === 0 || s.length > shown[i - 1]!.length),
      'it only grows',
    )
  })
})
