import type { Db } from '../src/db/client'
import { startProgress } from '../src/progress'
import type { UnitInput } from '../src/rag/index/units'
import { refreshIndexStatistics, writeUnits } from '../src/rag/index/writer'
import { detectLang } from '../src/rag/text/analyze'
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

/** Indexes `<id>\t<text>` passages as collection `eval`; returns unit id → passage id. */
export async function indexEvalCorpus(db: Db, passages: Array<[string, string]>, vectors?: VectorStore): Promise<Map<string, string>> {
  const units: UnitInput[] = passages.map(([id, text]) => {
    const m = /^(\d+):(\d+)-(\d+)$/.exec(id)
    return {
      collection: 'eval',
      sourceKey: id,
      verses: m ? { surah: Number(m[1]), from: Number(m[2]), to: Number(m[3]) } : null,
      texts: [{ lang: detectLang(text), text, reference: id }],
    }
  })
  const progress = startProgress('indexing', units.length)
  for (let i = 0; i < units.length; i += 500) {
    await writeUnits(db, units.slice(i, i + 500), vectors)
    progress.tick(Math.min(500, units.length - i))
  }
  progress.stop()
  await refreshIndexStatistics(db)
  const { rows } = (await db.execute('SELECT id, source_key FROM passages' as never)) as unknown as { rows: Array<{ id: string; source_key: string }> }
  return new Map(rows.map((r) => [r.id, r.source_key]))
}
