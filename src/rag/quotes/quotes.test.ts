import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { HadithCanon } from '../canon/hadith-canon'
import { claimBefore } from './claim'
import { judgeQuote } from './judge'
import { alignedVerses } from './quran-align'
import { closestVerses } from './quran-loose'
import { versesText } from './quran-match'
import { turnsDuring } from '../../../test/helpers/event-loop'
import { judgeSpans, scanText } from './scan'
import { analyze } from '../text/analyze'
import { arabicWords, containsRun, wordForms } from './words'

const en = { lang: 'en' } as const

/** A canon of one hadith, as the installed collections would answer. */
const canonOf = (collection: string, number: number, arabic: string): HadithCanon => ({
  async candidates() {
    return [{ collection, number, arabic }]
  },
  async installed() {
    return true
  },
  async exists() {
    return true
  },
})
const oneHadith = canonOf('bukhari', 1933, 'قَالَ ‏"‏ إِذَا نَسِيَ فَأَكَلَ وَشَرِبَ فَلْيُتِمَّ صَوْمَهُ، فَإِنَّمَا أَطْعَمَهُ اللَّهُ وَسَقَاهُ ‏"‏‏.‏')

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

  test('a quote accepted for a run of one verse names the verse holding the longest run, not the verses holding most of its words scattered', async () => {
    // 24:27's opening copied (nine words in a row), then invented, then 33:71's last eight words: 33:70-71 hold
    // more of the quote's words in order, 24:27 the longer run.
    const j = await judgeQuote('يا أيها الذين آمنوا لا تدخلوا بيوتا غير بيوتكم حتى يأذن لكم أهلها ومن يطع الله ورسوله فقد فاز فوزا عظيما', en)
    assert.deepEqual([j.verdict, j.verses], ['misquoted', { surah: 24, from: 27, to: 27 }])
  })

  test('a misquote opening with a conjunction the verse has not got is traced without it', async () => {
    // 4:101 says « إن الكافرين كانوا لكم عدوا مبينا »: with « ف » the quote held too few of its words in order.
    const j = await judgeQuote('فإن الكافرين كانوا لكم أعداء', en)
    assert.deepEqual([j.verdict, j.verses], ['misquoted', { surah: 4, from: 101, to: 101 }])
  })

  test('a loose match is one verse: a short quote is not stretched over the verses between two that hold a word of it', async () => {
    // « الله … كل شيء » is in 39:62 and « قدره » in 39:67: the verses between them bring nothing.
    const short = closestVerses(arabicWords('والله يعطي كل شيء قدره'))!
    assert.equal(short.verses.from, short.verses.to)
    // Bent across the end of 39:36 and the start of 39:37: one of them is named, not both.
    const across = await judgeQuote('ومن يضلل الله فما له من ناصر ومن يهده الله فلا مضل له', en, 'quran')
    assert.equal(across.verdict, 'misquoted')
    assert.equal(across.verses?.surah, 39)
    assert.equal(across.verses?.from, across.verses?.to)
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

  test('what a quotation is announced as: the cue nearest it, verse or hadith, or the ﴿ mark', () => {
    const at = (text: string, open = '') => claimBefore(text, text.length, open)
    assert.equal(at('وفي ذلك قال الله تعالى: '), 'quran')
    assert.equal(at('كما في سورة البقرة، الآية 183: '), 'quran')
    assert.equal(at('قال رسول الله ﷺ: '), 'hadith')
    assert.equal(at('قال تعالى ﴿...﴾ وقال النبي صلى الله عليه وسلم: '), 'hadith')
    assert.equal(at('رواه مسلم. وقال تعالى: '), 'quran')
    assert.equal(at('Voir ', '﴿'), 'quran')
    assert.equal(at('ومما يقال في الناس عليه: '), undefined)
  })

  test('a quote announced as a verse and close to none word for word is the misquote of the verse it resembles by rare words and stems', async () => {
    // يبتغي for يبتغ, and an invented ending: too few of the verse's words in a row for the word-for-word judge.
    const bent = 'ومن يبتغي غير الإسلام دينا فلن يرضى الله عنه'
    assert.equal((await judgeQuote(bent, en)).verdict, 'unverifiable')
    const announced = await judgeQuote(bent, en, 'quran')
    assert.deepEqual([announced.kind, announced.verdict, announced.verses], ['quran', 'misquoted', { surah: 3, from: 85, to: 85 }])
    assert.equal(announced.authenticText, versesText({ surah: 3, from: 85, to: 85 }))
    // Common words only: like many verses, like none in particular.
    assert.equal((await judgeQuote('الصبر مفتاح الفرج والله مع من صبر', en, 'quran')).verdict, 'unverifiable')
    // Announced as a hadith, the resemblance to a verse is not looked for.
    assert.equal((await judgeQuote(bent, en, 'hadith')).verdict, 'unverifiable')
  })

  test('the closest verses: stems count, a rare word counts for more than common ones, one verse unless the next bring more', () => {
    const near = closestVerses(arabicWords('ومن يبتغي غير الإسلام دينا فلن يرضى الله عنه'))!
    assert.deepEqual(near.verses, { surah: 3, from: 85, to: 85 })
    assert.ok(near.share > 0.6 && near.share < 1, `share ${near.share}`)
  })

  test('a verse whose first words are quoted right and the rest invented is the misquote of that verse, not of one holding the invented words scattered', async () => {
    // « يومئذ يصدر الناس » opens 99:6; the rest is made up, and common words of it are found one by one in longer verses.
    const opening = 'يومئذ يصدر الناس إلى ربهم فرحين بما كسبوا'
    assert.deepEqual(alignedVerses(arabicWords(opening))?.verses, { surah: 99, from: 6, to: 6 })
    const judged = await judgeQuote(opening, en, 'quran')
    assert.deepEqual([judged.verdict, judged.verses], ['misquoted', { surah: 99, from: 6, to: 6 }])
    // « تنصروا الله ينصركم » (47:7) in order outweighs « وإن … الله … وكان الله … حميدا » spread over 4:131.
    const bent = 'وإن تنصروا الله ينصركم وكان الله غفورا حميدا'
    assert.deepEqual((await judgeQuote(bent, en, 'quran')).verses, { surah: 47, from: 7, to: 7 })
    // Common words in order are not a verse's stretch.
    const common = alignedVerses(arabicWords('الصبر مفتاح الفرج والله مع من صبر'))!
    assert.ok(common.weight < 15, `weight ${common.weight}`)
  })

  test('spans are judged with the words before them: « قال تعالى » lets a bent verse be traced, the same words alone are not', async () => {
    const quote = 'ومن يبتغي غير الإسلام دينا فلن يرضى الله عنه'
    const judged = async (text: string) => (await judgeSpans(text, [{ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }], en))[0]!
    const announced = await judged(`قال تعالى: "${quote}".`)
    assert.deepEqual([announced.verdict, announced.reference], ['misquoted', "Qur'an 3:85"])
    assert.equal((await judged(`وقيل: "${quote}".`)).verdict, 'unverifiable')
  })

  test('a quote given a surah and a verse beside it is announced as a verse, even with nothing before it and a wrong number', async () => {
    const quote = 'ربنا لا تزغ قلوبنا واغفر لنا يوم نلقاك وارحمنا برحمتك'
    const judged = async (text: string) => (await judgeSpans(text, [{ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }], en))[0]!
    assert.equal((await judged(`ومنه: "${quote}".`)).verdict, 'unverifiable')
    for (const text of [`ومنه: "${quote}" (آل عمران: 9).`, `ومنه: "${quote}" من سورة آل عمران.`]) {
      const j = await judged(text)
      assert.deepEqual([j.verdict, j.reference], ['misquoted', "Qur'an 3:8"], text)
    }
    // the same through the scan of a whole text
    const [scanned] = await scanText(`ومنه: "${quote}" (آل عمران: 9).`, en)
    assert.deepEqual([scanned!.verdict, scanned!.reference], ['misquoted', "Qur'an 3:8"])
  })

  test('words found word for word in several verses are the one the reference beside them names, when they are there', async () => {
    const quote = 'ولا تقتلوا النفس التي حرم الله إلا بالحق'
    const [alone] = await scanText(`قال تعالى: "${quote}".`, en)
    const [named] = await scanText(`قال تعالى: "${quote}" (الإسراء: 33).`, en)
    const [elsewhere] = await scanText(`قال تعالى: "${quote}" (البقرة: 33).`, en)
    assert.deepEqual([alone!.verdict, alone!.reference], ['authentic', "Qur'an 6:151"])
    assert.deepEqual([named!.verdict, named!.reference, named!.cited], ['authentic', "Qur'an 17:33", { surah: 17, from: 33, to: 33 }])
    assert.deepEqual([elsewhere!.reference, elsewhere!.cited], ["Qur'an 6:151", { surah: 2, from: 33, to: 33 }])
  })

  test('of a verse and a hadith both close to a quote, the one it is announced as', async () => {
    // A hadith that quotes the verse, as many do: a misquote of the verse is close to both.
    const ctx = { ...en, hadith: canonOf('muslim', 1, 'قَالَ رَسُولُ اللَّهِ يَا أَيُّهَا الَّذِينَ آمَنُوا كُتِبَ عَلَيْكُمُ الصِّيَامُ كَمَا كُتِبَ عَلَى الَّذِينَ مِنْ قَبْلِكُمْ ثُمَّ سَكَتَ') }
    const quote = 'يا أيها الذين آمنوا فرض عليكم الصيام كما كتب على الذين من قبلكم'
    assert.equal((await judgeQuote(quote, ctx, 'quran')).kind, 'quran')
    assert.equal((await judgeQuote(quote, ctx, 'hadith')).kind, 'hadith')
  })

  test("a verse quoted with some words spelt as the Uthmani text has them and others as the imla'i does is word for word", async () => {
    // « أولئك » meets the Uthmani أُوْلَـٰٓئِكَ only, « أولو » the imla'i أولو only (the Uthmani writes أُوْلُواْ).
    const mixed = 'الذين يستمعون القول فيتبعون أحسنه أولئك الذين هداهم الله وأولئك هم أولو الألباب'
    const j = await judgeQuote(mixed, en)
    assert.deepEqual([j.verdict, j.verses], ['authentic', { surah: 39, from: 18, to: 18 }])
  })

  test("the hamza's seat is spelling: مسؤول and مسئول, رؤوس and رءوس are one word", () => {
    assert.deepEqual(arabicWords('مسؤول'), arabicWords('مسئول'))
    assert.deepEqual(arabicWords('رؤوس'), arabicWords('رءوس'))
    assert.notDeepEqual(arabicWords('سأل'), arabicWords('سال'.replace('ا', 'ل')))
  })

  test('a hadith quoted without the conjunction that joins it to its sentence is still word for word', async () => {
    assert.equal(containsRun(['وصلوا', 'كما', 'رايتموني'], ['صلوا', 'كما', 'رايتموني']), false)
    assert.equal(containsRun(['وصلوا', 'كما', 'رايتموني'], ['صلوا', 'كما', 'رايتموني'], true), true)
    assert.equal(containsRun(['صلوا', 'وكما', 'رايتموني'], ['صلوا', 'كما', 'رايتموني'], true), false)
    const ctx = { ...en, hadith: canonOf('bukhari', 631, 'وَصَلُّوا كَمَا رَأَيْتُمُونِي أُصَلِّي، فَإِذَا حَضَرَتِ الصَّلاَةُ') }
    const j = await judgeQuote('صلوا كما رأيتموني أصلي', ctx, 'hadith')
    assert.deepEqual([j.kind, j.verdict, j.hadith], ['hadith', 'authentic', { collection: 'bukhari', number: 631 }])
  })

  test('the collections are searched with the quote as written, analysed as the hadith were (« شقائق » is not the folded « شقاق »)', async () => {
    const hadith = 'قَالَتْ أُمُّ سُلَيْمٍ الْمَرْأَةُ تَرَى ذَلِكَ أَعَلَيْهَا غُسْلٌ قَالَ ‏"‏ نَعَمْ إِنَّمَا النِّسَاءُ شَقَائِقُ الرِّجَالِ ‏"‏'
    // An index of one rare term, as BM25 would rank it: a hadith is a candidate when the query's analysis holds it.
    const indexed = new Set(analyze(hadith, 'ar').filter((t) => !analyze('إنما النساء الرجال', 'ar').includes(t)))
    const canon: HadithCanon = {
      async candidates(quote) {
        return analyze(quote, 'ar').some((t) => indexed.has(t)) ? [{ collection: 'abudawud', number: 236, arabic: hadith }] : []
      },
      async installed() {
        return true
      },
      async exists() {
        return true
      },
    }
    const j = await judgeQuote('إِنَّمَا النِّسَاءُ شَقَائِقُ الرِّجَالِ', { ...en, hadith: canon }, 'hadith')
    assert.deepEqual([j.kind, j.verdict, j.hadith], ['hadith', 'authentic', { collection: 'abudawud', number: 236 }])
  })

  test("a hadith's words announced as a verse are not an authentic verse: a misquote naming the hadith", async () => {
    const ctx = { ...en, hadith: oneHadith }
    const j = await judgeQuote('إذا نسي فأكل وشرب فليتم صومه', ctx, 'quran')
    assert.deepEqual([j.kind, j.verdict, j.reference], ['hadith', 'misquoted', 'Sahih al-Bukhari 1933'])
    assert.equal((await judgeQuote('إذا نسي فأكل وشرب فليتم صومه', ctx)).verdict, 'authentic')
  })
})

describe('a long text is judged in slices', () => {
  test('other work runs between the quotes of a text, and within a long unmarked run', async () => {
    const quotes = Array.from({ length: 30 }, (_, i) => `قال تعالى: ﴿وأقيموا الصلاة وآتوا الزكاة ${i}﴾`).join(' ')
    assert.ok((await turnsDuring(() => scanText(quotes, en))) >= 30)
    // (a 19,800-character run of one particle held the server 17 s in one stretch)
    const particles = 'من '.repeat(6600)
    assert.ok((await turnsDuring(() => scanText(particles, en))) >= 6600 / 256 - 1)
    assert.deepEqual(await scanText(particles, en), [])
  })

  test('an unmarked verse is found from a common first word on, whole', async () => {
    const text = 'ونذكر هنا أن الله يقول إن الله لا يغفر أن يشرك به ويغفر ما دون ذلك لمن يشاء في كتابه'
    const [found] = await scanText(text, en)
    assert.deepEqual(found?.verses, { surah: 4, from: 48, to: 48 })
    assert.equal(text.slice(found!.start, found!.end).split(' ')[0], 'إن')
  })
})
