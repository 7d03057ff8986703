import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Relation } from './relations'
import { distributeWithPregnancy, withOutcome } from './pregnancy'

const heirs = (spec: Partial<Record<Relation, number>>) => Object.entries(spec).map(([relation, count]) => ({ relation: relation as Relation, count: count! }))
const sihaam = (d: ReturnType<typeof distributeWithPregnancy>) => Object.fromEntries(d.heirs.map((h) => [h.relation, Number(h.sihaam)]))

describe('division before the birth of an unborn heir', () => {
  test('a pregnant widow beside the parents and siblings: the least of six possibilities, counted in 432', () => {
    // none 12, a son 24, a daughter 24, two sons 48, two daughters 27 (ʿawl), a son and a daughter 72
    const d = distributeWithPregnancy({ deceased: 'male', school: 'hanbali', heirs: heirs({ father: 1, mother: 1, wife: 1, full_brother: 2, full_sister: 1 }) }, 'son')
    assert.equal(d.base, 432n)
    assert.deepEqual(sihaam(d), { father: 64, mother: 64, wife: 48, full_brother: 0, full_sister: 0 })
    assert.equal(d.reservedSihaam, 256n)
    assert.equal(d.reserved.toString(), '16/27')
    const son = d.scenarios.find((s) => s.outcome === 'male')!.distribution
    assert.equal(
      son.heirs
        .find((h) => h.relation === 'son')!
        .share.mul(432)
        .toString(),
      '234',
    )
  })

  test('daughters present: each keeps the least of her part among more children, the siblings wait', () => {
    const d = distributeWithPregnancy({ deceased: 'male', school: 'hanbali', heirs: heirs({ mother: 1, wife: 1, daughter: 2, full_brother: 2, full_sister: 4 }) }, 'son')
    assert.equal(d.base, 2880n)
    assert.deepEqual(sihaam(d), { mother: 480, wife: 360, daughter: 680, full_brother: 0, full_sister: 0 })
    assert.equal(d.reservedSihaam, 1360n)
  })

  test('the Hanafi school reserves for one child only', () => {
    const d = distributeWithPregnancy({ deceased: 'male', school: 'hanafi', heirs: heirs({ wife: 1, son: 1 }) }, 'son')
    assert.deepEqual(
      d.scenarios.map((s) => s.outcome),
      ['none', 'male', 'female'],
    )
    // the son's least is half of the seven eighths (one more son)
    assert.equal(d.heirs.find((h) => h.relation === 'son')!.share.toString(), '7/16')
  })

  test('an outcome adds the child to its relation, a sister to the female one', () => {
    const c = { deceased: 'male' as const, school: 'hanbali' as const, heirs: heirs({ daughter: 1 }) }
    assert.deepEqual(withOutcome(c, 'son', 'male_and_female').heirs, heirs({ daughter: 2, son: 1 }))
    assert.deepEqual(withOutcome(c, 'sons_son', 'two_females').heirs, heirs({ daughter: 1, sons_daughter: 2 }))
  })
})
