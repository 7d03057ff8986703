/**
 * Weighted reciprocal rank fusion (Cormack et al. 2009): each list contributes weight / (k + rank).
 * Returns ids by fused score, best first.
 */
export function fuseByReciprocalRank(lists: Array<{ ids: string[]; weight: number }>, k = 60): Array<{ id: string; score: number }> {
  const scores = new Map<string, number>()
  for (const { ids, weight } of lists) {
    if (weight <= 0) continue
    ids.forEach((id, i) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + i + 1)))
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
}
