/** TREC-style relevance judgements: query id → relevant passage ids (empty set: no answer exists). */
export type Qrels = Map<string, Set<string>>
/** A run: query id → ranked passage ids (empty: the system answered "nothing"). */
export type Run = Map<string, string[]>

export function parseQrels(text: string): Qrels {
  const qrels: Qrels = new Map()
  for (const line of text.split('\n')) {
    const [qid, , pid, rel] = line.trim().split(/\s+/)
    if (!qid || !pid) continue
    const set = qrels.get(qid) ?? new Set<string>()
    if (pid !== '-1' && Number(rel ?? 1) > 0) set.add(pid)
    qrels.set(qid, set)
  }
  return qrels
}

export interface Scores {
  map: number
  mrr: number
  recall: number
  questions: number
  noAnswer: number
}

/**
 * MAP@k, MRR@k and Recall@k as in Qur'an QA 2023 Task A: a question with no answer scores 1 when the run
 * returns nothing for it and 0 otherwise; every judged question counts, returned or not.
 */
export function score(run: Run, qrels: Qrels, k = 10): Scores {
  let ap = 0
  let rr = 0
  let recall = 0
  let noAnswer = 0
  for (const [qid, relevant] of qrels) {
    const ranked = (run.get(qid) ?? []).slice(0, k)
    if (relevant.size === 0) {
      noAnswer++
      const v = ranked.length === 0 ? 1 : 0
      ap += v
      rr += v
      recall += v
      continue
    }
    let hits = 0
    let precisionSum = 0
    let firstHit = 0
    ranked.forEach((pid, i) => {
      if (!relevant.has(pid)) return
      hits++
      precisionSum += hits / (i + 1)
      if (!firstHit) firstHit = i + 1
    })
    ap += precisionSum / Math.min(relevant.size, k)
    rr += firstHit ? 1 / firstHit : 0
    recall += hits / relevant.size
  }
  const n = qrels.size || 1
  return { map: ap / n, mrr: rr / n, recall: recall / n, questions: qrels.size, noAnswer }
}

export function toTrecRun(run: Run, scores: Map<string, number[]>, tag: string): string {
  const lines: string[] = []
  for (const [qid, ids] of run) {
    ids.slice(0, 10).forEach((pid, i) => lines.push(`${qid}\tQ0\t${pid}\t${i + 1}\t${(scores.get(qid)?.[i] ?? 0).toFixed(4)}\t${tag}`))
  }
  return lines.join('\n') + (lines.length ? '\n' : '')
}
