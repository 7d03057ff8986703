export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return Math.round(sorted[at]! * 100) / 100
}

/** Runs `fn` on each item in turn and returns each call's duration in ms (after two warm-up calls). */
export async function timeEach<T>(items: T[], fn: (item: T) => Promise<void>): Promise<number[]> {
  for (const item of items.slice(0, 2)) await fn(item)
  const out: number[] = []
  for (const item of items) {
    const started = performance.now()
    await fn(item)
    out.push(performance.now() - started)
  }
  return out
}
