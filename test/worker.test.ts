import assert from 'node:assert/strict'
import type { ChildProcess } from 'node:child_process'
import { after, before, describe, test } from 'node:test'
import { startProjectProcess } from './helpers/process'
import { startTestApp, type TestApp } from './helpers/app'
import { makePdf, multipart } from './helpers/files'
import { makeScannedPdf, renderScan } from './helpers/scans'

// A separate worker process needs Redis (BullMQ); the embedded pass has none.
const skip = process.env.REDIS_URL ? false : 'needs REDIS_URL (BullMQ); runs in the PostgreSQL + Redis pass'

describe('ingestion by a separate BullMQ worker (npm run worker)', { skip }, () => {
  let t: TestApp
  const children: ChildProcess[] = []
  before(async () => {
    // The API only queues (WORKER_IN_PROCESS=false): the worker process does the work.
    t = await startTestApp({ WORKER_IN_PROCESS: 'false' })
    await t.rt.engine.start()
  })
  after(async () => {
    children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'))
    await t.close()
  })

  const startWorker = () => {
    const worker = startProjectProcess('src/worker.ts', {
      DATA_DIR: t.dataDir,
      DATABASE_URL: t.config.DATABASE_URL!,
      REDIS_URL: t.config.REDIS_URL!,
      REDIS_PREFIX: t.config.REDIS_PREFIX,
      INGEST_CONCURRENCY: '1',
    })
    children.push(worker.child)
    return worker
  }

  const status = async (conv: string, id: string, token: string) => (await t.request('GET', `/api/v1/conversations/${conv}/documents/${id}`, { token })).body
  const passages = async (id: string) =>
    ((await t.rt.database.db.execute(`SELECT count(*)::int AS n FROM passages WHERE document_id = '${id}'` as never)) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n

  test('a worker killed mid-ingestion: the restarted one finishes the document, with no duplicate passages', async () => {
    const user = await t.newUser()
    const conv = (await t.request('POST', '/api/v1/conversations', { token: user.access, body: {} })).body.id
    // 1,000 pages are written in batches of 100, so the kill can land between two committed batches.
    const pages = Array.from({ length: 1_000 }, (_, i) => `Page ${i + 1} du manuel de fiqh: la purification, la priere et le jeune, section ${i + 1}.`)
    const { payload, headers } = multipart({ name: 'manuel.pdf', type: 'application/pdf', bytes: makePdf(pages) })
    const first = startWorker()
    const uploadedAt = performance.now()
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/conversations/${conv}/documents`, payload, headers: { ...headers, authorization: `Bearer ${user.access}` } })
    assert.equal(res.statusCode, 202)
    const id = res.json().id as string
    // Killed once its first batch of passages is committed: mid-ingestion by construction, not by a timer.
    for (const until = Date.now() + 180_000; Date.now() < until && (await passages(id)) === 0; ) await new Promise((r) => setTimeout(r, 20))
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.once('exit', r))
    assert.equal((await status(conv, id, user.access)).status, 'processing', 'the job was interrupted')
    const partial = await passages(id)
    assert.ok(partial > 0 && partial < 1_000, `killed part-way (${partial} passages written)`)

    const second = startWorker()
    let doc = await status(conv, id, user.access)
    for (let i = 0; i < 600 && doc.status === 'processing'; i++) {
      await new Promise((r) => setTimeout(r, 100))
      doc = await status(conv, id, user.access)
    }
    const seconds = (performance.now() - uploadedAt) / 1000
    assert.equal(doc.status, 'ready', second.log().slice(-2000))
    assert.equal(doc.pages, 1_000)
    assert.equal(await passages(id), doc.passages, 'no duplicate passages')
    console.log(`1,000-page PDF through a killed and restarted worker: ready in ${seconds.toFixed(1)} s (${doc.passages} passages)`)
    second.child.kill('SIGTERM')
  })

  test('a worker killed mid-OCR: the restarted one resumes after the pages already read, with no duplicate passages', async () => {
    const user = await t.newUser()
    const conv = (await t.request('POST', '/api/v1/conversations', { token: user.access, body: {} })).body.id
    const scans = Array.from({ length: 6 }, (_, i) => renderScan(`Page ${i + 1} du polycopie scanne sur la purification et la priere.`, { dpi: 150, widthIn: 5 }))
    const { payload, headers } = multipart({ name: 'scan.pdf', type: 'application/pdf', bytes: makeScannedPdf(scans, 150) })
    const first = startWorker()
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/conversations/${conv}/documents`, payload, headers: { ...headers, authorization: `Bearer ${user.access}` } })
    assert.equal(res.statusCode, 202)
    const id = res.json().id as string
    const kept = async () =>
      ((await t.rt.database.db.execute(`SELECT count(*)::int AS n FROM document_pages WHERE document_id = '${id}'` as never)) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n
    // Killed once two pages are read and kept: mid-OCR by construction, not by a timer.
    for (const until = Date.now() + 180_000; Date.now() < until && (await kept()) < 2; ) await new Promise((r) => setTimeout(r, 20))
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.once('exit', r))
    const before = await status(conv, id, user.access)
    assert.equal(before.status, 'processing', 'the job was interrupted')
    const keptPages = await kept()
    assert.ok(keptPages >= 2 && keptPages < 6, `killed part-way (${keptPages} pages kept)`)
    assert.equal(before.pages_total, 6)
    // The kept page 1 is given a word its image does not have: finding it proves page 1 was not read again.
    await t.rt.database.db.execute(`UPDATE document_pages SET text = text || ' istinjamarqueur' WHERE document_id = '${id}' AND page = 1` as never)

    const second = startWorker()
    let doc = before
    for (let i = 0; i < 1_200 && doc.status === 'processing'; i++) {
      await new Promise((r) => setTimeout(r, 100))
      doc = await status(conv, id, user.access)
    }
    assert.equal(doc.status, 'ready', second.log().slice(-2000))
    assert.equal(doc.pages_done, 6)
    assert.equal(await passages(id), 6, 'one passage per page, none twice')
    const found = (await t.request('POST', '/api/v1/search', { token: user.access, body: { query: 'istinjamarqueur', conversation_id: conv, filters: { collection: 'uploads' } } })).body.items
    assert.equal(found[0]?.reference, 'scan.pdf p. 1')
    assert.equal(await kept(), 0, 'the kept pages are gone once the document is ready')
    second.child.kill('SIGTERM')
  })

  test('a dedicated worker ingests a 100-page PDF: ready, one passage or more per page', async () => {
    const user = await t.newUser()
    const conv = (await t.request('POST', '/api/v1/conversations', { token: user.access, body: {} })).body.id
    const pages = Array.from({ length: 100 }, (_, i) => `Chapitre ${i + 1}. ${'Le jeune est prescrit aux croyants comme il le fut a ceux d avant eux. '.repeat(8)}`)
    const worker = startWorker()
    for (let i = 0; i < 600 && !/ingestion worker started/.test(worker.log()); i++) await new Promise((r) => setTimeout(r, 50))
    const { payload, headers } = multipart({ name: 'cours.pdf', type: 'application/pdf', bytes: makePdf(pages) })
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/conversations/${conv}/documents`, payload, headers: { ...headers, authorization: `Bearer ${user.access}` } })
    const id = res.json().id as string
    let doc = await status(conv, id, user.access)
    for (let i = 0; i < 600 && doc.status === 'processing'; i++) {
      await new Promise((r) => setTimeout(r, 100))
      doc = await status(conv, id, user.access)
    }
    assert.equal(doc.status, 'ready')
    assert.equal(doc.pages, 100)
    assert.ok(doc.passages >= 100, `${doc.passages} passages`)
    worker.child.kill('SIGTERM')
  })
})
