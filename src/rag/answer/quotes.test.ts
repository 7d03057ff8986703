import assert from 'node:assert/strict'
import { test } from 'node:test'
import { versesText } from '../quotes/quran-match'
import { checkArabicQuotes } from './quotes'

test('the answer check reads what introduces a quote: a bent verse announced as a verse is corrected, the same words announced as a hadith are removed', async () => {
  const quote = 'ومن يبتغي غير الإسلام دينا فلن يرضى الله عنه'
  const answer = `قال تعالى: « ${quote} ». وقال النبي ﷺ: « ${quote} ».`
  const report = await checkArabicQuotes(answer, [], 'en', '[removed]')
  assert.deepEqual(report.corrected, [{ quoted: quote, reference: "Qur'an 3:85" }])
  assert.deepEqual(report.removed, [quote])
  assert.equal(report.content, `قال تعالى: « ${versesText({ surah: 3, from: 85, to: 85 })} » (Qur'an 3:85). وقال النبي ﷺ: [removed].`)
})

test('a reference written beside a quote that names other verses is replaced by the right one; a right one, or one beside a misquote, is not said twice', async () => {
  const fasting = 'يَا أَيُّهَا الَّذِينَ آمَنُوا كُتِبَ عَلَيْكُمُ الصِّيَامُ'
  const wrong = await checkArabicQuotes(`قال تعالى: « ${fasting} » (البقرة: 185). ثم قال: « ${fasting} » (البقرة: 183).`, [], 'ar', '[removed]')
  assert.equal(wrong.content, `قال تعالى: « ${fasting} » (القرآن 2:183). ثم قال: « ${fasting} » (البقرة: 183).`)
  assert.deepEqual([wrong.references, wrong.corrected, wrong.removed], [['البقرة: 185'], [], []])
  // words found word for word in several verses (6:151 and 17:33) are the one the reference names: nothing to correct
  const twice = `قال تعالى: « ولا تقتلوا النفس التي حرم الله إلا بالحق » (الإسراء: 33).`
  assert.deepEqual([(await checkArabicQuotes(twice, [], 'ar', '[removed]')).content, (await checkArabicQuotes(twice, [], 'ar', '[removed]')).references], [twice, []])
  // a misquote is corrected where it stands, its written reference with it, without a second one added
  const bent = 'يا أيها الذين آمنوا فرض عليكم الصيام كما فرض على الذين من قبلكم'
  const misquoted = await checkArabicQuotes(`قال تعالى: « ${bent} » (سورة آل عمران، الآية 183).`, [], 'en', '[removed]')
  assert.equal(misquoted.content, `قال تعالى: « ${versesText({ surah: 2, from: 183, to: 183 })} » (Qur'an 2:183).`)
  assert.deepEqual(misquoted.references, ['سورة آل عمران، الآية 183'])
})
