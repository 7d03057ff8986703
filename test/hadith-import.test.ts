import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { installedBooks } from '../src/corpus/hadith/install'
import { ANALYZER_VERSION } from '../src/rag/text/analyze'
import { startTestApp, type TestApp } from './helpers/app'
import { startHadithCdn, writeHadithFixture, type Fault } from './helpers/hadith-fixture'
import { runScript } from './helpers/cli'
import { scratchDatabase } from './helpers/scratch-db'

let t: TestApp
let cdn: Awaited<ReturnType<typeof startHadithCdn>>
let scratch: Awaited<ReturnType<typeof scratchDatabase>>
let fixture: string
let admin: string
let reader: string

before(async () => {
  fixture = await writeHadithFixture()
  cdn = await startHadithCdn(fixture)
  // A database of its own on the PostgreSQL pass: installed books are shared corpus, visible to every test file.
  scratch = await scratchDatabase('hadith')
  t = await startTestApp({ HADITH_SOURCE_URL: cdn.base, HADITH_TIMEOUT_S: '1', ...(scratch.url ? { DATABASE_URL: scratch.url } : {}) })
  await t.indexQuran([2])
  const a = await t.newUser()
  await t.rt.database.db.execute(`UPDATE users SET role = 'admin' WHERE id = '${a.uid}'` as never)
  admin = (await t.request('POST', '/api/v1/auth/login', { body: { email: a.email, password: a.password } })).body.access_token
  reader = (await t.newUser()).access
})
after(async () => {
  await t.close()
  await cdn.close()
  await scratch.drop()
  await fs.rm(fixture, { recursive: true, force: true })
})

type Job = { status: string; error: string | null; results: Array<{ book: string; status: string; hadiths: number }> }

/** Starts an import through the admin API and waits for it to end (generous limit for a loaded machine). */
async function importBooks(books: string[], langs?: string[]): Promise<Job> {
  const started = await t.request('POST', '/api/v1/corpus/hadith', { token: admin, body: { books, ...(langs ? { langs } : {}) } })
  assert.equal(started.status, 202, started.text)
  for (const until = Date.now() + 180_000; Date.now() < until; ) {
    const { body } = await t.request('GET', '/api/v1/corpus/hadith', { token: admin })
    if (body.job.status !== 'running') return body.job
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('the import did not finish')
}

const installed = async (book: string) => (await t.request('GET', '/api/v1/corpus/hadith', { token: admin })).body.books.find((b: { book: string }) => b.book === book)?.installed ?? null

const search = async (query: string, filters: Record<string, string> = {}) => {
  const res = await t.request('POST', '/api/v1/search', { token: reader, body: { query, k: 10, filters } })
  assert.equal(res.status, 200, res.text)
  return res.body.items as Array<{
    collection: string
    reference: string
    lang: string
    hadith?: { collection: string; number: number; grades: unknown[]; chapter: string | null; matn: string | null }
    verses?: unknown
    arabic?: { text: string }
  }>
}

async function failingImport(book: string, edition: string, fault: Fault, expected: RegExp): Promise<void> {
  // Complete downloads are kept for the next run (it resumes): start each case from an empty download folder.
  await fs.rm(path.join(t.dataDir, 'hadith'), { recursive: true, force: true })
  cdn.faults.set(edition, fault)
  const job = await importBooks([book])
  cdn.faults.delete(edition)
  assert.equal(job.status, 'failed', `${fault}: ${JSON.stringify(job)}`)
  assert.match(job.error ?? '', expected)
  assert.equal(await installed(book), null, `${fault}: nothing installed`)
  assert.equal((await search('zakat bijoux perles jewellery pearls')).filter((s) => s.collection === book).length, 0, `${fault}: nothing searchable`)
}

describe('importing hadith collections from a hadith-api source (a local server standing in for the CDN)', () => {
  test('bad downloads fail with a clear message and leave nothing installed: not JSON, wrong shape, truncated, too big, stalled', async () => {
    await failingImport('malik', 'fra-malik', 'not-json', /fra-malik: not valid JSON/)
    await failingImport('malik', 'eng-malik', 'wrong-shape', /eng-malik: not a hadith-api edition/)
    await failingImport('malik', 'ara-malik', 'truncate', /ara-malik: not valid JSON/)
    await failingImport('malik', 'ara-malik', 'huge', /more than the 67108864-byte limit/)
    await failingImport('malik', 'ara-malik', 'stall', /stalled/)
  })

  test('a server error is retried, a broken download resumes with a Range request, and the book is installed whole', async () => {
    cdn.faults.set('ara-malik', 'error-once')
    cdn.faults.set('eng-malik', 'cut-then-resume')
    cdn.requests.length = 0
    const job = await importBooks(['malik'])
    assert.equal(job.status, 'done', JSON.stringify(job))
    assert.deepEqual(
      job.results.map((r) => [r.book, r.status, r.hadiths]),
      [['malik', 'installed', 3]],
    )
    assert.ok(
      cdn.requests.some((r) => /eng-malik\.json bytes=\d+-/.test(r)),
      `a ranged request resumed the cut download: ${cdn.requests.join(' | ')}`,
    )
    assert.equal(cdn.requests.filter((r) => r.includes('ara-malik')).length, 2, 'the 503 was retried once')
    const mine = await installed('malik')
    assert.deepEqual(mine.languages.sort(), ['ar', 'en', 'fr'])
    assert.deepEqual(mine.report.languages.fr.misaligned, [581], 'the shifted French text is reported')
    assert.ok(mine.editions.every((e: { sha256: string; url: string }) => /^[0-9a-f]{64}$/.test(e.sha256) && e.url.startsWith(cdn.base)))
  })

  test('running the same import again changes nothing and downloads nothing', async () => {
    cdn.requests.length = 0
    const job = await importBooks(['malik'])
    assert.deepEqual(
      job.results.map((r) => r.status),
      ['unchanged'],
    )
    assert.equal(cdn.requests.filter((r) => r.includes('/editions/')).length, 0, cdn.requests.join(' | '))
  })

  test('search returns hadith sources with hadith {collection, number}, grades, chapter and a reference in the reader’s language', async () => {
    await importBooks(['bukhari'])
    const fr = await search('Si on mange par oubli pendant le jeûne, faut-il compléter son jeûne ?')
    const hit = fr.find((s) => s.hadith?.number === 1933)
    assert.ok(hit, JSON.stringify(fr.map((s) => s.reference)))
    assert.equal(hit.reference, 'Sahih al-Bukhari 1933')
    assert.equal(hit.lang, 'fr')
    assert.equal(hit.hadith!.collection, 'bukhari')
    assert.equal(hit.hadith!.chapter, 'Fasting')
    assert.match(hit.arabic!.text, /فَلْيُتِمَّ صَوْمَهُ/, 'the Arabic travels beside the translation')
    assert.match(hit.hadith!.matn!, /^أَنَّ رَسُولَ اللَّهِ/, 'the matn without the chain')

    const ar = await search('من أكل ناسيا وهو صائم فليتم صومه')
    assert.equal(ar.find((s) => s.hadith?.number === 1933)?.reference, 'صحيح البخاري 1933')
    const en = await search('jewellery of orphans zakat')
    const malik = en.find((s) => s.hadith?.collection === 'malik')
    assert.ok(malik, JSON.stringify(en.map((s) => s.reference)))
    assert.match(malik.reference, /^Muwatta Malik 58\d$/)
    assert.ok(malik.hadith!.grades.length > 0)
  })

  test('filters: by kind (quran, hadith) and by collection', async () => {
    const q = 'jeûne fasting صوم'
    const started = performance.now()
    const all = await search(q)
    const ms = Math.round(performance.now() - started)
    assert.ok(all.some((s) => s.collection === 'quran') && all.some((s) => s.hadith), `the Qur’an and hadith compete in one ranking (${ms} ms): ${all.map((s) => s.reference).join(', ')}`)
    assert.ok((await search(q, { kind: 'hadith' })).every((s) => s.hadith))
    assert.ok((await search(q, { kind: 'quran' })).every((s) => s.collection === 'quran' && s.verses))
    const onlyMalik = await search('zakat on the jewellery of orphans', { collection: 'malik' })
    assert.ok(onlyMalik.length > 0 && onlyMalik.every((s) => s.collection === 'malik'))
    const bad = await t.request('POST', '/api/v1/search', { token: reader, body: { query: 'x', filters: { kind: 'tafsir' } } })
    assert.equal(bad.status, 422)
  })

  test('a book indexed by an older analyser is re-indexed at start from the kept editions, without the network', async () => {
    await t.rt.database.db.execute(`UPDATE index_meta SET value = jsonb_set(value, '{analyzer}', '-1') WHERE key = 'hadith:bukhari'` as never)
    cdn.requests.length = 0
    const job = await t.rt.services.hadith.refreshStale()
    assert.ok(job, 'a stale book starts a re-indexing job')
    for (const until = Date.now() + 120_000; Date.now() < until && job.status === 'running'; ) await new Promise((r) => setTimeout(r, 50))
    assert.equal(job.status, 'done', JSON.stringify(job))
    assert.deepEqual(
      job.results.map((r) => [r.book, r.status]),
      [['bukhari', 'installed']],
    )
    assert.equal(cdn.requests.length, 0, cdn.requests.join(' | '))
    const record = (await installedBooks(t.rt.database.db)).find((b) => b.book === 'bukhari')!
    assert.equal(record.analyzer, ANALYZER_VERSION)
    assert.equal(await t.rt.services.hadith.refreshStale(), null, 'nothing stale any more')
    assert.ok((await search('compléter son jeûne oubli')).some((s) => s.hadith?.number === 1933))
  })

  test('adding a language keeps the installed ones; a failed update leaves the installed book as it was', async () => {
    // bukhari is installed in three languages; an update that fails mid-way must not touch it.
    cdn.faults.set('fra-bukhari', 'not-json')
    await fs.rm(path.join(t.dataDir, 'hadith', 'fra-bukhari.json'))
    const job = await importBooks(['bukhari'], ['fr'])
    cdn.faults.delete('fra-bukhari')
    assert.equal(job.status, 'failed')
    assert.deepEqual((await installed('bukhari')).languages.sort(), ['ar', 'en', 'fr'])
    assert.ok((await search('compléter son jeûne oubli')).some((s) => s.hadith?.number === 1933))
  })

  test('bad requests: unknown book or language (422 naming the valid ones), a second import while one runs (409), a reader (403)', async () => {
    const unknown = await t.request('POST', '/api/v1/corpus/hadith', { token: admin, body: { books: ['bukhary'] } })
    assert.equal(unknown.status, 422)
    assert.match(JSON.stringify(unknown.body.error), /bukhari/)
    const lang = await t.request('POST', '/api/v1/corpus/hadith', { token: admin, body: { books: ['malik'], langs: ['de'] } })
    assert.equal(lang.status, 422)
    // (a book or a language listed twice: the job would carry it twice)
    const twice = await t.request('POST', '/api/v1/corpus/hadith', { token: admin, body: { books: ['nawawi', 'nawawi'] } })
    assert.equal(twice.status, 422)
    assert.match(JSON.stringify(twice.body.error.details), /books.*twice/)
    assert.equal((await t.request('POST', '/api/v1/corpus/hadith', { token: admin, body: { books: ['malik'], langs: ['ar', 'ar'] } })).status, 422)
    assert.equal((await t.request('POST', '/api/v1/corpus/hadith', { token: reader, body: { books: ['malik'] } })).status, 403)
    assert.equal((await t.request('GET', '/api/v1/corpus/hadith', { token: reader })).status, 403)
    cdn.faults.set('ara-bukhari', 'stall')
    await fs.rm(path.join(t.dataDir, 'hadith', 'ara-bukhari.json'))
    const first = await t.request('POST', '/api/v1/corpus/hadith', { token: admin, body: { books: ['bukhari'], langs: ['ar'] } })
    assert.equal(first.status, 202)
    const second = await t.request('POST', '/api/v1/corpus/hadith', { token: admin, body: { books: ['malik'] } })
    assert.equal(second.status, 409)
    assert.equal(second.body.error.code, 'import_in_progress')
    for (const until = Date.now() + 120_000; Date.now() < until; ) {
      if ((await t.request('GET', '/api/v1/corpus/hadith', { token: admin })).body.job.status !== 'running') break
      await new Promise((r) => setTimeout(r, 50))
    }
    cdn.faults.delete('ara-bukhari')
    const generic = await t.request('DELETE', '/api/v1/corpus/sources/malik', { token: admin })
    assert.equal(generic.status, 422, 'a hadith book is removed through its own route')
  })

  test('removing a book takes its hadiths out of search and its editions off the disk', async () => {
    const res = await t.request('DELETE', '/api/v1/corpus/hadith/malik', { token: admin })
    assert.equal(res.status, 200, res.text)
    assert.equal(res.body.hadiths_removed, 3)
    assert.equal(await installed('malik'), null)
    assert.equal((await search('zakat jewellery bijoux')).filter((s) => s.collection === 'malik').length, 0)
    const files = await fs.readdir(path.join(t.dataDir, 'hadith'))
    assert.ok(!files.some((f) => f.includes('malik')), files.join(', '))
    assert.equal((await t.request('DELETE', '/api/v1/corpus/hadith/malik', { token: admin })).status, 404)
  })
})

describe('npm run corpus (the command line)', () => {
  test('add from a local folder, status, list, remove; an unknown book names the valid ones', async () => {
    const dataDir = await fs.mkdtemp(path.join(t.dataDir, 'cli-'))
    const cliDb = await scratchDatabase('hadith_cli')
    const env = { DATA_DIR: dataDir, DATABASE_URL: cliDb.url ?? '', JWT_SECRET: 'x'.repeat(40), MODELS_DIR: t.config.MODELS_DIR ?? '' }
    try {
      const unknown = await runScript('src/cli/corpus.ts', ['add', 'bukhary', '--from', fixture], env)
      assert.equal(unknown.code, 1)
      assert.match(unknown.stderr, /unknown book "bukhary"; valid books: bukhari, muslim, abudawud/)

      const added = await runScript('src/cli/corpus.ts', ['add', 'malik', '--lang', 'ar,en', '--from', fixture], env)
      assert.equal(added.code, 0, added.stderr)
      assert.match(added.stdout, /malik \(Muwatta Malik\): 3 hadiths — ar 3; en 3 — installed in [\d.]+ s/)

      const status = await runScript('src/cli/corpus.ts', ['status'], env)
      assert.match(status.stdout, /ara-malik: [\d.]+ MB sha256 [0-9a-f]{16}… from .*ara-malik\.json/)
      const list = await runScript('src/cli/corpus.ts', ['list', '--from', fixture], env)
      assert.match(list.stdout, /malik\s+Muwatta Malik\s+ar [\d.]+ MB, fr [\d.]+ MB, en [\d.]+ MB\s+installed: ar,en, 3 hadiths/)
      assert.match(list.stdout, /bukhari\s+Sahih al-Bukhari .* not installed/)

      const removed = await runScript('src/cli/corpus.ts', ['remove', 'malik'], env)
      assert.match(removed.stdout, /removed malik: 3 hadiths/)
    } finally {
      await cliDb.drop()
    }
  })
})
