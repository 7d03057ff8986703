import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pino from 'pino'
import type { Config } from '../src/config'
import type { Source } from '../src/contract/sources'
import { addBook } from '../src/corpus/hadith/install'
import { limitsFrom, readCatalogue, resolveSource } from '../src/corpus/hadith/source'
import { openDatabase } from '../src/db/client'
import { editionName, type HadithBook } from '../src/rag/canon/hadith-books'
import { ensureQuranIndexed } from '../src/rag/canon/index-quran'
import type { IndexingState } from '../src/rag/index/bulk'
import { createSharedPostings } from '../src/rag/index/shared-postings'
import { loadQuranAssociations } from '../src/rag/canon/quran-associations'
import { createRetriever, type RetrievalSettings } from '../src/rag/search/retriever'
import type { Lang } from '../src/rag/text/analyze'
import { loadThesaurus } from '../src/rag/text/thesaurus'
import { PlainBm25 } from './baseline-bm25'

interface HadithQuestion {
  id: string
  topic: string
  lang: Lang
  question: string
  gold: string[]
}

const here = path.dirname(fileURLToPath(import.meta.url))
const BOOKS: HadithBook[] = ['bukhari', 'abudawud', 'malik']

export function parseHadithQuestions(jsonl: string): HadithQuestion[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as HadithQuestion)
}

const keyOf = (s: Pick<Source, 'hadith'>) => (s.hadith ? `${s.hadith.collection}:${s.hadith.number}` : null)

/**
 * `npm run eval -- --hadith [--from <hadith-api folder or URL>]`: hit@5 per language on the project's own
 * trilingual fiqh questions whose answers are hadiths (eval/hadith/questions.jsonl, written from topics, not
 * from the hadith texts), with the Qur'an and three books (Bukhari, Abu Dawud, Malik) competing in one
 * ranking, next to a plain BM25 per language over the same three books' texts in that language.
 */
export async function runHadithEval(config: Config, settings: Partial<RetrievalSettings>, from: string): Promise<void> {
  const logger = pino({ level: 'warn' })
  const database = await openDatabase({ dataDir: path.join(config.DATA_DIR, 'eval-hadith'), logger })
  try {
    const state: IndexingState = { status: 'pending', collection: 'quran', done: 0, total: 0 }
    await ensureQuranIndexed(database.db, logger, state)
    const source = resolveSource(from)
    const limits = limitsFrom(config)
    const catalogue = await readCatalogue(source, limits)
    const deps = { db: database.db, dir: path.join(config.DATA_DIR, 'eval-hadith', 'editions'), source, limits }
    for (const book of BOOKS) {
      const outcome = await addBook(deps, catalogue, book, ['ar', 'en', 'fr'], () => undefined)
      console.log(`${book}: ${outcome.installed.hadiths} hadiths (${outcome.status}, ${outcome.installed.seconds} s)`)
    }
    const retriever = createRetriever({ db: database.db, thesaurus: loadThesaurus(), associations: loadQuranAssociations(), settings, shared: createSharedPostings(database.db) })
    const questions = parseHadithQuestions(await fs.readFile(path.join(here, 'hadith', 'questions.jsonl'), 'utf8'))
    const baselines = await baselinePerLanguage(deps.dir)

    const rows = new Map<Lang, { hits: number; hadithOnly: number; baseline: number; total: number }>()
    const latencies: number[] = []
    const misses: string[] = []
    for (const q of questions) {
      const gold = new Set(q.gold)
      const t0 = performance.now()
      const mixed = (await retriever.search(q.question, 5, { include: 'corpus' }, { lang: q.lang })).items
      latencies.push(performance.now() - t0)
      const onlyHadith = (await retriever.search(q.question, 5, { include: 'corpus', kind: 'hadith' }, { lang: q.lang })).items
      const base = baselines.get(q.lang)!.search(q.question, 5)
      const r = rows.get(q.lang) ?? { hits: 0, hadithOnly: 0, baseline: 0, total: 0 }
      r.total++
      const hit = mixed.some((s) => gold.has(keyOf(s) ?? ''))
      if (hit) r.hits++
      else misses.push(`${q.id} ${q.question} → ${mixed.map((s) => s.reference).join(', ') || '(nothing)'}`)
      if (onlyHadith.some((s) => gold.has(keyOf(s) ?? ''))) r.hadithOnly++
      if (base.some((b) => gold.has(b.id))) r.baseline++
      rows.set(q.lang, r)
    }
    const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} %`
    console.log(`\nhadith eval (${questions.length} questions, ${new Set(questions.map((q) => q.topic)).size} topics): hit@5 per language`)
    console.log("| lang | Qur'an + hadith in one ranking | hadith only (kind filter) | plain BM25 per language, same three books | questions |")
    console.log('|---|---|---|---|---|')
    for (const [lang, r] of rows) console.log(`| ${lang} | ${pct(r.hits, r.total)} | ${pct(r.hadithOnly, r.total)} | ${pct(r.baseline, r.total)} | ${r.total} |`)
    latencies.sort((a, b) => a - b)
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1)
    console.log(`\nsearch over the Qur'an and ${BOOKS.join(', ')}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms per question`)
    if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`)
    console.log(
      `\nsummary: hadith hit@5 ${[...rows].map(([l, r]) => `${l} ${pct(r.hits, r.total)}`).join(', ')} (baseline ${[...rows].map(([l, r]) => `${l} ${pct(r.baseline, r.total)}`).join(', ')})`,
    )
  } finally {
    await database.close()
  }
}

/** Per language, a plain BM25 over the three books' texts in that language (ids `<book>:<number>`). */
async function baselinePerLanguage(dir: string): Promise<Map<Lang, PlainBm25>> {
  const out = new Map<Lang, PlainBm25>()
  for (const lang of ['ar', 'en', 'fr'] as const) {
    const passages: Array<{ id: string; text: string }> = []
    for (const book of BOOKS) {
      const edition = JSON.parse(await fs.readFile(path.join(dir, `${editionName(book, lang)}.json`), 'utf8')) as { hadiths: Array<{ hadithnumber: number; text: string }> }
      for (const h of edition.hadiths) if (h.text.trim()) passages.push({ id: `${book}:${h.hadithnumber}`, text: h.text })
    }
    out.set(lang, new PlainBm25(passages))
  }
  return out
}
