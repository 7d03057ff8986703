/** A unit in a ranking: its id and its score as a share of the question's ideal. */
interface Ranked {
  id: string
  score: number
}

/**
 * A hadith's score becomes the weighted mean of its expanded score and its score by the reader's own words
 * (each over its ideal, so both read as a share of the question); the other units keep theirs. Scores keep
 * their meaning (the answer quotes what is close to the best), only the hadith's order among all moves.
 */
export function withOwnWords(expanded: ReadonlyArray<Ranked & { hadith: boolean }>, own: readonly Ranked[], weight: number): Ranked[] {
  if (own.length === 0) return expanded.map(({ id, score }) => ({ id, score }))
  const ownScore = new Map(own.map((h) => [h.id, h.score]))
  const blend = (expandedScore: number, ownWords: number) => (expandedScore + weight * ownWords) / (1 + weight)
  const out = expanded.map(({ id, score, hadith }) => ({ id, score: hadith ? blend(score, ownScore.get(id) ?? 0) : score }))
  const seen = new Set(expanded.map((h) => h.id))
  // A report the expanded ranking left below its candidates still counts by the reader's words alone.
  for (const h of own) if (!seen.has(h.id)) out.push({ id: h.id, score: blend(0, h.score) })
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
}
