import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { Fraction } from './fraction'
import { distributeWithMissing } from './missing'

const table = (p: ReturnType<typeof distributeWithMissing>) => Object.fromEntries(p.heirs.map((h) => [h.relation, Number(h.sihaam)]))

describe('the division while an heir is missing (al-mafqūd)', () => {
  test('a missing wife: each present heir takes the least of its parts with and without her, counted in the common base', () => {
    // alive: wife 1/4, mother 1/6, a full brother and three full sisters the rest (base 12 → 60); without her: base 6
    const p = distributeWithMissing(
      {
        deceased: 'male',
        school: 'hanbali',
        heirs: [
          { relation: 'full_brother', count: 1 },
          { relation: 'mother', count: 1 },
          { relation: 'wife', count: 1 },
          { relation: 'full_sister', count: 3 },
        ],
      },
      { relation: 'wife', count: 1 },
    )
    assert.equal(p.base, 60n)
    assert.deepEqual(table(p), { full_brother: 14, mother: 10, full_sister: 21 })
    // held: her 15 shares if she is alive, and the 15 the others would gain without her
    assert.equal(p.reservedSihaam, 15n)
    assert.equal(p.missingSihaam, 15n)
    // judged dead, her reserve goes to the brother (20 − 14 = 6) and each sister (10 − 7 = 3)
    assert.equal(
      p.dead.heirs
        .find((h) => h.relation === 'full_brother')!
        .share.mul(Fraction.of(60))
        .toString(),
      '20',
    )
  })
  test('two missing of five paternal brothers beside a daughter: the three present are counted as one of five', () => {
    const p = distributeWithMissing(
      {
        deceased: 'male',
        school: 'hanbali',
        heirs: [
          { relation: 'paternal_brother', count: 5 },
          { relation: 'daughter', count: 1 },
        ],
      },
      { relation: 'paternal_brother', count: 2 },
    )
    const brothers = p.heirs.find((h) => h.relation === 'paternal_brother')!
    assert.equal(brothers.count, 3)
    assert.equal(brothers.share.toString(), '3/10')
    assert.equal(p.heirs.find((h) => h.relation === 'daughter')!.share.toString(), '1/2')
    assert.equal(p.reserved.toString(), '1/5')
  })
  test('a missing heir who would exclude another: the other takes nothing until it is known', () => {
    // a missing son excludes the full brother: the brother receives nothing now, the daughter her least (1/3 beside him)
    const p = distributeWithMissing(
      {
        deceased: 'male',
        school: 'hanbali',
        heirs: [
          { relation: 'son', count: 1 },
          { relation: 'daughter', count: 1 },
          { relation: 'full_brother', count: 1 },
        ],
      },
      { relation: 'son', count: 1 },
    )
    assert.equal(p.heirs.find((h) => h.relation === 'full_brother')!.share.toString(), '0')
    assert.equal(p.heirs.find((h) => h.relation === 'daughter')!.share.toString(), '1/3')
    assert.equal(p.reserved.toString(), '2/3')
  })
  test('what goes to the treasury either way is not held', () => {
    // a wife and a missing cousin: alive he takes the rest; without him the rest goes to the treasury (no return to a spouse)
    const p = distributeWithMissing(
      {
        deceased: 'male',
        school: 'hanbali',
        heirs: [
          { relation: 'wife', count: 1 },
          { relation: 'full_uncles_son', count: 1 },
        ],
      },
      { relation: 'full_uncles_son', count: 1 },
    )
    assert.equal(p.heirs.find((h) => h.relation === 'wife')!.share.toString(), '1/4')
    assert.equal(p.reserved.toString(), '3/4')
    assert.equal(p.treasury.toString(), '0')
  })
})
