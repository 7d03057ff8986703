import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { editionJson } from '../../../test/helpers/hadith-fixture'
import { parseEdition } from './hadith-edition'
import { buildHadithUnits } from './hadith-units'
import { splitIsnad } from './matn'

const editions = (book: string) => ({
  ar: parseEdition('ara', editionJson(book, 'ara')),
  en: parseEdition('eng', editionJson(book, 'eng')),
  fr: parseEdition('fra', editionJson(book, 'fra')),
})

describe('hadith units from hadith-api editions', () => {
  test('one unit per number, texts aligned by number, a gap leaves that language out of the unit', () => {
    const { units, report } = buildHadithUnits('bukhari', editions('bukhari'))
    assert.deepEqual(
      units.map((u) => u.sourceKey),
      ['1080', '1081', '1933', '1934'],
    )
    const langsOf = (key: string) => units.find((u) => u.sourceKey === key)!.texts.map((t) => t.lang)
    assert.deepEqual(langsOf('1933'), ['ar', 'en', 'fr'])
    assert.deepEqual(langsOf('1934'), ['ar', 'en'], 'the empty French entry is a gap')
    assert.deepEqual(langsOf('1081'), ['ar', 'fr'], 'the number missing from the English edition')
    assert.equal(report.languages.fr!.empty, 1)
    assert.equal(report.languages.en!.empty, 1)
  })

  test('references in the reader’s language, chapter titles per language (Arabic from the native names)', () => {
    const unit = buildHadithUnits('bukhari', editions('bukhari')).units.find((u) => u.sourceKey === '1933')!
    const by = Object.fromEntries(unit.texts.map((t) => [t.lang, t]))
    assert.equal(by.en!.reference, 'Sahih al-Bukhari 1933')
    assert.equal(by.fr!.reference, 'Sahih al-Bukhari 1933')
    assert.equal(by.ar!.reference, 'صحيح البخاري 1933')
    assert.equal(by.ar!.title, 'كتاب الصوم')
    assert.equal(by.en!.title, 'Fasting')
    assert.match(by.en!.searchText!, /^Fasting\n/, 'the chapter title is searched with the text')
  })

  test('a translation that belongs to the next number is left out and reported, never shown under the wrong number', () => {
    const { units, report } = buildHadithUnits('malik', editions('malik'))
    const fr581 = units.find((u) => u.sourceKey === '581')!.texts.find((t) => t.lang === 'fr')
    assert.equal(fr581, undefined)
    assert.deepEqual(report.languages.fr!.misaligned, [581])
    assert.ok(
      units.find((u) => u.sourceKey === '582')!.texts.some((t) => t.lang === 'fr'),
      'its own number keeps its French',
    )
    assert.ok(units.find((u) => u.sourceKey === '580')!.texts.some((t) => t.lang === 'fr'))
  })

  test('grades are kept with the unit', () => {
    const unit = buildHadithUnits('malik', editions('malik')).units.find((u) => u.sourceKey === '581')!
    assert.deepEqual(unit.hadith!.grades, [{ name: 'Al-Albani', grade: 'Daif' }])
  })

  test('the matn is told apart from the chain when the Prophet is named after it', () => {
    const unit = buildHadithUnits('bukhari', editions('bukhari')).units.find((u) => u.sourceKey === '1933')!
    assert.match(unit.hadith!.matn!, /^أَنَّ رَسُولَ اللَّهِ صلى الله عليه وسلم قَالَ/)
    assert.ok(!unit.hadith!.matn!.includes('حَدَّثَنَا'))
    assert.equal(splitIsnad('قَالَ رَسُولُ اللَّهِ صلى الله عليه وسلم ‏"‏ الدِّينُ النَّصِيحَةُ ‏"‏'), null, 'no chain: nothing to split')
    assert.equal(splitIsnad('وَحَدَّثَنِي عَنْ مَالِكٍ، أَنَّهُ سَمِعَ أَنَّ الزَّكَاةَ لاَ تَجِبُ فِي اللُّؤْلُؤِ'), null, 'no mention of the Prophet')
  })

  test('an edition that is not JSON or not of the hadith-api shape is refused with what is wrong', () => {
    assert.throws(() => parseEdition('ara-bukhari', '{"metadata": {"name": "x"}, "hadiths": [{"hadithn'), /ara-bukhari: not valid JSON/)
    assert.throws(() => parseEdition('ara-bukhari', JSON.stringify({ metadata: { name: 'x' }, hadiths: [{ number: 1 }] })), /not a hadith-api edition \(hadiths\.0\.hadithnumber/)
    assert.throws(() => parseEdition('ara-bukhari', JSON.stringify({ metadata: { name: 'x' }, hadiths: [] })), /not a hadith-api edition/)
  })
})
