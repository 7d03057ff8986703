import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pino from 'pino'
import type { Config } from '../src/config'
import { ensureQuranIndexed, type IndexingState } from '../src/corpus/bootstrap'
import { openDatabase } from '../src/db/client'
import { createRetriever, type RetrievalSettings } from '../src/rag/search/retriever'
import type { Lang } from '../src/rag/text/analyze'
import { loadThesaurus } from '../src/rag/text/thesaurus'
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

export function isHit(verses: { surah: number; from: number; to: number } | undefined, expected: XlingQuestion['expected']): boolean {
  return !!verses && expected.some((e) => e.surah === verses.surah && verses.from <= e.to && verses.to >= e.from)
}

const here = path.dirname(fileURLToPath(import.meta.url))

/** `npm run eval -- --xling [--set file=train]`: hit@5 per language on the project's own trilingual questions. */
export async function runXling(config: Config, settings: Partial<RetrievalSettings> & { file?: number }, thesaurus: boolean, file = 'heldout'): Promise<void> {
  const database = await openDatabase({ dataDir: path.join(config.DATA_DIR, 'eval-xling'), logger: pino({ level: 'warn' }) })
  try {
    const state: IndexingState = { status: 'pending', collection: 'quran', done: 0, total: 0 }
    await ensureQuranIndexed(database.db, pino({ level: 'warn' }), state)
    const retriever = createRetriever({ db: database.db, thesaurus: thesaurus ? loadThesaurus() : undefined, settings })
    const questions = parseXling(await fs.readFile(path.join(here, 'xling', `${file}.tsv`), 'utf8'))
    const perLang = new Map<Lang, { hits: number; total: number }>()
    const misses: string[] = []
    const latencies: number[] = []
    const quoting = new Map<number, { answering: number; quoted: number; good: number }>([[0, { answering: 0, quoted: 0, good: 0 }], [QUOTE_RELATIVE_CUT, { answering: 0, quoted: 0, good: 0 }]])
    for (const q of questions) {
      const t0 = performance.now()
      const { items } = await retriever.search(q.question, 5, { include: 'corpus', collection: 'quran' })
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
    console.log(`xling (${file}.tsv, ${questions.length} questions): hit@5 per language`)
    console.log('| lang | hit@5 | questions |')
    console.log('|---|---|---|')
    for (const [lang, a] of perLang) console.log(`| ${lang} | ${((a.hits / a.total) * 100).toFixed(1)} % | ${a.total} |`)
    latencies.sort((a, b) => a - b)
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1)
    console.log(`\nretrieval over the shipped corpus (${state.total || 6236} verses × 3 languages): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms per question`)
    for (const [cut, a] of quoting) {
      console.log(`extractive answers, quote cut ${cut}: an answering verse quoted for ${((a.answering / questions.length) * 100).toFixed(1)} % of questions; ${(a.quoted / questions.length).toFixed(2)} passages quoted per answer, ${((a.good / Math.max(1, a.quoted)) * 100).toFixed(1)} % of them answering`)
    }
    if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`)
  } finally {
    await database.close()
  }
}
