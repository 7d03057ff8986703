import { percentile } from './stats'

/** What a person meets while the server starts: the liveness probe, the page, and the page's script. */
interface Probe {
  name: 'health' | 'page' | 'script'
  path: string
}

export interface ResponsivenessRow {
  phase: string
  samples: number
  health_p50_ms: number
  health_p95_ms: number
  page_p95_ms: number
  script_p95_ms: number
  failures: number
}

async function probes(base: string): Promise<Probe[]> {
  const html = await (await fetch(`${base}/`, { headers: { accept: 'text/html' } })).text()
  const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1]
  if (!script) throw new Error('the page names no script')
  return [
    { name: 'health', path: '/health' },
    { name: 'page', path: '/' },
    { name: 'script', path: script },
  ]
}

/** One GET of `url` read to its end: its time in ms, or null when it failed. */
export async function timed(url: string): Promise<number | null> {
  const started = performance.now()
  try {
    const res = await fetch(url, { headers: { accept: 'text/html,*/*' } })
    await res.arrayBuffer()
    return res.ok ? performance.now() - started : null
  } catch {
    return null
  }
}

/**
 * Probes the three addresses in turn, every `everyMs`, until `until()` says stop; one row of percentiles.
 * Sequential on purpose: it measures what one person waits, not what the server can take.
 */
export async function probeResponsiveness(base: string, phase: string, until: () => Promise<boolean>, everyMs = 100): Promise<ResponsivenessRow> {
  const list = await probes(base)
  const times: Record<Probe['name'], number[]> = { health: [], page: [], script: [] }
  let failures = 0
  while (!(await until())) {
    for (const p of list) {
      const ms = await timed(`${base}${p.path}`)
      if (ms === null) failures++
      else times[p.name].push(ms)
    }
    await new Promise((r) => setTimeout(r, everyMs))
  }
  return {
    phase,
    samples: times.health.length,
    health_p50_ms: percentile(times.health, 50),
    health_p95_ms: percentile(times.health, 95),
    page_p95_ms: percentile(times.page, 95),
    script_p95_ms: percentile(times.script, 95),
    failures,
  }
}

/** Stops once /ready answers 200 (the corpus is indexed). */
export const whenReady = (base: string) => async () => (await fetch(`${base}/ready`).catch(() => null))?.status === 200

/** Stops after a fixed number of rounds: the baseline on a server that has nothing else to do. */
export function afterRounds(n: number): () => Promise<boolean> {
  let left = n
  return async () => left-- <= 0
}
