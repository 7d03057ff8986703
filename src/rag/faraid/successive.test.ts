import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { distributeSuccessive, laterDeathProblems } from './successive'

const sihaam = (r: ReturnType<typeof distributeSuccessive>) => Object.fromEntries(r.heirs.map((h) => [h.via ? `${h.via}>${h.relation}` : h.relation, Number(h.sihaam)]))

describe('heirs who die before the division (al-munāsakhāt)', () => {
  test('a son dies leaving his mother, brother and sister, who are the first heirs: one table of 360', () => {
    // first: wife 5, each son 14, daughter 7 of 40; the son's 14: mother 3, brother 10, sister 5 of 18
    const r = distributeSuccessive(
      {
        deceased: 'male',
        school: 'hanbali',
        heirs: [
          { relation: 'wife', count: 1 },
          { relation: 'son', count: 2 },
          { relation: 'daughter', count: 1 },
        ],
      },
      [
        {
          of: 'son',
          heirs: [
            { relation: 'mother', count: 1, sameAs: 'wife' },
            { relation: 'full_brother', count: 1, sameAs: 'son' },
            { relation: 'full_sister', count: 1, sameAs: 'daughter' },
          ],
        },
      ],
    )
    assert.equal(r.base, 360n)
    assert.deepEqual(sihaam(r), { wife: 66, son: 196, daughter: 98 })
    assert.equal(r.later[0]!.share.toString(), '7/20')
    assert.equal(r.later[0]!.distribution.baseFinal, 18n)
  })
  test('heirs of the later deceased who are not the first one’s are lines of their own, through him', () => {
    // a woman leaves her husband and two full brothers (1/2, 1/4 each); the husband dies leaving a wife and a son
    const r = distributeSuccessive(
      {
        deceased: 'female',
        school: 'hanbali',
        heirs: [
          { relation: 'husband', count: 1 },
          { relation: 'full_brother', count: 2 },
        ],
      },
      [
        {
          of: 'husband',
          heirs: [
            { relation: 'wife', count: 1 },
            { relation: 'son', count: 1 },
          ],
        },
      ],
    )
    assert.equal(r.base, 16n)
    assert.deepEqual(sihaam(r), { full_brother: 8, 'husband>wife': 1, 'husband>son': 7 })
    const total = r.heirs.reduce((a, h) => a + h.sihaam, 0n)
    assert.equal(total, r.base)
  })
  test('two of one group dying later are two cases, their heirs apart', () => {
    const r = distributeSuccessive({ deceased: 'male', school: 'hanbali', heirs: [{ relation: 'son', count: 3 }] }, [
      {
        of: 'son',
        heirs: [
          { relation: 'wife', count: 1 },
          { relation: 'full_brother', count: 1, sameAs: 'son' },
        ],
      },
      {
        of: 'son',
        heirs: [
          { relation: 'daughter', count: 1 },
          { relation: 'full_brother', count: 1, sameAs: 'son' },
        ],
      },
    ])
    // each son 1/3; the first dead: wife 1/4, brother 3/4; the second: daughter 1/2, brother 1/2
    assert.deepEqual(sihaam(r), { son: 9, 'son>wife': 1, 'son>daughter': 2 })
    assert.equal(r.base, 12n)
  })
  test('what cannot be: a later death of someone not an heir or who inherits nothing, same_as that does not match', () => {
    const c = {
      deceased: 'male' as const,
      school: 'hanbali' as const,
      heirs: [
        { relation: 'son' as const, count: 1 },
        { relation: 'full_brother' as const, count: 1 },
      ],
    }
    assert.match(laterDeathProblems(c, [{ of: 'daughter', heirs: [{ relation: 'son', count: 1 }] }]).join(), /not among the heirs/)
    assert.match(laterDeathProblems(c, [{ of: 'full_brother', heirs: [{ relation: 'son', count: 1 }] }]).join(), /inherits nothing/)
    assert.match(laterDeathProblems(c, [{ of: 'son', heirs: [{ relation: 'husband', count: 1 }] }]).join(), /leaves no husband/)
    const wife = {
      ...c,
      heirs: [
        { relation: 'wife' as const, count: 1 },
        { relation: 'son' as const, count: 2 },
      ],
    }
    assert.match(laterDeathProblems(wife, [{ of: 'son', heirs: [{ relation: 'full_brother', count: 2, sameAs: 'son' }] }]).join(), /living «son» are 1/)
    assert.match(laterDeathProblems(wife, [{ of: 'son', heirs: [{ relation: 'full_sister', count: 1, sameAs: 'son' }] }]).join(), /cannot be the same/)
    assert.deepEqual(
      laterDeathProblems(wife, [
        {
          of: 'son',
          heirs: [
            { relation: 'mother', count: 1, sameAs: 'wife' },
            { relation: 'full_brother', count: 1, sameAs: 'son' },
          ],
        },
      ]),
      [],
    )
  })
})
