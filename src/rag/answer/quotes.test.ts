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
