import autocannon from 'autocannon'
import { timed } from './first-start'
import { closedLoop, type LoadFigures } from './load'
import { rssMb } from './session'
import type { BenchQuery } from './queries'
import { percentile } from './stats'

export interface EmbeddedLoad {
  /** 50 connections through autocannon, as every earlier run measured it (the history's row). */
  load: { connections: number; duration_s: number; requests: number; rps: number; p50_ms: number; p99_ms: number; errors: number }
  /** 20 virtual users — a study group on the single-process default — with the page fetched meanwhile. */
  load_20: LoadFigures & { page_p95_ms: number; page_failures: number }
  rss_mb: number
}

/** Fetches the page one request after another while `busy()` holds: what someone opening it waits meanwhile. */
async function probePage(base: string, busy: () => boolean): Promise<{ p95: number; failures: number }> {
  const times: number[] = []
  let failures = 0
  while (busy()) {
    const ms = await timed(`${base}/`)
    if (ms === null) failures++
    else times.push(ms)
    await new Promise((r) => setTimeout(r, 200))
  }
  return { p95: percentile(times, 95), failures }
}

/**
 * /api/v1/search on the embedded default (PGlite and the in-process cache, one process): a few seconds to
 * warm, 20 virtual users with the page probed meanwhile, then 50 connections as in earlier runs.
 */
export async function embeddedLoadRows(
  server: { base: string; pid: number | undefined },
  auth: Record<string, string>,
  queries: BenchQuery[],
  durationS: number,
  log: (line: string) => void,
): Promise<EmbeddedLoad> {
  let next = 0
  const body = () => JSON.stringify({ query: queries[next++ % queries.length]!.text, k: 10 })
  const send = async (base: string) => {
    const res = await fetch(`${base}/api/v1/search`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: body() })
    await res.arrayBuffer()
    return res.ok
  }
  await closedLoop([server.base], 10, 3, send)
  log(`load: 20 virtual users, ${durationS} s on /api/v1/search, the page fetched meanwhile…`)
  let running = true
  const page = probePage(server.base, () => running)
  const twenty = await closedLoop([server.base], 20, durationS, send).finally(() => (running = false))
  const { p95, failures } = await page
  log(`load: autocannon, 50 connections, ${durationS} s on /api/v1/search…`)
  const result = await autocannon({
    url: server.base,
    connections: 50,
    duration: durationS,
    requests: [{ method: 'POST', path: '/api/v1/search', headers: { ...auth, 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: body() }) }],
  })
  return {
    load_20: { ...twenty, page_p95_ms: Math.round(p95 * 10) / 10, page_failures: failures },
    load: {
      connections: 50,
      duration_s: durationS,
      requests: result.requests.total,
      rps: Math.round(result.requests.average * 10) / 10,
      p50_ms: result.latency.p50,
      p99_ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
    },
    rss_mb: await rssMb(server.pid),
  }
}
