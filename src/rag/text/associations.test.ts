import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { learnAssociations, parseAssociations } from './associations'

// The textbook case for IBM Model 1: "maison" co-occurs with both "the" and "house"; EM gives it to "house"
// because "the" is better explained by "la", which co-occurs with it everywhere.
const units = [
  { fr: ['la', 'maison'], en: ['the', 'house'] },
  { fr: ['la', 'fleur'], en: ['the', 'flower'] },
  { fr: ['la', 'maison', 'bleue'], en: ['the', 'blue', 'house'] },
  { fr: ['une', 'fleur'], en: ['a', 'flower'] },
]

describe('learned associations', () => {
  const a = learnAssociations(units, { minProbability: 0.01, perTerm: 5 })
  const weight = (term: string, from: 'fr' | 'en', target: string) => a.expand([{ term, weight: 1 }], from).find((x) => x.term === target)?.weight ?? 0

  test('EM gives a word to the translation that explains it, not to a frequent companion', () => {
    assert.ok(weight('maison', 'fr', 'house') > 2 * weight('maison', 'fr', 'the'))
    assert.ok(weight('fleur', 'fr', 'flower') > weight('fleur', 'fr', 'the'))
    assert.ok(weight('house', 'en', 'maison') > weight('house', 'en', 'la'))
  })

  test('an expansion weighs its source term and never repeats a term the question has', () => {
    const half = a.expand([{ term: 'maison', weight: 0.5 }], 'fr').find((x) => x.term === 'house')!.weight
    assert.ok(Math.abs(half - weight('maison', 'fr', 'house') / 2) < 1e-9)
    assert.ok(
      !a
        .expand(
          [
            { term: 'maison', weight: 1 },
            { term: 'house', weight: 1 },
          ],
          'fr',
        )
        .some((x) => x.term === 'house'),
    )
  })

  test('through another language and back, a word reaches its own synonyms only when a pivot is asked for', () => {
    const pivoting = learnAssociations([...units, { fr: ['demeure'], en: ['house'] }], { minProbability: 0.01, perTerm: 5 })
    const via = (pivot: number) => pivoting.expand([{ term: 'demeure', weight: 1 }], 'fr', { pivot }).find((x) => x.term === 'maison')?.weight ?? 0
    assert.equal(via(0), 0)
    assert.ok(via(1) > 0)
  })

  test('the serialised table reads back to the same expansions', () => {
    const back = parseAssociations(a.serialise())
    assert.equal(back.pairs, a.pairs)
    const round = (x: { term: string; weight: number }[]) => x.map((e) => `${e.term}:${e.weight.toFixed(3)}`).sort()
    assert.deepEqual(round(back.expand([{ term: 'maison', weight: 1 }], 'fr')), round(a.expand([{ term: 'maison', weight: 1 }], 'fr')))
    assert.throws(() => parseAssociations('fr>en\tmaison'), /malformed/)
  })
})
