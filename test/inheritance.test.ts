import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { RELATIONS } from '../src/contract/inheritance'
import { loadQuranUnits } from '../src/rag/canon/quran'
import { ar } from '../web/src/i18n/ar'
import { en } from '../web/src/i18n/en'
import { fr } from '../web/src/i18n/fr'
import { startTestApp, type TestApp } from './helpers/app'

interface Heir {
  relation: string
  count: number
  status: string
  fard?: string
  share: string
  sihaam: number
  excluded_by?: string[]
  amount?: number
  basis: { kind: string; reference: string; text?: string; status: string }[]
}

const verseText = (s: number, a: number, lang: string) =>
  loadQuranUnits()
    .find((u) => u.sourceKey === `${s}:${a}`)!
    .texts.find((t) => t.lang === lang)!.text

describe('POST /api/v1/inheritance', () => {
  let t: TestApp
  let token: string
  before(async () => {
    t = await startTestApp()
    token = (await t.newUser(undefined, 'amber heron valley 58')).access
  })
  after(() => t.close())

  const compute = async (body: unknown, status = 200) => {
    const r = await t.request('POST', '/api/v1/inheritance', { token, body })
    assert.equal(r.status, status, r.text)
    return r.body
  }
  const heir = (body: { heirs: Heir[] }, relation: string) => body.heirs.find((h) => h.relation === relation)!

  test('a woman leaving her husband, mother and two full sisters: ʿawl of 6 to 8, each share with its verse quoted from the canon', async () => {
    const body = await compute({
      deceased: 'female',
      heirs: [
        { relation: 'husband', count: 1 },
        { relation: 'mother', count: 1 },
        { relation: 'full_sister', count: 2 },
      ],
      lang: 'fr',
    })
    assert.equal(body.base, 6)
    assert.equal(body.awl_base, 8)
    assert.deepEqual(
      body.heirs.map((h: Heir) => [h.relation, h.fard, h.share, h.sihaam]),
      [
        ['husband', '1/2', '3/8', 3],
        ['mother', '1/6', '1/8', 1],
        ['full_sister', '2/3', '1/2', 4],
      ],
    )
    const verse = heir(body, 'full_sister').basis.find((b) => b.kind === 'quran')!
    assert.equal(verse.reference, 'Coran 4:176')
    assert.equal(verse.status, 'verified')
    assert.equal(verse.text, verseText(4, 176, 'fr'))
  })

  test('excluded heirs name who excludes them; the hadith of the residue is cited, unverifiable while its book is not installed', async () => {
    const body = await compute({
      deceased: 'male',
      heirs: [
        { relation: 'wife', count: 1 },
        { relation: 'son', count: 4 },
        { relation: 'daughter', count: 3 },
        { relation: 'full_brother', count: 2 },
      ],
    })
    assert.deepEqual(heir(body, 'full_brother').excluded_by, ['son'])
    assert.equal(heir(body, 'full_brother').status, 'excluded')
    assert.deepEqual([heir(body, 'wife').sihaam, heir(body, 'son').sihaam, heir(body, 'daughter').sihaam, body.base_final], [11, 56, 21, 88])
    const hadith = heir(body, 'son').basis.find((b) => b.kind === 'hadith')!
    assert.deepEqual(hadith, { kind: 'hadith', reference: 'Sahih al-Bukhari 6732', status: 'unverifiable' })
  })

  test('the great-grandson takes along the son’s daughter two daughters had excluded (al-qarīb al-mubārak)', async () => {
    const body = await compute({
      deceased: 'male',
      heirs: [
        { relation: 'daughter', count: 2 },
        { relation: 'sons_daughter', count: 1 },
        { relation: 'sons_sons_son', count: 1 },
        { relation: 'sons_sons_daughter', count: 1 },
        { relation: 'full_brother', count: 1 },
      ],
    })
    assert.deepEqual(
      body.heirs.map((h: Heir) => [h.relation, h.share, h.sihaam]),
      [
        ['daughter', '2/3', 8],
        ['sons_daughter', '1/12', 1],
        ['sons_sons_son', '1/6', 2],
        ['sons_sons_daughter', '1/12', 1],
        ['full_brother', '0', 0],
      ],
    )
    assert.deepEqual([body.base, body.base_final], [3, 12])
    assert.deepEqual(heir(body, 'full_brother').excluded_by, ['sons_sons_son'])
  })

  test('a son who killed his father is listed as barred, inherits nothing and excludes no one; the hadith says why', async () => {
    const body = await compute({
      deceased: 'male',
      heirs: [
        { relation: 'wife', count: 1 },
        { relation: 'son', count: 1, barred: 'homicide' },
        { relation: 'full_brother', count: 1 },
      ],
      lang: 'fr',
    })
    assert.deepEqual(
      body.heirs.map((h: Heir & { barred?: string }) => [h.relation, h.status, h.barred, h.share]),
      [
        ['wife', 'heir', undefined, '1/4'],
        ['full_brother', 'heir', undefined, '3/4'],
        ['son', 'barred', 'homicide', '0'],
      ],
    )
    assert.deepEqual(heir(body, 'son').basis, [{ kind: 'hadith', reference: 'Sunan Ibn Majah 2645', status: 'unverifiable' }])
    assert.deepEqual(body.differences[0].schools, ['maliki'])
  })

  test('the school chosen decides al-mushtaraka, and the others’ view is stated in the reader’s language', async () => {
    const heirs = [
      { relation: 'husband', count: 1 },
      { relation: 'mother', count: 1 },
      { relation: 'maternal_brother', count: 2 },
      { relation: 'full_brother', count: 1 },
    ]
    const shafii = await compute({ deceased: 'female', heirs, school: 'shafii' })
    const hanbali = await compute({ deceased: 'female', heirs, lang: 'fr' })
    assert.equal(hanbali.school, 'hanbali')
    assert.equal(heir(shafii, 'full_brother').share, '1/9')
    assert.equal(heir(hanbali, 'full_brother').share, '0')
    assert.deepEqual(hanbali.differences[0].schools, ['maliki', 'shafii'])
    assert.equal(hanbali.differences[0].holds, 'les germains partagent le tiers des utérins, comptés comme utérins')
  })

  test('the estate: funeral and debts first, the bequest cut to a third, then the heirs’ amounts', async () => {
    const body = await compute({
      deceased: 'male',
      heirs: [
        { relation: 'wife', count: 1 },
        { relation: 'son', count: 1 },
      ],
      estate: { amount: 120_000, currency: 'EUR' },
      funeral_costs: 2_000,
      debts: 10_000,
      bequest: 50_000,
    })
    assert.deepEqual(body.estate, { amount: 120_000, currency: 'EUR', funeral_costs: 2_000, debts: 10_000, bequest: 36_000, bequest_capped: true, to_heirs: 72_000 })
    assert.equal(heir(body, 'wife').amount, 9_000)
    assert.equal(heir(body, 'son').amount, 63_000)
  })

  test('heirs who die before the division: each later case, and one combined table in al-jāmiʿa with amounts', async () => {
    const body = await compute({
      deceased: 'male',
      heirs: [
        { relation: 'wife', count: 1 },
        { relation: 'son', count: 2 },
        { relation: 'daughter', count: 1 },
      ],
      later_deaths: [
        {
          of: 'son',
          heirs: [
            { relation: 'mother', count: 1, same_as: 'wife' },
            { relation: 'full_brother', count: 1, same_as: 'son' },
            { relation: 'full_sister', count: 1, same_as: 'daughter' },
            { relation: 'wife', count: 1 },
          ],
        },
      ],
      estate: { amount: 36000, currency: 'EUR' },
      lang: 'fr',
    })
    // first: wife 5, each son 14, daughter 7 of 40; the son's 14: his mother 6, wife 9, brother 14, sister 7 of 36;
    // al-jāmiʿa 40 × 36 / 2 = 720
    const l = body.later_deaths[0]
    assert.deepEqual([l.of, l.deceased, l.share, l.base_final], ['son', 'male', '7/20', 36])
    assert.deepEqual(
      l.heirs.map((h: Heir & { same_as?: string }) => [h.relation, h.share, h.same_as ?? null]),
      [
        ['mother', '1/6', 'wife'],
        ['full_brother', '7/18', 'son'],
        ['full_sister', '7/36', 'daughter'],
        ['wife', '1/4', null],
      ],
    )
    assert.ok(l.heirs[0].basis.some((b: { reference: string; status: string }) => /4:11/.test(b.reference) && b.status === 'verified'))
    const c = body.combined
    assert.equal(c.base, 720)
    assert.deepEqual(
      c.heirs.map((h: { relation: string; via?: string; sihaam: number; amount: number }) => [h.relation, h.via ?? null, h.sihaam, h.amount]),
      [
        ['wife', null, 132, 6600],
        ['son', null, 350, 17500],
        ['daughter', null, 175, 8750],
        ['wife', 'son', 63, 3150],
      ],
    )
    assert.equal(c.heirs[3].via_label, 'fils')
    assert.equal(
      c.heirs.reduce((a: number, h: { sihaam: number }) => a + h.sihaam, 0),
      720,
    )
  })

  test('an unborn heir: each heir is given now the least of its shares, the rest held back until the birth', async () => {
    const body = await compute({
      deceased: 'male',
      heirs: [
        { relation: 'father', count: 1 },
        { relation: 'mother', count: 1 },
        { relation: 'wife', count: 1 },
        { relation: 'full_brother', count: 2 },
        { relation: 'full_sister', count: 1 },
      ],
      unborn: 'son',
      estate: { amount: 43200, currency: 'EUR' },
    })
    const p = body.pregnancy
    assert.equal(p.unborn, 'son')
    assert.equal(p.base, 432)
    assert.deepEqual(
      p.heirs.map((h: { relation: string; sihaam: number; amount: number }) => [h.relation, h.sihaam, h.amount]),
      [
        ['father', 64, 6400],
        ['mother', 64, 6400],
        ['wife', 48, 4800],
        ['full_brother', 0, 0],
        ['full_sister', 0, 0],
      ],
    )
    assert.deepEqual([p.reserved, p.reserved_sihaam, p.reserved_amount], ['16/27', 256, 25600])
    assert.deepEqual(
      p.outcomes.map((o: { outcome: string; base_final: number }) => [o.outcome, o.base_final]),
      [
        ['none', 12],
        ['male', 24],
        ['female', 24],
        ['two_males', 48],
        ['two_females', 27],
        ['male_and_female', 72],
      ],
    )
    // the top level is the family if no child is born alive
    assert.equal(heir(body, 'wife').share, '1/4')
  })

  test('missing heirs: each present heir is given now the least of its parts with and without them, the rest held', async () => {
    const body = await compute({
      deceased: 'male',
      heirs: [
        { relation: 'full_brother', count: 1 },
        { relation: 'mother', count: 1 },
        { relation: 'wife', count: 1 },
        { relation: 'full_sister', count: 3 },
      ],
      missing: { relation: 'wife', count: 1 },
      estate: { amount: 6000, currency: 'EUR' },
    })
    const m = body.missing
    assert.deepEqual([m.relation, m.count, m.base], ['wife', 1, 60])
    assert.deepEqual(
      m.heirs.map((h: { relation: string; sihaam: number; amount: number }) => [h.relation, h.sihaam, h.amount]),
      [
        ['full_brother', 14, 1400],
        ['mother', 10, 1000],
        ['full_sister', 21, 2100],
      ],
    )
    assert.deepEqual([m.reserved, m.reserved_sihaam, m.reserved_amount, m.missing_share, m.missing_sihaam], ['1/4', 15, 1500, '1/4', 15])
    assert.deepEqual(
      m.readings.map((r: { alive: boolean; base_final: number }) => [r.alive, r.base_final]),
      [
        [true, 60],
        [false, 6],
      ],
    )
    // the top level is the family with them alive
    assert.equal(heir(body, 'wife').share, '1/4')
  })

  test('an heir of unknown sex: the school divides for him (half of two parts without hope, the least with it), and the others’ view is said', async () => {
    const family = {
      deceased: 'male',
      heirs: [
        { relation: 'son', count: 1 },
        { relation: 'daughter', count: 1 },
      ],
      estate: { amount: 4000, currency: 'EUR' },
      lang: 'fr',
    }
    const adult = await compute({ ...family, hermaphrodite: { line: 'son', hope: false } })
    const h = adult.hermaphrodite
    assert.deepEqual([h.line, h.hope, h.method, h.base, h.sihaam, h.amount, h.reserved_sihaam], ['son', false, 'average', 40, 13, 1300, 0])
    assert.deepEqual(
      h.heirs.map((x: { relation: string; sihaam: number; amount: number }) => [x.relation, x.sihaam, x.amount]),
      [
        ['son', 18, 1800],
        ['daughter', 9, 900],
      ],
    )
    assert.deepEqual(
      h.readings.map((r: { as: string; base_final: number }) => [r.as, r.base_final]),
      [
        ['male', 5],
        ['female', 4],
      ],
    )
    // the top level is the family with him read as a male; the other schools' ways are said in the reader's language
    assert.equal(heir(adult, 'son').count, 2)
    assert.ok(adult.differences.some((x: { schools: string[]; holds: string }) => x.schools[0] === 'hanafi' && /moindre de ses deux parts/.test(x.holds)))
    const child = await compute({ ...family, hermaphrodite: { line: 'son' } })
    assert.deepEqual(
      [child.hermaphrodite.hope, child.hermaphrodite.method, child.hermaphrodite.base, child.hermaphrodite.sihaam, child.hermaphrodite.reserved_sihaam, child.hermaphrodite.reserved_amount],
      [true, 'least', 20, 5, 3, 600],
    )
    const hanafi = await compute({ ...family, hermaphrodite: { line: 'son' }, school: 'hanafi' })
    assert.deepEqual([hanafi.hermaphrodite.method, hanafi.hermaphrodite.base, hanafi.hermaphrodite.sihaam], ['worse_for_him', 4, 1])
  })

  test('impossible families and estates are refused with a 422 naming the problem', async () => {
    const cases: [unknown, RegExp][] = [
      [{ deceased: 'female', heirs: [{ relation: 'wife', count: 1 }] }, /a deceased woman leaves no wife/],
      [{ deceased: 'female', heirs: [{ relation: 'husband', count: 2 }] }, /husband: count must be a whole number from 1 to 1/],
      [{ deceased: 'male', heirs: [{ relation: 'wife', count: 5 }] }, /wife: count must be a whole number from 1 to 4/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 0 }] }, /son: count must be/],
      [{ deceased: 'male', heirs: [{ relation: 'cousin', count: 1 }] }, /unknown relation "cousin"/],
      [
        {
          deceased: 'male',
          heirs: [
            { relation: 'son', count: 1 },
            { relation: 'son', count: 1 },
          ],
        },
        /son is listed twice/,
      ],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], estate: { amount: 0, currency: 'EUR' } }, /more than zero/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], estate: { amount: -5, currency: 'EUR' } }, /estate/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], estate: { amount: 100, currency: 'EUR' }, debts: 100 }, /nothing is left to inherit/],
      [{ deceased: 'male', heirs: [] }, /at least one heir/],
      [{ deceased: 'female', heirs: [{ relation: 'husband', count: 1 }], unborn: 'son' }, /no unborn child of her own/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], missing: { relation: 'daughter', count: 1 } }, /missing: «daughter» is not among the heirs/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 2 }], missing: { relation: 'son', count: 3 } }, /missing: 3 of son, who are 2/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 2 }], missing: { relation: 'son', count: 0 } }, /missing/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], later_deaths: [{ of: 'daughter', heirs: [{ relation: 'son', count: 1 }] }] }, /«daughter» is not among the heirs/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], later_deaths: [{ of: 'son', heirs: [{ relation: 'husband', count: 1 }] }] }, /later_deaths\[0\]: a deceased man leaves no husband/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], later_deaths: [{ of: 'son', heirs: [{ relation: 'cousin', count: 1 }] }] }, /later_deaths\[0\]: unknown relation "cousin"/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 2 }], later_deaths: [{ of: 'son', heirs: [{ relation: 'full_brother', count: 2, same_as: 'son' }] }] }, /living «son» are 1/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], later_deaths: [{ of: 'son', heirs: [] }] }, /at least one heir/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], unborn: 'son', later_deaths: [{ of: 'son', heirs: [{ relation: 'wife', count: 1 }] }] }, /beside an unborn or missing heir/],
      // (kin of the later deceased who are the first deceased himself, or who cannot be the first deceased's heirs named)
      [
        {
          deceased: 'male',
          heirs: [
            { relation: 'wife', count: 1 },
            { relation: 'son', count: 2 },
          ],
          later_deaths: [{ of: 'son', heirs: [{ relation: 'father', count: 1 }] }],
        },
        /«father» of the later «son» is the first deceased/,
      ],
      [
        {
          deceased: 'male',
          heirs: [
            { relation: 'wife', count: 1 },
            { relation: 'son', count: 2 },
          ],
          later_deaths: [{ of: 'son', heirs: [{ relation: 'father', count: 1, same_as: 'son' }] }],
        },
        /«father» of the later «son» is the first deceased/,
      ],
      [
        {
          deceased: 'male',
          heirs: [
            { relation: 'wife', count: 1 },
            { relation: 'son', count: 2 },
          ],
          later_deaths: [{ of: 'son', heirs: [{ relation: 'wife', count: 1, same_as: 'wife' }] }],
        },
        /«wife» of the later «son» cannot be the first deceased's «wife»/,
      ],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1, barred: 'theft' }] }, /barred/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], unborn: 'son', hermaphrodite: { line: 'son' } }, /unknown sex beside an unborn or missing heir/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], hermaphrodite: { line: 'husband' } }, /hermaphrodite/],
      [{ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], hermaphrodite: { line: 'son', hope: 'yes' } }, /hermaphrodite/],
      [
        {
          deceased: 'male',
          heirs: [
            { relation: 'father', count: 1 },
            { relation: 'father', count: 1, barred: 'religion' },
          ],
        },
        /father: at most 1 in all, barred or not/,
      ],
    ]
    // (a later death's problem names its field)
    const later = await compute({ deceased: 'male', heirs: [{ relation: 'son', count: 1 }], later_deaths: [{ of: 'daughter', heirs: [{ relation: 'son', count: 1 }] }] }, 422)
    assert.deepEqual(
      later.error.details.map((d: { field: string }) => d.field),
      ['body.later_deaths'],
    )
    for (const [body, message] of cases) {
      const r = await compute(body, 422)
      assert.equal(r.error.code, 'validation_error')
      assert.match([r.error.message, ...(r.error.details ?? []).map((d: { field: string; message: string }) => `${d.field} ${d.message}`)].join(' | '), message)
    }
  })

  test('cousins stand for the parent through whom they are related (Hanbali tanzīl): the nearer to that parent first', async () => {
    const body = await compute({
      deceased: 'male',
      heirs: [
        { relation: 'wife', count: 1 },
        { relation: 'uncles_daughter', count: 1 },
        { relation: 'maternal_aunts_son', count: 2 },
        { relation: 'maternal_aunt', count: 1 },
      ],
      lang: 'en',
    })
    // (the wife her quarter; the rest as the mother's third and the uncle's residue; the maternal aunt, one step
    // from the mother, before her sons)
    assert.deepEqual(
      body.heirs.map((h: Heir) => [h.relation, h.share]),
      [
        ['wife', '1/4'],
        ['uncles_daughter', '1/2'],
        ['maternal_aunts_son', '0'],
        ['maternal_aunt', '1/4'],
      ],
    )
    assert.ok(heir(body, 'uncles_daughter').basis.length > 0)
  })

  test('the calculator is for signed-in users', async () => {
    const r = await t.request('POST', '/api/v1/inheritance', { body: { deceased: 'male', heirs: [{ relation: 'son', count: 1 }] } })
    assert.equal(r.status, 401)
  })
})

describe('the calculator page', () => {
  test('names every relation of the API, in its three languages', () => {
    for (const d of [fr, en, ar]) assert.deepEqual(Object.keys(d.inheritance.relations), [...RELATIONS])
  })
})
