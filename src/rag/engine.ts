import path from 'node:path'
import type { Logger } from 'pino'
import type { Config } from '../config'
import type { IndexState } from '../contract/ops'
import { ensureQuranIndexed } from './canon/index-quran'
import type { IndexingState } from './index/bulk'
import type { Database } from '../db/client'
import type { Embedder } from './embed/embedder'
import { localEmbedder } from './embed/providers'
import { createGeminiEmbedder, createOpenAiEmbedder } from './embed/remote'
import { openVectorStore, type VectorStore, type VectorStoreOptions } from './index/vectors'
import { createSharedPostings, type SharedPostings } from './index/shared-postings'
import { createRetriever, DEFAULT_RETRIEVAL, type Retriever } from './search/retriever'
import { loadThesaurus } from './text/thesaurus'
import { loadQuranAssociations } from './canon/quran-associations'

/**
 * The retrieval engine of a running server: the embedder, the vector column, the shipped corpus and the
 * retriever. `start()` prepares them in the background so the server answers /health at once; /ready
 * reports progress until the corpus is indexed.
 */
export interface Engine {
  retriever: Retriever
  /** The shared corpus's postings held in the process (for the retriever and the hadith quotation check). */
  shared: SharedPostings
  state: IndexingState
  vectors(): VectorStore | undefined
  start(): Promise<void>
  /** Interrupts indexing between two batches and waits for it to settle (graceful shutdown). */
  stop(): Promise<void>
  readiness(): { index: IndexState }
}

export async function createEmbedder(config: Config): Promise<Embedder> {
  switch (config.EMBEDDER) {
    case 'gemini':
      return createGeminiEmbedder({ apiKey: config.GEMINI_API_KEY!, model: config.EMBEDDING_MODEL ?? 'gemini-embedding-001', dim: config.EMBEDDING_DIM, baseUrl: config.GEMINI_BASE_URL })
    case 'openai':
      return createOpenAiEmbedder({ baseUrl: config.OPENAI_BASE_URL!, apiKey: config.OPENAI_API_KEY, model: config.EMBEDDING_MODEL ?? 'bge-m3' })
    default:
      return localEmbedder(config.MODELS_DIR ?? path.join(config.DATA_DIR, 'models'))
  }
}

/**
 * How much the vector ranking counts in the fusion. The offline LSI embedder lowered MAP@10 on the QQA23
 * training split at every weight tried (0.05: 0.355 → 0.329; 0.3: → 0.240), so it is not fused by default;
 * its vectors are still stored, so VECTOR_WEIGHT can turn it on. Hosted embedders default to 0.5 (unmeasured here).
 */
function defaultVectorWeight(config: Config): number {
  return config.VECTOR_WEIGHT ?? (config.EMBEDDER === 'local' ? 0 : 0.5)
}

/** How every process opens the vector store under this configuration (the HNSW index only when vectors rank). */
export function vectorStoreOptions(config: Config): VectorStoreOptions {
  return { nearestIndex: defaultVectorWeight(config) > 0 }
}

export function createEngine(config: Config, database: Database, logger: Logger): Engine {
  const state: IndexingState = { status: config.INDEX_CORPUS ? 'pending' : 'ready', collection: 'quran', done: 0, total: 0 }
  let vectors: VectorStore | undefined
  let running: Promise<void> | undefined
  const abort = new AbortController()
  const shared = createSharedPostings(database.db, { exclusive: database.kind === 'pglite' })
  const retriever = createRetriever({
    db: database.db,
    shared,
    thesaurus: loadThesaurus(),
    associations: loadQuranAssociations(),
    get vectors() {
      return vectors
    },
    settings: { ...DEFAULT_RETRIEVAL, vectorWeight: defaultVectorWeight(config) },
  })
  return {
    retriever,
    shared,
    state,
    vectors: () => vectors,
    start() {
      running ??= (async () => {
        try {
          const embedder = await createEmbedder(config)
          vectors = await openVectorStore(database, embedder, logger, vectorStoreOptions(config))
          if (config.INDEX_CORPUS) await ensureQuranIndexed(database.db, logger, state, vectors, abort.signal)
          // In the background: readiness, resuming documents and the other start-up work must not wait for it
          // (with eight hadith books it takes about 36 s), and a shutdown meanwhile only cuts it short.
          void shared.prepare().catch((err: unknown) => logger.warn({ err }, 'the shared postings are read on demand'))
        } catch (err) {
          if (abort.signal.aborted) return
          state.status = 'failed'
          state.error = (err as Error).message
          logger.error({ err }, 'preparing the retrieval index failed')
        }
      })()
      return running
    },
    async stop() {
      abort.abort()
      await running
    },
    readiness() {
      return {
        index: { ...state, embedder: vectors?.embedderId ?? null, vector_mode: vectors?.mode ?? null },
      }
    },
  }
}
