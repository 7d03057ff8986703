import { percentile } from './stats'

/** One virtual user's request: what it sends, and how the reply is read to its end (true: a success). */
export type LoadRequest = (base: string, user: number, signal: AbortSignal) => Promise<boolean>

export interface LoadFigures {
  connections: number
  duration_s: number
  requests: number
  rps: number
  p50_ms: number
  p95_ms: number
  p99_ms: number
  errors: number
}

/**
 * A closed loop: `connections` virtual users, spread over the instances in turn (user i on instance
 * i mod n, as a round-robin balancer would place them), each sending its next request as soon as the last
 * one ended, for `durationS` seconds. Latencies are merged over all instances, so the percentiles are the
 * whole system's as its users see it. A request still running at the end counts only if it ends within
 * the grace period; an error (non-2xx, network, incomplete stream) counts, and is timed like the rest.
 */
export async function closedLoop(bases: string[], connections: number, durationS: number, send: LoadRequest, graceMs = 30_000): Promise<LoadFigures> {
  const latencies: number[] = []
  let errors = 0
  const started = performance.now()
  const endsAt = started + durationS * 1000
  const abort = new AbortController()
  const grace = setTimeout(() => abort.abort(), durationS * 1000 + graceMs)
  const user = async (i: number) => {
    const base = bases[i % bases.length]!
    while (performance.now() < endsAt && !abort.signal.aborted) {
      const t0 = performance.now()
      const ok = await send(base, i, abort.signal).catch(() => false)
      if (abort.signal.aborted) return
      latencies.push(performance.now() - t0)
      if (!ok) errors++
    }
  }
  await Promise.all(Array.from({ length: connections }, (_, i) => user(i)))
  clearTimeout(grace)
  const elapsedS = (performance.now() - started) / 1000
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    connections,
    duration_s: durationS,
    requests: latencies.length,
    rps: round(latencies.length / elapsedS),
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    p99_ms: round(percentile(latencies, 99)),
    errors,
  }
}
