import { Queue, Worker } from 'bullmq'
import { Redis } from 'ioredis'
import type { Logger } from 'pino'
import { DependencyUnavailable } from '../errors'
import type { JobQueue } from './queue'

const QUEUE = 'ingest'
// With exponential backoff from 2 s, five attempts ride out about 30 s of a dependency being away.
const INGEST_ATTEMPTS = 5
const ENQUEUE_TIMEOUT_MS = 5_000

type IngestHandler = (documentId: string, finalAttempt: boolean) => Promise<void>

export interface BullQueue extends JobQueue {
  /** Consume jobs in this process (the API when WORKER_IN_PROCESS, or `npm run worker`). */
  startWorker(handler: IngestHandler, concurrency: number): void
}

/**
 * Ingestion on Redis with BullMQ: jobs survive the process that queued them, are retried with backoff,
 * and a job whose worker died (its lock expired) is handed to another worker by the stalled-job check.
 */
export function createBullQueue(url: string, prefix: string, logger: Logger): BullQueue {
  // BullMQ needs connections that wait for Redis rather than fail fast (unlike the cache's).
  const connection = new Redis(url, { maxRetriesPerRequest: null })
  connection.on('error', (err) => logger.warn({ err: err.message }, 'job queue: Redis unavailable; retrying'))
  const bullPrefix = `${prefix}bull`
  const queue = new Queue(QUEUE, { connection, prefix: bullPrefix })
  let worker: Worker | undefined
  let workerConnection: Redis | undefined
  return {
    async enqueue(documentId) {
      // The queue's connection waits for Redis indefinitely (as BullMQ needs); a request must not.
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DependencyUnavailable('job queue')), ENQUEUE_TIMEOUT_MS)
      })
      const added = queue.add(
        QUEUE,
        { documentId },
        {
          jobId: documentId,
          attempts: INGEST_ATTEMPTS,
          backoff: { type: 'exponential', delay: 2_000 },
          removeOnComplete: true,
          removeOnFail: 1_000,
        },
      )
      added.catch(() => undefined)
      try {
        await Promise.race([added, timeout])
      } finally {
        clearTimeout(timer)
      }
    },
    startWorker(handler, concurrency) {
      workerConnection = new Redis(url, { maxRetriesPerRequest: null })
      worker = new Worker(QUEUE, (job) => handler(job.data.documentId as string, job.attemptsMade + 1 >= INGEST_ATTEMPTS), {
        connection: workerConnection,
        prefix: bullPrefix,
        concurrency,
        lockDuration: 15_000,
        stalledInterval: 5_000,
      })
      worker.on('failed', (job, err) => logger.warn({ documentId: job?.data.documentId, attempt: job?.attemptsMade, err: err.message }, 'ingestion attempt failed'))
      worker.on('error', (err) => logger.warn({ err: err.message }, 'ingestion worker error'))
    },
    async idle() {
      for (;;) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
        if (Object.values(counts).every((n) => n === 0)) return
        await new Promise((r) => setTimeout(r, 100))
      }
    },
    async close() {
      await worker?.close()
      await queue.close()
      workerConnection?.disconnect()
      connection.disconnect()
    },
  }
}
