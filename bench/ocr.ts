import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pino from 'pino'
import { createOrUpdateUser } from '../src/auth/admin'
import { openDatabase } from '../src/db/client'
import { loadQuranUnits } from '../src/rag/canon/quran'
import { ocrInWorker } from '../src/rag/ocr/in-worker'
import type { OcrLang } from '../src/rag/ocr/languages'
import { DEFAULT_LIMITS } from '../src/rag/parse/limits'
import { normaliseArabic } from '../src/rag/text/arabic'
import { startServerProcess } from '../test/helpers/process'
import { makeScannedPdf, renderScan } from '../test/helpers/scans'
import { authHeader } from './session'
import { uploadUntilReady } from './upload'

/** Characters of known text on one generated page of the CER cells: about a third of a printed book page. */
const PAGE_CHARS = 700
/** A full page for the 20-page scan: 12-point text on a 6-inch measure, about 27 lines. */
const FULL_PAGE_CHARS = 2_000
const PAGES_PER_CELL = 2
// "Slight": a sheet 1° askew with 0.5 % of its pixels speckled; "heavy": 1.5° and 2 %, a poor photocopy.
const CONDITIONS = [
  { name: '300 dpi clean', dpi: 300 },
  { name: '150 dpi clean', dpi: 150 },
  { name: '300 dpi slight skew + noise', dpi: 300, skewDeg: 1, noise: 0.005 },
  { name: '150 dpi slight skew + noise', dpi: 150, skewDeg: 1, noise: 0.005 },
  { name: '300 dpi heavy skew + noise', dpi: 300, skewDeg: 1.5, noise: 0.02 },
  { name: '150 dpi heavy skew + noise', dpi: 150, skewDeg: 1.5, noise: 0.02 },
] as const

interface OcrCell {
  lang: OcrLang
  condition: string
  pages: number
  cer_pct: number
  seconds: number
}

/** Pages of known text from the shipped Qur'an: the Arabic (imla'i spelling), Hamidullah's French, Saheeh International's English. */
function knownPages(lang: OcrLang, count: number, chars = PAGE_CHARS): string[] {
  const index = { ar: 0, fr: 1, en: 2 }[lang]
  const units = loadQuranUnits().filter((u) => u.verses?.surah === 2 || u.verses?.surah === 4)
  const pages: string[] = []
  let page = ''
  for (const u of units) {
    const t = u.texts[index]!
    page += `${lang === 'ar' ? (t.searchText ?? t.text) : t.text} `
    if (page.length >= chars) {
      pages.push(page.trim())
      page = ''
      // Pages far apart in the text, not the same passage twice.
      if (pages.length === count) break
    }
  }
  return pages
}

/** What is compared: spacing folded; Arabic folded as the index folds it (the search sees that). */
function comparable(text: string, lang: OcrLang): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  return lang === 'ar' ? normaliseArabic(folded) : folded
}

/** Character error rate: edit distance over the reference's length. */
function characterErrorRate(reference: string, hypothesis: string): number {
  const a = [...reference]
  const b = [...hypothesis]
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return a.length === 0 ? 0 : prev[b.length]! / a.length
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

/**
 * OCR accuracy and speed on generated scans: for each language and condition, a scanned PDF of known text
 * read through the product's path (worker thread, pages drawn by pdf.js, Tesseract), no language said (the
 * script is detected, as for an upload without `lang`). Then a 20-page scan through a server: upload → ready.
 */
export async function ocrRows(log: (line: string) => void) {
  const cells: OcrCell[] = []
  let pages = 0
  let seconds = 0
  for (const lang of ['fr', 'en', 'ar'] as const) {
    const texts = knownPages(lang, PAGES_PER_CELL)
    for (const c of CONDITIONS) {
      const scans = texts.map((text) => renderScan(text, { ...c, rtl: lang === 'ar' }))
      const pdf = makeScannedPdf(scans, c.dpi)
      const read = new Map<number, string>()
      const t0 = performance.now()
      await ocrInWorker(
        pdf,
        'pdf',
        texts.map((_, i) => i + 1),
        { langs: null, limits: DEFAULT_LIMITS, onPage: async (page, reading) => void read.set(page, reading.text) },
      )
      const s = (performance.now() - t0) / 1000
      const errors = texts.reduce((sum, text, i) => sum + characterErrorRate(comparable(text, lang), comparable(read.get(i + 1) ?? '', lang)) * text.length, 0)
      const chars = texts.reduce((n, t) => n + t.length, 0)
      cells.push({ lang, condition: c.name, pages: texts.length, cer_pct: round((100 * errors) / chars, 2), seconds: round(s, 1) })
      pages += texts.length
      seconds += s
      log(`  ocr ${lang} ${c.name}: CER ${round((100 * errors) / chars, 2)} % in ${round(s, 1)} s`)
    }
  }
  const inProcessPeakMb = Math.round(process.resourceUsage().maxRSS / 1024)
  const document = await twentyPageScan(log)
  return {
    cells,
    pages_read: pages,
    pages_per_min: round((60 * pages) / seconds),
    cores: os.cpus().length,
    ocr_concurrency: 1,
    bench_process_peak_rss_mb: inProcessPeakMb,
    ...document,
  }
}

/** A 20-page French scan (full pages, 300 dpi) uploaded to a server started here: seconds to `ready`, and the server's peak RSS. */
async function twentyPageScan(log: (line: string) => void) {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'fiqh-bench-ocr-'))
  const env = { DATA_DIR: work, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn', INDEX_CORPUS: 'false', OCR_CONCURRENCY: '1' }
  const database = await openDatabase({ dataDir: path.join(work, 'pglite'), logger: pino({ level: 'warn' }) })
  await createOrUpdateUser(database.db, { email: 'ocr@example.org', password: 'bench password 123', role: 'user' })
  await database.close()
  const server = await startServerProcess(env, { ready: true })
  try {
    const auth = await authHeader(server.base, 'ocr@example.org', 'bench password 123')
    const conv = (await (await fetch(`${server.base}/api/v1/conversations`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })).json()) as { id: string }
    const texts = knownPages('fr', 20, FULL_PAGE_CHARS)
    const pdf = makeScannedPdf(
      texts.map((t) => renderScan(t, { dpi: 300 })),
      300,
    )
    log(`  ocr: 20-page scan (${Math.round(pdf.length / 1024)} KB) upload → ready…`)
    const { seconds: readyS, passages } = await uploadUntilReady(server.base, auth, conv.id, { name: 'scan-20.pdf', type: 'application/pdf', bytes: pdf }, 250)
    const status = await fs.readFile(`/proc/${server.child.pid}/status`, 'utf8').catch(() => '')
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
    return { scan_20_pages_ready_s: round(readyS), scan_20_pages_per_min: round((60 * 20) / readyS), scan_20_passages: passages, server_peak_rss_mb: Math.round(peakKb / 1024) }
  } finally {
    await server.stop()
    await fs.rm(work, { recursive: true, force: true })
  }
}

/** The OCR lines of the bench's table. */
export function ocrTable(o: Awaited<ReturnType<typeof ocrRows>>): Array<[string, string]> {
  const target = (lang: OcrLang) => (lang === 'ar' ? 8 : 3)
  return [
    ...o.cells.map((c): [string, string] => [
      'ocr',
      `${c.lang} ${c.condition}: CER ${c.cer_pct} %${c.condition === '300 dpi clean' ? ` (target ≤ ${target(c.lang)})` : ''} (${c.pages} pages, ${c.seconds} s)`,
    ]),
    ['ocr', `${o.pages_read} third-pages (${PAGE_CHARS} characters) at ${o.pages_per_min} pages/min with one OCR worker on ${o.cores} cores; bench process peak RSS ${o.bench_process_peak_rss_mb} MB`],
    [
      'ocr',
      `20-page scan (full pages, 300 dpi) upload → ready ${o.scan_20_pages_ready_s} s (target ≤ 240): ${o.scan_20_pages_per_min} pages/min with one OCR worker (target ≥ 6 per core), ${o.scan_20_passages} passages; server peak RSS ${o.server_peak_rss_mb} MB (target ≤ 1,536)`,
    ],
  ]
}
