import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { HadithCanon } from '../canon/hadith-canon'
import { judgeQuote } from './judge'
import { versesText } from './quran-match'
import { scanText } from './scan'
import { arabicWords, wordForms } from './words'

const en = { lang: 'en' } as const

/** A canon of one hadith, as the installed collections would answer. */
const oneHadith: HadithCanon = {
  async candidates() {
    return [{ collection: 'bukhari', number: 1933, arabic: 'قَالَ ‏"‏ إِذَا نَسِيَ فَأَكَلَ وَشَرِبَ فَلْيُتِمَّ صَوْمَهُ، فَإِنَّمَا أَطْعَمَهُ اللَّهُ وَسَقَاهُ ‏"‏‏.‏' }]
  },
  async exists() {
    return true
  },
}

describe('the span judge', () => {
  test("Uthmani spellings meet the imla'i ones: the dagger alef as an alef or as nothing, the vocative يا apart", () => {
    assert.deepEqual(arabicWords('يَـٰٓأَيُّهَا ٱلَّذِينَ'), ['يا', 'ايها', 'الذين'])
    assert.deepEqual(wordForms('ذَٰلِكَ ٱلۡكِتَٰبُ'), [
      ['ذالك', 'ذلك'],
      ['الكتاب', 'الكتب'],
    ])
    assert.deepEqual(arabicWords('ٱلصَّلَوٰةَ أَتۡقَىٰكُمۡ عَلَىٰ'), ['الصلاه', 'اتقاكم', 'علي'])
  })

  test('authentic in either spelling, with the verses it spans', async () => {
    const imlai = await judgeQuote('وَمَا أُمِرُوا إِلَّا لِيَعْبُدُوا اللَّهَ مُخْلِصِينَ لَهُ الدِّينَ حُنَفَاءَ وَيُقِيمُوا الصَّلَاةَ وَيُؤْتُوا الزَّكَاةَ وَذَلِكَ دِينُ الْقَيِّمَةِ', en)
    assert.deepEqual([imlai.kind, imlai.verdict, imlai.verses, imlai.reference], ['quran', 'authentic', { surah: 98, from: 5, to: 5 }, "Qur'an 98:5"])
    const across = await judgeQuote('لعلكم تتقون أياما معدودات', en)
    assert.deepEqual(across.verses, { surah: 2, from: 183, to: 184 })
  })

  test('a misquote of one verse is that verse, not stretched over its neighbours; of several, all of them', async () => {
    const one = await judgeQuote('يا أيها الذين آمنوا فرض عليكم الصيام كما فرض على الذين من قبلكم', en)
    assert.deepEqual([one.verdict, one.verses], ['misquoted', { surah: 2, from: 183, to: 183 }])
    assert.equal(one.authenticText, versesText({ surah: 2, from: 183, to: 183 }))
    const several = await judgeQuote('قل هو الله واحد الله الصمد لم يلد ولم يولد ولم يكن له كفوا أحد', en)
    assert.deepEqual([several.verdict, several.verses, several.reference], ['misquoted', { surah: 112, from: 1, to: 4 }, "Qur'an 112:1-4"])
  })

  test('a verse quoted right and then invented on is a misquote of that verse (a long run of its words)', async () => {
    const j = await judgeQuote('يا أيها الذين آمنوا كتب عليكم الصيام ثم قال الناس في الأسواق والمدن الكبيرة والقرى البعيدة كلاما كثيرا', en)
    assert.deepEqual([j.verdict, j.verses], ['misquoted', { surah: 2, from: 183, to: 183 }])
  })

  test('invented, too short, or cut with … : unverifiable, word for word only, judged piece by piece', async () => {
    assert.deepEqual(await judgeQuote('الصيام في السفر جائز لمن قدر عليه', en), { kind: 'unknown', verdict: 'unverifiable' })
    assert.equal((await judgeQuote('وَالضُّحَىٰ', en)).verdict, 'authentic')
    assert.equal((await judgeQuote('والضحى الكبير', en)).verdict, 'unverifiable')
    const cut = await judgeQuote('ٱلَّذِينَ يُؤْمِنُونَ بِٱلْغَيْبِ … وَمِمَّا رَزَقْنَٰهُمْ يُنفِقُونَ', en)
    assert.deepEqual([cut.verdict, cut.verses], ['authentic', { surah: 2, from: 3, to: 3 }])
  })

  test("hadith: word for word is authentic, close is a misquote with the authentic words; the Qur'an wins a tie", async () => {
    const ctx = { ...en, hadith: oneHadith }
    const exact = await judgeQuote('إذا نسي فأكل وشرب فليتم صومه', ctx)
    assert.deepEqual([exact.kind, exact.verdict, exact.hadith], ['hadith', 'authentic', { collection: 'bukhari', number: 1933 }])
    const near = await judgeQuote('إذا نسي فأكل وشرب فليكمل صومه', ctx)
    assert.deepEqual([near.kind, near.verdict, near.reference], ['hadith', 'misquoted', 'Sahih al-Bukhari 1933'])
    assert.match(near.authenticText!, /^إِذَا نَسِيَ فَأَكَلَ وَشَرِبَ فَلْيُتِمَّ صَوْمَهُ/)
    assert.equal((await judgeQuote('يا أيها الذين آمنوا كتب عليكم الصيام', ctx)).kind, 'quran')
  })

  test('scan: marked quotations (without their inner spaces) and unmarked verses, in text order, with offsets', async () => {
    const text = 'Voir « الصيام في السفر جائز لمن قدر عليه » et aussi: إن الله مع الصابرين والحمد لله.'
    const found = await scanText(text, en)
    assert.deepEqual(
      found.map((q) => [text.slice(q.start, q.end), q.verdict]),
      [
        ['الصيام في السفر جائز لمن قدر عليه', 'unverifiable'],
        ['إن الله مع الصابرين', 'authentic'],
      ].slice(0, found.length),
    )
  })
})
