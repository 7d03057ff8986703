import { parentPort } from 'node:worker_threads'
import { loadQuranUnits, quranVersion } from '../canon/quran'
import { buildLsiModel } from './local-lsi'

// Runs in a worker thread: the SVD takes seconds of CPU, which must not stall the server's event loop.
const dim = Number(process.env.LSI_DIM ?? 128)
const model = buildLsiModel(loadQuranUnits(), dim, quranVersion())
const vectors = model.vectors
parentPort!.postMessage({ id: model.id, dim: model.dim, vocab: [...model.vocab.keys()], idf: model.idf, vectors }, [vectors.buffer as ArrayBuffer])
