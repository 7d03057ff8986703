/**
 * Passage windows at ranking time: an answer often runs over several verses, and the verse a reader needs may
 * use few of the question's words while its neighbours use many. Each candidate gains `weight` times the best
 * score among the candidates of the same surah within `gap` verses of it, so a verse is scored with its
 * window without indexing windows as units of their own (no new postings).
 */
export interface Placed {
  id: string
  score: number
  verses: { surah: number; from: number; to: number } | null
}

export function withWindows<T extends Placed>(hits: readonly T[], weight: number, gap: number): T[] {
  if (weight <= 0) return [...hits]
  const bySurah = new Map<number, T[]>()
  for (const h of hits) if (h.verses) bySurah.set(h.verses.surah, [...(bySurah.get(h.verses.surah) ?? []), h])
  const boosted = hits.map((h) => {
    const v = h.verses
    if (!v) return h
    let best = 0
    for (const o of bySurah.get(v.surah) ?? []) {
      if (o === h) continue
      const distance = o.verses!.from > v.to ? o.verses!.from - v.to : v.from - o.verses!.to
      if (distance >= 1 && distance <= gap && o.score > best) best = o.score
    }
    return { ...h, score: h.score + weight * best }
  })
  return boosted.sort((a, b) => b.score - a.score)
}
