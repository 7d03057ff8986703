/// <reference types="node" />
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { citedNumbers, parseAnswer, parseInlines } from './answer-format'

describe('answer text as blocks with citations', () => {
  test('the offline answer: intro, numbered quotes each with its [n], closing note', () => {
    const blocks = parseAnswer('Voici ce que disent les sources :\n\n1. « O les croyants! » [1] (Coran 2:183)\n2. « Les Musulmans » [2] (Coran 33:35)\n\nRéponse extractive.')
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['p', 'ol', 'p'],
    )
    const list = blocks[1]!
    assert.ok(list.kind === 'ol')
    assert.equal(list.items.length, 2)
    assert.deepEqual(
      list.items[0]!.filter((i) => i.kind === 'cite'),
      [{ kind: 'cite', n: 1 }],
    )
  })

  test('grouped and repeated citations, bold and Arabic commas', () => {
    assert.deepEqual(parseInlines('**Oui** [1, 2][3] et [4،5].'), [
      { kind: 'strong', text: 'Oui' },
      { kind: 'text', text: ' ' },
      { kind: 'cite', n: 1 },
      { kind: 'cite', n: 2 },
      { kind: 'cite', n: 3 },
      { kind: 'text', text: ' et ' },
      { kind: 'cite', n: 4 },
      { kind: 'cite', n: 5 },
      { kind: 'text', text: '.' },
    ])
  })

  test('markup is kept as text, never as HTML', () => {
    const [p] = parseAnswer('<img src=x onerror=alert(1)> [1]')
    assert.ok(p?.kind === 'p')
    assert.deepEqual(p.inlines[0], { kind: 'text', text: '<img src=x onerror=alert(1)> ' })
  })

  test('headings, bullets and quotes; brackets that are not citations stay text', () => {
    const blocks = parseAnswer('## Avis\n- hanafite [1]\n- malikite [2]\n> cité [3]\nMais si [le tué] appartenait')
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['h', 'ul', 'quote', 'p'],
    )
    assert.deepEqual(citedNumbers('## Avis\n- a [2]\n- b [1] [2]'), [2, 1])
    assert.deepEqual(citedNumbers('Oui [1, 3] et [4،2].'), [1, 3, 4, 2], 'grouped citations count each number')
  })

  test('a half-streamed answer parses without losing text', () => {
    const [p] = parseAnswer('Le jeûne est prescrit [1')
    assert.ok(p?.kind === 'p')
    assert.deepEqual(p.inlines, [{ kind: 'text', text: 'Le jeûne est prescrit [1' }])
  })
})

describe('the language of a message', async () => {
  const { guessLang } = await import('./guess-lang')
  test('Arabic script, French and English text', () => {
    assert.equal(guessLang('ما كفارة اليمين؟ [1]'), 'ar')
    assert.equal(guessLang('Le jeûne est-il prescrit aux croyants ?'), 'fr')
    assert.equal(guessLang('Who may receive zakat?'), 'en')
    assert.equal(guessLang('Voici ce que disent les sources : « ما كفارة » [1]'), 'fr')
  })
})
