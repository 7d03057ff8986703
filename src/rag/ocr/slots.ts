/**
 * At most `n` tasks at once, the others wait their turn in order: OCR is CPU-bound (about one core per
 * document read), so documents read at once are bounded whatever the queue's concurrency.
 */
export function createSlots(n: number) {
  let busy = 0
  const waiting: Array<() => void> = []
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (busy >= n) await new Promise<void>((resolve) => waiting.push(resolve))
    else busy++
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else busy--
    }
  }
}
