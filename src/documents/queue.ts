import type { Logger } from 'pino'

/** Where ingestion jobs wait. Embedded: in process, bounded concurrency. */
export interface JobQueue {
  enqueue(documentId: string): Promise<void>
  /** Resolves when nothing is queued or running (tests, shutdown). */
  idle(): Promise<void>
  close(): Promise<void>
}

export function createInProcessQueue(handler: (id: string) => Promise<void>, logger: Logger, concurrency = 2): JobQueue {
  const waiting: string[] = []
  let running = 0
  let closed = false
  let idleWaiters: Array<() => void> = []
  const settle = () => {
    if (running === 0 && waiting.length === 0) {
      idleWaiters.forEach((r) => r())
      idleWaiters = []
    }
  }
  const pump = () => {
    while (!closed && running < concurrency && waiting.length > 0) {
      const id = waiting.shift()!
      running++
      handler(id)
        .catch((err) => logger.error({ err, documentId: id }, 'ingestion job failed'))
        .finally(() => {
          running--
          pump()
          settle()
        })
    }
  }
  return {
    async enqueue(id) {
      if (!waiting.includes(id)) waiting.push(id)
      pump()
    },
    idle() {
      if (running === 0 && waiting.length === 0) return Promise.resolve()
      return new Promise((resolve) => idleWaiters.push(resolve))
    },
    async close() {
      closed = true
      waiting.length = 0
      if (running > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve))
    },
  }
}
