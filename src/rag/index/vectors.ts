import { sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Database, Db } from '../../db/client'
import { startProgress } from '../../progress'
import type { Embedder } from '../embed/embedder'
import { cosine } from '../embed/embedder'
import { visibleTo, type SearchScope } from './scope'
import { sqlArray } from './sql-arrays'
import type { UnitInput } from './units'

/**
 * Where unit embeddings live: a pgvector column (with an HNSW index while searches rank by the vectors), or a
 * plain real[] column re-ranked in process.
 */
export interface VectorStore {
  readonly embedderId: string
  readonly mode: 'pgvector' | 'in-process'
  embedUnits(units: UnitInput[]): Promise<Float32Array[]>
  store(db: Db, ids: string[], vectors: Float32Array[]): Promise<void>
  /** Nearest visible units (pgvector only). */
  nearest(query: Float32Array, scope: SearchScope, limit: number): Promise<Array<{ id: string; similarity: number }>>
  /** Cosine similarity of the given units to the query (the fallback without pgvector, and for fusion). */
  similarities(query: Float32Array, ids: string[]): Promise<Map<string, number>>
  embedQuery(text: string): Promise<Float32Array>
}

const literal = (v: Float32Array, open: string, close: string) => `${open}${Array.from(v, (x) => x.toFixed(6)).join(',')}${close}`

function unitEmbeddingText(unit: UnitInput): string {
  return unit.texts.map((t) => t.searchText ?? t.text).join('\n')
}

interface EmbedderMeta {
  id: string
  dim: number
  column: 'vector' | 'real[]'
}

export interface VectorStoreOptions {
  /**
   * Keep an HNSW index for `nearest`: only while searches rank by the vectors (a fusion weight above 0). Its
   * upkeep is most of what storing a vector costs (importing al-Bukhari: 9.2 s of 47 s with it, 2.0 s without),
   * so otherwise the vectors are kept without it and `nearest` scans them exactly.
   */
  nearestIndex: boolean
}

/**
 * Prepares the embedding column for this embedder. The index records which embedder built it; another
 * embedder (or dimension) never mixes in: the column is rebuilt and every unit re-embedded, with progress.
 */
export async function openVectorStore(database: Database, embedder: Embedder, logger: Logger, opts: VectorStoreOptions): Promise<VectorStore> {
  const { db } = database
  const column: EmbedderMeta['column'] = database.hasVector ? 'vector' : 'real[]'
  const current: EmbedderMeta = { id: embedder.id, dim: embedder.dim, column }
  // Under an advisory lock: instances starting together must not rebuild the column twice.
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(72410952)`)
    const rows = (await tx.execute(sql`SELECT value FROM index_meta WHERE key = 'embedder'`)) as unknown as { rows: Array<{ value: EmbedderMeta }> }
    const stored = rows.rows[0]?.value
    if (!stored || stored.id !== current.id || stored.dim !== current.dim || stored.column !== current.column) {
      if (stored) logger.warn({ previous: stored, current }, 'the index was built with another embedder: rebuilding its vectors')
      await tx.execute(sql`DROP INDEX IF EXISTS passages_embedding_hnsw`)
      await tx.execute(sql`ALTER TABLE passages DROP COLUMN IF EXISTS embedding`)
      await tx.execute(sql.raw(`ALTER TABLE passages ADD COLUMN embedding ${column === 'vector' ? `vector(${embedder.dim})` : 'real[]'}`))
      await tx.execute(sql`INSERT INTO index_meta (key, value) VALUES ('embedder', ${JSON.stringify(current)}::jsonb)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`)
    }
    if (column === 'vector') await keepNearestIndex(tx as unknown as Db, opts.nearestIndex, logger)
  })

  const store: VectorStore = {
    embedderId: embedder.id,
    mode: column === 'vector' ? 'pgvector' : 'in-process',
    embedUnits: (units) => embedder.embed(units.map(unitEmbeddingText), 'document'),
    async embedQuery(text) {
      const [v] = await embedder.embed([text], 'query')
      return v!
    },
    async store(tx, ids, vectors) {
      if (ids.length === 0) return
      const lits = vectors.map((v) => (column === 'vector' ? literal(v, '[', ']') : literal(v, '{', '}')))
      const cast = column === 'vector' ? sql.raw(`vector(${embedder.dim})`) : sql.raw('real[]')
      await tx.execute(sql`UPDATE passages p SET embedding = v.e::${cast}
        FROM (SELECT unnest(${sqlArray(ids, 'uuid')}) AS id, unnest(${sqlArray(lits, 'text')}) AS e) v WHERE p.id = v.id`)
    },
    async nearest(query, scope, limit) {
      if (column !== 'vector') return []
      const q = literal(query, '[', ']')
      // Iterative scans keep the HNSW walk going until enough rows pass the visibility filter.
      const rows = await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL hnsw.iterative_scan = relaxed_order`)
        await tx.execute(sql.raw(`SET LOCAL hnsw.ef_search = ${Math.max(40, Math.min(1000, limit * 2))}`))
        return tx.execute(sql`SELECT p.id, 1 - (p.embedding <=> ${q}::vector) AS similarity FROM passages p
          WHERE p.embedding IS NOT NULL AND ${visibleTo(scope, 'p')}
          ORDER BY p.embedding <=> ${q}::vector LIMIT ${limit}::int`)
      })
      return (rows as unknown as { rows: Array<{ id: string; similarity: number }> }).rows.map((r) => ({ id: r.id, similarity: Number(r.similarity) }))
    },
    async similarities(query, ids) {
      if (ids.length === 0) return new Map()
      const rows = (await db.execute(sql`SELECT id, embedding::text AS e FROM passages WHERE id = ANY(${sqlArray(ids, 'uuid')}) AND embedding IS NOT NULL`)) as unknown as {
        rows: Array<{ id: string; e: string }>
      }
      return new Map(rows.rows.map((r) => [r.id, cosine(query, Float32Array.from(r.e.slice(1, -1).split(',').map(Number)))]))
    },
  }
  await embedMissing(db, store, logger)
  return store
}

/** Builds the HNSW index when searches rank by the vectors and it is missing; drops it when they do not. */
async function keepNearestIndex(db: Db, wanted: boolean, logger: Logger): Promise<void> {
  const found = (await db.execute(sql`SELECT 1 FROM pg_indexes WHERE indexname = 'passages_embedding_hnsw'`)) as unknown as { rows: unknown[] }
  const present = found.rows.length > 0
  if (wanted && !present) {
    const started = performance.now()
    await db.execute(sql`CREATE INDEX passages_embedding_hnsw ON passages USING hnsw (embedding vector_cosine_ops)`)
    logger.info({ seconds: Math.round((performance.now() - started) / 100) / 10 }, 'vector index built (searches rank by the vectors)')
  } else if (!wanted && present) {
    await db.execute(sql`DROP INDEX passages_embedding_hnsw`)
    logger.info('vector index dropped: searches do not rank by the vectors (VECTOR_WEIGHT 0), so writes no longer keep it up')
  }
}

/** Embeds every unit that has no vector yet (after a switch of embedder, or units written without one). */
async function embedMissing(db: Db, store: VectorStore, logger: Logger): Promise<void> {
  const missing = (await db.execute(sql`SELECT count(*)::int AS n FROM passages WHERE embedding IS NULL`)) as unknown as { rows: Array<{ n: number }> }
  const total = missing.rows[0]?.n ?? 0
  if (total === 0) return
  logger.info({ units: total, embedder: store.embedderId }, 'embedding units that have no vector')
  const progress = startProgress('embedding', total)
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve))
    const batch = (await db.execute(sql`SELECT p.id, string_agg(t.text, E'\n' ORDER BY t.lang) AS text FROM passages p
      JOIN passage_texts t ON t.passage_id = p.id WHERE p.embedding IS NULL GROUP BY p.id LIMIT 256`)) as unknown as { rows: Array<{ id: string; text: string }> }
    if (batch.rows.length === 0) break
    const vectors = await store.embedUnits(batch.rows.map((r) => ({ collection: '', sourceKey: '', texts: [{ lang: 'ar', text: r.text, reference: '' }] })))
    await store.store(
      db,
      batch.rows.map((r) => r.id),
      vectors,
    )
    progress.tick(batch.rows.length)
  }
  progress.stop()
}
