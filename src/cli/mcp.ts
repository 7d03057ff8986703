import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import { Command } from 'commander'
import { loadConfigOrExit } from '../config'
import { Unauthorized } from '../errors'
import { createLogger, exitAfterFlush } from '../logger'
import { createMcpServer } from '../mcp/server'
import { openRuntime } from '../runtime'

// stdout carries the protocol and nothing else: what a library would print there goes to stderr.
console.log = console.error
console.info = console.error
console.debug = console.error

/**
 * `npm run --silent mcp` (stdio): the MCP server for a client that starts it (Claude Desktop, an IDE). It acts as
 * the owner of a personal API key (`FIQH_API_KEY`, or `--key`), looked up again at every call, so a deleted key
 * stops working at once here too. It opens the database like the server does: with the embedded database, stop
 * the server first or use the HTTP transport (`/mcp`), since one data directory takes one process.
 */
const program = new Command('mcp')
  .description('The MCP server over stdio, acting as the owner of a personal API key')
  .option('--key <key>', 'a personal API key (fiqh_…); default: FIQH_API_KEY, which keeps it out of the process list')
  .action(async (opts: { key?: string }) => {
    const config = loadConfigOrExit()
    const key = opts.key?.trim() || config.FIQH_API_KEY
    if (!key) {
      console.error('mcp: no API key. Create one (account page, or POST /api/v1/api-keys) and set FIQH_API_KEY=fiqh_… (or pass --key).')
      process.exit(2)
    }
    const logger = createLogger(config, { fd: 2 })
    const runtime = await openRuntime(config, { logger, worker: false })
    const whoIsCalling = async () => {
      const owner = await runtime.services.apiKeys.resolve(key)
      if (!owner) throw new Unauthorized('invalid_token', 'This API key is unknown or was deleted.')
      return owner.userId
    }
    const refused = await whoIsCalling().then(
      () => null,
      (err: Error) => err.message,
    )
    if (refused) {
      console.error(`mcp: ${refused}`)
      await runtime.close()
      process.exit(1)
    }

    const server = createMcpServer(runtime.services.mcp, whoIsCalling)
    const transport = new StdioServerTransport()
    let stopping = false
    const stop = async (why: string) => {
      if (stopping) return
      stopping = true
      logger.info({ why }, 'mcp: stopping')
      await server.close().catch(() => undefined)
      await runtime.engine.stop()
      await runtime.close()
      exitAfterFlush(0)
    }
    // The client ending stdin (closing the pipe) is how it says goodbye over stdio.
    process.stdin.once('end', () => void stop('stdin closed'))
    process.once('SIGTERM', () => void stop('SIGTERM'))
    process.once('SIGINT', () => void stop('SIGINT'))
    await server.connect(transport)
    logger.info({ database: runtime.database.kind }, 'mcp: serving over stdio')
    // The corpus is prepared in the background, as by the server: tools answer meanwhile, search from what is indexed.
    void runtime.engine.start()
  })

program.parseAsync().catch((err) => {
  console.error(`mcp failed: ${(err as Error).message}`)
  process.exit(1)
})
