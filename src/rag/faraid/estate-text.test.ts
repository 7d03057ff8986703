import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { estateIn } from './estate-text'

describe('the estate a question states', () => {
  test('French and English: thousands with spaces, commas or points, a unit before or after, a scale word', () => {
    assert.deepEqual(estateIn('Un homme laisse sa mère, son épouse et deux filles, et 120 000 €', 'fr'), { amount: 120000, unit: '€' })
    assert.deepEqual(estateIn('Il laisse un héritage de 90.000 euros et trois fils', 'fr'), { amount: 90000, unit: 'euros' })
    assert.deepEqual(estateIn('A woman died leaving her husband and an estate of $40,000', 'en'), { amount: 40000, unit: '$' })
    assert.deepEqual(estateIn('He left 2 million dirhams to his wife and sons', 'en'), { amount: 2_000_000, unit: 'dirhams' })
    assert.deepEqual(estateIn('Elle laisse 1 500,50 € à partager', 'fr'), { amount: 1500.5, unit: '€' })
  })
  test('funeral costs, debts and a bequest named before their amounts come out of the estate, in any order', () => {
    assert.deepEqual(estateIn('Un homme laisse sa mère et deux filles, 120 000 € et une dette de 20 000 €', 'fr'), { amount: 120000, unit: '€', debts: 20000 })
    assert.deepEqual(estateIn('He owed $5,000; his funeral cost $1,000 and he left $60,000 and a bequest of $30,000', 'en'), {
      amount: 60000,
      unit: '$',
      funeral: 1000,
      debts: 5000,
      bequest: 30000,
    })
    assert.deepEqual(estateIn('وترك 96000 ريال وعليه دين 6000 ريال وأوصى بمبلغ 50000 ريال', 'ar'), { amount: 96000, unit: 'ريال', debts: 6000, bequest: 50000 })
    // a bare sum right after a debt or the funeral is one (the funeral's 5,000 was left in the estate)
    assert.deepEqual(estateIn('A man died leaving $120,000, a wife and two sons. He owed 20,000 dollars and his funeral cost 5,000.', 'en'), {
      amount: 120000,
      unit: '$',
      debts: 20000,
      funeral: 5000,
    })
    assert.deepEqual(estateIn('A man died leaving $90,000 and a wife; he owed money to his 2 brothers.', 'en'), { amount: 90000, unit: '$' })
    // (a word ending in an accented letter: « légué » was not read, and the bequest went to the heirs)
    assert.deepEqual(estateIn('Un homme laisse 90 000 euros, une épouse et un fils. Il a légué 10 000 euros à un ami.', 'fr'), { amount: 90000, unit: 'euros', bequest: 10000 })
  })
  test('assets joined to the first sum add up to the estate (only the first was taken)', () => {
    assert.deepEqual(estateIn('Il laisse une maison estimée à 200 000 euros et 30 000 euros d’épargne.', 'fr'), { amount: 230000, unit: 'euros' })
    assert.deepEqual(estateIn('My father left a house worth 300k and 50k in savings; heirs: my mother, me and my sister.', 'en'), { amount: 350000 })
    assert.deepEqual(estateIn('وتملك 5000 جنيه نقدا ونصف منزل الزوجية بمبلغ 8000 جنيه', 'ar'), { amount: 13000, unit: 'جنيه' })
  })
  test('a bequest said as a part of the estate', () => {
    assert.deepEqual(estateIn('توفي عن زوجة وابنين وترك 90000 ريال وأوصى بالثلث', 'ar'), { amount: 90000, unit: 'ريال', bequestPart: [1, 3] })
    assert.deepEqual(estateIn('Un homme laisse 120 000 €, et un legs de la moitié à une association', 'fr'), { amount: 120000, unit: '€', bequestPart: [1, 2] })
    assert.deepEqual(estateIn('He left $60,000; he bequeathed a quarter to charity', 'en'), { amount: 60000, unit: '$', bequestPart: [1, 4] })
    // (a will, and a part written as a fraction — whose terms are no amounts)
    assert.deepEqual(estateIn('He left a will of one third to charity. The estate is 30,000 euros.', 'en'), { amount: 30000, unit: 'euros', bequestPart: [1, 3] })
    assert.deepEqual(estateIn('Un homme laisse 60 000 € à sa femme et ses trois fils, et un testament de 1/3 pour une mosquée.', 'fr'), { amount: 60000, unit: '€', bequestPart: [1, 3] })
    assert.deepEqual(estateIn('with a will of 1/4 of his estate for a mosque. He left 40,000 dollars.', 'en'), { amount: 40000, unit: 'dollars', bequestPart: [1, 4] })
    assert.deepEqual(estateIn('A man died leaving 100,000 euros. He owed 10,000 euros and wrote a will of 20,000 euros for charity.', 'en'), {
      amount: 100000,
      unit: 'euros',
      debts: 10000,
      bequest: 20000,
    })
  })
  test('a count of heirs is not an estate', () => {
    assert.equal(estateIn('A man died leaving his wife and 2 sons', 'en'), undefined)
    assert.equal(estateIn('Un homme laisse 3 filles et 2 frères', 'fr'), undefined)
    // («ترك» announces an estate, but the number it is followed by here counts sons)
    assert.equal(estateIn('توفي وترك 3 أبناء وبنتين', 'ar'), undefined)
    assert.equal(estateIn('توفي عن: ذكر، وترك: (3) ابن، (2) بنت، (1) زوجة.', 'ar'), undefined)
    assert.equal(estateIn('وترك ثلاثة أبناء', 'ar'), undefined)
    assert.deepEqual(estateIn('وتركت 5000 وزوجا', 'ar'), { amount: 5000 })
  })
  test('Arabic: digits or words, with a currency or after the words that announce an estate', () => {
    assert.deepEqual(estateIn('توفي عن زوجة وابنين وترك 96000 ريال', 'ar'), { amount: 96000, unit: 'ريال' })
    assert.deepEqual(estateIn('وتقدر ثروته بأربعة وعشرين ألفاً من الجنيهات', 'ar'), { amount: 24000, unit: 'الجنيهات' })
    assert.equal(estateIn('توفي عن أخ من الأب 2 وأم', 'ar'), undefined)
    assert.deepEqual(estateIn('توفي عن زوجته وابن، وترك تركة بقيمة 700000.', 'ar'), { amount: 700000 })
    // a debt named before the estate, with no unit: each amount is what the words right before it say
    assert.deepEqual(estateIn('توفي رجل وعليه دين 20000 وترك 100000 وزوجة وابن', 'ar'), { amount: 100000, debts: 20000 })
    assert.deepEqual(estateIn('توفي رجل وترك 100000 وعليه دين 20000 وزوجة وابن', 'ar'), { amount: 100000, debts: 20000 })
  })
})
