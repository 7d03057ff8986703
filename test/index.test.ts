import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import pino from 'pino'
import { sql } from 'drizzle-orm'
import { loadQuranUnits } from '../src/rag/canon/quran'
import { createEmbedder } from '../src/rag/engine'
import { openVectorStore } from '../src/rag/index/vectors'
import { deleteUnits, refreshIndexStatistics, writeUnits } from '../src/rag/index/writer'
import { createRetriever } from '../src/rag/search/retriever'
import { loadThesaurus } from '../src/rag/text/thesaurus'
import { startTestApp, type TestApp } from './helpers/app'
import { scratchDatabase } from './helpers/scratch-db'

let t: TestApp
let scratch: Awaited<ReturnType<typeof scratchDatabase>>
const logger = pino({ level: 'silent' })
before(async () => {
  // This file switches embedders (dropping the vector column): on PostgreSQL it gets a database of its own.
  scratch = await scratchDatabase('index')
  t = await startTestApp(scratch.url ? { DATABASE_URL: scratch.url } : {})
})
after(async () => {
  await t.close()
  await scratch.drop()
})

const count = async (table: string, where = 'TRUE') =>
  ((await t.rt.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n

describe('the passage index', () => {
  test('writing the same units twice changes nothing the second time; a changed unit is replaced', async () => {
    const units = loadQuranUnits()
      .filter((u) => u.verses!.surah === 112)
      .map((u) => ({ ...u, collection: 'idem' }))
    const first = await writeUnits(t.rt.database.db, units)
    const second = await writeUnits(t.rt.database.db, units)
    assert.equal(first.inserted, 4)
    assert.equal(second.inserted, 0)
    assert.equal(second.unchanged, 4)
    assert.equal(await count('passages', "collection = 'idem'"), 4)
    const changed = units.map((u, i) => (i === 0 ? { ...u, texts: u.texts.map((x) => ({ ...x, text: `${x.text} (rev)` })) } : u))
    const third = await writeUnits(t.rt.database.db, changed)
    assert.equal(third.inserted, 1)
    assert.equal(await count('passages', "collection = 'idem'"), 4)
    assert.equal(await count('passage_texts', "text LIKE '% (rev)'"), 3)
  })

  test('the root and answer-type fields, when asked for, add postings but leave the unit length as it was', async () => {
    const text = 'إنما الصدقات للفقراء والمساكين والعاملين عليها'
    const unit = (collection: string) => ({ collection, sourceKey: '9:60', texts: [{ lang: 'ar' as const, text, reference: '9:60' }] })
    await writeUnits(t.rt.database.db, [unit('plain-fields')])
    await writeUnits(t.rt.database.db, [unit('with-fields')], undefined, { fields: true })
    const length = async (collection: string) =>
      ((await t.rt.database.db.execute(sql`SELECT term_count FROM passages WHERE collection = ${collection}`)) as unknown as { rows: Array<{ term_count: number }> }).rows[0]!.term_count
    assert.equal(await length('with-fields'), await length('plain-fields'))
    const fieldPostings = (collection: string) => count('passage_terms pt JOIN passages p ON p.id = pt.passage_id', `p.collection = '${collection}' AND (pt.term LIKE '√%' OR pt.term LIKE '§%')`)
    assert.equal(await fieldPostings('plain-fields'), 0)
    assert.ok((await fieldPostings('with-fields')) >= 4)
    // The same unit asked with fields is not "unchanged": its stored postings lack them.
    assert.equal((await writeUnits(t.rt.database.db, [unit('plain-fields')], undefined, { fields: true })).inserted, 1)
  })

  test('deleting a collection removes its texts and postings with it', async () => {
    await writeUnits(t.rt.database.db, [{ collection: 'gone', sourceKey: '1', texts: [{ lang: 'fr', text: 'texte éphémère unique', reference: 'x' }] }])
    assert.equal(await deleteUnits(t.rt.database.db, { collection: 'gone' }), 1)
    assert.equal(await count('passage_terms', "term = 'ephemer'"), 0)
  })

  test('without pgvector the vectors live in a real[] column and lexical candidates are re-ranked in process', async () => {
    const noVector = { ...t.rt.database, hasVector: false }
    const embedder = await createEmbedder(t.config)
    const store = await openVectorStore(noVector, embedder, logger, { nearestIndex: false })
    assert.equal(store.mode, 'in-process')
    const units = loadQuranUnits().filter((u) => [2, 9].includes(u.verses!.surah))
    await writeUnits(t.rt.database.db, units, store)
    await refreshIndexStatistics(t.rt.database.db)
    const retriever = createRetriever({ db: t.rt.database.db, thesaurus: loadThesaurus(), vectors: store, settings: { vectorWeight: 0.5 } })
    const r = await retriever.search('bénéficiaires de la zakat', 5, { include: 'corpus', collection: 'quran' })
    assert.ok(
      r.items.some((i) => i.verses?.surah === 9 && i.verses.from === 60),
      r.items.map((i) => i.reference).join(),
    )
    const sims = await store.similarities(await store.embedQuery('zakat'), [r.items[0]!.id])
    assert.ok(sims.get(r.items[0]!.id)! > 0)
    const column = (await t.rt.database.db.execute(sql`SELECT data_type FROM information_schema.columns WHERE table_name = 'passages' AND column_name = 'embedding'`)) as unknown as {
      rows: Array<{ data_type: string }>
    }
    assert.equal(column.rows[0]!.data_type, 'ARRAY')
  })

  test('the HNSW index is kept only while searches rank by the vectors, and nearest finds the same units without it', async () => {
    const embedder = await createEmbedder(t.config)
    const hnsw = async () => count('pg_indexes', "indexname = 'passages_embedding_hnsw'")
    const ranking = await openVectorStore(t.rt.database, embedder, logger, { nearestIndex: true })
    if (ranking.mode !== 'pgvector') {
      assert.equal(await hnsw(), 0, 'a real[] column has no index to keep')
      return
    }
    assert.equal(await hnsw(), 1)
    await writeUnits(
      t.rt.database.db,
      loadQuranUnits().filter((u) => [2, 9].includes(u.verses!.surah)),
      ranking,
    )
    const scope = { include: 'corpus', collection: 'quran' } as const
    const query = await ranking.embedQuery('bénéficiaires de la zakat, les pauvres et les nécessiteux')
    const approximate = await ranking.nearest(query, scope, 5)
    const plain = await openVectorStore(t.rt.database, embedder, logger, { nearestIndex: false })
    assert.equal(await hnsw(), 0, 'dropped when searches do not rank by vectors')
    const exact = await plain.nearest(query, scope, 5)
    assert.equal(exact.length, 5)
    assert.equal(exact[0]!.id, approximate[0]!.id)
    await openVectorStore(t.rt.database, embedder, logger, { nearestIndex: true })
    assert.equal(await hnsw(), 1, 'built again over the stored vectors')
    await openVectorStore(t.rt.database, embedder, logger, { nearestIndex: false })
  })

  test('the index records its embedder and rebuilds the vectors rather than mixing two', async () => {
    const db = t.rt.database.db
    const embedder = await createEmbedder(t.config)
    await openVectorStore(t.rt.database, embedder, logger, { nearestIndex: false })
    const meta = (await db.execute(sql`SELECT value FROM index_meta WHERE key = 'embedder'`)) as unknown as { rows: Array<{ value: { id: string; dim: number } }> }
    assert.equal(meta.rows[0]!.value.id, embedder.id)
    const other = { id: 'other-embedder', dim: 8, embed: async (texts: string[]) => texts.map(() => Float32Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 : 0))) }
    const store = await openVectorStore(t.rt.database, other, logger, { nearestIndex: false })
    assert.equal(store.embedderId, 'other-embedder')
    assert.equal(await count('passages', 'embedding IS NULL'), 0, 'every unit was re-embedded')
    const after = (await db.execute(sql`SELECT value FROM index_meta WHERE key = 'embedder'`)) as unknown as { rows: Array<{ value: { id: string; dim: number } }> }
    assert.deepEqual([after.rows[0]!.value.id, after.rows[0]!.value.dim], ['other-embedder', 8])
  })
})
