import { Worker } from 'node:worker_threads'

/**
 * A worker thread for reading one document, its heap bounded by V8's resource limits (the young generation a
 * quarter of it, at most 64 MB) and its output drained so a chatty library cannot fill a pipe and stall it.
 */
export function startBoundedWorker(url: URL, memoryMb: number): Worker {
  const worker = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 4) }, stdout: true, stderr: true })
  worker.stdout.resume()
  worker.stderr.resume()
  return worker
}
