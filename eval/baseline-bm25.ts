/**
 * The plain BM25 the eval contract compares against: k1 1.2, b 0.75, whitespace tokens, Arabic diacritics
 * stripped, nothing else (no stemming, no stop words, no expansion). In process, over the same passages.
 */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g

export function baselineTokens(text: string): string[] {
  return text
    .replace(DIACRITICS, '')
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter(Boolean)
}

export class PlainBm25 {
  private readonly docs: Array<{ id: string; tf: Map<string, number>; len: number }> = []
  private readonly df = new Map<string, number>()
  private avgdl = 1

  constructor(
    passages: Array<{ id: string; text: string }>,
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    for (const p of passages) {
      const tokens = baselineTokens(p.text)
      const tf = new Map<string, number>()
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1)
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1)
      this.docs.push({ id: p.id, tf, len: tokens.length })
    }
    this.avgdl = this.docs.reduce((s, d) => s + d.len, 0) / Math.max(1, this.docs.length)
  }

  search(query: string, k = 10): Array<{ id: string; score: number }> {
    const n = this.docs.length
    const terms = [...new Set(baselineTokens(query))]
    const scored: Array<{ id: string; score: number }> = []
    for (const d of this.docs) {
      let s = 0
      for (const t of terms) {
        const f = d.tf.get(t)
        if (!f) continue
        const df = this.df.get(t)!
        s += Math.log(1 + (n - df + 0.5) / (df + 0.5)) * ((f * (this.k1 + 1)) / (f + this.k1 * (1 - this.b + (this.b * d.len) / this.avgdl)))
      }
      if (s > 0) scored.push({ id: d.id, score: s })
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, k)
  }
}
