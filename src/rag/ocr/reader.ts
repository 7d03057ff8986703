import { createWorker, OEM, type Worker } from 'tesseract.js'
import { UnreadableDocument } from '../parse/errors'
import { modelFolder } from './languages'

export interface PageReading {
  text: string
  /** Tesseract's mean word confidence, 0–1. */
  confidence: number
  /** The models that read it (`ara`, `fra+eng`). */
  models: string
}

/** Below this mean confidence a page read with the preferred models is read with the others too. */
const RETRY_BELOW = 0.7
/** Below this, what was read is noise (a photo, a blank page's speckles), not text: the page has none. */
const NOISE_BELOW = 0.35
/** Fewer letters than this is a picture's edges read as marks (`. ©`), not text. */
const MIN_LETTERS = 3

/**
 * Reads page images with Tesseract (WebAssembly, in worker threads of its own). Each model set gets one
 * Tesseract worker, created when first needed and kept while it wins pages. With several candidate
 * sets (no language said), a page is read with the set that won the previous page; the others are tried
 * only when it reads badly, so a one-script document pays for detection on its first page only.
 */
export function createPageReader(candidates: string[][]) {
  const workers = new Map<string, Promise<Worker>>()
  let order = candidates.map((c) => c.join('+'))
  const workerFor = (key: string) => {
    let w = workers.get(key)
    if (!w) {
      w = modelFolder(key.split('+')).then((langPath) =>
        createWorker(key, OEM.LSTM_ONLY, {
          langPath,
          cacheMethod: 'none',
          gzip: true,
          // Without a handler, a job's error is also thrown in an event listener: an uncaught exception.
          errorHandler: () => undefined,
        }),
      )
      workers.set(key, w)
    }
    return w
  }
  const readWith = async (key: string, image: Buffer): Promise<PageReading> => {
    const worker = await workerFor(key)
    const { data } = await worker.recognize(image).catch((err: unknown) => {
      // Tesseract rejects with its message as a string ("Error attempting to read image.").
      throw new UnreadableDocument(`the image could not be decoded (${String(err instanceof Error ? err.message : err).slice(0, 120)})`)
    })
    return { text: data.text, confidence: data.confidence / 100, models: key }
  }
  return {
    async read(image: Buffer): Promise<PageReading> {
      let best = await readWith(order[0]!, image)
      for (const key of order.slice(1)) {
        if (best.confidence >= RETRY_BELOW) break
        const other = await readWith(key, image)
        if (other.confidence > best.confidence) best = other
      }
      order = [best.models, ...order.filter((k) => k !== best.models)]
      // A model set that lost the page goes, with its WebAssembly heap (a few hundred MB that never shrink):
      // a one-script document keeps one engine; a page of the other script loads it again (about 0.5 s).
      for (const [key, w] of workers) {
        if (key === best.models) continue
        workers.delete(key)
        await (await w).terminate()
      }
      const text = best.confidence < NOISE_BELOW || (best.text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS ? '' : best.text.replace(/[ \t]+\n/g, '\n').trim()
      return { ...best, text }
    },
    async close(): Promise<void> {
      await Promise.all([...workers.values()].map(async (w) => (await w).terminate()))
    },
  }
}
