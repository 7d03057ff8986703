import { inArray } from 'drizzle-orm'
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

/** Loads ranked unit ids into sources, each in the reader's language when the unit has it. */
export async function hydrate(db: Db, ranked: Array<{ id: string; score: number }>, lang: Lang): Promise<Source[]> {
  if (ranked.length === 0) return []
  const ids = ranked.map((r) => r.id)
  const [units, texts] = await Promise.all([db.select().from(passages).where(inArray(passages.id, ids)), db.select().from(passageTexts).where(inArray(passageTexts.passageId, ids))])
  const unitById = new Map(units.map((u) => [u.id, u]))
  const textsById = new Map<string, Array<typeof passageTexts.$inferSelect>>()
  for (const t of texts) textsById.set(t.passageId, [...(textsById.get(t.passageId) ?? []), t])
  const out: Source[] = []
  for (const r of ranked) {
    const unit = unitById.get(r.id)
    const all = textsById.get(r.id) ?? []
    if (!unit || all.length === 0) continue
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
