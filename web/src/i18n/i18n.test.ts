/// <reference types="node" />
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ar } from './ar'
import { en } from './en'
import { fr } from './fr'

/** Every key path with the kind of its value (and a function's arity). */
function shape(o: unknown, at = ''): string[] {
  if (typeof o === 'function') return [`${at}:fn${o.length}`]
  if (Array.isArray(o)) return [`${at}:array${o.length}`]
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => shape(v, `${at}.${k}`))
  return [`${at}:${typeof o}`]
}

describe('the interface languages', () => {
  test('English and Arabic have every French key, with the same parameters', () => {
    assert.deepEqual(shape(en), shape(fr))
    assert.deepEqual(shape(ar), shape(fr))
  })

  test('no text is left empty, and the Arabic pages are not French', () => {
    const leaves = (o: unknown): string[] =>
      typeof o === 'function' ? [String(o(2, 3))] : Array.isArray(o) ? o.map(String) : o && typeof o === 'object' ? Object.values(o).flatMap(leaves) : [String(o)]
    for (const d of [fr, en, ar])
      assert.deepEqual(
        leaves(d).filter((s) => s.trim() === ''),
        [],
      )
    const french = new Set(leaves(fr))
    assert.deepEqual(
      leaves(ar).filter((s) => french.has(s) && /[a-zé]{4}/i.test(s)),
      [],
    )
  })

  test('Arabic reads right to left, the others left to right', () => {
    assert.equal(ar.dir, 'rtl')
    assert.equal(fr.dir, 'ltr')
    assert.equal(en.dir, 'ltr')
  })

  test('Arabic counts passages with the dual and the plural', () => {
    assert.match(ar.docs.ready(null, 1), /مقطع واحد/)
    assert.match(ar.docs.ready(null, 2), /مقطعان/)
    assert.match(ar.docs.ready(null, 5), /5 مقاطع/)
    assert.match(ar.docs.ready(3, 40), /40 مقطعًا/)
    assert.match(fr.docs.ready(2, 1), /2 p\. · 1 passage$/)
  })
})
