import fs from 'node:fs/promises'
import path from 'node:path'
import type { UnitInput } from '../rag/index/units'
import { detectLang, type Lang } from '../rag/text/analyze'
import { chunkText } from '../rag/text/chunk'

export interface SourceOptions {
  collection: string
  lang?: Lang
  title?: string
}

/**
 * Reads a collection for the indexer: JSONL (`{id, text, lang?, reference?, title?}` per line), TSV
 * (`id<TAB>text`), or a Markdown/text file or folder (chunked by paragraphs, with heading locators).
 */
export async function readSource(file: string, opts: SourceOptions): Promise<UnitInput[]> {
  const stat = await fs.stat(file)
  if (stat.isDirectory()) {
    const entries = (await fs.readdir(file, { recursive: true }))
      .map(String)
      .filter((f) => /\.(md|markdown|txt)$/i.test(f))
      .sort()
    const all = await Promise.all(entries.map((f) => readSource(path.join(file, f), { ...opts, title: opts.title })))
    return all.flat()
  }
  const raw = await fs.readFile(file, 'utf8')
  const ext = path.extname(file).toLowerCase()
  if (ext === '.jsonl') return fromJsonl(raw, opts, file)
  if (ext === '.tsv') return fromTsv(raw, opts)
  if (ext === '.md' || ext === '.markdown' || ext === '.txt') return fromText(raw, opts, path.basename(file))
  throw new Error(`${file}: unsupported format (use .jsonl, .tsv, .md, .txt or a folder of them)`)
}

function fromJsonl(raw: string, opts: SourceOptions, file: string): UnitInput[] {
  return raw
    .split('\n')
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l)
    .map(([line, no]) => {
      let row: { id?: unknown; text?: unknown; lang?: unknown; reference?: unknown; title?: unknown }
      try {
        row = JSON.parse(line)
      } catch {
        throw new Error(`${file}:${no}: not valid JSON`)
      }
      if (typeof row.id !== 'string' && typeof row.id !== 'number') throw new Error(`${file}:${no}: "id" is required`)
      if (typeof row.text !== 'string' || !row.text.trim()) throw new Error(`${file}:${no}: "text" is required`)
      const lang = (['ar', 'fr', 'en'].includes(String(row.lang)) ? row.lang : (opts.lang ?? detectLang(row.text))) as Lang
      const title = typeof row.title === 'string' ? row.title : (opts.title ?? null)
      const reference = typeof row.reference === 'string' ? row.reference : `${title ?? opts.collection} ${row.id}`
      return { collection: opts.collection, sourceKey: String(row.id), title, texts: [{ lang, text: row.text.trim(), reference }] }
    })
}

function fromTsv(raw: string, opts: SourceOptions): UnitInput[] {
  return raw
    .split('\n')
    .filter((l) => l.includes('\t') && !l.startsWith('#'))
    .map((l) => {
      const tab = l.indexOf('\t')
      const id = l.slice(0, tab).trim()
      const text = l.slice(tab + 1).trim()
      return { collection: opts.collection, sourceKey: id, title: opts.title ?? null, texts: [{ lang: opts.lang ?? detectLang(text), text, reference: `${opts.title ?? opts.collection} ${id}` }] }
    })
    .filter((u) => u.sourceKey && u.texts[0]!.text)
}

function fromText(raw: string, opts: SourceOptions, name: string): UnitInput[] {
  const title = opts.title ?? name
  return chunkText(raw.replace(/\r\n/g, '\n'), { markdown: /\.(md|markdown)$/i.test(name) }).map((chunk, i) => ({
    collection: opts.collection,
    sourceKey: `${name}#${i + 1}`,
    title,
    locator: chunk.heading ? { heading: chunk.heading } : null,
    texts: [{ lang: opts.lang ?? detectLang(chunk.text), text: chunk.text, reference: chunk.heading ? `${title}, ${chunk.heading}` : `${title} §${i + 1}` }],
  }))
}
