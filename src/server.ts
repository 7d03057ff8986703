import net from 'node:net'
import { buildApp } from './app'
import { loadConfigOrExit } from './config'
import { prepareQuoteCheck } from './rag/answer/quotes'
import { createLogger, exitAfterFlush, exitNow } from './logger'
import { openRuntime } from './runtime'

async function main(): Promise<void> {
  const config = loadConfigOrExit()
  // A busy port is said at once, before migrations and indexing take their time.
  await ensurePortFree(config.HOST, config.PORT)
  const logger = createLogger(config)
  const started = performance.now()
  const runtime = await openRuntime(config, { logger })
  const app = await buildApp(runtime)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) {
      // A second signal means "now": whoever sent it has waited long enough.
      logger.warn({ signal }, 'second signal: exiting at once')
      exitNow(1)
    }
    stopping = true
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight')
    // Not unref'd: if a close never settles, this timer keeps the process alive to say so and exit 1, rather
    // than the event loop draining and the process ending with 0 mid-shutdown (seen with a leaked pool client).
    setTimeout(() => {
      logger.error('shutdown took longer than 15 s; exiting')
      exitNow(1)
    }, 15_000)
    try {
      await app.close()
      await runtime.engine.stop()
      logger.info('http server closed; closing database, cache and mail')
      await runtime.close()
      logger.info('shutdown complete')
      exitAfterFlush(0)
    } catch (err) {
      logger.error({ err }, 'error during shutdown')
      exitAfterFlush(1)
    }
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))

  await app.listen({ host: config.HOST, port: config.PORT })
  logger.info({ url: config.APP_URL, docs: `${config.APP_URL}/docs`, ms: Math.round(performance.now() - started) }, 'fiqh assistant listening')
  // The corpus is prepared after listening: /health answers at once, /ready reports the indexing progress.
  void runtime.engine.start().then(async () => {
    if (runtime.engine.state.status === 'ready') logger.info({ ms: Math.round(performance.now() - started) }, 'ready: corpus index current')
    prepareQuoteCheck()
    // Documents a previous process left half-ingested are taken up again (idempotent: no duplicates).
    const resumed = await runtime.documents.recover().catch((err) => (logger.error({ err }, 'could not resume documents'), 0))
    if (resumed > 0) logger.info({ documents: resumed }, 'resumed documents left processing')
    await runtime.services.hadith.refreshStale().catch((err) => logger.error({ err }, 'could not re-index the hadith books'))
  })
}

/** Fails fast, with the address in the message, when something already listens on HOST:PORT. */
function ensurePortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? new Error(`${host}:${port} is already in use (another instance?); set PORT to another port`) : err))
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()))
  })
}

main().catch((err) => {
  console.error('fatal: could not start:', err instanceof Error ? err.message : err)
  process.exit(1)
})
