import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { childsHeirs, laterDeathsIn, sameAsFirst } from './later-text'

const later = (q: string, lang: 'ar' | 'fr' | 'en') => laterDeathsIn(q, lang)?.later.map((l) => [l.of, Object.fromEntries(l.heirs.map((h) => [h.relation, h.count]))])

describe('later deaths told in a question', () => {
  test('the deceased’s own death is never a later one, whoever is named in it', () => {
    assert.deepEqual(later('توفي رجل عن زوجة وابن', 'ar'), [])
    assert.deepEqual(later('توفي الأب عن زوجة وابن', 'ar'), [])
    assert.deepEqual(later('Un homme décède en laissant son épouse et un fils.', 'fr'), [])
    assert.deepEqual(later('The father died leaving his wife and a son.', 'en'), [])
  })
  test('one of the heirs dying after, with his own heirs, in each language; the question left without it', () => {
    const ar = laterDeathsIn('توفي عن زوجة وابنين. ثم توفي أحد الابنين قبل القسمة عن أمه وأخيه. ما نصيب الزوجة؟', 'ar')!
    assert.deepEqual(ar.later, [
      {
        of: 'son',
        heirs: [
          { relation: 'mother', count: 1 },
          { relation: 'full_brother', count: 1 },
        ],
      },
    ])
    assert.equal(ar.text, 'توفي عن زوجة وابنين. ما نصيب الزوجة؟')
    assert.deepEqual(later('Une femme décède en laissant son mari et deux frères. Ensuite, le mari est décédé en laissant une épouse et un fils.', 'fr'), [['husband', { wife: 1, son: 1 }]])
    assert.deepEqual(later('A man died leaving a wife and three daughters. Then one of the daughters died, leaving her husband and her mother.', 'en'), [['daughter', { husband: 1, mother: 1 }]])
    // (when he died said between: «later», «after him», « peu après »)
    assert.deepEqual(later('A man died leaving his wife and two sons. One of the sons died later, leaving a daughter.', 'en'), [['son', { daughter: 1 }]])
    assert.deepEqual(later('Un homme décède en laissant sa femme et deux fils. Sa femme est morte peu après en laissant ses deux fils.', 'fr'), [['wife', { son: 2 }]])
  })
  test('a later death told without its heirs is set apart, its heirs unstated', () => {
    const told = laterDeathsIn('توفي عن زوجة وابنين وبنت، ثم توفيت الزوجة. كيف تقسم التركة؟', 'ar')!
    assert.deepEqual([told.later, told.unstated, told.text], [[], ['wife'], 'توفي عن زوجة وابنين وبنت. كيف تقسم التركة؟'])
    assert.deepEqual(laterDeathsIn('A man died leaving his wife, two sons and a daughter. Then his wife died.', 'en')?.unstated, ['wife'])
  })
  test('a later death whose heirs, or who died, cannot be read makes the whole unreadable', () => {
    assert.equal(laterDeathsIn('توفي عن زوجة وابنين. ثم توفي أحد الابنين عن ورثته.', 'ar'), undefined)
    // (told from the asker's side: « ma mère » had been read as a second wife, «أمي» dropped)
    assert.equal(laterDeathsIn('Mon père est décédé en laissant ma mère, mon frère et moi (son fils). Puis ma mère est décédée.', 'fr'), undefined)
    assert.equal(laterDeathsIn('توفي والدي وترك أمي وأخي وأنا (ابنه). ثم توفيت أمي عن أخي وعني.', 'ar'), undefined)
    assert.equal(laterDeathsIn('My father died leaving my mother, my brother and me (a son). Then my mother died, leaving my brother and me.', 'en'), undefined)
  })
  test('his heirs who are the first deceased’s living heirs, as many, are the same people, and said so', () => {
    const first = {
      deceased: 'male' as const,
      heirs: [
        { relation: 'wife' as const, count: 1 },
        { relation: 'son' as const, count: 3 },
      ],
    }
    const { later: marked, assumptions } = sameAsFirst(first, [
      {
        of: 'son',
        heirs: [
          { relation: 'mother', count: 1 },
          { relation: 'full_brother', count: 2 },
          { relation: 'wife', count: 1 },
        ],
      },
    ])
    assert.deepEqual(marked[0]!.heirs, [
      { relation: 'mother', count: 1, sameAs: 'wife' },
      { relation: 'full_brother', count: 2, sameAs: 'son' },
      { relation: 'wife', count: 1 },
    ])
    assert.equal(assumptions.length, 2)
    // (one brother named where two sons live: not the same people)
    const fewer = sameAsFirst(first, [{ of: 'son', heirs: [{ relation: 'full_brother', count: 1 }] }])
    assert.deepEqual(fewer.later[0]!.heirs, [{ relation: 'full_brother', count: 1 }])
  })
  test('a child who died later, his heirs unsaid: the first heirs who are his kin, the same people', () => {
    const first = {
      deceased: 'male' as const,
      heirs: [
        { relation: 'wife' as const, count: 1 },
        { relation: 'father' as const, count: 1 },
        { relation: 'son' as const, count: 3 },
        { relation: 'full_brother' as const, count: 1 },
      ],
    }
    assert.deepEqual(childsHeirs(first, 'son', ['son'])?.heirs, [
      { relation: 'mother', count: 1, sameAs: 'wife' },
      { relation: 'paternal_grandfather', count: 1, sameAs: 'father' },
      { relation: 'full_brother', count: 2, sameAs: 'son' },
      { relation: 'full_uncle', count: 1, sameAs: 'full_brother' },
    ])
    // (not a wife or another heir, whose kin the first family does not hold; not when several wives leave his mother unsaid)
    assert.equal(childsHeirs(first, 'wife', ['wife']), undefined)
    assert.equal(
      childsHeirs(
        {
          ...first,
          heirs: [
            { relation: 'wife', count: 2 },
            { relation: 'son', count: 2 },
          ],
        },
        'son',
        ['son'],
      ),
      undefined,
    )
  })
})
