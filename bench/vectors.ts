import { PGlite } from '@electric-sql/pglite'
import { vector } from '@electric-sql/pglite-pgvector'
import { startProgress } from '../src/progress'
import type { Embedder } from '../src/rag/embed/embedder'
import { mulberry32 } from '../src/rag/embed/svd'
import { percentile, timeEach } from './stats'

const literal = (v: Float32Array) => `[${Array.from(v, (x) => x.toFixed(6)).join(',')}]`

/** Top-10 ids by the HNSW index and by an exact scan (index scans off), in the same database. */
export async function annVersusExact(pg: PGlite, table: string, queries: Float32Array[], efSearch: number) {
  const top = async (q: Float32Array, exact: boolean) =>
    pg.transaction(async (tx) => {
      await tx.exec(exact ? 'SET LOCAL enable_indexscan = off' : `SET LOCAL hnsw.ef_search = ${efSearch}`)
      const r = await tx.query<{ id: string }>(`SELECT id::text AS id FROM ${table} WHERE embedding IS NOT NULL ORDER BY embedding <=> $1::vector LIMIT 10`, [literal(q)])
      return r.rows.map((x) => x.id)
    })
  const ann: string[][] = []
  const exact: string[][] = []
  const annMs = await timeEach(queries, async (q) => void ann.push(await top(q, false)))
  const exactMs = await timeEach(queries, async (q) => void exact.push(await top(q, true)))
  // timeEach warms up on the first two queries: keep the timed pass only.
  ann.splice(0, ann.length - queries.length)
  exact.splice(0, exact.length - queries.length)
  const recall = ann.reduce((sum, ids, i) => sum + ids.filter((id) => exact[i]!.includes(id)).length / Math.max(1, exact[i]!.length), 0) / ann.length
  return { ann_p50_ms: percentile(annMs, 50), exact_p50_ms: percentile(exactMs, 50), recall_at_10: Math.round(recall * 1000) / 1000 }
}

/**
 * Synthetic passages made from the corpus vocabulary (random 25–60-word texts), embedded by the same
 * embedder, in a fresh database with the same HNSW index as the product's: ANN against exact at that size.
 */
export async function scaleRow(n: number, vocabulary: string[], embedder: Embedder, queries: Float32Array[], efSearch: number) {
  const pg = await PGlite.create({ extensions: { vector } })
  try {
    await pg.exec(`CREATE EXTENSION vector; CREATE TABLE synth (id int PRIMARY KEY, embedding vector(${embedder.dim}))`)
    const rand = mulberry32(n)
    const progress = startProgress(`scale ${n}: embed + insert`, n)
    for (let i = 0; i < n; i += 1_000) {
      const texts = Array.from({ length: Math.min(1_000, n - i) }, () => Array.from({ length: 25 + Math.floor(rand() * 35) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' '))
      const vectors = await embedder.embed(texts, 'document')
      const ids = `{${vectors.map((_, j) => i + j).join(',')}}`
      const lits = `{${vectors.map((v) => `"${literal(v)}"`).join(',')}}`
      await pg.query(`INSERT INTO synth SELECT id, e::vector FROM unnest($1::int[], $2::text[]) AS u(id, e)`, [ids, lits])
      progress.tick(texts.length)
    }
    progress.stop()
    const started = performance.now()
    await pg.exec(`SET maintenance_work_mem = '512MB'; CREATE INDEX ON synth USING hnsw (embedding vector_cosine_ops); ANALYZE synth`)
    const buildS = (performance.now() - started) / 1000
    return { passages: n, hnsw_build_s: Math.round(buildS * 10) / 10, ...(await annVersusExact(pg, 'synth', queries, efSearch)) }
  } finally {
    await pg.close()
  }
}
