import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { HadithCanon } from '../canon/hadith-canon'
import { scanText } from './scan'

/** Installed collections as the canon answers them: each searched on its own when named, all together otherwise. */
function canonOf(installed: Record<string, Array<{ number: number; arabic: string }>>): HadithCanon {
  const all = Object.entries(installed).flatMap(([collection, hadith]) => hadith.map((h) => ({ collection, ...h })))
  return {
    async candidates(_quote, _limit, collection) {
      return all.filter((h) => !collection || h.collection === collection)
    },
    async installed(collection) {
      return Object.hasOwn(installed, collection)
    },
    async exists() {
      return true
    },
  }
}

const INTENTION = 'إِنَّمَا الأَعْمَالُ بِالنِّيَّاتِ، وَإِنَّمَا لِكُلِّ امْرِئٍ مَا نَوَى'
const canon = canonOf({
  bukhari: [{ number: 1, arabic: `قَالَ رَسُولُ اللَّهِ ﷺ ‏"‏ ${INTENTION} ‏"‏` }],
  muslim: [
    { number: 1907, arabic: `قَالَ رَسُولُ اللَّهِ ﷺ ‏"‏ ${INTENTION} ‏"‏` },
    { number: 224, arabic: 'عَنِ ابْنِ عُمَرَ قَالَ سَمِعْتُ رَسُولَ اللَّهِ ﷺ يَقُولُ ‏"‏ لاَ تُقْبَلُ صَلاَةٌ بِغَيْرِ طُهُورٍ وَلاَ صَدَقَةٌ مِنْ غُلُولٍ ‏"‏' },
  ],
  ibnmajah: [{ number: 2340, arabic: 'قَالَ رَسُولُ اللَّهِ ﷺ ‏"‏ لاَ ضَرَرَ وَلاَ ضِرَارَ ‏"‏' }],
})
const ctx = { lang: 'en' as const, hadith: canon }
const judged = async (text: string) => (await scanText(text, ctx))[0]!

describe('the source named beside a hadith, checked against the installed collections', () => {
  test('named right: every named collection holds the saying, word for word or as its own version', async () => {
    const q = await judged('قال ﷺ: "إنما الأعمال بالنيات وإنما لكل امرئ ما نوى" (رواه البخاري ومسلم)')
    assert.deepEqual(q.attributed, { collections: ['bukhari', 'muslim'], matches: true })
    assert.deepEqual([q.verdict, q.hadith], ['authentic', { collection: 'bukhari', number: 1 }])
    // Another wording of Muslim's « لا تقبل صلاة بغير طهور »: too far from it to be traced unnamed, its version once named.
    const version = 'قال ﷺ: "لا يقبل الله صلاة بغير طهور"'
    assert.equal((await judged(version)).verdict, 'unverifiable')
    const named = await judged(`${version} (رواه مسلم)`)
    assert.deepEqual([named.kind, named.verdict, named.hadith, named.attributed], ['hadith', 'misquoted', { collection: 'muslim', number: 224 }, { collections: ['muslim'], matches: true }])
  })

  test('named wrong: a collection that does not hold it, alone or beside one that does', async () => {
    assert.deepEqual((await judged('قال ﷺ: "لا ضرر ولا ضرار" (رواه البخاري)')).attributed, { collections: ['bukhari'], matches: false })
    assert.deepEqual((await judged('قال ﷺ: "لا ضرر ولا ضرار ولا إضرار" متفق عليه')).attributed, { collections: ['bukhari', 'muslim'], matches: false })
    assert.deepEqual((await judged('روى البخاري أن النبي ﷺ قال: "لا ضرر ولا ضرار"')).attributed, { collections: ['bukhari'], matches: false })
  })

  test('a saying in several collections is reported as the one the text names', async () => {
    const q = await judged('قال ﷺ: "إنما الأعمال بالنيات وإنما لكل امرئ ما نوى" (رواه مسلم)')
    assert.deepEqual([q.verdict, q.hadith, q.reference, q.attributed], ['authentic', { collection: 'muslim', number: 1907 }, 'Sahih Muslim 1907', { collections: ['muslim'], matches: true }])
  })

  test('a collection not installed here is not judged; with none installed, nothing is said', async () => {
    assert.deepEqual((await judged('قال ﷺ: "لا ضرر ولا ضرار" (رواه ابن ماجه والنسائي)')).attributed, { collections: ['ibnmajah', 'nasai'], matches: true })
    assert.deepEqual((await judged('قال ﷺ: "لا ضرر ولا ضرار" (رواه الترمذي)')).attributed, { collections: ['tirmidhi'] })
    assert.deepEqual((await scanText('قال ﷺ: "لا ضرر ولا ضرار" (رواه البخاري)', { lang: 'en' }))[0]!.attributed, { collections: ['bukhari'] })
    assert.equal((await judged('قال ﷺ: "لا ضرر ولا ضرار" (رواه أحمد)')).attributed, undefined)
  })
})
