/**
 * `npm run eval:tune`: settings chosen and scored by cross-validation **by topic** over QQA23 train + dev.
 * Questions answered by the same or overlapping verses are one topic and stay in one fold (eval/folds.ts), so
 * a fold's questions share no subject with the questions its settings were chosen on. For each fold the grid
 * point (BM25 k1/b, thesaurus weight, learned-association weight and pivot, root field, answer-type field,
 * passage windows) and relevance floor that score best
 * on the other folds are scored on it; the mean and spread of those held-out scores is the honest estimate,
 * printed beside plain BM25 on the same folds. An experiment is a grid: a dimension held at 0 is switched off.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { Command } from 'commander'
import pino from 'pino'
import { loadConfig } from '../src/config'
import { openDatabase } from '../src/db/client'
import { createSharedPostings } from '../src/rag/index/shared-postings'
import { loadQuranAssociations } from '../src/rag/canon/quran-associations'
import { createRetriever, DEFAULT_RETRIEVAL, type RetrievalSettings } from '../src/rag/search/retriever'
import { loadThesaurus, type Thesaurus } from '../src/rag/text/thesaurus'
import { detectLang } from '../src/rag/text/analyze'
import { startProgress } from '../src/progress'
import { PlainBm25 } from './baseline-bm25'
import { indexEvalCorpus, readTsv, verseWindows, versesOfPassages } from './corpus'
import { topicFolds, topicGroups } from './folds'
import { parseQrels, score, type Qrels, type Run } from './metrics'

type Point = Pick<RetrievalSettings, 'expansionWeight' | 'associationWeight' | 'associationPivot' | 'rootWeight' | 'answerTypeWeight' | 'windowWeight' | 'windowGap'> & { k1: number; b: number }

interface Trial {
  point: Point
  /** Per question: ranked ids and the top normalised relevance (the floor is applied afterwards). */
  results: Map<string, { ids: string[]; top: number; coverage: number }>
}

const conceptsOf = (t: Thesaurus, text: string) => t.expand(text, detectLang(text)).map((c) => c.concept)

/** The thesaurus with only the given concepts. */
function limitThesaurus(t: Thesaurus, keep: ReadonlySet<string>): Thesaurus {
  return { size: keep.size, expand: (text, lang) => t.expand(text, lang).filter((c) => keep.has(c.concept)) }
}

const list = (s: string) => s.split(',').map(Number)

/** A gate: the relevance floor and the minimum subject coverage of the best hit (retriever.ts). */
interface Gate {
  floor: number
  coverage: number
}

function applyGate(trial: Trial, gate: Gate, qids: readonly string[]): Run {
  return new Map(
    qids.map((q) => {
      const r = trial.results.get(q)!
      return [q, r.top >= gate.floor && r.coverage >= gate.coverage ? r.ids : []]
    }),
  )
}

const subset = (qrels: Qrels, qids: readonly string[]): Qrels => new Map(qids.map((q) => [q, qrels.get(q) ?? new Set<string>()]))

function best(trials: Trial[], gates: Gate[], qrels: Qrels, qids: readonly string[]) {
  let top = { map: -1, trial: trials[0]!, gate: gates[0]! }
  for (const trial of trials) {
    for (const gate of gates) {
      const m = score(applyGate(trial, gate, qids), subset(qrels, qids)).map
      if (m > top.map + 1e-9) top = { map: m, trial, gate }
    }
  }
  return top
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1)
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)))
const describe = (p: Point, g: Gate) =>
  `k1=${p.k1} b=${p.b} thesaurus=${p.expansionWeight} assoc=${p.associationWeight} pivot=${p.associationPivot} root=${p.rootWeight} who=${p.answerTypeWeight} window=${p.windowWeight}/${p.windowGap} floor=${g.floor.toFixed(2)} coverage=${g.coverage}`

async function readSplits(files: string[], parse: (text: string) => Array<[string, string]> | Qrels) {
  return Promise.all(files.map(async (f) => parse(await fs.readFile(f, 'utf8'))))
}

async function main() {
  const shared = '../shared/eval/qqa23'
  const opts = new Command('eval:tune')
    .option('--corpus <file>', 'QQA23 passages', `${shared}/QPC_v1.1.tsv`)
    .option('--queries <files>', 'comma-separated query files (train and dev together)', `${shared}/train.queries.tsv,${shared}/dev.queries.tsv`)
    .option('--qrels <files>', 'comma-separated qrels, same order', `${shared}/train.qrels,${shared}/dev.qrels`)
    .option('--folds <n>', 'number of topic folds', '5')
    .option('--k1 <list>', 'BM25 k1 values', String(DEFAULT_RETRIEVAL.bm25.k1))
    .option('--b <list>', 'BM25 b values', String(DEFAULT_RETRIEVAL.bm25.b))
    .option('--thesaurus <list>', 'thesaurus expansion weights (0: off)', String(DEFAULT_RETRIEVAL.expansionWeight))
    .option('--assoc <list>', 'learned-association weights (0: off)', String(DEFAULT_RETRIEVAL.associationWeight))
    .option('--pivot <list>', 'same-language association weights through another language', String(DEFAULT_RETRIEVAL.associationPivot))
    .option('--root <list>', 'weights of the Arabic root field (0: off)', String(DEFAULT_RETRIEVAL.rootWeight))
    .option('--who <list>', 'weights of the answer-type field for questions asking who (0: off)', String(DEFAULT_RETRIEVAL.answerTypeWeight))
    .option('--window <list>', "share of the best neighbour's score a passage gains (0: off)", String(DEFAULT_RETRIEVAL.windowWeight))
    .option('--window-gap <list>', 'how many verses away a neighbour may start', String(DEFAULT_RETRIEVAL.windowGap))
    .option('--coverage <list>', 'minimum subject coverage of the best hit (0: no gate)', String(DEFAULT_RETRIEVAL.minCoverage))
    .option('--verse-units', "index each verse as a unit, as the product does, and rank passages by their best verse (QQA23's qrels are passages)")
    .option('--window-units <n>', 'with --verse-units: index each verse with its n neighbours on either side', '0')
    .option('--translations', 'index each passage with the shipped French and English translations of its verses')
    .parse()
    .opts<{
      corpus: string
      queries: string
      qrels: string
      folds: string
      k1: string
      b: string
      thesaurus: string
      assoc: string
      pivot: string
      root: string
      who: string
      window: string
      windowGap: string
      coverage: string
      translations?: boolean
      verseUnits?: boolean
      windowUnits: string
    }>()

  const config = loadConfig()
  const dir = path.join(config.DATA_DIR, 'eval-tune-index')
  await fs.rm(dir, { recursive: true, force: true })
  const database = await openDatabase({ dataDir: dir, logger: pino({ level: 'warn' }) })
  const passages = readTsv(await fs.readFile(opts.corpus, 'utf8'))
  // The root and answer-type fields are indexed only when the grid searches them (writer.ts, WriteOptions).
  const fields = [...list(opts.root), ...list(opts.who)].some((w) => w > 0)
  const split = opts.verseUnits ? versesOfPassages(passages) : null
  const units = split && Number(opts.windowUnits) > 0 ? verseWindows(split.verses, Number(opts.windowUnits)) : split?.verses
  const idToKey = await indexEvalCorpus(database.db, units ?? passages, undefined, { withTranslations: opts.translations, fields })
  // With verse units a passage is found when one of its verses is, at that verse's rank.
  const passagesOf = (keys: string[]) => (split ? [...new Set(keys.flatMap((k) => split.passagesOf.get(k)!))].slice(0, 10) : keys)
  const queries = (await readSplits(opts.queries.split(','), readTsv)).flat() as Array<[string, string]>
  const qrels: Qrels = new Map((await readSplits(opts.qrels.split(','), parseQrels)).flatMap((q) => [...(q as Qrels)]))
  const qids = queries.map(([q]) => q).filter((q) => qrels.has(q))
  const folds = topicFolds(topicGroups(qids, qrels), Number(opts.folds))

  const thesaurus = loadThesaurus()
  const associations = loadQuranAssociations()
  const postings = createSharedPostings(database.db)
  const points: Point[] = []
  for (const k1 of list(opts.k1))
    for (const b of list(opts.b))
      for (const expansionWeight of list(opts.thesaurus))
        for (const associationWeight of list(opts.assoc))
          for (const associationPivot of associationWeight > 0 ? list(opts.pivot) : [0])
            for (const rootWeight of list(opts.root))
              for (const answerTypeWeight of list(opts.who))
                for (const windowWeight of list(opts.window))
                  for (const windowGap of windowWeight > 0 ? list(opts.windowGap) : [DEFAULT_RETRIEVAL.windowGap])
                    points.push({ k1, b, expansionWeight, associationWeight, associationPivot, rootWeight, answerTypeWeight, windowWeight, windowGap })

  async function runTrial(point: Point, withThesaurus: Thesaurus, only: readonly string[]): Promise<Trial> {
    const settings = { ...DEFAULT_RETRIEVAL, ...point, bm25: { k1: point.k1, b: point.b }, floor: 0, minCoverage: 0 }
    const retriever = createRetriever({ db: database.db, thesaurus: withThesaurus, associations, settings, shared: postings })
    const results = new Map<string, { ids: string[]; top: number; coverage: number }>()
    for (const [qid, q] of queries) {
      if (!only.includes(qid)) continue
      const r = await retriever.rank(q, split ? 60 : 10, { include: 'corpus', collection: 'eval' })
      results.set(qid, { ids: passagesOf(r.ranked.map((h) => idToKey.get(h.id)!)), top: r.topRelevance, coverage: r.topCoverage })
    }
    return { point, results }
  }
  const trials: Trial[] = []
  const progress = startProgress('grid points', points.length)
  for (const point of points) {
    trials.push(await runTrial(point, thesaurus, qids))
    progress.tick()
  }
  progress.stop()

  const baseline = new PlainBm25(passages.map(([id, text]) => ({ id, text })))
  const baseRun: Run = new Map(queries.map(([qid, q]) => [qid, baseline.search(q, 10).map((h) => h.id)]))
  const tops = [...trials[0]!.results.values()].map((r) => r.top)
  const floors = [0, ...Array.from({ length: 30 }, (_, i) => 0.02 * (i + 1))].filter((f) => f <= Math.max(...tops))
  const gates: Gate[] = floors.flatMap((floor) => list(opts.coverage).map((coverage) => ({ floor, coverage })))

  const ours: number[] = []
  const unseen: number[] = []
  const plain: number[] = []
  const text = new Map(queries)
  for (const [f, held] of folds.entries()) {
    const rest = qids.filter((q) => !held.includes(q))
    const chosen = best(trials, gates, qrels, rest)
    const m = score(applyGate(chosen.trial, chosen.gate, held), subset(qrels, held)).map
    // The thesaurus was written while reading training questions: concepts that only the held-out fold's
    // questions name would not exist had those questions been unseen, so they are switched off for them.
    const seen = new Set(rest.flatMap((q) => conceptsOf(thesaurus, text.get(q)!)))
    const limited = limitThesaurus(thesaurus, seen)
    const unseenTrial = await runTrial(chosen.trial.point, limited, held)
    const u = score(applyGate(unseenTrial, chosen.gate, held), subset(qrels, held)).map
    const p = score(baseRun, subset(qrels, held)).map
    ours.push(m)
    unseen.push(u)
    plain.push(p)
    console.log(
      `fold ${f + 1} (${held.length} q.): chose ${describe(chosen.trial.point, chosen.gate)} → MAP@10 ${m.toFixed(4)}, ${u.toFixed(4)} with the fold's own concepts off (plain BM25 ${p.toFixed(4)})`,
    )
  }
  const all = best(trials, gates, qrels, qids)
  console.log(`\n${qids.length} questions in ${folds.length} topic folds (${topicGroups(qids, qrels).length} topics); grid of ${points.length} points × ${gates.length} gates`)
  console.log(`topic-CV MAP@10 ${mean(ours).toFixed(4)} ± ${sd(ours).toFixed(4)} (folds ${ours.map((x) => x.toFixed(3)).join(' ')})`)
  console.log(`topic-CV MAP@10 with thesaurus concepts unseen in training folds off: ${mean(unseen).toFixed(4)} ± ${sd(unseen).toFixed(4)}`)
  console.log(`plain BM25, same folds ${mean(plain).toFixed(4)} ± ${sd(plain).toFixed(4)}; ratio ${(mean(ours) / (mean(plain) || 1e-9)).toFixed(2)}×`)
  console.log(`chosen on all questions: ${describe(all.trial.point, all.gate)} (MAP@10 ${all.map.toFixed(4)} on them, fitted)`)
  console.log(
    `summary: topic-CV MAP@10 ${mean(ours).toFixed(4)} ± ${sd(ours).toFixed(4)} (unseen concepts off ${mean(unseen).toFixed(4)}) vs plain BM25 ${mean(plain).toFixed(4)} (${(mean(ours) / (mean(plain) || 1e-9)).toFixed(2)}×)`,
  )
  await database.close()
}

main().catch((err) => {
  console.error(`tune failed: ${(err as Error).message}`)
  process.exit(1)
})
