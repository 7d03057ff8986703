/**
 * `npm run bench -- [--out bench.json] [--full]`: measures our path and a baseline side by side, in one run,
 * on this machine: first and later start, retrieval on the shipped corpus (vs an exact vector scan and
 * vs @orama/orama in process), ANN vs exact at 20k and 100k synthetic passages, a 100-page PDF through
 * upload → ready, a load on /api/v1/search of an embedded server started here, and answers over SSE in
 * each answer mode (the generative ones against a local server speaking the Gemini / OpenAI protocols), and
 * OCR of generated scans (character error rate per language and condition, pages per minute, peak RSS, a
 * 20-page scan upload → ready), and the multi-user shape (PostgreSQL + Redis, a worker, 1 and 2 API instances,
 * 50 and 200 virtual users on search and on answers). `--only ocr` and `--only load` run those parts alone.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { create, insertMultiple, search as oramaSearch, MODE_HYBRID_SEARCH } from '@orama/orama'
import { Command } from 'commander'
import pino from 'pino'
import { createOrUpdateUser } from '../src/auth/admin'
import { openDatabase } from '../src/db/client'
import { localEmbedder } from '../src/rag/embed/providers'
import { openVectorStore } from '../src/rag/index/vectors'
import { createSharedPostings } from '../src/rag/index/shared-postings'
import { createRetriever, DEFAULT_RETRIEVAL } from '../src/rag/search/retriever'
import { loadThesaurus } from '../src/rag/text/thesaurus'
import { makePdf } from '../test/helpers/files'
import { startServerProcess } from '../test/helpers/process'
import { answerLatencyByMode } from './answers'
import { embeddedLoadRows } from './embedded-load'
import { serverLoadRows } from './server-load'
import { authHeader } from './session'
import { hashPassword } from '../src/auth/passwords'
import { hadithLine, hadithRows } from './hadith'
import { ocrRows, ocrTable } from './ocr'
import { afterRounds, probeResponsiveness, whenReady } from './first-start'
import { responsivenessUnderHostileFiles } from './hostile'
import { benchQueries } from './queries'
import { percentile, timeEach } from './stats'
import { uploadUntilReady } from './upload'
import { annVersusExact, scaleRow } from './vectors'

const program = new Command('bench')
  .option('--out <file>', 'write the figures as JSON')
  .option('--full', 'more queries, a longer load and a third scale row (250k)')
  .option('--hadith-from <folder>', 'hadith-api folder for the hadith rows (skipped when absent)', '../shared/corpora/hadith-api')
  .option('--only <part>', "run one part alone: ocr, load, or hadith (the Qur'an indexed by a first start, then the hadith rows)")
  .option('--seconds <n>', 'seconds per load row (default 30, 60 with --full)')
  .parse()
const opts = program.opts<{ out?: string; full?: boolean; hadithFrom: string; only?: string; seconds?: string }>()
const loadSeconds = Number(opts.seconds ?? (opts.full ? 60 : 30))
const EF_SEARCH = 100
const log = (line: string) => process.stderr.write(`${line}\n`)
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

const BENCH_PASSWORD = 'bench password 123'

const machine = () => ({ cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() })

/** The bench account's authorization header on a running server. */
const signIn = (base: string) => authHeader(base, 'bench@example.org', BENCH_PASSWORD)

async function main() {
  const started = Date.now()
  if (opts.only === 'ocr') return onlyOcr(started)
  if (opts.only === 'load') return onlyLoad(started)
  if (opts.only === 'hadith') return onlyHadith(started)
  if (opts.only) throw new Error(`--only ${opts.only}: the parts run alone are: ocr, load, hadith`)
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-bench-'))
  const env = { DATA_DIR: work, MODELS_DIR: path.join(work, 'models'), DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'info', INDEX_CORPUS: 'true' }
  const out: Record<string, unknown> = {
    machine: machine(),
  }

  // 1. First start on an empty data dir: embedder built, the Qur'an indexed in three languages.
  log('first start (fresh data dir)…')
  let t0 = performance.now()
  let server = await startServerProcess(env, { timeoutMs: 300_000 })
  const healthyS = (performance.now() - t0) / 1000
  // While the corpus indexes, what a person meets: /health, the page and its script, each p95.
  const duringIndexing = await probeResponsiveness(server.base, 'first start, while indexing', whenReady(server.base))
  const firstStartS = (performance.now() - t0) / 1000
  // The same probes once ready, on the same server: the baseline.
  const idle = await probeResponsiveness(server.base, 'same server, once ready', afterRounds(50))
  out.responsiveness = [duringIndexing, idle]
  const indexed = /"texts":(\d+),"seconds":([\d.]+)[^\n]*corpus indexed/.exec(server.log())
  const texts = Number(indexed?.[1] ?? 18_708)
  const indexingS = Number(indexed?.[2] ?? firstStartS)
  await server.stop()

  // 2. In process, on that database: retrieval, exact vs ANN, Orama.
  const logger = pino({ level: 'warn' })
  const database = await openDatabase({ dataDir: path.join(work, 'pglite'), logger })
  const embedder = await localEmbedder(env.MODELS_DIR)
  // With the HNSW index, as a server whose searches rank by vectors keeps it: the ANN-against-exact rows need it.
  const vectors = await openVectorStore(database, embedder, logger, { nearestIndex: true })
  const retriever = createRetriever({ db: database.db, thesaurus: loadThesaurus(), vectors, settings: DEFAULT_RETRIEVAL, shared: createSharedPostings(database.db) })
  const bySql = createRetriever({ db: database.db, thesaurus: loadThesaurus(), vectors, settings: DEFAULT_RETRIEVAL })
  const queries = benchQueries(opts.full ? Infinity : 240)
  log(`search: ${queries.length} queries (${['fr', 'en', 'ar'].map((l) => `${queries.filter((q) => q.lang === l).length} ${l}`).join(', ')})`)
  const searchMs = await timeEach(queries, async (q) => void (await retriever.search(q.text, 10, { include: 'corpus' })))
  const sqlSearchMs = await timeEach(queries, async (q) => void (await bySql.search(q.text, 10, { include: 'corpus' })))
  const queryVectors = await embedder.embed(
    queries.map((q) => q.text),
    'query',
  )
  const corpusVectors = await annVersusExact(database.pglite!, 'passages', queryVectors, EF_SEARCH)

  log('orama: loading the same passages…')
  const rows = (
    await database.pglite!.query<{ id: string; text: string; e: string }>(`SELECT p.id::text AS id, t.text, p.embedding::text AS e FROM passages p JOIN passage_texts t ON t.passage_id = p.id`)
  ).rows
  const orama = create({ schema: { text: 'string', embedding: `vector[${embedder.dim}]` } as const })
  t0 = performance.now()
  await insertMultiple(
    orama,
    rows.map((r, i) => ({ id: `${r.id}#${i}`, text: r.text, embedding: r.e.slice(1, -1).split(',').map(Number) })),
    2_000,
  )
  const oramaLoadS = (performance.now() - t0) / 1000
  const oramaMs = await timeEach(
    queries.map((q, i) => ({ q, v: Array.from(queryVectors[i]!) })),
    async ({ q, v }) => {
      await oramaSearch(orama, { mode: MODE_HYBRID_SEARCH, term: q.text, vector: { value: v, property: 'embedding' }, similarity: 0.1, limit: 10 })
    },
  )
  out.search = {
    passages: texts,
    queries: queries.length,
    p50_ms: percentile(searchMs, 50),
    p95_ms: percentile(searchMs, 95),
    sql_p50_ms: percentile(sqlSearchMs, 50),
    ann_p50_ms: corpusVectors.ann_p50_ms,
    exact_p50_ms: corpusVectors.exact_p50_ms,
    recall_at_10_vs_exact: corpusVectors.recall_at_10,
    orama_p50_ms: percentile(oramaMs, 50),
    orama_p95_ms: percentile(oramaMs, 95),
    orama_load_s: round(oramaLoadS),
    ef_search: EF_SEARCH,
  }

  // 3. Scale: synthetic passages from the corpus vocabulary.
  const vocabulary = [...new Set(rows.slice(0, 20_000).flatMap((r) => r.text.split(/\s+/).filter((w) => w.length > 2)))]
  out.scale = []
  for (const n of opts.full ? [20_000, 100_000, 250_000] : [20_000, 100_000]) {
    log(`scale: ${n} passages…`)
    ;(out.scale as unknown[]).push(await scaleRow(n, vocabulary, embedder, queryVectors.slice(0, 100), EF_SEARCH))
  }
  await createOrUpdateUser(database.db, { email: 'bench@example.org', password: BENCH_PASSWORD, role: 'user' })
  await database.close()

  // 4. A later start, a 100-page PDF, then the load.
  t0 = performance.now()
  // One user uploads the PDF and five hostile files on purpose: the per-user limit on uploads in flight is raised.
  server = await startServerProcess({ ...env, RATE_LIMIT_AUTH_PER_MIN: '1000', MAX_UPLOADS_IN_FLIGHT: '10' }, { ready: true })
  const laterStartS = (performance.now() - t0) / 1000
  const auth = await signIn(server.base)
  const conv = (await (await fetch(`${server.base}/api/v1/conversations`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })).json()) as { id: string }
  const pages = Array.from({ length: 100 }, (_, i) => `Page ${i + 1}. La purification, la priere et le jeune: regles et conditions, section ${i + 1}, selon les ecoles.`)
  const { seconds: pdfS, passages: pdfPassages } = await uploadUntilReady(server.base, auth, conv.id, { name: 'manuel.pdf', type: 'application/pdf', bytes: makePdf(pages) }, 50)
  out.ingest = {
    passages_per_s: Math.round(texts / indexingS),
    corpus_indexing_s: indexingS,
    pdf_100_pages_ready_s: round(pdfS, 2),
    pdf_pages_per_s: round(100 / pdfS),
    pdf_passages_per_s: round(pdfPassages / pdfS),
  }
  out.start = { first_start_healthy_s: round(healthyS, 2), first_start_ready_s: round(firstStartS), later_start_ready_s: round(laterStartS, 2) }

  log('hostile files (F1–F3): /health, page and script while they are ingested…')
  const hostile = await responsivenessUnderHostileFiles(server.base, auth)
  ;(out.responsiveness as unknown[]).push(hostile)
  for (const line of hostile.outcomes) log(`  ${line}`)

  const duration = loadSeconds
  const embedded = await embeddedLoadRows({ base: server.base, pid: server.child.pid }, auth, queries, duration, log)
  out.load = embedded.load
  out.load_20 = embedded.load_20
  out.rss_mb = embedded.rss_mb
  await server.stop()

  // 5. Answers over SSE in each mode, one server start per mode on the same data dir.
  const questions = benchQueries(opts.full ? 90 : 30)
  out.answers = await answerLatencyByMode(env, { email: 'bench@example.org', password: BENCH_PASSWORD }, questions, log)

  // 5b. The multi-user shape: PostgreSQL + Redis, a worker, 1 and 2 API instances (skipped without the servers).
  const shape = await serverLoadRows(queries, { durationS: duration, connections: [50, 200], passwordHash: await hashPassword(BENCH_PASSWORD), password: BENCH_PASSWORD }, log)
  out.load_server = shape.rows
  out.load_server_setup = { skipped: shape.skipped ?? null, setup_s: shape.setup_s ?? null }

  // 6. Hadith: the import a user runs, then search over the Qur'an and eight books (beside the Qur'an-only row above).
  out.hadith = await hadithRows(env, path.resolve(opts.hadithFrom), queries, log)

  // 7. OCR of generated scans, in this process (one OCR thread), then a 20-page scan through a server.
  log('ocr: generated scans in three languages and six conditions…')
  out.ocr = await ocrRows(log)
  await fs.rm(work, { recursive: true, force: true })
  out.bench_s = Math.round((Date.now() - started) / 1000)

  printTable(out)
  if (opts.out) await fs.writeFile(opts.out, `${JSON.stringify(out, null, 2)}\n`)
  log(`bench done in ${out.bench_s} s${opts.out ? `; figures written to ${opts.out}` : ''}`)
}

function printTable(out: Record<string, any>) {
  const s = out.search
  const lines = [
    ['start', `first start: healthy ${out.start.first_start_healthy_s} s, ready ${out.start.first_start_ready_s} s (target ≤ 60); later start ready ${out.start.later_start_ready_s} s (target ≤ 5)`],
    ...out.responsiveness.map((r: any) => [
      'respond',
      `${r.phase}: /health p50 ${r.health_p50_ms} ms, p95 ${r.health_p95_ms} ms; page p95 ${r.page_p95_ms} ms; script p95 ${r.script_p95_ms} ms (target p95 ≤ 100; ${r.samples} rounds, ${r.failures} failures)`,
    ]),
    [
      'search',
      `${s.queries} queries on ${s.passages} passages: p50 ${s.p50_ms} ms, p95 ${s.p95_ms} ms (target p50 ≤ 25; BM25 in SQL p50 ${s.sql_p50_ms} ms) | Orama hybrid p50 ${s.orama_p50_ms} ms (×${round(s.orama_p50_ms / s.p50_ms, 2)})`,
    ],
    ['vectors', `corpus ANN p50 ${s.ann_p50_ms} ms vs exact ${s.exact_p50_ms} ms (×${round(s.exact_p50_ms / s.ann_p50_ms, 1)}), recall@10 ${s.recall_at_10_vs_exact}`],
    ...out.scale.map((r: any) => [
      'scale',
      `${r.passages} passages: ANN p50 ${r.ann_p50_ms} ms vs exact ${r.exact_p50_ms} ms (×${round(r.exact_p50_ms / r.ann_p50_ms, 1)}), recall@10 ${r.recall_at_10}; HNSW build ${r.hnsw_build_s} s`,
    ]),
    [
      'ingest',
      `corpus ${out.ingest.passages_per_s} passages/s; 100-page PDF upload → ready ${out.ingest.pdf_100_pages_ready_s} s (${out.ingest.pdf_pages_per_s} pages/s, ${out.ingest.pdf_passages_per_s} passages/s)`,
    ],
    ...loadTable(out),
    hadithLine(out.hadith, out.ingest.passages_per_s, s.p50_ms),
    ...ocrTable(out.ocr),
    ...out.answers.map((a: any) => [
      'answer',
      `${a.mode}, ${a.questions} questions over SSE: sources p50 ${a.sources_p50_ms} ms, first token p50 ${a.first_token_p50_ms} ms (p95 ${a.first_token_p95_ms}), done p50 ${a.total_p50_ms} ms (p95 ${a.total_p95_ms})`,
    ]),
  ]
  for (const [k, v] of lines) console.log(`${k.padEnd(8)} ${v}`)
}

/** The load rows: the embedded default (20 virtual users, 50 connections), then the server shape's. */
function loadTable(out: Record<string, any>): string[][] {
  const l20 = out.load_20
  const rows = [
    [
      'load',
      `embedded, 20 virtual users ${l20.duration_s} s: ${l20.rps} req/s, p50 ${l20.p50_ms} ms, p95 ${l20.p95_ms} ms, p99 ${l20.p99_ms} ms (target ≤ 500), errors ${l20.errors}; page meanwhile p95 ${l20.page_p95_ms} ms, ${l20.page_failures} failures`,
    ],
    ['load', `embedded, 50 connections ${out.load.duration_s} s: ${out.load.requests} requests (${out.load.rps}/s), p50 ${out.load.p50_ms} ms, p99 ${out.load.p99_ms} ms, errors ${out.load.errors}`],
    ['rss', `${out.rss_mb} MB after the load (target ≤ 600)`],
  ]
  if (out.load_server_setup?.skipped) return [...rows, ['server', `skipped: ${out.load_server_setup.skipped}`]]
  for (const r of out.load_server ?? []) {
    const target = r.connections === 50 && r.instances === 2 ? (r.route === 'answers' ? ' (target p99 ≤ 500)' : ' (target p99 ≤ 250)') : ''
    rows.push([
      'server',
      `${r.instances} instance(s), ${r.connections} conn., ${r.route}: ${r.rps} req/s, p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms, p99 ${r.p99_ms} ms${target}, errors ${r.errors}; RSS ${r.rss_mb.join(' / ')} MB; ${r.pg_connections} db conn.; CPU ms/req api ${r.cpu_ms_per_request.api}, postgres ${r.cpu_ms_per_request.postgres}, load generator ${r.cpu_ms_per_request.load_generator}`,
    ])
  }
  const rps = (instances: number, route: string) => out.load_server?.find((r: any) => r.instances === instances && r.connections === 50 && r.route === route)?.rps
  for (const route of ['/api/v1/search', 'answers']) {
    if (rps(1, route) && rps(2, route)) rows.push(['server', `${route}, 50 connections: 2 instances / 1 instance = ×${round(rps(2, route) / rps(1, route), 2)} throughput`])
  }
  return rows
}

/** `--only load`: a fresh embedded data dir (the Qur'an indexed, one account), its load rows, then the server shape's. */
async function onlyLoad(started: number) {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-bench-'))
  const env = { DATA_DIR: work, MODELS_DIR: path.join(work, 'models'), DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn', INDEX_CORPUS: 'true' }
  log("load: first start of an embedded data dir (the Qur'an indexed)…")
  await (await startServerProcess(env, { ready: true, timeoutMs: 900_000 })).stop()
  const database = await openDatabase({ dataDir: path.join(work, 'pglite'), logger: pino({ level: 'warn' }) })
  await createOrUpdateUser(database.db, { email: 'bench@example.org', password: BENCH_PASSWORD, role: 'user' })
  await database.close()
  const server = await startServerProcess({ ...env, RATE_LIMIT_AUTH_PER_MIN: '1000' }, { ready: true })
  const out: Record<string, any> = { machine: machine() }
  try {
    const auth = await signIn(server.base)
    Object.assign(out, await embeddedLoadRows({ base: server.base, pid: server.child.pid }, auth, benchQueries(240), loadSeconds, log))
  } finally {
    await server.stop()
    await fs.rm(work, { recursive: true, force: true })
  }
  const shape = await serverLoadRows(benchQueries(240), { durationS: loadSeconds, connections: [50, 200], passwordHash: await hashPassword(BENCH_PASSWORD), password: BENCH_PASSWORD }, log)
  out.load_server = shape.rows
  out.load_server_setup = { skipped: shape.skipped ?? null, setup_s: shape.setup_s ?? null }
  out.bench_s = Math.round((Date.now() - started) / 1000)
  for (const [k, v] of loadTable(out)) console.log(`${k!.padEnd(8)} ${v}`)
  if (opts.out) await fs.writeFile(opts.out, `${JSON.stringify(out, null, 2)}\n`)
  log(`bench done in ${out.bench_s} s${opts.out ? `; figures written to ${opts.out}` : ''}`)
}

async function onlyOcr(started: number) {
  log('ocr: generated scans in three languages and six conditions…')
  const out = { ocr: await ocrRows(log), bench_s: Math.round((Date.now() - started) / 1000) }
  for (const [k, v] of ocrTable(out.ocr)) console.log(`${k.padEnd(8)} ${v}`)
  if (opts.out) await fs.writeFile(opts.out, `${JSON.stringify(out, null, 2)}\n`)
  log(`bench done in ${out.bench_s} s${opts.out ? `; figures written to ${opts.out}` : ''}`)
}

/** The hadith rows alone, on a fresh data dir whose Qur'an a first start indexed (as `npm start` would). */
async function onlyHadith(started: number) {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-bench-'))
  const env = { DATA_DIR: work, MODELS_DIR: path.join(work, 'models'), DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'info', INDEX_CORPUS: 'true' }
  log("first start (the Qur'an indexed)…")
  const server = await startServerProcess(env, { ready: true, timeoutMs: 300_000 })
  await server.stop()
  const out = { hadith: await hadithRows(env, path.resolve(opts.hadithFrom), benchQueries(opts.full ? Infinity : 240), log), bench_s: 0 }
  await fs.rm(work, { recursive: true, force: true })
  out.bench_s = Math.round((Date.now() - started) / 1000)
  const [k, v] = hadithLine(out.hadith)
  console.log(`${k.padEnd(8)} ${v}`)
  if (opts.out) await fs.writeFile(opts.out, `${JSON.stringify(out, null, 2)}\n`)
  log(`bench done in ${out.bench_s} s${opts.out ? `; figures written to ${opts.out}` : ''}`)
}

main().catch((err) => {
  console.error(`bench failed: ${(err as Error).stack ?? err}`)
  process.exit(1)
})
