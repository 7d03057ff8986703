import { inArray } from 'drizzle-orm'
import { LRUCache } from 'lru-cache'
import type { Db } from '../../db/client'
import { passages, passageTexts } from '../../db/schema'
import type { Lang } from '../text/analyze'
import type { Source } from '../../contract/sources'
import { HADITH_BOOKS, isHadithBook } from '../canon/hadith-books'

const SNIPPET_CHARS = 320

function snippetOf(text: string, max = SNIPPET_CHARS): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const at = Math.max(cut.lastIndexOf(' '), max - 40)
  return `${cut.slice(0, at).trimEnd()}…`
}

/**
 * Bracketed numbers inside a source's text become parenthesised: in an answer only the answer's own `[n]`
 * may be citations, so a document cannot plant « [2] » to make the page link a claim to another source.
 */
function neutraliseCitations(text: string): string {
  return text.replace(/\[(\d{1,3}(?:\s*[,;،]\s*\d{1,3})*)\]/g, '($1)')
}

type UnitRow = typeof passages.$inferSelect
type TextRow = typeof passageTexts.$inferSelect
interface UnitRows {
  unit: UnitRow
  texts: TextRow[]
}

/** Shared units kept for hydration (about 3 kB each with their three texts). */
const MAX_CACHED_UNITS = 4_000

async function loadRows(db: Db, ids: string[]): Promise<Map<string, UnitRows>> {
  const out = new Map<string, UnitRows>()
  if (ids.length === 0) return out
  const [units, texts] = await Promise.all([db.select().from(passages).where(inArray(passages.id, ids)), db.select().from(passageTexts).where(inArray(passageTexts.passageId, ids))])
  for (const unit of units) out.set(unit.id, { unit, texts: [] })
  for (const t of texts) out.get(t.passageId)?.texts.push(t)
  return out
}

export interface Hydrator {
  /** Loads ranked unit ids into sources, each in the reader's language when the unit has it. */
  hydrate(ranked: Array<{ id: string; score: number }>, lang: Lang): Promise<Source[]>
}

/**
 * With `generation` (the shared index's, as the in-process postings last read it), the rows of shared units
 * are kept between questions until it changes: the corpus is immutable between imports, and reading them
 * was two queries of every search (on the embedded database, several ms of the main thread each).
 * Uploaded documents' units are always read fresh.
 */
export function createHydrator(db: Db, generation?: () => string | null): Hydrator {
  const cache = new LRUCache<string, UnitRows>({ max: MAX_CACHED_UNITS })
  let cachedFor: string | null = null
  return {
    async hydrate(ranked, lang) {
      if (ranked.length === 0) return []
      const g = generation?.() ?? null
      if (g !== cachedFor) {
        cache.clear()
        cachedFor = g
      }
      const rows = new Map<string, UnitRows>()
      const missing: string[] = []
      for (const { id } of ranked) {
        const hit = g === null ? undefined : cache.get(id)
        if (hit) rows.set(id, hit)
        else missing.push(id)
      }
      for (const [id, row] of await loadRows(db, missing)) {
        rows.set(id, row)
        if (g !== null && row.unit.ownerId === null) cache.set(id, row)
      }
      return toSources(ranked, rows, lang)
    },
  }
}

function toSources(ranked: Array<{ id: string; score: number }>, rows: ReadonlyMap<string, UnitRows>, lang: Lang): Source[] {
  const out: Source[] = []
  for (const r of ranked) {
    const row = rows.get(r.id)
    if (!row || row.texts.length === 0) continue
    const { unit, texts: all } = row
    const chosen = all.find((t) => t.lang === lang) ?? all.find((t) => t.lang === 'ar') ?? all[0]!
    const arabic = chosen.lang !== 'ar' ? all.find((t) => t.lang === 'ar') : undefined
    const hadith = unit.hadith
      ? { collection: unit.collection, number: unit.hadith.number, grades: unit.hadith.grades, chapter: chosen.title, matn: unit.hadith.matn ? neutraliseCitations(unit.hadith.matn) : null }
      : undefined
    // A hadith's title is its book in the reader's language; its chapter travels in `hadith.chapter`.
    const title = hadith && isHadithBook(unit.collection) ? HADITH_BOOKS[unit.collection][chosen.lang as Lang] : (chosen.title ?? unit.title)
    out.push({
      n: out.length + 1,
      id: unit.id,
      origin: unit.ownerId ? 'document' : 'corpus',
      document_id: unit.documentId,
      collection: unit.collection,
      title,
      reference: chosen.reference,
      ...(unit.locator ? { locator: unit.locator } : {}),
      ...(unit.surah != null && unit.verseFrom != null ? { verses: { surah: unit.surah, from: unit.verseFrom, to: unit.verseTo ?? unit.verseFrom } } : {}),
      ...(hadith ? { hadith } : {}),
      lang: chosen.lang as Lang,
      snippet: snippetOf(neutraliseCitations(chosen.text)),
      text: neutraliseCitations(chosen.text),
      score: Math.round(r.score * 10_000) / 10_000,
      ...(arabic ? { arabic: { text: neutraliseCitations(arabic.text), reference: arabic.reference } } : {}),
    })
  }
  return out
}
