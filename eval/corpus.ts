import type { Db } from '../src/db/client'
import { startProgress } from '../src/progress'
import type { UnitInput } from '../src/rag/index/units'
import { refreshIndexStatistics, writeUnits } from '../src/rag/index/writer'
import { detectLang } from '../src/rag/text/analyze'
import { loadQuranUnits } from '../src/rag/canon/quran'
import type { VectorStore } from '../src/rag/index/vectors'

export function readTsv(text: string): Array<[string, string]> {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() && l.includes('\t'))
    .map((l) => {
      const tab = l.indexOf('\t')
      return [l.slice(0, tab).trim(), l.slice(tab + 1).trim()] as [string, string]
    })
}

/**
 * The shipped French and English translations of a verse range, as the product's Qur'an units hold them (so
 * a QQA23 passage is indexed the way the same verses are in the product).
 */
function translationsOf(surah: number, from: number, to: number): Array<{ lang: 'fr' | 'en'; text: string; reference: string }> {
  translations ??= new Map(loadQuranUnits().map((u) => [u.sourceKey, u.texts]))
  const byKey = translations
  const out: Array<{ lang: 'fr' | 'en'; text: string; reference: string }> = []
  for (const lang of ['fr', 'en'] as const) {
    const parts: string[] = []
    for (let a = from; a <= to; a++) parts.push(byKey.get(`${surah}:${a}`)?.find((t) => t.lang === lang)?.text ?? '')
    out.push({ lang, text: parts.join(' '), reference: `${surah}:${from}-${to}` })
  }
  return out
}
let translations: Map<string, UnitInput['texts']> | undefined

/** Indexes `<id>\t<text>` passages as collection `eval`; returns unit id → passage id. */
export async function indexEvalCorpus(db: Db, passages: Array<[string, string]>, vectors?: VectorStore, opts: { withTranslations?: boolean; fields?: boolean } = {}): Promise<Map<string, string>> {
  const units: UnitInput[] = passages.map(([id, text]) => {
    const m = /^(\d+):(\d+)-(\d+)$/.exec(id)
    const verses = m ? { surah: Number(m[1]), from: Number(m[2]), to: Number(m[3]) } : null
    return {
      collection: 'eval',
      sourceKey: id,
      verses,
      texts: [{ lang: detectLang(text), text, reference: id }, ...(verses && opts.withTranslations ? translationsOf(verses.surah, verses.from, verses.to) : [])],
    }
  })
  const progress = startProgress('indexing', units.length)
  for (let i = 0; i < units.length; i += 500) {
    await writeUnits(db, units.slice(i, i + 500), vectors, { fields: opts.fields })
    progress.tick(Math.min(500, units.length - i))
  }
  progress.stop()
  await refreshIndexStatistics(db)
  const { rows } = (await db.execute('SELECT id, source_key FROM passages' as never)) as unknown as { rows: Array<{ id: string; source_key: string }> }
  return new Map(rows.map((r) => [r.id, r.source_key]))
}

/**
 * QQA23 passages (`<surah>:<from>-<to>`, verses separated by full stops) cut into their verses, as the product
 * indexes the Qur'an (`2:184-184`), each with the passages it belongs to (a few verses end one passage and begin
 * the next); a passage whose sentences do not match its verse count stays whole.
 */
export function versesOfPassages(passages: ReadonlyArray<[string, string]>): { verses: Array<[string, string]>; passagesOf: Map<string, string[]> } {
  const verses: Array<[string, string]> = []
  const passagesOf = new Map<string, string[]>()
  const add = (key: string, text: string, passage: string) => {
    if (!passagesOf.has(key)) verses.push([key, text])
    passagesOf.set(key, [...(passagesOf.get(key) ?? []), passage])
  }
  for (const [id, text] of passages) {
    const m = /^(\d+):(\d+)-(\d+)$/.exec(id)
    const parts = text.split(/\.\s*/).filter((p) => p.trim())
    if (!m || parts.length !== Number(m[3]) - Number(m[2]) + 1) {
      add(id, text, id)
      continue
    }
    parts.forEach((part, i) => add(`${m[1]}:${Number(m[2]) + i}-${Number(m[2]) + i}`, `${part.trim()}.`, id))
  }
  return { verses, passagesOf }
}

/**
 * Each verse with its `radius` neighbours on either side in the same surah, under the verse's own key: a verse
 * indexed with its window, as a unit, instead of alone.
 */
export function verseWindows(verses: ReadonlyArray<[string, string]>, radius: number): Array<[string, string]> {
  const bySurah = new Map<string, Array<[number, string]>>()
  for (const [key, text] of verses) {
    const m = /^(\d+):(\d+)-\2$/.exec(key)
    if (!m) continue
    bySurah.set(m[1]!, [...(bySurah.get(m[1]!) ?? []), [Number(m[2]), text]])
  }
  return verses.map(([key, text]) => {
    const m = /^(\d+):(\d+)-\2$/.exec(key)
    if (!m) return [key, text]
    const around = bySurah.get(m[1]!)!.filter(([v]) => Math.abs(v - Number(m[2])) <= radius)
    return [key, around.map(([, t]) => t).join(' ')]
  })
}
