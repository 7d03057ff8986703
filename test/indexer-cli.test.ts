import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import pino from 'pino'
import { sql } from 'drizzle-orm'
import { openDatabase } from '../src/db/client'
import { chunkText } from '../src/rag/text/chunk'
import { runScript } from './helpers/cli'
import { TEST_JWT_SECRET } from './helpers/app'
import { scratchDatabase } from './helpers/scratch-db'

let dir: string
let databaseUrl: string | undefined
let scratch: Awaited<ReturnType<typeof scratchDatabase>>

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-indexer-'))
  scratch = await scratchDatabase('indexer')
  databaseUrl = scratch.url
})
after(async () => {
  await scratch.drop()
  await fs.rm(dir, { recursive: true, force: true })
})

const env = () => ({ DATA_DIR: dir, DATABASE_URL: databaseUrl ?? '', JWT_SECRET: TEST_JWT_SECRET, MODELS_DIR: path.join(os.tmpdir(), 'fiqh-test-models') })

async function countIn(collection: string): Promise<number> {
  const database = await openDatabase({ url: databaseUrl, dataDir: path.join(dir, 'pglite'), logger: pino({ level: 'silent' }) })
  try {
    const r = (await database.db.execute(sql`SELECT count(*)::int AS n FROM passages WHERE collection = ${collection}`)) as unknown as { rows: Array<{ n: number }> }
    return r.rows[0]!.n
  } finally {
    await database.close()
  }
}

describe('the indexer CLI (npm run index)', () => {
  test('indexes JSONL idempotently and reports what it did', async () => {
    const file = path.join(dir, 'hadith.jsonl')
    await fs.writeFile(
      file,
      [
        JSON.stringify({ id: 1, text: 'Les actes ne valent que par les intentions.', reference: 'Sahih al-Bukhari 1', lang: 'fr' }),
        JSON.stringify({ id: 2, text: 'إنما الأعمال بالنيات', reference: 'صحيح البخاري 1' }),
        JSON.stringify({ id: 3, text: 'Actions are judged by intentions.', reference: 'Sahih al-Bukhari 1', lang: 'en' }),
      ].join('\n'),
    )
    const first = await runScript('src/cli/index-collection.ts', [file, '--collection', 'intentions', '--title', 'Les intentions'], env())
    assert.equal(first.code, 0, first.stderr)
    assert.match(first.stdout, /indexed intentions: 3 passages read, 3 written, 0 unchanged/)
    const again = await runScript('src/cli/index-collection.ts', [file, '--collection', 'intentions', '--title', 'Les intentions'], env())
    assert.match(again.stdout, /3 passages read, 0 written, 3 unchanged/)
    assert.equal(await countIn('intentions'), 3)
  })

  test('indexes TSV and a Markdown folder, and drops a collection', async () => {
    await fs.writeFile(path.join(dir, 'notes.tsv'), "n1\tLa zakat est due sur l'or.\nn2\tLe jeûne de ramadan.\n")
    const tsv = await runScript('src/cli/index-collection.ts', [path.join(dir, 'notes.tsv'), '--collection', 'notes', '--lang', 'fr'], env())
    assert.equal(tsv.code, 0, tsv.stderr)
    assert.match(tsv.stdout, /2 written/)
    const md = path.join(dir, 'manual')
    await fs.mkdir(md)
    await fs.writeFile(path.join(md, 'purete.md'), '# La purification\n\nLes ablutions précèdent la prière.\n\n## Le tayammum\n\nSans eau, on frappe la terre pure.')
    const r = await runScript('src/cli/index-collection.ts', [md, '--collection', 'manual'], env())
    assert.equal(r.code, 0, r.stderr)
    assert.equal(await countIn('manual'), 2)
    const drop = await runScript('src/cli/index-collection.ts', ['--drop', 'notes'], env())
    assert.match(drop.stdout, /dropped collection notes: 2 passages removed/)
    assert.equal(await countIn('notes'), 0)
  })

  test('a hadith book’s collection and the reserved ones are refused: installing or removing the book would replace them', async () => {
    const file = path.join(dir, 'book.jsonl')
    await fs.writeFile(file, `${JSON.stringify({ id: 1, text: 'إنما الأعمال بالنيات' })}\n`)
    const book = await runScript('src/cli/index-collection.ts', [file, '--collection', 'bukhari'], env())
    assert.equal(book.code, 1)
    assert.match(book.stderr, /--collection bukhari is a hadith book's collection: install it with npm run corpus -- add bukhari/)
    for (const reserved of ['quran', 'uploads']) {
      const r = await runScript('src/cli/index-collection.ts', [file, '--collection', reserved], env())
      assert.equal(r.code, 1)
      assert.match(r.stderr, new RegExp(`--collection ${reserved} is reserved`))
    }
    const drop = await runScript('src/cli/index-collection.ts', ['--drop', 'muslim'], env())
    assert.equal(drop.code, 1)
    assert.match(drop.stderr, /muslim is a hadith book: remove it with npm run corpus -- remove muslim/)
    assert.equal(await countIn('bukhari'), 0)
  })

  test('bad input is reported clearly', async () => {
    const bad = path.join(dir, 'bad.jsonl')
    await fs.writeFile(bad, '{"id": 1, "text": "ok"}\n{not json}\n')
    const r = await runScript('src/cli/index-collection.ts', [bad, '--collection', 'bad'], env())
    assert.equal(r.code, 1)
    assert.match(r.stderr, /bad\.jsonl:2: not valid JSON/)
    const name = await runScript('src/cli/index-collection.ts', [bad, '--collection', '../Etc'], env())
    assert.match(name.stderr, /--collection must be/)
  })
})

describe('paragraph chunking', () => {
  test('packs paragraphs, keeps headings as locators and overlaps consecutive chunks', () => {
    const para = (n: number) => `Paragraphe ${n}. ${'mot '.repeat(60).trim()}.`
    const text = `# Chapitre un\n\n${[1, 2, 3, 4, 5].map(para).join('\n\n')}\n\n# Chapitre deux\n\n${para(6)}`
    const chunks = chunkText(text, { markdown: true, maxChars: 600, overlap: 80 })
    assert.ok(chunks.length >= 3)
    assert.equal(chunks[0]!.heading, 'Chapitre un')
    assert.equal(chunks.at(-1)!.heading, 'Chapitre deux')
    assert.ok(chunks.every((c) => c.text.length <= 600 + 90))
    assert.match(chunks[1]!.text, /^…/, 'the second chunk starts with the end of the first')
  })

  test('a very long paragraph is cut at sentence ends', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Phrase numéro ${i} assez longue pour compter.`).join(' ')
    const chunks = chunkText(long, { maxChars: 300, overlap: 0 })
    assert.ok(chunks.length > 3)
    assert.ok(chunks.every((c) => c.text.length <= 300))
  })
})
