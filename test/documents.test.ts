import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { startTestApp, type TestApp } from './helpers/app'
import { makeDocx, makePdf, multipart } from './helpers/files'

let t: TestApp
let alice: Awaited<ReturnType<TestApp['newUser']>>
let bob: Awaited<ReturnType<TestApp['newUser']>>
before(async () => {
  t = await startTestApp({ MAX_UPLOAD_MB: '1', MAX_UPLOADS_IN_FLIGHT: '20' })
  await t.rt.engine.start()
  alice = await t.newUser()
  bob = await t.newUser()
})
after(() => t.close())

const conversation = async (who = alice) => (await t.request('POST', '/api/v1/conversations', { token: who.access, body: {} })).body.id as string
async function upload(conv: string, file: Parameters<typeof multipart>[0], who = alice) {
  const { payload, headers } = multipart(file)
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/conversations/${conv}/documents`, payload, headers: { ...headers, authorization: `Bearer ${who.access}` } })
  return { status: res.statusCode, body: res.json() }
}
async function settled(conv: string, id: string, who = alice) {
  await t.rt.queue.idle()
  return (await t.request('GET', `/api/v1/conversations/${conv}/documents/${id}`, { token: who.access })).body
}
const search = (query: string, conversation_id: string | undefined, who = alice) => t.request('POST', '/api/v1/search', { token: who.access, body: { query, conversation_id } })
const unique = () => `mot${Math.random().toString(36).slice(2, 10)}`

describe('documents in a conversation', () => {
  test('a PDF is parsed page by page, answered from with page citations, private to its owner, and gone once deleted', async () => {
    const conv = await conversation()
    const word = unique()
    const pdf = makePdf(['Introduction au cours de fiqh.', `La notion de ${word} concerne la purification avant la priere.`, 'Conclusion.'])
    const up = await upload(conv, { name: 'cours.pdf', type: 'application/pdf', bytes: pdf })
    assert.equal(up.status, 202, JSON.stringify(up.body))
    assert.equal(up.body.status, 'processing')
    const doc = await settled(conv, up.body.id)
    assert.equal(doc.status, 'ready', doc.error)
    assert.equal(doc.pages, 3)
    assert.ok(doc.passages >= 3)

    const found = await search(word, conv)
    assert.equal(found.body.items[0].origin, 'document')
    assert.equal(found.body.items[0].reference, 'cours.pdf p. 2')
    assert.equal(found.body.items[0].document_id, up.body.id)
    assert.deepEqual(found.body.items[0].locator, { page: 2 })

    const answer = await t.request('POST', `/api/v1/conversations/${conv}/messages`, { token: alice.access, body: { content: `Que dit le cours sur ${word} ?`, options: { scope: 'documents' } } })
    assert.equal(answer.status, 201)
    assert.match(answer.body.assistant_message.content, /\[\d\] \(cours\.pdf p\. 2\)/)

    assert.deepEqual((await search(word, undefined, bob)).body.items, [], 'another user finds nothing')
    assert.equal((await t.request('GET', `/api/v1/conversations/${conv}/documents`, { token: bob.access })).status, 404)
    assert.equal((await t.request('DELETE', `/api/v1/conversations/${conv}/documents/${up.body.id}`, { token: bob.access })).status, 404)

    assert.equal((await t.request('DELETE', `/api/v1/conversations/${conv}/documents/${up.body.id}`, { token: alice.access })).status, 204)
    assert.deepEqual((await search(word, conv)).body.items, [], 'out of the index at once')
    await assert.rejects(fs.access(path.join(t.dataDir, 'files', alice.uid, up.body.id)), 'file removed')
  })

  test('a question about the uploaded course quotes the course, not verses that share one common word with it', async () => {
    await t.indexQuran([5])
    const conv = await conversation()
    const word = unique()
    const up = await upload(conv, { name: 'cours.pdf', type: 'application/pdf', bytes: makePdf([`Le ${word} se fait pendant le voyage, selon ce cours.`]) })
    assert.equal((await settled(conv, up.body.id)).status, 'ready')
    const answer = await t.request('POST', `/api/v1/conversations/${conv}/messages`, { token: alice.access, body: { content: `Que dit le cours sur le ${word} en voyage ?` } })
    assert.equal(answer.status, 201)
    const { content, sources } = answer.body.assistant_message
    assert.ok(
      sources.some((s: any) => s.origin === 'corpus'),
      'verses were retrieved too (surah 5 speaks of travel)',
    )
    assert.match(content, /\[1\] \(cours\.pdf p\. 1\)/)
    assert.doesNotMatch(content, /\(Coran \d/, 'but they are far weaker than the course, so not quoted')
  })

  test('DOCX keeps headings; HTML, Markdown, UTF-16 and Windows-1256 text are read', async () => {
    const conv = await conversation()
    const words = [unique(), unique(), unique(), unique(), unique()]
    const files = [
      { name: 'fatwas.docx', bytes: await makeDocx('Chapitre de la zakat', [`Le ${words[0]} est une règle.`]) },
      { name: 'page.html', bytes: Buffer.from(`<!doctype html><html><body><nav>menu</nav><h2>Le jeûne</h2><p>Le ${words[1]} &amp; la suite.</p><script>x()</script></body></html>`) },
      { name: 'note.md', bytes: Buffer.from(`# Titre\n\n## La prière\n\nLe ${words[2]} du matin.`) },
      { name: 'utf16.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Texte ${words[3]} en UTF-16.`, 'utf16le')]) },
      { name: 'arabe.txt', bytes: Buffer.concat([Buffer.from(`${words[4]} `), Buffer.from(new TextEncoder().encode('x')), encode1256('الزكاة ركن من أركان الإسلام')]) },
    ]
    const ids: string[] = []
    for (const f of files) {
      const up = await upload(conv, f)
      assert.equal(up.status, 202, `${f.name}: ${JSON.stringify(up.body)}`)
      ids.push(up.body.id)
    }
    for (const id of ids) assert.equal((await settled(conv, id)).status, 'ready')
    const docx = (await search(words[0]!, conv)).body.items[0]
    assert.equal(docx.reference, 'fatwas.docx, « Chapitre de la zakat »')
    assert.equal((await search(words[1]!, conv)).body.items[0].reference, 'page.html, « Le jeûne »')
    assert.doesNotMatch((await search(words[1]!, conv)).body.items[0].text, /menu|x\(\)/)
    assert.equal((await search(words[2]!, conv)).body.items[0].reference, 'note.md, « La prière »')
    assert.equal((await search(words[3]!, conv)).body.items.length, 1)
    const arabic = (await search(words[4]!, conv)).body.items[0]
    assert.match(arabic.text, /الزكاة ركن من أركان الإسلام/)
  })

  test('bad files: renamed .exe, text claiming PDF, empty, over the limit, corrupted or scanned PDF', async () => {
    const conv = await conversation()
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90), Buffer.from('This program cannot be run in DOS mode')])
    assert.equal((await upload(conv, { name: 'virus.pdf', type: 'application/pdf', bytes: exe })).status, 415)
    const fake = await upload(conv, { name: 'fake.pdf', type: 'application/pdf', bytes: Buffer.from('just some text pretending') })
    assert.equal(fake.status, 415)
    assert.match(fake.body.error.message, /not/)
    assert.equal((await upload(conv, { name: 'empty.txt', bytes: Buffer.alloc(0) })).status, 422)
    const big = await upload(conv, { name: 'big.txt', bytes: Buffer.alloc(1024 * 1024 + 10, 0x61) })
    assert.equal(big.status, 413)
    assert.equal(big.body.error.code, 'payload_too_large')
    const corrupted = await upload(conv, { name: 'broken.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300, 0x41)]) })
    assert.equal(corrupted.status, 202)
    const c = await settled(conv, corrupted.body.id)
    assert.equal(c.status, 'failed')
    assert.match(c.error, /PDF could not be read|no extractable text/)
    const scanned = await upload(conv, { name: 'scan.pdf', bytes: makePdf(['']) })
    const s = await settled(conv, scanned.body.id)
    assert.equal(s.status, 'failed')
    assert.match(s.error, /no extractable text/)
    const listed = (await t.request('GET', `/api/v1/conversations/${conv}/documents`, { token: alice.access })).body.items
    assert.deepEqual(listed.map((d: { file_name: string }) => d.file_name).sort(), ['broken.pdf', 'scan.pdf'], 'refused files left nothing behind')
    const stored = await fs.readdir(path.join(t.dataDir, 'files', alice.uid)).catch(() => [] as string[])
    const known = ((await t.rt.database.db.execute(`SELECT id FROM documents WHERE owner_id = '${alice.uid}'` as never)) as unknown as { rows: Array<{ id: string }> }).rows.map((r) => r.id)
    assert.deepEqual(
      stored.filter((f) => !known.includes(f)),
      [],
      'no file is stored without its document',
    )
  })

  test("a path in the file name is stored safely; someone else's conversation is a 404; no file is a 422", async () => {
    const conv = await conversation()
    const up = await upload(conv, { name: '../../etc/passwd', bytes: Buffer.from('root:x:0:0') })
    assert.equal(up.status, 202)
    assert.equal(up.body.file_name, 'passwd')
    const stored = await fs.readdir(path.join(t.dataDir, 'files', alice.uid))
    assert.ok(stored.includes(up.body.id))
    assert.equal((await upload(conv, { name: 'x.txt', bytes: Buffer.from('texte') }, bob)).status, 404)
    const { payload, headers } = multipart(null, { other: 'x' })
    const none = await t.app.inject({ method: 'POST', url: `/api/v1/conversations/${conv}/documents`, payload, headers: { ...headers, authorization: `Bearer ${alice.access}` } })
    assert.equal(none.statusCode, 422)
    // (a JSON or text body sent to an upload is the wrong media type: 415, not @fastify/multipart's 406)
    const json = await t.request('POST', `/api/v1/conversations/${conv}/documents`, { token: alice.access, body: { file: 'x' } })
    assert.equal(json.status, 415, json.text)
    assert.equal(json.body.error.code, 'unsupported_media_type')
  })

  test('20 uploads at once all end ready or failed; deleting the conversation removes files and passages', async () => {
    const conv = await conversation()
    const word = unique()
    const ups = await Promise.all(Array.from({ length: 20 }, (_, i) => upload(conv, { name: `n${i}.txt`, bytes: Buffer.from(`Note ${i} sur ${word}. ${'Texte. '.repeat(50)}`) })))
    assert.ok(ups.every((u) => u.status === 202))
    await t.rt.queue.idle()
    const docs = (await t.request('GET', `/api/v1/conversations/${conv}/documents`, { token: alice.access })).body.items
    assert.equal(docs.length, 20)
    assert.ok(docs.every((d: { status: string }) => d.status === 'ready'))
    assert.ok((await search(word, conv)).body.items.length > 0)
    assert.equal((await t.request('DELETE', `/api/v1/conversations/${conv}`, { token: alice.access })).status, 204)
    const left = await fs.readdir(path.join(t.dataDir, 'files', alice.uid))
    assert.ok(ups.every((u) => !left.includes(u.body.id)))
    const rows = (await t.rt.database.db.execute(`SELECT count(*)::int AS n FROM passages WHERE conversation_id = '${conv}'` as never)) as unknown as { rows: Array<{ n: number }> }
    assert.equal(rows.rows[0]!.n, 0)
  })

  test('a document left processing by a dead process is taken up again, without duplicate passages', async () => {
    const conv = await conversation()
    const up = await upload(conv, { name: 'r.txt', bytes: Buffer.from(`Reprise ${unique()}. ${'Phrase. '.repeat(100)}`) })
    await settled(conv, up.body.id)
    const count = async () =>
      ((await t.rt.database.db.execute(`SELECT count(*)::int AS n FROM passages WHERE document_id = '${up.body.id}'` as never)) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n
    const before = await count()
    await t.rt.database.db.execute(`UPDATE documents SET status = 'processing' WHERE id = '${up.body.id}'` as never)
    assert.equal(await t.rt.documents.recover(), 1)
    assert.equal((await settled(conv, up.body.id)).status, 'ready')
    assert.equal(await count(), before)
  })
})

describe('admin corpus documents', () => {
  test('admins add to the shared corpus (visible to all, counted in /corpus/sources); others get 403', async () => {
    const adminUser = await t.newUser()
    await t.rt.database.db.execute(`UPDATE users SET role = 'admin' WHERE id = '${adminUser.uid}'` as never)
    const admin = (await t.request('POST', '/api/v1/auth/login', { body: { email: adminUser.email, password: adminUser.password } })).body.access_token
    const word = unique()
    const { payload, headers } = multipart({ name: 'foi.md', bytes: Buffer.from(`# Livre de la foi\n\nHadith sur ${word}.`) }, { collection: 'fiqh-notes', lang: 'fr' })
    const denied = await t.app.inject({ method: 'POST', url: '/api/v1/corpus/documents', payload, headers: { ...headers, authorization: `Bearer ${alice.access}` } })
    assert.equal(denied.statusCode, 403)
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/corpus/documents', payload, headers: { ...headers, authorization: `Bearer ${admin}` } })
    assert.equal(ok.statusCode, 202, ok.body)
    await t.rt.queue.idle()
    const seen = await search(word, undefined, bob)
    assert.equal(seen.body.items[0].collection, 'fiqh-notes')
    assert.equal(seen.body.items[0].origin, 'corpus')
    const sources = await t.request('GET', '/api/v1/corpus/sources', { token: bob.access })
    assert.ok(sources.body.items.some((s: { collection: string; passages: number }) => s.collection === 'fiqh-notes' && s.passages === 1))
    // (reserved collections: the shipped Qur'an, and a hadith book's — installing or removing the book would take the uploads' passages)
    for (const collection of ['quran', 'bukhari']) {
      const bad = multipart({ name: 'x.md', bytes: Buffer.from('x') }, { collection })
      assert.equal(
        (await t.app.inject({ method: 'POST', url: '/api/v1/corpus/documents', payload: bad.payload, headers: { ...bad.headers, authorization: `Bearer ${admin}` } })).statusCode,
        422,
        collection,
      )
    }
    assert.equal((await t.request('DELETE', `/api/v1/corpus/documents/${ok.json().id}`, { token: alice.access })).status, 403)
    assert.equal((await t.request('DELETE', `/api/v1/corpus/documents/${ok.json().id}`, { token: admin })).status, 204)
    assert.deepEqual((await search(word, undefined, bob)).body.items, [])
  })
})

function encode1256(text: string): Buffer {
  // Windows-1256 code points of the Arabic letters used here (TextEncoder only writes UTF-8).
  const table: Record<string, number> = { ا: 0xc7, ل: 0xe1, ز: 0xd2, ك: 0xdf, ة: 0xc9, ر: 0xd1, ن: 0xe4, م: 0xe3, أ: 0xc3, إ: 0xc5, س: 0xd3, ' ': 0x20 }
  return Buffer.from([...text].map((c) => table[c] ?? 0x3f))
}
