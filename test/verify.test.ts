import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { addBook } from '../src/corpus/hadith/install'
import { limitsFrom, readCatalogue, resolveSource } from '../src/corpus/hadith/source'
import { loadQuranUnits } from '../src/rag/canon/quran'
import { startTestApp, type TestApp } from './helpers/app'
import { turnsDuring } from './helpers/event-loop'
import { writeHadithFixture } from './helpers/hadith-fixture'
import { scratchDatabase } from './helpers/scratch-db'

/** The shipped (Uthmani) text of a verse: what a misquote's authentic_text must be. */
const verse = (s: number, a: number) =>
  loadQuranUnits()
    .find((u) => u.sourceKey === `${s}:${a}`)!
    .texts.find((t) => t.lang === 'ar')!.text

interface Quote {
  start: number
  end: number
  text: string
  kind: string
  verdict: string
  reference?: string
  verses?: { surah: number; from: number; to: number }
  hadith?: { collection: string; number: number }
  authentic_text?: string
  cited?: { surah: number; from?: number; to?: number; matches?: boolean }
  attributed?: { collections: string[]; matches?: boolean }
}

let fixture: string
let scratch: Awaited<ReturnType<typeof scratchDatabase>>
before(async () => {
  fixture = await writeHadithFixture()
  scratch = await scratchDatabase('verify')
})
after(async () => {
  await scratch.drop()
  await fs.rm(fixture, { recursive: true, force: true })
})

describe('POST /api/v1/verify', () => {
  let t: TestApp
  let token: string
  before(async () => {
    t = await startTestApp({ VERIFY_PER_MIN: '1000', ...(scratch.url ? { DATABASE_URL: scratch.url } : {}) })
    const source = resolveSource(fixture)
    const limits = limitsFrom(t.config)
    const catalogue = await readCatalogue(source, limits)
    for (const book of ['bukhari', 'malik'] as const) await addBook({ db: t.rt.database.db, dir: path.join(t.dataDir, 'hadith'), source, limits }, catalogue, book, ['ar', 'en'], () => undefined)
    token = (await t.newUser(undefined, 'quiet lantern orchard 47')).access
  })
  after(() => t.close())

  const verify = async (body: unknown, status = 200) => {
    const r = await t.request('POST', '/api/v1/verify', { token, body })
    assert.equal(r.status, status, r.text)
    return r
  }
  const quotesOf = async (body: unknown) => (await verify(body)).body.quotes as Quote[]

  test("an authentic verse, quoted in the imla'i spelling, is authentic and named; its offsets are the quote's", async () => {
    const text = 'Le jeûne est prescrit : « يَا أَيُّهَا الَّذِينَ آمَنُوا كُتِبَ عَلَيْكُمُ الصِّيَامُ ».'
    const [q, ...rest] = await quotesOf({ text })
    assert.deepEqual(rest, [])
    assert.deepEqual([q!.kind, q!.verdict, q!.verses, q!.reference], ['quran', 'authentic', { surah: 2, from: 183, to: 183 }, "Qur'an 2:183"])
    assert.equal(text.slice(q!.start, q!.end), q!.text)
    assert.equal(q!.text, 'يَا أَيُّهَا الَّذِينَ آمَنُوا كُتِبَ عَلَيْكُمُ الصِّيَامُ')
    assert.equal(q!.authentic_text, undefined)
  })

  test('the reference written beside a quotation is read and checked against the verses the quotation is', async () => {
    const fasting = 'يَا أَيُّهَا الَّذِينَ آمَنُوا كُتِبَ عَلَيْكُمُ الصِّيَامُ'
    const [right] = await quotesOf({ text: `قال تعالى: « ${fasting} » (البقرة: 183).` })
    assert.deepEqual([right!.verdict, right!.cited], ['authentic', { surah: 2, from: 183, to: 183, matches: true }])
    // (the right surah and the wrong verse, the wrong surah, the surah alone)
    const [number] = await quotesOf({ text: `قال تعالى: « ${fasting} » (سورة البقرة، الآية 185).` })
    assert.deepEqual(number!.cited, { surah: 2, from: 185, to: 185, matches: false })
    const [surah] = await quotesOf({ text: `قال تعالى: « ${fasting} » [آل عمران: 183]` })
    assert.deepEqual(surah!.cited, { surah: 3, from: 183, to: 183, matches: false })
    const [bare] = await quotesOf({ text: `وفي سورة البقرة: « ${fasting} »` })
    assert.deepEqual(bare!.cited, { surah: 2, matches: true })
    // (given as a span, the same; no reference, nothing)
    const text = `« ${fasting} » (البقرة: 184)`
    const [spanned] = await quotesOf({ text, spans: [{ start: text.indexOf(fasting), end: text.indexOf(fasting) + fasting.length }] })
    assert.deepEqual(spanned!.cited, { surah: 2, from: 184, to: 184, matches: false })
    const [none] = await quotesOf({ text: `« ${fasting} »` })
    assert.equal(none!.cited, undefined)
  })

  test('a misquoted verse names the verse it corrupts and gives its authentic text, references in the asked language', async () => {
    const [q] = await quotesOf({ text: '« يا أيها الذين آمنوا فرض عليكم الصيام كما فرض على الذين من قبلكم »', lang: 'fr' })
    assert.deepEqual([q!.kind, q!.verdict, q!.verses, q!.reference], ['quran', 'misquoted', { surah: 2, from: 183, to: 183 }, 'Coran 2:183'])
    assert.equal(q!.authentic_text, verse(2, 183))
  })

  test('a quotation over several consecutive verses: authentic, or misquoted with the text of all of them', async () => {
    const [whole] = await quotesOf({ text: '﴿قل هو الله أحد الله الصمد لم يلد ولم يولد ولم يكن له كفوا أحد﴾' })
    assert.deepEqual([whole!.verdict, whole!.verses, whole!.reference], ['authentic', { surah: 112, from: 1, to: 4 }, "Qur'an 112:1-4"])
    const [changed] = await quotesOf({ text: '﴿قل هو الله أحد الله الصمد لم يلد ولم يخلق ولم يكن له شريك أحد﴾' })
    assert.deepEqual([changed!.verdict, changed!.verses], ['misquoted', { surah: 112, from: 1, to: 4 }])
    assert.equal(changed!.authentic_text, [1, 2, 3, 4].map((a) => verse(112, a)).join(' '))
  })

  test('a misquoted hadith names the installed hadith and gives its authentic words', async () => {
    const [q] = await quotesOf({ text: 'Le Prophète a dit : « إذا نسي فأكل وشرب فليكمل صومه فإنما أطعمه الله وسقاه ».' })
    assert.deepEqual([q!.kind, q!.verdict, q!.hadith, q!.reference], ['hadith', 'misquoted', { collection: 'bukhari', number: 1933 }, 'Sahih al-Bukhari 1933'])
    assert.match(q!.authentic_text!, /فَلْيُتِمَّ صَوْمَهُ/)
    const [exact] = await quotesOf({ text: '« إِذَا نَسِيَ فَأَكَلَ وَشَرِبَ فَلْيُتِمَّ صَوْمَهُ »' })
    assert.deepEqual([exact!.kind, exact!.verdict, exact!.hadith], ['hadith', 'authentic', { collection: 'bukhari', number: 1933 }])
  })

  test("the collection named as a hadith's source is checked against the installed ones; one not installed is not judged", async () => {
    const quote = 'قال رسول الله ﷺ: « إذا نسي فأكل وشرب فليتم صومه »'
    const [right] = await quotesOf({ text: `${quote} (رواه البخاري).` })
    assert.deepEqual([right!.verdict, right!.hadith, right!.attributed], ['authentic', { collection: 'bukhari', number: 1933 }, { collections: ['bukhari'], matches: true }])
    const [wrong] = await quotesOf({ text: `${quote} (رواه مالك في الموطأ).` })
    assert.deepEqual(wrong!.attributed, { collections: ['malik'], matches: false })
    const [both] = await quotesOf({ text: `روى البخاري ومسلم أن النبي ﷺ قال: « إذا نسي فأكل وشرب فليتم صومه »` })
    assert.deepEqual(both!.attributed, { collections: ['bukhari', 'muslim'], matches: true })
    const [elsewhere] = await quotesOf({ text: `${quote} (Sahih Muslim 1155)` })
    assert.deepEqual(elsewhere!.attributed, { collections: ['muslim'] })
    const [none] = await quotesOf({ text: `${quote}.` })
    assert.equal(none!.attributed, undefined)
  })

  test('an invented text is unverifiable, with nothing to point at', async () => {
    const [q] = await quotesOf({ text: 'Un savant a dit : « الصيام في السفر جائز لمن قدر عليه ».' })
    assert.deepEqual(q, { start: 20, end: 53, text: 'الصيام في السفر جائز لمن قدر عليه', kind: 'unknown', verdict: 'unverifiable' })
  })

  test('unmarked: a verse quoted without marks is found in Arabic prose; the prose around it is not a quotation', async () => {
    const text = 'قال الله تعالى في كتابه يا أيها الذين آمنوا كتب عليكم الصيام كما كتب على الذين من قبلكم، وهذا دليل الوجوب عند العلماء.'
    const quotes = await quotesOf({ text })
    assert.equal(quotes.length, 1, JSON.stringify(quotes))
    assert.deepEqual([quotes[0]!.verdict, quotes[0]!.verses, quotes[0]!.text], ['authentic', { surah: 2, from: 183, to: 183 }, 'يا أيها الذين آمنوا كتب عليكم الصيام كما كتب على الذين من قبلكم'])
  })

  test('with spans: exactly those are judged, one result per span, in the order given (short spans word for word)', async () => {
    const text = 'Deux citations : ﴿الحمد لله رب العالمين﴾ puis « الصيام في السفر جائز لمن قدر عليه » et وَالضُّحَىٰ.'
    const a = { start: text.indexOf('الحمد'), end: text.indexOf('﴾') }
    const b = { start: text.indexOf('الصيام'), end: text.indexOf(' »') }
    const c = { start: text.indexOf('وَالضُّحَىٰ'), end: text.indexOf('وَالضُّحَىٰ') + 'وَالضُّحَىٰ'.length }
    const quotes = await quotesOf({ text, spans: [b, c, a] })
    assert.deepEqual(
      quotes.map((q) => [q.start, q.end, q.verdict, q.reference ?? null]),
      [
        [b.start, b.end, 'unverifiable', null],
        [c.start, c.end, 'authentic', "Qur'an 93:1"],
        [a.start, a.end, 'authentic', "Qur'an 1:2"],
      ],
    )
    assert.deepEqual(await quotesOf({ text, spans: [] }), [])
  })

  test('a text with no Arabic quotation is not an error: 200 with no quotes', async () => {
    assert.deepEqual(await quotesOf({ text: "Fasting is prescribed in Ramadan (Qur'an 2:183)." }), [])
    assert.deepEqual(await quotesOf({ text: 'الصيام واجب على كل مسلم بالغ عاقل.' }), [])
  })

  const rejected = async (body: unknown, status: number, code: string, detail?: RegExp) => {
    const r = await t.request('POST', '/api/v1/verify', { token, body })
    assert.equal(r.status, status, r.text)
    assert.equal(r.body.error.code, code, r.text)
    assert.equal(typeof r.body.error.message, 'string')
    if (detail) assert.match(JSON.stringify(r.body.error.details), detail)
  }

  test('bad input: a clear 4xx in the error format', async () => {
    await rejected({ text: '' }, 422, 'validation_error', /must not be empty/)
    await rejected({ text: '   \n ' }, 422, 'validation_error', /must not be empty/)
    await rejected({}, 422, 'validation_error')
    await rejected({ text: 'ب'.repeat(20_001) }, 422, 'validation_error', /at most 20000 characters/)
    await rejected({ text: 'a'.repeat(1024 * 1024) }, 413, 'payload_too_large')
    const text = '« الحمد لله رب العالمين »'
    await rejected({ text, spans: [{ start: 2, end: 99 }] }, 422, 'validation_error', /beyond the text/)
    await rejected({ text, spans: [{ start: 5, end: 5 }] }, 422, 'validation_error', /start must be less than end/)
    await rejected({ text, spans: [{ start: 9, end: 4 }] }, 422, 'validation_error', /start must be less than end/)
    await rejected({ text, spans: [{ start: -1, end: 4 }] }, 422, 'validation_error')
    await rejected({ text, spans: [{ start: 1.5, end: 4 }] }, 422, 'validation_error')
    await rejected(
      {
        text,
        spans: [
          { start: 2, end: 10 },
          { start: 8, end: 14 },
        ],
      },
      422,
      'validation_error',
      /overlaps span 0/,
    )
    await rejected({ text, spans: Array.from({ length: 201 }, (_, i) => ({ start: i, end: i + 1 })) }, 422, 'validation_error', /at most 200 spans/)
    await rejected({ text, extra: true }, 422, 'validation_error')
    const malformed = await t.request('POST', '/api/v1/verify', { token, body: '{"text": "« الحمد', headers: { 'content-type': 'application/json' } })
    assert.equal(malformed.status, 400, malformed.text)
    assert.equal(malformed.body.error.code, 'malformed_json')
  })

  test('a long text of particles does not hold the server: it is judged in slices, the event loop turning between them', async () => {
    // (the server runs in this process: turns of its event loop are counted while the request is answered; the
    // text is 26 slices of unmarked words — a 19,800-character text like it held the server 17 s in one stretch)
    let r: Awaited<ReturnType<typeof t.request>> | undefined
    const turns = await turnsDuring(async () => {
      r = await t.request('POST', '/api/v1/verify', { token, body: { text: 'من '.repeat(6600) } })
    })
    assert.ok(r)
    assert.equal(r.status, 200, r.text)
    assert.deepEqual(r.body.quotes, [])
    assert.ok(turns >= 25, `${turns} turns`)
  })

  test('authentication: none is 401; a personal API key acts as its owner', async () => {
    const none = await t.request('POST', '/api/v1/verify', { body: { text: '« الحمد لله رب العالمين »' } })
    assert.equal(none.status, 401)
    assert.equal(none.body.error.code, 'missing_token')
    const key = (await t.request('POST', '/api/v1/api-keys', { token, body: { name: 'verify script' } })).body.key as string
    const r = await t.request('POST', '/api/v1/verify', { token: key, body: { text: '« الحمد لله رب العالمين »' } })
    assert.equal(r.status, 200, r.text)
    assert.equal(r.body.quotes[0].verdict, 'authentic')
  })
})

describe('POST /api/v1/verify rate limit', () => {
  let t: TestApp
  before(async () => {
    t = await startTestApp({ VERIFY_PER_MIN: '2' })
  })
  after(() => t.close())

  test('beyond VERIFY_PER_MIN calls a minute a user gets 429 with Retry-After; another user is not affected', async () => {
    const alice = (await t.newUser(undefined, 'quiet lantern orchard 47')).access
    const body = { text: '« الحمد لله رب العالمين »' }
    for (let i = 0; i < 2; i++) assert.equal((await t.request('POST', '/api/v1/verify', { token: alice, body })).status, 200)
    const limited = await t.request('POST', '/api/v1/verify', { token: alice, body })
    assert.equal(limited.status, 429, limited.text)
    assert.equal(limited.body.error.code, 'rate_limited')
    assert.ok(Number(limited.headers['retry-after']) >= 1)
    const bob = (await t.newUser(undefined, 'quiet lantern orchard 48')).access
    assert.equal((await t.request('POST', '/api/v1/verify', { token: bob, body })).status, 200)
  })
})
