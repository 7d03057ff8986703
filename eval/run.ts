/**
 * `npm run eval -- --corpus <passages.tsv> --queries <queries.tsv> --run <out.tsv> [--qrels <file>]`
 * (contract: ../shared/eval/README.md). Indexes the passages into a fresh index under DATA_DIR/eval-index,
 * runs each question through the retrieval `/search` uses, writes a TREC run, and with --qrels prints
 * MAP@10, MRR@10, Recall@10 next to a plain BM25 computed in the same run.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { Command } from 'commander'
import pino from 'pino'
import { startProgress } from '../src/progress'
import { loadConfig } from '../src/config'
import { openDatabase } from '../src/db/client'
import { createRetriever, DEFAULT_RETRIEVAL, type RetrievalSettings } from '../src/rag/search/retriever'
import { loadThesaurus } from '../src/rag/text/thesaurus'
import { openVectorStore } from '../src/rag/index/vectors'
import { localEmbedder } from '../src/rag/embed/providers'
import { PlainBm25 } from './baseline-bm25'
import { indexEvalCorpus, readTsv } from './corpus'
import { parseQrels, score, toTrecRun, type Run } from './metrics'
import { runXling } from './xling'
import { runHadithEval } from './hadith'
import { runCitationsEval } from './citations'
import { loadQuranAssociations } from '../src/rag/canon/quran-associations'
import { runInheritanceEval } from './inheritance'

function parseOverrides(pairs: string[]): Partial<RetrievalSettings> {
  const out: Record<string, unknown> = {}
  for (const pair of pairs) {
    const [key, value] = pair.split('=')
    if (!key || value === undefined) throw new Error(`--set expects key=value, got "${pair}"`)
    if (key === 'k1' || key === 'b') out.bm25 = { ...((out.bm25 as object) ?? DEFAULT_RETRIEVAL.bm25), [key]: Number(value) }
    else out[key] = Number(value)
  }
  return out as Partial<RetrievalSettings>
}

const fmt = (x: number) => x.toFixed(4)

async function main(): Promise<void> {
  const program = new Command('eval')
    .option('--corpus <file>', 'passages TSV: <id>\\t<text>')
    .option('--queries <file>', 'queries TSV: <qid>\\t<question>')
    .option('--run <file>', 'where to write the TREC run')
    .option('--qrels <file>', 'TREC qrels: print MAP@10, MRR@10, Recall@10 and the BM25 baseline')
    .option('--xling', "hit@5 per language on the project's own trilingual question set (eval/xling/)")
    .option('--xling-file <name>', 'which question file under eval/xling/ (heldout or train)', 'heldout')
    .option('--hadith', "hit@5 per language on the project's own trilingual hadith questions (eval/hadith/), Qur'an and hadith in one ranking")
    .option('--from <url or folder>', 'with --hadith: where the hadith-api editions are taken from', '../shared/corpora/hadith-api')
    .option('--citations <file>', 'IslamicEval 2026 subtasks 2 and 3 on a JSONL of annotated answers (quotations judged by the /verify service)')
    .option('--quran <file>', "with --citations: the task's reference Qur'an (default: quranic_verses.json beside the file)")
    .option('--hadith-books <list>', 'with --citations: hadith books to install and check matn segments against, e.g. bukhari,muslim,abudawud,tirmidhi,nasai,ibnmajah', '')
    .option('--folds <n>', 'with --citations: choose the misquote threshold by cross-validation in n folds', '0')
    .option('--inheritance <file>', 'QIAS 2025 Task 1 CSV (Arabic inheritance multiple choice): accuracy by level, parse rate, accuracy on parsed')
    .option('--out <file>', 'with --inheritance: write the figures as JSON')
    .option('--school <name>', 'with --inheritance: the school followed where they differ (hanafi, maliki, shafii, hanbali)', 'hanbali')
    .option('--failures <file>', 'with --inheritance: write the questions answered wrong or not matched, as JSONL')
    .option('--set <key=value...>', 'override a retrieval setting for an experiment (k1, b, floor, expansionWeight …)', [])
    .option('--no-thesaurus', 'disable query expansion (for ablation)')
    .option('--translations', "index each Qur'an passage with the shipped French and English translations of its verses, as the product's units hold them")
    .option('--no-associations', "do not expand questions with the word associations learned from the shipped Qur'an (for ablation)")
    .option('--embedder <name>', 'embedder fused with lexical search: none or local (the offline LSI)', 'none')
    .parse()
  const opts = program.opts<{
    inheritance?: string
    out?: string
    school: string
    failures?: string
    citations?: string
    quran?: string
    hadithBooks: string
    folds: string
    hadith?: boolean
    from: string
    corpus?: string
    queries?: string
    run?: string
    qrels?: string
    xling?: boolean
    xlingFile: string
    set: string[]
    thesaurus: boolean
    translations?: boolean
    associations: boolean
    embedder: string
  }>()
  if (opts.inheritance) {
    if (!['hanafi', 'maliki', 'shafii', 'hanbali'].includes(opts.school)) throw new Error(`--school: hanafi, maliki, shafii or hanbali, not "${opts.school}"`)
    return runInheritanceEval(opts.inheritance, { out: opts.out, school: opts.school as 'hanbali', failures: opts.failures })
  }
  const settings = parseOverrides(opts.set)
  const config = loadConfig()
  if (opts.xling) return runXling(config, settings, opts.thesaurus, opts.xlingFile)
  if (opts.citations) {
    const hadithBooks = opts.hadithBooks
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean)
    return runCitationsEval(config, { file: opts.citations, quran: opts.quran, hadithBooks, from: opts.from, folds: Number(opts.folds) })
  }
  if (opts.hadith) return runHadithEval(config, settings, opts.from)
  if (!opts.corpus || !opts.queries || !opts.run) throw new Error('--corpus, --queries and --run are required (or --xling)')

  const started = Date.now()
  const indexDir = path.join(config.DATA_DIR, 'eval-index')
  await fs.rm(indexDir, { recursive: true, force: true })
  const database = await openDatabase({ dataDir: indexDir, logger: pino({ level: 'warn' }) })
  try {
    const passages = readTsv(await fs.readFile(opts.corpus, 'utf8'))
    const vectors =
      opts.embedder === 'local'
        ? await openVectorStore(database, await localEmbedder(config.MODELS_DIR ?? path.join(config.DATA_DIR, 'models')), pino({ level: 'warn' }), { nearestIndex: (settings.vectorWeight ?? 0) > 0 })
        : undefined
    const fields = (settings.rootWeight ?? 0) > 0 || (settings.answerTypeWeight ?? 0) > 0
    const idToKey = await indexEvalCorpus(database.db, passages, vectors, { withTranslations: opts.translations, fields })
    const indexedMs = Date.now() - started
    const associations = opts.associations ? loadQuranAssociations() : undefined
    const retriever = createRetriever({ db: database.db, thesaurus: opts.thesaurus ? loadThesaurus() : undefined, associations, vectors, settings })

    const queries = readTsv(await fs.readFile(opts.queries, 'utf8'))
    const run: Run = new Map()
    const runScores = new Map<string, number[]>()
    const baseRun: Run = new Map()
    const baseline = new PlainBm25(passages.map(([id, text]) => ({ id, text })))
    const qProgress = startProgress('questions', queries.length)
    const latencies: number[] = []
    for (const [qid, question] of queries) {
      const t0 = performance.now()
      const r = await retriever.rank(question, 10, { include: 'corpus', collection: 'eval' })
      latencies.push(performance.now() - t0)
      run.set(
        qid,
        r.ranked.map((h) => idToKey.get(h.id)!),
      )
      runScores.set(
        qid,
        r.ranked.map((h) => h.score),
      )
      baseRun.set(
        qid,
        baseline.search(question, 10).map((h) => h.id),
      )
      qProgress.tick()
    }
    qProgress.stop()
    await fs.mkdir(path.dirname(path.resolve(opts.run)), { recursive: true })
    await fs.writeFile(opts.run, toTrecRun(run, runScores, 'fiqh-rag'))
    latencies.sort((a, b) => a - b)
    const p50 = latencies[Math.floor(latencies.length / 2)] ?? 0
    console.log(`indexed ${passages.length} passages in ${(indexedMs / 1000).toFixed(1)} s; ${queries.length} questions, p50 ${p50.toFixed(1)} ms; run written to ${opts.run}`)

    if (opts.qrels) {
      const qrels = parseQrels(await fs.readFile(opts.qrels, 'utf8'))
      const ours = score(run, qrels)
      const base = score(baseRun, qrels)
      const empty = [...run.values()].filter((r) => r.length === 0).length
      console.log('')
      console.log('| system | MAP@10 | MRR@10 | Recall@10 |')
      console.log('|---|---|---|---|')
      console.log(`| fiqh-rag retrieval | ${fmt(ours.map)} | ${fmt(ours.mrr)} | ${fmt(ours.recall)} |`)
      console.log(`| plain BM25 baseline | ${fmt(base.map)} | ${fmt(base.mrr)} | ${fmt(base.recall)} |`)
      console.log(`| ratio | ${(ours.map / (base.map || 1e-9)).toFixed(2)}× | ${(ours.mrr / (base.mrr || 1e-9)).toFixed(2)}× | ${(ours.recall / (base.recall || 1e-9)).toFixed(2)}× |`)
      console.log(`\n${ours.questions} judged questions (${ours.noAnswer} without an answer); ${empty} answered with nothing.`)
      console.log(
        `summary: MAP@10 ${fmt(ours.map)} vs BM25 ${fmt(base.map)} (${(ours.map / (base.map || 1e-9)).toFixed(2)}×), MRR@10 ${fmt(ours.mrr)} vs ${fmt(base.mrr)}, Recall@10 ${fmt(ours.recall)} vs ${fmt(base.recall)}`,
      )
    }
  } finally {
    await database.close()
  }
}

main().catch((err) => {
  console.error(`eval failed: ${(err as Error).message}`)
  process.exit(1)
})
