import type { Qrels } from './metrics'

/**
 * Questions grouped by topic: two questions share a topic when their answers mostly coincide (Jaccard ≥ ½
 * over their relevant passages) or begin with the same passage — questions on one subject are answered by
 * the same verses. Mere overlap is not enough: a question answered by twenty passages would chain most of
 * the set into one topic. A question with no answer is its own topic. A topic's questions must fall in one
 * fold, or the folds leak the subject.
 */
export function topicGroups(qids: readonly string[], qrels: Qrels): string[][] {
  const parent = new Map(qids.map((q) => [q, q]))
  const find = (q: string): string => {
    let root = q
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(q, root)
    return root
  }
  const sets = qids.map((q) => ({ q, rel: [...(qrels.get(q) ?? [])] }))
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]!
      const b = sets[j]!
      if (a.rel.length === 0 || b.rel.length === 0) continue
      const shared = a.rel.filter((p) => b.rel.includes(p)).length
      const jaccard = shared / (a.rel.length + b.rel.length - shared)
      if (jaccard >= 0.5 || a.rel[0] === b.rel[0]) parent.set(find(a.q), find(b.q))
    }
  }
  const groups = new Map<string, string[]>()
  for (const q of qids) groups.set(find(q), [...(groups.get(find(q)) ?? []), q])
  return [...groups.values()]
}

/** Topics dealt into k folds, largest first into the currently smallest fold (deterministic, balanced). */
export function topicFolds(groups: readonly string[][], k: number): string[][] {
  const folds: string[][] = Array.from({ length: k }, () => [])
  const ordered = [...groups].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!))
  for (const g of ordered) {
    const smallest = folds.reduce((min, f, i) => (f.length < folds[min]!.length ? i : min), 0)
    folds[smallest]!.push(...g)
  }
  return folds
}

/**
 * A fixed fifth of QIAS questions held out while developing: by a hash (FNV-1a) of the source case, the id's part
 * before «_», because the variants of one case («145931_1», «145931_29») share their family and must not fall
 * on both sides.
 */
export function qiasHeldOut(id: string): boolean {
  let h = 0x811c9dc5
  for (const ch of id.split('_')[0]!) {
    h ^= ch.charCodeAt(0)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h % 5 === 0
}
