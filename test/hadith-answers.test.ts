import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { addBook } from '../src/corpus/hadith/install'
import { limitsFrom, readCatalogue, resolveSource } from '../src/corpus/hadith/source'
import { startTestApp, type TestApp } from './helpers/app'
import { startFakeLlm, type FakeLlm } from './helpers/fake-llm'
import { writeHadithFixture } from './helpers/hadith-fixture'
import { scratchDatabase } from './helpers/scratch-db'
import { parseSse } from './helpers/sse'

let fixture: string
let fake: FakeLlm
let scratch: Awaited<ReturnType<typeof scratchDatabase>>

/** The app with the Qur'an's surah 2 and the fixture's two books installed (from the local folder). */
async function appWithHadith(env: Record<string, string>): Promise<TestApp> {
  const t = await startTestApp({ ...env, ...(scratch.url ? { DATABASE_URL: scratch.url } : {}) })
  await t.indexQuran([2])
  const source = resolveSource(fixture)
  const limits = limitsFrom(t.config)
  const catalogue = await readCatalogue(source, limits)
  for (const book of ['bukhari', 'malik'] as const) {
    await addBook({ db: t.rt.database.db, dir: path.join(t.dataDir, 'hadith'), source, limits }, catalogue, book, ['ar', 'en', 'fr'], () => undefined)
  }
  return t
}

before(async () => {
  fixture = await writeHadithFixture()
  fake = await startFakeLlm()
  scratch = await scratchDatabase('hadith_answers')
})
after(async () => {
  await fake.close()
  await scratch.drop()
  await fs.rm(fixture, { recursive: true, force: true })
})

describe('answers citing hadith', () => {
  describe('extractive (the default)', () => {
    let t: TestApp
    let token: string
    before(async () => {
      t = await appWithHadith({})
      token = (await t.newUser()).access
    })
    after(() => t.close())
    const ask = async (content: string, options: Record<string, string> = {}) => {
      const id = (await t.request('POST', '/api/v1/conversations', { token, body: {} })).body.id
      const r = await t.request('POST', `/api/v1/conversations/${id}/messages`, { token, body: { content, options } })
      assert.equal(r.status, 201, r.text)
      return r.body.assistant_message as { content: string; sources: Array<{ reference: string; hadith?: { collection: string; number: number } }> }
    }

    test('a French question is answered with the hadith in French, its reference and its source carrying hadith {collection, number}', async () => {
      const answer = await ask('Si on mange par oubli pendant le jeûne, faut-il compléter son jeûne ?')
      assert.match(answer.content, /« Rapporté par Abu Huraira : Le Prophète \(ﷺ\) a dit : « Si quelqu'un mange ou boit par oubli.*\[\d\] \(Sahih al-Bukhari 1933\)/)
      assert.ok(answer.sources.some((s) => s.hadith?.collection === 'bukhari' && s.hadith.number === 1933))
    })

    test('an Arabic reader gets the matn, without the chain of narrators; grades are given where the collection has them', async () => {
      const answer = await ask('من أكل ناسيا وهو صائم هل يتم صومه')
      assert.match(answer.content, /«أَنَّ رَسُولَ اللَّهِ صلى الله عليه وسلم قَالَ/)
      assert.doesNotMatch(answer.content, /حَدَّثَنَا عَبْدُ اللَّهِ/)
      const graded = await ask('zakat on the jewellery of orphans')
      assert.match(graded.content, /\(Muwatta Malik 58\d, grade — Al-Albani: (Sahih|Daif)\)/)
    })

    test("the scope can be restricted to the Qur'an or to one collection", async () => {
      const quranOnly = await ask('Si on mange par oubli pendant le jeûne, faut-il compléter son jeûne ?', { kind: 'quran' })
      assert.ok(quranOnly.sources.every((s) => !s.hadith))
      const malikOnly = await ask('zakat on the jewellery of orphans', { collection: 'malik' })
      assert.ok(malikOnly.sources.length > 0 && malikOnly.sources.every((s) => s.hadith?.collection === 'malik'))
    })
  })

  describe('generative, through a local server speaking the OpenAI protocol', () => {
    let t: TestApp
    let token: string
    before(async () => {
      t = await appWithHadith({ ANSWER_PROVIDER: 'openai', OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: 'qwen2.5', LLM_TIMEOUT_MS: '5000' })
      token = (await t.newUser()).access
    })
    after(() => t.close())

    test('the prompt carries the hadith with its grades and asks to prefer authenticated reports', async () => {
      fake.reply = () => 'Voir [1].'
      const id = (await t.request('POST', '/api/v1/conversations', { token, body: {} })).body.id
      await t.request('POST', `/api/v1/conversations/${id}/messages`, { token, body: { content: 'zakat on the jewellery of orphans' } })
      const prompt = JSON.stringify(
        fake.requests
          .map((r) => r.body)
          .filter((b) => JSON.stringify(b).includes('<sources>'))
          .at(-1),
      )
      assert.match(prompt, /Hadith, chapter \\"Zakat\\", grades: Al-Albani: (Sahih|Daif)/)
      assert.match(prompt, /Prefer authenticated hadith/)
    })

    /** The fasting question asked in a new conversation, streamed; its last event, `done`. */
    const askFasting = async () => {
      const id = (await t.request('POST', '/api/v1/conversations', { token, body: {} })).body.id
      const r = await t.request('POST', `/api/v1/conversations/${id}/messages`, {
        token,
        body: { content: 'Si on mange par oubli pendant le jeûne, faut-il compléter son jeûne ?' },
        headers: { accept: 'text/event-stream' },
      })
      const done = parseSse(r.text).at(-1)!
      assert.equal(done.event, 'done', r.text.slice(0, 500))
      return done
    }

    test('a misquoted Arabic hadith is replaced by its authentic words and reference; an invented one is removed; a hadith number that does not exist is flagged', async () => {
      fake.reply = () =>
        'Il complète son jeûne [1] : « إذا نسي فأكل وشرب فليكمل صومه فإنما أطعمه الله وسقاه ». Un prédicateur ajoute : « من صام رمضان في السفر فله أجران عظيمان » [1]. Voir aussi Sahih al-Bukhari 99999.'
      const done = await askFasting()
      const c = done.data.corrections
      assert.deepEqual(
        c.corrected_quotes.map((q: { reference: string }) => q.reference),
        ['Sahih al-Bukhari 1933'],
      )
      assert.deepEqual(c.removed_quotes, ['من صام رمضان في السفر فله أجران عظيمان'])
      assert.deepEqual(c.invalid_references, ['Sahih al-Bukhari 99999 (no such hadith in the installed collection)'])
      const saved = done.data.message.content as string
      assert.match(saved, /« إِذَا نَسِيَ فَأَكَلَ وَشَرِبَ فَلْيُتِمَّ صَوْمَهُ، فَإِنَّمَا أَطْعَمَهُ اللَّهُ وَسَقَاهُ » \(Sahih al-Bukhari 1933\)/)
      assert.doesNotMatch(saved, /فليكمل|أجران|99999/)
    })

    test("a collection named as a hadith's source that does not hold it is replaced by the reference of the hadith it is", async () => {
      fake.reply = () => 'Il complète son jeûne [1] : « إذا نسي فأكل وشرب فليتم صومه » (رواه مالك في الموطأ). Et « إذا نسي فأكل وشرب فليكمل صومه » (رواه البخاري).'
      const done = await askFasting()
      assert.deepEqual(done.data.corrections.invalid_references, ['مالك في الموطأ'])
      const saved = done.data.message.content as string
      // (the right source stays as written; a misquote beside it is corrected without a second reference)
      assert.match(saved, /« إذا نسي فأكل وشرب فليتم صومه » \(رواه البخاري \(1933\)\)\. Et « إِذَا نَسِيَ [^»]+ » \(رواه البخاري\)\.$/)
    })

    test('a misattributed source written in Latin letters is replaced in the reader’s words', async () => {
      fake.reply = () => 'Il complète son jeûne [1] : « إذا نسي فأكل وشرب فليتم صومه » (rapporté par Malik).'
      const done = await askFasting()
      assert.deepEqual(done.data.corrections.invalid_references, ['Malik'])
      assert.match(done.data.message.content as string, /« إذا نسي فأكل وشرب فليتم صومه » \(rapporté par Sahih al-Bukhari 1933\)\.$/)
    })
  })
})
