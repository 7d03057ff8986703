import { loadConfigOrExit } from './config'
import { createLogger, exitAfterFlush, exitNow } from './logger'
import { openRuntime } from './runtime'

/**
 * `npm run worker`: a separate ingestion process for deployments on Redis (BullMQ). It parses and indexes
 * uploaded documents; API instances then run with WORKER_IN_PROCESS=false and only queue jobs.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit()
  if (!config.REDIS_URL) {
    console.error('npm run worker needs REDIS_URL (BullMQ); without it the server ingests documents in process.')
    process.exit(2)
  }
  const logger = createLogger(config)
  // The worker never indexes the shipped corpus: that is the API's start-up job.
  const runtime = await openRuntime({ ...config, INDEX_CORPUS: false }, { logger, worker: true })
  await runtime.engine.start()
  const resumed = await runtime.documents.recover()
  logger.info({ resumed, concurrency: config.INGEST_CONCURRENCY }, 'ingestion worker started')
  let stopping = false
  const stop = async (signal: string) => {
    // A second signal means "now", as for the server.
    if (stopping) exitNow(1)
    stopping = true
    logger.info({ signal }, 'worker stopping after its current jobs')
    await runtime.close()
    logger.info('worker stopped')
    exitAfterFlush(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((err) => {
  console.error('fatal: the worker could not start:', err instanceof Error ? err.message : err)
  process.exit(1)
})
