import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { searchLexical } from '../src/rag/index/bm25'
import { createSharedPostings } from '../src/rag/index/shared-postings'
import { analyseQuery } from '../src/rag/search/query'
import { deleteUnits, writeUnits } from '../src/rag/index/writer'
import { createRetriever } from '../src/rag/search/retriever'
import { loadThesaurus } from '../src/rag/text/thesaurus'
import { startTestApp, type TestApp } from './helpers/app'
import { scratchDatabase } from './helpers/scratch-db'

let t: TestApp
let scratch: Awaited<ReturnType<typeof scratchDatabase>>
before(async () => {
  // Its own database on the PostgreSQL pass: the test writes shared units other files would see.
  scratch = await scratchDatabase('shared_postings')
  t = await startTestApp(scratch.url ? { DATABASE_URL: scratch.url } : {})
  await t.indexQuran([2, 9])
})
after(async () => {
  await t.close()
  await scratch.drop()
})

const scores = (r: { ranked: Array<{ score: number }> }) => r.ranked.map((x) => x.score.toFixed(9))

describe('the shared corpus held in the process for BM25', () => {
  test('ranks exactly as the SQL path does (scores, relevance), with and without filters', async () => {
    const db = t.rt.database.db
    const thesaurus = loadThesaurus()
    const bySql = createRetriever({ db, thesaurus })
    const inProcess = createRetriever({ db, thesaurus, shared: createSharedPostings(db) })
    const questions = ['Le jeûne est-il prescrit ?', 'Who is entitled to receive zakat?', 'ما هي شروط الصيام', 'prière du voyageur', 'spoils of war']
    for (const q of questions) {
      for (const scope of [{ include: 'corpus' as const }, { include: 'corpus' as const, kind: 'quran' as const }, { include: 'corpus' as const, collection: 'nothing-here' }]) {
        const a = await bySql.rank(q, 10, scope)
        const b = await inProcess.rank(q, 10, scope)
        assert.deepEqual(scores(b), scores(a), `${q} ${JSON.stringify(scope)}`)
        assert.ok(Math.abs(a.topRelevance - b.topRelevance) < 1e-9)
      }
    }
  })

  test('each hit holds the same query terms and covered weight as in SQL, and one question leaves nothing behind for the next', async () => {
    const db = t.rt.database.db
    const shared = createSharedPostings(db)
    const thesaurus = loadThesaurus()
    const scope = { include: 'corpus' as const }
    const terms = (q: string) => analyseQuery(q, { thesaurus, expansionWeight: 0.3 }).terms
    const view = (r: { hits: Array<{ passageId: string; score: number; matchedWeight: number; terms: string[] }> }) =>
      r.hits.map((h) => `${h.score.toFixed(9)} ${h.matchedWeight.toFixed(6)} ${[...h.terms].sort().join(',')}`)
    const params = { k1: 0.6, b: 0.5 }
    const first = 'Le jeûne est-il prescrit ?'
    const second = 'Who is entitled to receive zakat?'
    const sqlSecond = await searchLexical(db, terms(second), scope, 20, params)
    const fresh = await createSharedPostings(db).search(terms(second), scope, 20, params)
    // The first question's scores are accumulated in the same per-unit buffers the second then uses.
    await shared.search(terms(first), scope, 20, params)
    const after = await shared.search(terms(second), scope, 20, params)
    assert.ok(sqlSecond.hits.length > 5)
    assert.deepEqual(view(fresh!), view(sqlSecond))
    assert.deepEqual(view(after!), view(sqlSecond))
    assert.deepEqual(
      after!.hits.map((h) => h.passageId),
      fresh!.hits.map((h) => h.passageId),
    )
  })

  test("a user's uploads are never in the shared corpus's postings", async () => {
    const db = t.rt.database.db
    const user = await t.newUser()
    const word = 'xylographique'
    await writeUnits(db, [
      { collection: 'uploads', sourceKey: 'private#1', ownerId: user.uid, conversationId: crypto.randomUUID(), texts: [{ lang: 'fr', text: `Un mot ${word}.`, reference: 'private.txt' }] },
    ])
    const found = await createSharedPostings(db).search([{ term: 'xylograph', weight: 1 }, ...analyseQuery(word).terms], { include: 'corpus' }, 10, { k1: 0.6, b: 0.5 })
    assert.equal(found!.hits.length, 0)
  })

  test('a question that was reading postings when the shared index changed neither mixes the two states nor leaves its postings to the next', async () => {
    const db = t.rt.database.db
    const scope = { include: 'corpus' as const }
    const params = { k1: 0.6, b: 0.5 }
    const terms = analyseQuery('Le jeûne du voyageur et la prière').terms
    // Units to remove while the question runs: the remaining units' indices shift, and there are fewer of them.
    const race = await writeUnits(
      db,
      Array.from({ length: 30 }, (_, i) => ({ collection: 'race', sourceKey: `r${i}`, texts: [{ lang: 'fr' as const, text: `Le jeûne du voyageur, note ${i}.`, reference: `Race ${i}` }] })),
    )
    const before = await createSharedPostings(db).search(terms, scope, 20, params)
    assert.ok(before!.hits.some((h) => race.ids.includes(h.passageId)))

    let armed = false
    let release = () => {}
    let reached = () => {}
    const atGate = new Promise<void>((resolve) => (reached = resolve))
    const gate = new Promise<void>((resolve) => (release = resolve))
    const readsPostings = (q: unknown) => ((q as { queryChunks?: Array<{ value?: unknown }> }).queryChunks ?? []).some((c) => Array.isArray(c.value) && c.value.join('').includes('string_agg'))
    // The same database, except that the first postings read after arming waits for the test to let it go.
    const held = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== 'execute') return Reflect.get(target, prop, receiver)
        return async (q: Parameters<typeof db.execute>[0]) => {
          if (armed && readsPostings(q)) {
            armed = false
            reached()
            await gate
          }
          return target.execute(q)
        }
      },
    })
    const shared = createSharedPostings(held)
    await shared.search(analyseQuery('zakat').terms, scope, 5, params)
    armed = true
    const first = shared.search(terms, scope, 20, params)
    await atGate
    await deleteUnits(db, { collection: 'race' })
    const meanwhile = await shared.search(terms, scope, 20, params)
    release()
    const late = await first
    const after = await createSharedPostings(db).search(terms, scope, 20, params)
    const view = (r: { hits: Array<{ passageId: string; score: number }> } | null) => r!.hits.map((h) => `${h.passageId} ${h.score.toFixed(9)}`)
    // Its units are those it began with, its postings were read after the removal: every score is a real one.
    assert.ok(late!.hits.length > 0 && late!.hits.every((h) => Number.isFinite(h.score) && h.score > 0))
    assert.ok(late!.hits.every((h) => !race.ids.includes(h.passageId)))
    assert.deepEqual(view(meanwhile), view(after))
    assert.deepEqual(view(await shared.search(terms, scope, 20, params)), view(after), 'the next question reads the current state only')
  })

  test("another writer's shared units are seen at the next query, and their removal too", async () => {
    const db = t.rt.database.db
    const shared = createSharedPostings(db)
    const retriever = createRetriever({ db, thesaurus: loadThesaurus(), shared })
    const word = 'zygomorphique'
    assert.equal((await retriever.rank(`${word} jeûne`, 5, { include: 'corpus' })).ranked.length > 0, true, 'warm: the cache holds the corpus')
    await writeUnits(db, [{ collection: 'notes', sourceKey: 'n1', texts: [{ lang: 'fr', text: `Une note ${word} sur le jeûne.`, reference: 'Notes 1' }] }])
    const found = await retriever.search(word, 5, { include: 'corpus' })
    assert.equal(found.items[0]?.reference, 'Notes 1')
    await deleteUnits(db, { collection: 'notes' })
    assert.equal((await retriever.search(word, 5, { include: 'corpus' })).items.length, 0)
  })

  test('on a database no other process writes, a shared write of this process is still seen at the next query', async () => {
    const db = t.rt.database.db
    const retriever = createRetriever({ db, thesaurus: loadThesaurus(), shared: createSharedPostings(db, { exclusive: true }) })
    const word = 'xylographique'
    assert.equal((await retriever.rank(`${word} jeûne`, 5, { include: 'corpus' })).ranked.length > 0, true, 'warm: the cache holds the corpus')
    await writeUnits(db, [{ collection: 'notes-x', sourceKey: 'n1', texts: [{ lang: 'fr', text: `Une note ${word} sur le jeûne.`, reference: 'Notes X 1' }] }])
    assert.equal((await retriever.search(word, 5, { include: 'corpus' })).items[0]?.reference, 'Notes X 1')
    await deleteUnits(db, { collection: 'notes-x' })
    assert.equal((await retriever.search(word, 5, { include: 'corpus' })).items.length, 0)
  })

  test('once prepared, every shared posting is in memory: a question reads none from the database', async () => {
    const db = t.rt.database.db
    const word = 'paléographique'
    await writeUnits(db, [{ collection: 'notes-p', sourceKey: 'p1', texts: [{ lang: 'fr', text: `Une note ${word}.`, reference: 'Notes P 1' }] }])
    const shared = createSharedPostings(db)
    await shared.prepare()
    // Behind the cache's back (no generation bump): only a copy held in memory can still find the word.
    await db.execute(sql`DELETE FROM passage_terms WHERE passage_id IN (SELECT id FROM passages WHERE collection = 'notes-p')`)
    const retriever = createRetriever({ db, thesaurus: loadThesaurus(), shared })
    assert.equal((await retriever.search(word, 5, { include: 'corpus' })).items[0]?.reference, 'Notes P 1')
    await deleteUnits(db, { collection: 'notes-p' })
  })

  test("a conversation's own uploads are searched with the corpus (the SQL path takes them)", async () => {
    const db = t.rt.database.db
    const user = await t.newUser()
    const conversation = (await t.request('POST', '/api/v1/conversations', { token: user.access, body: {} })).body.id as string
    await writeUnits(db, [
      {
        collection: 'uploads',
        sourceKey: `${conversation}#1`,
        ownerId: user.uid,
        conversationId: conversation,
        texts: [{ lang: 'fr', text: 'Mon cours sur la zakat des bijoux.', reference: 'cours.txt' }],
      },
    ])
    const retriever = createRetriever({ db, thesaurus: loadThesaurus(), shared: createSharedPostings(db) })
    const mine = await retriever.search('zakat des bijoux', 5, { userId: user.uid, conversationId: conversation, include: 'all' })
    assert.ok(mine.items.some((s) => s.reference === 'cours.txt'))
    const other = await retriever.search('zakat des bijoux', 5, { userId: user.uid, conversationId: crypto.randomUUID(), include: 'all' })
    assert.ok(!other.items.some((s) => s.reference === 'cours.txt'), 'never in another conversation')
  })
})
