import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { and, eq } from 'drizzle-orm'
import { passages } from '../src/db/schema'
import { createSharedPostings } from '../src/rag/index/shared-postings'
import { refreshIndexStatistics, writeUnits } from '../src/rag/index/writer'
import type { UnitInput } from '../src/rag/index/units'
import { loadQuranAssociations } from '../src/rag/canon/quran-associations'
import { loadThesaurus } from '../src/rag/text/thesaurus'
import { createRetriever } from '../src/rag/search/retriever'
import { startTestApp, type TestApp } from './helpers/app'
import { scratchDatabase } from './helpers/scratch-db'

let t: TestApp
let scratch: Awaited<ReturnType<typeof scratchDatabase>>
before(async () => {
  // Its own database on the PostgreSQL pass: the test writes shared units other files would see.
  scratch = await scratchDatabase('hadith_ranking')
  t = await startTestApp(scratch.url ? { DATABASE_URL: scratch.url } : {})
  await writeUnits(t.rt.database.db, [...shortNotes(), ...reports()])
  await refreshIndexStatistics(t.rt.database.db)
})
after(async () => {
  await t.close()
  await scratch.drop()
})

const QUESTION = 'Does sleeping break the ablution?'

/** Eight short shared notes on the question's words: they lead any ranking by those words. */
function shortNotes(): UnitInput[] {
  return Array.from({ length: 8 }, (_, i) => ({
    collection: 'notes',
    sourceKey: `n${i}`,
    texts: [{ lang: 'en' as const, text: `Note ${i}: sleeping and ablution, what breaks it.`, reference: `notes ${i}` }],
  }))
}

/** Reports: one holds the reader's words in a long text, the others none of them. */
function reports(): UnitInput[] {
  const report = (n: number, text: string): UnitInput => ({
    collection: 'bukhari',
    sourceKey: String(n),
    hadith: { number: n, grades: [], matn: null },
    texts: [{ lang: 'en', text, reference: `Sahih al-Bukhari ${n}` }],
  })
  const long =
    'Narrated Safwan: We were travelling with the Prophet and he told us that we need not take off our leather socks for three days and nights, ' +
    'except for major impurity, and that sleeping does not break the ablution of one sitting firmly, nor does it for the one who dozes while waiting for the prayer, ' +
    'and the people used to wait for the night prayer until their heads nodded, then pray without renewing it.'
  const washing = (n: number) =>
    report(
      n,
      `Narrated ${n}: before he would sleep at night he made the ablution, the wudu of ritual purity: he would wash the face, wipe the head and rest. (Il se lave le visage avant le sommeil et le repos de la nuit.)`,
    )
  return [report(1, long), ...[2, 3, 4, 5, 6, 7, 8].map(washing)]
}

describe('hadith in one ranking with other shared sources', () => {
  test('among the hadith, the report holding the reader’s own words rises above shorter ones that hold what the question’s expansions bring', async () => {
    const db = t.rt.database.db
    const shared = createSharedPostings(db)
    const thesaurus = loadThesaurus()
    const associations = loadQuranAssociations()
    const scope = { include: 'corpus' as const, kind: 'hadith' as const }
    // The thesaurus's forms weigh here as much as the reader's words, so that they lead the expanded ranking;
    // the gates are not what is tested (this small index would fall below the relevance floor).
    const gatesOff = { floor: 0, minCoverage: 0, expansionWeight: 1 }
    const expandedOnly = await createRetriever({ db, shared, thesaurus, associations, settings: { ...gatesOff, ownWordsWeight: 0 } }).rank(QUESTION, 10, scope)
    const withOwnWords = await createRetriever({ db, shared, thesaurus, associations, settings: { ...gatesOff, ownWordsWeight: 0.3 } }).rank(QUESTION, 10, scope)
    const report = await keyOf(withOwnWords.ranked, 'bukhari/1')
    const before = expandedOnly.ranked.findIndex((r) => r.id === report)
    const after = withOwnWords.ranked.findIndex((r) => r.id === report)
    assert.ok(before >= 5 || before === -1, `without the fusion the report ranks ${before + 1}`)
    assert.ok(after >= 0 && after < 5, `with it the report ranks ${after + 1}`)
    const bySql = await createRetriever({ db, thesaurus, associations, settings: { ...gatesOff, ownWordsWeight: 0.3 } }).rank(QUESTION, 10, scope)
    assert.deepEqual(
      bySql.ranked.map((r) => [r.id, r.score.toFixed(9)]),
      withOwnWords.ranked.map((r) => [r.id, r.score.toFixed(9)]),
      'the SQL path (conversations with uploads) ranks the same',
    )
  })

  test('without hadith in the scope the ranking and its scores are exactly the expanded ones', async () => {
    const db = t.rt.database.db
    const shared = createSharedPostings(db)
    const scope = { include: 'corpus' as const, collection: 'notes' }
    const a = await createRetriever({ db, shared, settings: { ownWordsWeight: 0 } }).rank(QUESTION, 10, scope)
    const b = await createRetriever({ db, shared, settings: { ownWordsWeight: 0.3 } }).rank(QUESTION, 10, scope)
    assert.deepEqual(b.ranked, a.ranked)
    const quranOnly = await createRetriever({ db, shared, settings: { ownWordsWeight: 0.3 } }).rank(QUESTION, 10, { include: 'corpus', kind: 'quran' })
    assert.deepEqual(quranOnly.ranked, [])
  })
})

async function keyOf(ranked: Array<{ id: string }>, key: string): Promise<string> {
  const [collection, sourceKey] = key.split('/')
  const rows = await t.rt.database.db
    .select({ id: passages.id })
    .from(passages)
    .where(and(eq(passages.collection, collection!), eq(passages.sourceKey, sourceKey!)))
  assert.equal(rows.length, 1, `${key} is indexed once`)
  assert.ok(ranked.length > 0)
  return rows[0]!.id
}
