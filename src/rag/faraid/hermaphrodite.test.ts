import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { distributeWithHermaphrodite, type HermaphroditeLine, hermaphroditeMethod } from './hermaphrodite'
import type { Relation, School, Sex } from './relations'

interface Row {
  name: string
  deceased: Sex
  heirs: [Relation, number][]
  line: HermaphroditeLine
  hope: boolean
  school: School
  method: string
  base: number
  /** The listed heirs' sihaam, his own, and what waits. */
  sihaam: Partial<Record<Relation, number>>
  his: number
  reserved: number
}

// Ibn Qudāma's example (a son, a daughter and a child of unknown sex: 40 — 18, 9, 13) and the same family and a
// sibling's case in each school's manner.
const TABLE: Row[] = [
  {
    name: 'son, daughter, a child of unknown sex: half of the two parts',
    deceased: 'male',
    heirs: [
      ['son', 1],
      ['daughter', 1],
    ],
    line: 'son',
    hope: false,
    school: 'hanbali',
    method: 'average',
    base: 40,
    sihaam: { son: 18, daughter: 9 },
    his: 13,
    reserved: 0,
  },
  {
    name: 'the same while his sex may become clear: the least for each, 3 of 20 wait',
    deceased: 'male',
    heirs: [
      ['son', 1],
      ['daughter', 1],
    ],
    line: 'son',
    hope: true,
    school: 'hanbali',
    method: 'least',
    base: 20,
    sihaam: { son: 8, daughter: 4 },
    his: 5,
    reserved: 3,
  },
  {
    name: 'the same for al-Shāfiʿī, hope or not',
    deceased: 'male',
    heirs: [
      ['son', 1],
      ['daughter', 1],
    ],
    line: 'son',
    hope: false,
    school: 'shafii',
    method: 'least',
    base: 20,
    sihaam: { son: 8, daughter: 4 },
    his: 5,
    reserved: 3,
  },
  {
    name: 'the same for Mālik: half of the two parts',
    deceased: 'male',
    heirs: [
      ['son', 1],
      ['daughter', 1],
    ],
    line: 'son',
    hope: true,
    school: 'maliki',
    method: 'average',
    base: 40,
    sihaam: { son: 18, daughter: 9 },
    his: 13,
    reserved: 0,
  },
  {
    name: 'the same for Abū Ḥanīfa: a daughter, the worse for him',
    deceased: 'male',
    heirs: [
      ['son', 1],
      ['daughter', 1],
    ],
    line: 'son',
    hope: false,
    school: 'hanafi',
    method: 'worse_for_him',
    base: 4,
    sihaam: { son: 2, daughter: 1 },
    his: 1,
    reserved: 0,
  },
  // a husband, the mother and a full sibling of unknown sex: a brother takes the sixth left, a sister a half by ʿawl (6 → 8)
  {
    name: 'a sibling of unknown sex beside a husband and the mother: halves of 6 and of 8 in 48',
    deceased: 'female',
    heirs: [
      ['husband', 1],
      ['mother', 1],
    ],
    line: 'full_brother',
    hope: false,
    school: 'hanbali',
    method: 'average',
    base: 48,
    sihaam: { husband: 21, mother: 14 },
    his: 13,
    reserved: 0,
  },
  {
    name: 'the same for Abū Ḥanīfa: a brother, the worse for him',
    deceased: 'female',
    heirs: [
      ['husband', 1],
      ['mother', 1],
    ],
    line: 'full_brother',
    hope: false,
    school: 'hanafi',
    method: 'worse_for_him',
    base: 6,
    sihaam: { husband: 3, mother: 2 },
    his: 1,
    reserved: 0,
  },
  {
    name: 'the same for al-Shāfiʿī: each the least, 5 of 24 wait',
    deceased: 'female',
    heirs: [
      ['husband', 1],
      ['mother', 1],
    ],
    line: 'full_brother',
    hope: false,
    school: 'shafii',
    method: 'least',
    base: 24,
    sihaam: { husband: 9, mother: 6 },
    his: 4,
    reserved: 5,
  },
  // a maternal sibling takes a sixth either way: nothing depends on his sex
  {
    name: 'a maternal sibling of unknown sex: a sixth either way',
    deceased: 'male',
    heirs: [
      ['wife', 1],
      ['full_uncle', 1],
    ],
    line: 'maternal_brother',
    hope: true,
    school: 'hanbali',
    method: 'least',
    base: 12,
    sihaam: { wife: 3, full_uncle: 7 },
    his: 2,
    reserved: 0,
  },
]

describe('an heir of unknown sex (al-khunthā al-mushkil)', () => {
  for (const row of TABLE) {
    test(`${row.name} [${row.school}]`, () => {
      const d = distributeWithHermaphrodite({ deceased: row.deceased, heirs: row.heirs.map(([relation, count]) => ({ relation, count })), school: row.school }, row.line, row.hope)
      assert.equal(d.method, row.method)
      assert.equal(Number(d.base), row.base)
      assert.deepEqual(Object.fromEntries(d.heirs.map((h) => [h.relation, Number(h.sihaam)])), row.sihaam)
      assert.equal(Number(d.sihaam), row.his)
      assert.equal(Number(d.reservedSihaam), row.reserved)
      // every share is counted once: the heirs, he, the treasury and what waits make the estate
      const total = d.heirs.reduce((a, h) => a.add(h.share), d.share.add(d.treasury).add(d.reserved))
      assert.equal(total.toString(), '1')
    })
  }
  test('the method follows the school, and for Aḥmad whether his sex may still become clear', () => {
    assert.deepEqual(
      (['hanafi', 'maliki', 'shafii', 'hanbali'] as const).map((s) => [hermaphroditeMethod(s, true), hermaphroditeMethod(s, false)]),
      [
        ['worse_for_him', 'worse_for_him'],
        ['average', 'average'],
        ['least', 'least'],
        ['least', 'average'],
      ],
    )
  })
})
