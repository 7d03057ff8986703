import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

/** Languages a document may be read in by OCR (the `lang` field of an upload). */
export type OcrLang = 'ar' | 'fr' | 'en'

const MODEL: Record<OcrLang, string> = { ar: 'ara', fr: 'fra', en: 'eng' }

/**
 * The models to try on a page, best guess first. Languages said at upload give one set (`ar,fr` reads
 * with both models at once); none said gives the two scripts, Arabic and Latin (French with English), and
 * each page is read with the one that read the previous page best, the other tried only when it read badly.
 */
export function candidateModels(langs: readonly OcrLang[] | null): string[][] {
  if (langs && langs.length > 0) return [[...new Set(langs.map((l) => MODEL[l]))]]
  return [['ara'], ['fra', 'eng']]
}

/** `ar`, `fr,en`, `ar fr` → the languages; undefined when any part is not one. */
export function parseOcrLangs(field: string): OcrLang[] | undefined {
  const parts = field
    .split(/[\s,+]+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
  if (parts.length === 0 || parts.some((p) => !(p in MODEL))) return undefined
  return [...new Set(parts as OcrLang[])]
}

const require = createRequire(import.meta.url)

/**
 * A folder holding the trained data of `codes`, from their npm packages (`@tesseract.js-data/ara`…):
 * installed by `npm ci`, never fetched at run time. The "best_int" build: LSTM only, the more accurate of
 * the two the packages ship. Tesseract.js reads every model of a worker from one folder (and its option to
 * pass the data itself is broken in 7.0), so the packages' files are linked into one folder of the system's
 * temporary directory, once per installation.
 */
export async function modelFolder(codes: readonly string[]): Promise<string> {
  const files = codes.map((code) => path.join(path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int', `${code}.traineddata.gz`))
  const dir = path.join(os.tmpdir(), `fiqh-rag-tessdata-${createHash('sha256').update(path.dirname(files[0]!)).digest('hex').slice(0, 12)}`)
  await fs.mkdir(dir, { recursive: true })
  for (const [i, file] of files.entries()) {
    const link = path.join(dir, `${codes[i]}.traineddata.gz`)
    if ((await fs.readlink(link).catch(() => undefined)) === file) continue
    await fs.rm(link, { force: true })
    await fs.symlink(file, link).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err
    })
  }
  return dir
}
