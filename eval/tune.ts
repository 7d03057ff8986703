/**
 * Cross-validated tuning on the TRAINING split only: `npm run eval:tune -- --corpus … --queries train… --qrels train…`.
 * For each of 5 folds it picks the settings (BM25 k1/b, expansion weight, relevance floor) that score best on
 * the other four and scores them on the held-out fold; it prints the cross-validated MAP@10 (an honest
 * estimate) and the settings chosen on the whole split, which are the ones to put in DEFAULT_RETRIEVAL.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { Command } from 'commander'
import pino from 'pino'
import { loadConfig } from '../src/config'
import { openDatabase } from '../src/db/client'
import { createRetriever, DEFAULT_RETRIEVAL } from '../src/rag/search/retriever'
import { loadThesaurus } from '../src/rag/text/thesaurus'
import { indexEvalCorpus, readTsv } from './corpus'
import { parseQrels, score, type Qrels, type Run } from './metrics'

interface Trial {
  k1: number
  b: number
  expansionWeight: number
  /** Per question: ranked ids and the top normalised relevance (floor applied afterwards). */
  results: Map<string, { ids: string[]; top: number; coverage: number }>
}

interface Gate {
  floor: number
  coverage: number
}

function applyFloor(trial: Trial, gate: Gate, qids: string[]): Run {
  const run: Run = new Map()
  for (const q of qids) {
    const r = trial.results.get(q)!
    run.set(q, r.top >= gate.floor && r.coverage >= gate.coverage ? r.ids : [])
  }
  return run
}

function subset(qrels: Qrels, qids: string[]): Qrels {
  return new Map(qids.map((q) => [q, qrels.get(q) ?? new Set<string>()]))
}

function best(trials: Trial[], gates: Gate[], qrels: Qrels, qids: string[]) {
  let top = { map: -1, trial: trials[0]!, gate: gates[0]! }
  for (const trial of trials) {
    for (const gate of gates) {
      const m = score(applyFloor(trial, gate, qids), subset(qrels, qids)).map
      if (m > top.map + 1e-9) top = { map: m, trial, gate }
    }
  }
  return top
}

async function main() {
  const opts = new Command('eval:tune')
    .requiredOption('--corpus <file>')
    .requiredOption('--queries <file>')
    .requiredOption('--qrels <file>')
    .option('--no-thesaurus')
    .parse()
    .opts<{ corpus: string; queries: string; qrels: string; thesaurus: boolean }>()
  if (/dev\./.test(opts.queries) || /dev\./.test(opts.qrels)) throw new Error('tuning runs on the training split only; the dev split is held out')
  const config = loadConfig()
  const dir = path.join(config.DATA_DIR, 'eval-index')
  await fs.rm(dir, { recursive: true, force: true })
  const database = await openDatabase({ dataDir: dir, logger: pino({ level: 'warn' }) })
  const idToKey = await indexEvalCorpus(database.db, readTsv(await fs.readFile(opts.corpus, 'utf8')))
  const queries = readTsv(await fs.readFile(opts.queries, 'utf8'))
  const qrels = parseQrels(await fs.readFile(opts.qrels, 'utf8'))
  const thesaurus = opts.thesaurus ? loadThesaurus() : undefined

  const trials: Trial[] = []
  const grid = { k1: [0.6, 0.9, 1.2, 1.6, 2.0], b: [0.3, 0.5, 0.75, 0.9], expansionWeight: thesaurus ? [0.3, 0.5, 0.8] : [0.5] }
  const total = grid.k1.length * grid.b.length * grid.expansionWeight.length
  for (const k1 of grid.k1)
    for (const b of grid.b)
      for (const expansionWeight of grid.expansionWeight) {
        const retriever = createRetriever({ db: database.db, thesaurus, settings: { ...DEFAULT_RETRIEVAL, bm25: { k1, b }, expansionWeight, floor: 0, minCoverage: 0 } })
        const results = new Map<string, { ids: string[]; top: number; coverage: number }>()
        for (const [qid, q] of queries) {
          const r = await retriever.rank(q, 10, { include: 'corpus', collection: 'eval' })
          results.set(qid, { ids: r.ranked.map((h) => idToKey.get(h.id)!), top: r.topRelevance, coverage: r.topCoverage })
        }
        trials.push({ k1, b, expansionWeight, results })
        process.stderr.write(`\rtrials ${trials.length}/${total}`)
      }
  process.stderr.write('\n')
  const tops = [...trials[0]!.results.values()].map((r) => r.top)
  const floors = [0, ...Array.from({ length: 40 }, (_, i) => 0.02 * (i + 1))].filter((f) => f <= Math.max(...tops))
  const gates: Gate[] = floors.flatMap((floor) => [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((coverage) => ({ floor, coverage })))

  const qids = queries.map(([q]) => q).filter((q) => qrels.has(q))
  const folds = 5
  let cvSum = 0
  for (let f = 0; f < folds; f++) {
    const held = qids.filter((_, i) => i % folds === f)
    const train = qids.filter((_, i) => i % folds !== f)
    const chosen = best(trials, gates, qrels, train)
    const m = score(applyFloor(chosen.trial, chosen.gate, held), subset(qrels, held)).map
    cvSum += m * held.length
    console.log(
      `fold ${f + 1}: chose k1=${chosen.trial.k1} b=${chosen.trial.b} w=${chosen.trial.expansionWeight} floor=${chosen.gate.floor.toFixed(2)} coverage=${chosen.gate.coverage} → held-out MAP@10 ${m.toFixed(4)}`,
    )
  }
  const all = best(trials, gates, qrels, qids)
  const noFloor = best(trials, [{ floor: 0, coverage: 0 }], qrels, qids)
  console.log(`cross-validated MAP@10: ${(cvSum / qids.length).toFixed(4)}`)
  console.log(
    `best on all of train: k1=${all.trial.k1} b=${all.trial.b} expansionWeight=${all.trial.expansionWeight} floor=${all.gate.floor.toFixed(2)} minCoverage=${all.gate.coverage} → MAP@10 ${all.map.toFixed(4)} (without a floor: ${noFloor.map.toFixed(4)} at k1=${noFloor.trial.k1} b=${noFloor.trial.b})`,
  )
  const fixed = trials.find((t) => t.k1 === DEFAULT_RETRIEVAL.bm25.k1 && t.b === DEFAULT_RETRIEVAL.bm25.b && t.expansionWeight === DEFAULT_RETRIEVAL.expansionWeight)
  if (fixed) {
    for (const coverage of [0, 0.2, 0.3, 0.4, 0.5]) {
      console.log(`defaults with minCoverage=${coverage}: MAP@10 ${score(applyFloor(fixed, { floor: DEFAULT_RETRIEVAL.floor, coverage }, qids), subset(qrels, qids)).map.toFixed(4)}`)
    }
  }
  await database.close()
}

main().catch((err) => {
  console.error(`tune failed: ${(err as Error).message}`)
  process.exit(1)
})
