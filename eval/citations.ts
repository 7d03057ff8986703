/**
 * `npm run eval -- --citations <develop.jsonl> [--quran <quranic_verses.json>] [--hadith-books bukhari,muslim,…]`:
 * IslamicEval 2026's subtasks 2 and 3 on its annotated segments (format: ../shared/eval/islamiceval26/README.md),
 * read in place, through the verification service that POST /verify calls. Without --hadith-books only the
 * Qur'an is checked and matn segments are skipped; with it the books are installed (once, cached under
 * DATA_DIR/eval-citations) from --from.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import pino from 'pino'
import type { Config } from '../src/config'
import type { VerifiedQuote } from '../src/contract/verify'
import { addBook } from '../src/corpus/hadith/install'
import { limitsFrom, readCatalogue, resolveSource } from '../src/corpus/hadith/source'
import { openDatabase, type Database } from '../src/db/client'
import { createHadithCanon, type HadithCanon } from '../src/rag/canon/hadith-canon'
import { createSharedPostings } from '../src/rag/index/shared-postings'
import { isHadithBook } from '../src/rag/canon/hadith-books'
import { refreshIndexStatistics } from '../src/rag/index/writer'
import { judgeSpans } from '../src/rag/quotes/scan'
import { quranCanon } from '../src/rag/quotes/quran-match'
import { normaliseArabic } from '../src/rag/text/arabic'
import { createVerifyService } from '../src/verify/service'

interface Segment {
  type: string
  span_start: number
  span_end: number
  label: string
}
interface Response {
  id: string
  generated_answer: string
  annotations: Array<{ label: string; segments: Segment[]; correction?: string[] | string }>
}
interface RefVerse {
  surah_id: number
  ayah_id: number
  ayah_text: string
}

/** One annotated Ayah or matn segment, with what the gold says. */
interface Item {
  type: 'Ayah' | 'matn'
  text: string
  answer: string
  span: { start: number; end: number }
  correct: boolean
  /** For an incorrect segment: the accepted corrections, or 'none' (the gold's « خطأ »: grounded in nothing). */
  corrections: string[] | 'none'
  /** The labels of the reference written beside it (`claimed_source` segments), for the first quote of an annotation. */
  claimedSources: boolean[]
}

export interface CitationsOptions {
  file: string
  quran?: string
  hadithBooks: string[]
  from: string
  /** Choose the misquote threshold by cross-validation over the file, in this many folds (0: keep the default). */
  folds: number
}

export async function runCitationsEval(config: Config, opts: CitationsOptions): Promise<void> {
  const responses = (await fs.readFile(opts.file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Response)
  const items = responses.flatMap(itemsOf)
  const refVerses = JSON.parse(await fs.readFile(opts.quran ?? path.join(path.dirname(opts.file), 'quranic_verses.json'), 'utf8')) as RefVerse[]
  const locate = verseLocator(refVerses)
  quranCanon()

  let database: Database | undefined
  let hadith: HadithCanon | undefined
  if (opts.hadithBooks.length > 0) {
    database = await installBooks(config, opts)
    // As the server does: the shared postings in the process, read once before the first question.
    const shared = createSharedPostings(database.db)
    const warm = performance.now()
    await shared.prepare()
    console.log(`shared postings read in ${((performance.now() - warm) / 1000).toFixed(1)} s (the server does it at start)`)
    hadith = createHadithCanon(database.db, shared)
  }
  try {
    const service = createVerifyService({ hadith })
    const ayah = items.filter((i) => i.type === 'Ayah')
    const matn = hadith ? items.filter((i) => i.type === 'matn') : []
    const judged = new Map<Item, VerifiedQuote>()
    for (const item of [...ayah, ...matn]) {
      const { quotes } = await service.verify({ text: item.answer, spans: [item.span], lang: 'ar' })
      judged.set(item, quotes[0]!)
    }
    console.log(
      `IslamicEval 2026 citations: ${responses.length} responses, ${ayah.length} Ayah segments${hadith ? `, ${matn.length} matn segments (${opts.hadithBooks.join(', ')})` : ' (matn skipped: no --hadith-books)'}`,
    )
    console.log('')
    console.log('| segments | subtask 2 accuracy | baseline "incorrect" | subtask 3: right verse | subtask 3: exact text | baseline subtask 3 | n (incorrect) |')
    console.log('|---|---|---|---|---|---|---|')
    const a = score(ayah, judged, locate)
    console.log(`| Ayah | ${pct(a.s2, ayah.length)} | ${pct(a.base2, ayah.length)} | ${pct(a.s3verse, a.incorrect)} | ${pct(a.s3text, a.incorrect)} | ${pct(a.base3, a.incorrect)} | ${a.incorrect} |`)
    let summaryMatn = ''
    if (hadith) {
      const m = score(matn, judged, locate)
      console.log(`| matn | ${pct(m.s2, matn.length)} | ${pct(m.base2, matn.length)} | — | — | — | ${m.incorrect} |`)
      summaryMatn = `; matn subtask 2 ${pct(m.s2, matn.length)} (baseline ${pct(m.base2, matn.length)})`
    }
    console.log(`\nAyah errors: ${a.falseIncorrect} correct segments called incorrect, ${a.falseCorrect} incorrect ones called correct`)
    const cited = claimedSourceScore(ayah, (i) => judged.get(i)?.cited?.matches)
    console.log(
      `Ayah references (claimed_source segments labelled correct/incorrect): ${pct(cited.right, cited.n)} right (baseline "correct" ${pct(cited.base, cited.n)}); the reference read beside ${cited.read} of ${cited.n}, wrong ones found ${cited.wrongFound} of ${cited.wrong}`,
    )
    if (hadith) await attributionScore(matn, judged, hadith)
    if (opts.folds > 1) await crossValidate(ayah, locate, opts.folds, hadith)
    const latency = await latencyOf(service, responses)
    console.log(`\n/verify latency for a ${latency.chars}-character answer (in process, ${latency.runs} calls): median ${latency.median.toFixed(1)} ms`)
    if (database) {
      // The baseline of the same run: the collections searched in SQL for each quotation, as before the warm-up.
      const bySql = await latencyOf(createVerifyService({ hadith: createHadithCanon(database.db) }), responses, 5)
      console.log(`the same with the hadith searched in SQL (${bySql.runs} calls): median ${bySql.median.toFixed(1)} ms`)
    }
    console.log(
      `\nsummary: Ayah subtask 2 ${pct(a.s2, ayah.length)} (baseline ${pct(a.base2, ayah.length)}), subtask 3 right verse ${pct(a.s3verse, a.incorrect)}, exact text ${pct(a.s3text, a.incorrect)} (baseline ${pct(a.base3, a.incorrect)})${summaryMatn}; /verify median ${latency.median.toFixed(0)} ms`,
    )
  } finally {
    await database?.close()
  }
}

function itemsOf(r: Response): Item[] {
  return r.annotations.flatMap((a) =>
    a.segments
      .filter((s) => (s.type === 'Ayah' || s.type === 'matn') && (s.label === 'correct' || s.label === 'incorrect') && s.span_end > s.span_start)
      .map((s, k) => ({
        claimedSources: k > 0 ? [] : a.segments.filter((c) => c.type === 'claimed_source' && (c.label === 'correct' || c.label === 'incorrect')).map((c) => c.label === 'correct'),
        type: s.type as Item['type'],
        text: r.generated_answer.slice(s.span_start, s.span_end),
        answer: r.generated_answer,
        span: { start: s.span_start, end: s.span_end },
        correct: s.label === 'correct',
        // The gold's « خطأ » (or no correction at all): grounded in no authentic text.
        corrections: Array.isArray(a.correction) ? a.correction : 'none',
      })),
  )
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((n / d) * 100).toFixed(1)} %`)

/** The task's light folding for exact comparison: letters and diacritics kept, alef forms, tatweel and Qur'anic marks folded. */
const lightFold = (t: string) =>
  t
    .normalize('NFC')
    .replace(/[\u0640\u06D6-\u06ED]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[^\u0621-\u065F\u0670 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
/** Letters only, to find a gold correction's verses in the task's Qur'an. */
const lettersOnly = (t: string) => normaliseArabic(t).replace(/[^\u0621-\u064A]/g, '')

/** A gold correction's verses ("surah:from-to"): one verse of the task's Qur'an, or up to three in a row. */
function verseLocator(verses: RefVerse[]): (text: string) => string | undefined {
  const index = new Map<string, string>()
  for (let i = 0; i < verses.length; i++) {
    let joined = ''
    for (let k = 0; k < 3 && verses[i + k]?.surah_id === verses[i]!.surah_id; k++) {
      joined += lettersOnly(verses[i + k]!.ayah_text)
      if (!index.has(joined)) index.set(joined, `${verses[i]!.surah_id}:${verses[i]!.ayah_id}-${verses[i + k]!.ayah_id}`)
    }
  }
  return (text) => index.get(lettersOnly(text))
}

/**
 * The references or sources an answer writes beside its quotes, as `get` checks them, against the labels of the
 * `claimed_source` segments of the same annotation; one not read, or not decided, counts as « correct ».
 */
function claimedSourceScore(items: Item[], get: (item: Item) => boolean | undefined) {
  const r = { n: 0, right: 0, base: 0, read: 0, wrong: 0, wrongFound: 0 }
  for (const item of items)
    for (const correct of item.claimedSources) {
      const matches = get(item)
      r.n++
      if (matches !== undefined) r.read++
      if (correct) r.base++
      else r.wrong++
      if ((matches ?? true) === correct) r.right++
      if (!correct && matches === false) r.wrongFound++
    }
  return r
}

/**
 * The hadith sources an answer names (« رواه البخاري ومسلم »), checked (`attributed.matches` of /verify) against the
 * labels of the `claimed_source` segments (labelled only where the matn is authentic); a source naming no installed
 * collection counts as « correct ». The share a named
 * collection must hold is also chosen by 5-fold cross-validation over these segments (folds by response order).
 */
async function attributionScore(items: Item[], judged: Map<Item, VerifiedQuote>, hadith: HadithCanon): Promise<void> {
  const labelled = items.filter((i) => i.claimedSources.length > 0)
  const tally = (get: (item: Item) => boolean | undefined, among = labelled) => claimedSourceScore(among, get)
  const d = tally((i) => judged.get(i)?.attributed?.matches)
  console.log(
    `Hadith sources (claimed_source segments labelled correct/incorrect): ${pct(d.right, d.n)} right (baseline "correct" ${pct(d.base, d.n)}); decided for ${d.read} of ${d.n}, wrong ones found ${d.wrongFound} of ${d.wrong}`,
  )
  const grid = [0.4, 0.5, 0.6, 0.7, 0.8]
  const bySetting = new Map<number, Map<Item, boolean | undefined>>()
  for (const heldShare of grid) {
    const m = new Map<Item, boolean | undefined>()
    for (const item of labelled) m.set(item, (await judgeSpans(item.answer, [item.span], { lang: 'ar', hadith, heldShare }))[0]!.attributed?.matches)
    bySetting.set(heldShare, m)
  }
  const folds = 5
  const held = { right: 0, n: 0 }
  const chosen: number[] = []
  for (let f = 0; f < folds; f++) {
    const train = labelled.filter((_, i) => i % folds !== f)
    const test = labelled.filter((_, i) => i % folds === f)
    const best = grid.reduce((a, b) => (tally((i) => bySetting.get(b)!.get(i), train).right > tally((i) => bySetting.get(a)!.get(i), train).right ? b : a))
    chosen.push(best)
    const s = tally((i) => bySetting.get(best)!.get(i), test)
    held.right += s.right
    held.n += s.n
  }
  const sweep = grid.map((g) => `${g}: ${pct(tally((i) => bySetting.get(g)!.get(i)).right, d.n)}`).join(', ')
  console.log(`  share a named collection must hold, by ${folds}-fold cross-validation (chosen ${chosen.join(', ')}): held-out folds ${pct(held.right, held.n)}; whole set ${sweep}`)
}

const rangeKey = (v: { surah: number; from: number; to: number }) => `${v.surah}:${v.from}-${v.to}`

function score(items: Item[], judged: Map<Item, Pick<VerifiedQuote, 'verdict' | 'kind' | 'verses' | 'authentic_text'>>, locate: (t: string) => string | undefined) {
  const r = { s2: 0, base2: 0, s3verse: 0, s3text: 0, base3: 0, incorrect: 0, falseIncorrect: 0, falseCorrect: 0 }
  for (const item of items) {
    const j = judged.get(item)!
    const saysCorrect = j.verdict === 'authentic'
    if (saysCorrect === item.correct) r.s2++
    else if (item.correct) r.falseIncorrect++
    else r.falseCorrect++
    if (!item.correct) r.base2++
    if (item.correct) continue
    r.incorrect++
    if (item.corrections === 'none') {
      // The baseline's proposal is « خطأ » for every segment.
      r.base3++
      if (j.verdict === 'unverifiable') r.s3verse++, r.s3text++
      continue
    }
    if (j.verdict !== 'misquoted') continue
    const gold = item.corrections
    if (j.verses && gold.some((g) => locate(g) === rangeKey(j.verses!))) r.s3verse++
    else if (j.kind === 'hadith') r.s3verse += gold.some((g) => lettersOnly(g).includes(lettersOnly(j.authentic_text ?? '-'))) ? 1 : 0
    if (j.authentic_text && gold.some((g) => lightFold(g) === lightFold(j.authentic_text!))) r.s3text++
  }
  return r
}

/**
 * The misquote threshold chosen by cross-validation: in each fold, the threshold that scores best on the other
 * folds (subtask 2 + subtask 3 right verse) is applied to this one; the printed figures are the held-out folds'.
 */
async function crossValidate(items: Item[], locate: (t: string) => string | undefined, folds: number, hadith?: HadithCanon): Promise<void> {
  // The word-for-word thresholds, the share a loose match must hold for a quote announced as a verse (1000:
  // never), the share of a loose match's verses one verse must hold to be taken alone (1: only when it holds
  // all), and the score of the stretch a quote copies in order when the loose match fails (quran-align.ts).
  const grid = [0.6, 0.7].flatMap((minShare) =>
    [0.6, 0.7, 1000].flatMap((minLooseShare) =>
      [0.6, 1].flatMap((singleVerseShare) => [12, 15, 18, 1000].map((minLooseAligned) => ({ minShare, minRun: 5, minLooseShare, singleVerseShare, minLooseAligned }))),
    ),
  )
  type Judged = Map<Item, Pick<VerifiedQuote, 'verdict' | 'kind' | 'verses' | 'authentic_text'>>
  // Each segment judged once per setting; the judge's other choices do not depend on them.
  const bySetting = new Map<(typeof grid)[number], Judged>()
  for (const setting of grid) {
    const m: Judged = new Map()
    for (const item of items) {
      const j = (await judgeSpans(item.answer, [item.span], { lang: 'ar', hadith, ...setting }))[0]!
      m.set(item, { verdict: j.verdict, kind: j.kind, verses: j.verses, authentic_text: j.authenticText })
    }
    bySetting.set(setting, m)
  }
  const inf = (n: number) => (n === 1000 ? '∞' : String(n))
  const label = (s: (typeof grid)[number]) =>
    `share ≥ ${s.minShare} or run ≥ ${s.minRun}; loose share ≥ ${inf(s.minLooseShare)}, one verse at ${s.singleVerseShare}; else aligned ≥ ${inf(s.minLooseAligned)}`
  const held = { s2: 0, s3: 0, incorrect: 0, n: 0 }
  const chosen: string[] = []
  for (let f = 0; f < folds; f++) {
    const train = items.filter((_, i) => i % folds !== f)
    const test = items.filter((_, i) => i % folds === f)
    let best = { setting: grid[0]!, value: -1 }
    for (const setting of grid) {
      const s = score(train, bySetting.get(setting)!, locate)
      if (s.s2 + s.s3verse > best.value) best = { setting, value: s.s2 + s.s3verse }
    }
    chosen.push(label(best.setting))
    const s = score(test, bySetting.get(best.setting)!, locate)
    held.s2 += s.s2
    held.s3 += s.s3verse
    held.incorrect += s.incorrect
    held.n += test.length
  }
  console.log(
    `\nmisquote thresholds chosen by ${folds}-fold cross-validation (per fold: ${chosen.join('; ')}): held-out folds Ayah subtask 2 ${pct(held.s2, held.n)}, subtask 3 right verse ${pct(held.s3, held.incorrect)}`,
  )
  for (const setting of grid) {
    const s = score(items, bySetting.get(setting)!, locate)
    console.log(`  ${label(setting)}: subtask 2 ${pct(s.s2, items.length)}, subtask 3 right verse ${pct(s.s3verse, s.incorrect)}`)
  }
}

/** Median time of the service over the first 2,000 characters of the answer with the most Ayah segments. */
async function latencyOf(service: ReturnType<typeof createVerifyService>, responses: Response[], runs = 20) {
  const count = (r: Response) => r.annotations.flatMap((a) => a.segments).filter((s) => s.type === 'Ayah').length
  const richest = [...responses].sort((a, b) => count(b) - count(a))[0]!
  const text = richest.generated_answer.slice(0, 2_000)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await service.verify({ text, lang: 'ar' })
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { chars: text.length, runs, median: times[Math.floor(runs / 2)]! }
}

async function installBooks(config: Config, opts: CitationsOptions): Promise<Database> {
  const logger = pino({ level: 'warn' })
  const dir = path.join(config.DATA_DIR, 'eval-citations')
  const database = await openDatabase({ dataDir: dir, logger })
  const source = resolveSource(opts.from)
  const limits = limitsFrom(config)
  const catalogue = await readCatalogue(source, limits)
  const deps = { db: database.db, dir: path.join(dir, 'editions'), source, limits }
  for (const book of opts.hadithBooks) {
    if (!isHadithBook(book)) throw new Error(`--hadith-books: unknown book "${book}"`)
    const outcome = await addBook(deps, catalogue, book, ['ar'], () => undefined)
    console.log(`${book}: ${outcome.installed.hadiths} hadiths (${outcome.status}, ${outcome.installed.seconds} s)`)
  }
  await refreshIndexStatistics(database.db)
  return database
}
