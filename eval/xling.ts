import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pino from 'pino'
import type { Config } from '../src/config'
import { ensureQuranIndexed } from '../src/rag/canon/index-quran'
import type { IndexingState } from '../src/rag/index/bulk'
import { openDatabase } from '../src/db/client'
import type { Source } from '../src/contract/sources'
import { loadQuranAssociations } from '../src/rag/canon/quran-associations'
import { createRetriever, type RetrievalSettings } from '../src/rag/search/retriever'
import type { Lang } from '../src/rag/text/analyze'
import { loadThesaurus } from '../src/rag/text/thesaurus'
import { buildApp } from '../src/app'
import { createOrUpdateUser } from '../src/auth/admin'
import { loadConfig } from '../src/config'
import { openRuntime } from '../src/runtime'
import { QUOTE_RELATIVE_CUT, quotedSources } from '../src/rag/answer/extractive'

interface XlingQuestion {
  id: string
  lang: Lang
  question: string
  expected: Array<{ surah: number; from: number; to: number }>
}

export function parseXling(tsv: string): XlingQuestion[] {
  return tsv
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [id, lang, question, verses] = l.split('\t')
      const expected = verses!.split(',').map((v) => {
        const [s, range] = v.trim().split(':')
        const [from, to] = range!.split('-').map(Number)
        return { surah: Number(s), from: from!, to: to ?? from! }
      })
      return { id: id!, lang: lang as Lang, question: question!, expected }
    })
}

interface OffTopicQuestion {
  id: string
  lang: Lang
  question: string
  split: 'dev' | 'heldout'
}

export function parseOffTopic(tsv: string): OffTopicQuestion[] {
  return tsv
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [id, lang, question, split] = l.split('\t')
      if (split !== 'dev' && split !== 'heldout') throw new Error(`offtopic.tsv: ${id} has no split`)
      return { id: id!, lang: lang as Lang, question: question!, split }
    })
}

/** Share of questions the sources do not address that still get passages (an extractive answer would quote them). */
async function offTopicRate(searcher: Searcher): Promise<void> {
  const questions = parseOffTopic(await fs.readFile(path.join(here, 'xling', 'offtopic.tsv'), 'utf8'))
  const rows = new Map<string, { answered: number; total: number }>()
  const answered: string[] = []
  for (const q of questions) {
    const items = await searcher.search(q.question, 5)
    for (const key of [`${q.split} ${q.lang}`, q.split]) {
      const row = rows.get(key) ?? { answered: 0, total: 0 }
      row.total++
      if (items.length > 0) row.answered++
      rows.set(key, row)
    }
    if (items.length > 0) answered.push(`${q.id} ${q.lang} ${q.question} → ${items.map((s) => s.reference).join(', ')}`)
  }
  const pct = (r: { answered: number; total: number }) => `${((r.answered / r.total) * 100).toFixed(1)} %`
  console.log(`
off-topic questions (offtopic.tsv, ${questions.length}): share that still gets a quoted answer`)
  console.log('| split | fr | en | ar | all |')
  console.log('|---|---|---|---|---|')
  for (const split of ['dev', 'heldout']) console.log(`| ${split} | ${(['fr', 'en', 'ar'] as const).map((l) => pct(rows.get(`${split} ${l}`)!)).join(' | ')} | ${pct(rows.get(split)!)} |`)
  if (answered.length)
    console.log(`
answered anyway:
${answered.join('\n')}`)
  console.log(`summary: off-topic quoted answers dev ${pct(rows.get('dev')!)}, held-out ${pct(rows.get('heldout')!)}`)
}

export function isHit(verses: { surah: number; from: number; to: number } | undefined, expected: XlingQuestion['expected']): boolean {
  return !!verses && expected.some((e) => e.surah === verses.surah && verses.from <= e.to && verses.to >= e.from)
}

const here = path.dirname(fileURLToPath(import.meta.url))

/** What the evaluation reads of a search result: the API's `source`. */
type Hit = Pick<Source, 'reference' | 'score' | 'verses'>

interface Searcher {
  via: string
  search(question: string, k: number): Promise<Hit[]>
  close(): Promise<void>
}

/**
 * The product's own path: the app built on the embedded defaults over its own data dir (the Qur'an indexed at
 * its first start, as `npm start` does), a user logged in, and each question sent as `POST /api/v1/search`.
 */
async function httpSearcher(config: Config): Promise<Searcher> {
  const dataDir = path.join(config.DATA_DIR, 'eval-xling')
  const cfg = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    MODELS_DIR: path.join(dataDir, 'models'),
    DATABASE_URL: '',
    REDIS_URL: '',
    SMTP_URL: '',
    INDEX_CORPUS: 'true',
    LOG_LEVEL: 'warn',
    JWT_SECRET: undefined,
  })
  const rt = await openRuntime(cfg, { logger: pino({ level: 'warn' }) })
  const app = await buildApp(rt)
  await app.ready()
  await rt.engine.start()
  if (rt.engine.state.status !== 'ready') throw new Error(`the corpus could not be indexed: ${rt.engine.state.error ?? rt.engine.state.status}`)
  const account = { email: 'xling-eval@example.org', password: 'xling evaluation account' }
  await createOrUpdateUser(rt.database.db, { ...account, role: 'user' })
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: account })
  const token = (login.json() as { access_token: string }).access_token
  return {
    via: 'POST /api/v1/search (the app on the embedded defaults)',
    async search(query, k) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/search', headers: { authorization: `Bearer ${token}` }, payload: { query, k, filters: { collection: 'quran' } } })
      if (res.statusCode !== 200) throw new Error(`/search answered ${res.statusCode}: ${res.body}`)
      return (res.json() as { items: Hit[] }).items
    },
    async close() {
      await app.close()
      await rt.close()
    },
  }
}

/** Experiments (`--set`, `--no-thesaurus`) change the retriever's settings, which the app does not take: in process. */
async function retrieverSearcher(config: Config, settings: Partial<RetrievalSettings>, thesaurus: boolean): Promise<Searcher> {
  const database = await openDatabase({ dataDir: path.join(config.DATA_DIR, 'eval-xling-experiments'), logger: pino({ level: 'warn' }) })
  const state: IndexingState = { status: 'pending', collection: 'quran', done: 0, total: 0 }
  await ensureQuranIndexed(database.db, pino({ level: 'warn' }), state)
  const retriever = createRetriever({ db: database.db, thesaurus: thesaurus ? loadThesaurus() : undefined, associations: loadQuranAssociations(), settings })
  return {
    via: "the retriever in process, with the experiment's settings",
    search: async (query, k) => (await retriever.search(query, k, { include: 'corpus', collection: 'quran' })).items,
    close: () => database.close(),
  }
}

/** `npm run eval -- --xling [--xling-file train]`: hit@5 per language on the project's own trilingual questions. */
export async function runXling(config: Config, settings: Partial<RetrievalSettings>, thesaurus: boolean, file = 'heldout'): Promise<void> {
  const experiment = Object.keys(settings).length > 0 || !thesaurus
  const searcher = experiment ? await retrieverSearcher(config, settings, thesaurus) : await httpSearcher(config)
  try {
    const questions = parseXling(await fs.readFile(path.join(here, 'xling', `${file}.tsv`), 'utf8'))
    const perLang = new Map<Lang, { hits: number; total: number }>()
    const misses: string[] = []
    const latencies: number[] = []
    const quoting = new Map<number, { answering: number; quoted: number; good: number }>([
      [0, { answering: 0, quoted: 0, good: 0 }],
      [QUOTE_RELATIVE_CUT, { answering: 0, quoted: 0, good: 0 }],
    ])
    for (const q of questions) {
      const t0 = performance.now()
      const items = await searcher.search(q.question, 5)
      latencies.push(performance.now() - t0)
      const hit = items.some((s) => isHit(s.verses, q.expected))
      // What an extractive answer would quote, with and without its relative cut.
      for (const [cut, agg] of quoting) {
        const quoted = items.length ? quotedSources(items, cut) : []
        agg.quoted += quoted.length
        agg.good += quoted.filter((s) => isHit(s.verses, q.expected)).length
        if (quoted.some((s) => isHit(s.verses, q.expected))) agg.answering++
      }
      const agg = perLang.get(q.lang) ?? { hits: 0, total: 0 }
      agg.total++
      if (hit) agg.hits++
      else misses.push(`${q.id} ${q.lang} ${q.question} → ${items.map((s) => s.reference).join(', ') || '(nothing)'}`)
      perLang.set(q.lang, agg)
    }
    console.log(`xling (${file}.tsv, ${questions.length} questions, through ${searcher.via}): hit@5 per language`)
    console.log('| lang | hit@5 | questions |')
    console.log('|---|---|---|')
    for (const [lang, a] of perLang) console.log(`| ${lang} | ${((a.hits / a.total) * 100).toFixed(1)} % | ${a.total} |`)
    latencies.sort((a, b) => a - b)
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1)
    console.log(`\nsearch over the shipped corpus (6236 verses × 3 languages): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms per question`)
    for (const [cut, a] of quoting) {
      console.log(
        `extractive answers, quote cut ${cut}: an answering verse quoted for ${((a.answering / questions.length) * 100).toFixed(1)} % of questions; ${(a.quoted / questions.length).toFixed(2)} passages quoted per answer, ${((a.good / Math.max(1, a.quoted)) * 100).toFixed(1)} % of them answering`,
      )
    }
    if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`)
    const summary = [...perLang].map(([lang, a]) => `${lang} ${((a.hits / a.total) * 100).toFixed(1)} %`).join(', ')
    console.log(`\nsummary: xling ${file} hit@5 ${summary}; p50 ${pct(0.5)} ms`)
    await offTopicRate(searcher)
  } finally {
    await searcher.close()
  }
}
