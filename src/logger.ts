import pino, { type DestinationStream, type Logger } from 'pino'
import SonicBoom from 'sonic-boom'
import pretty from 'pino-pretty'
import type { Config } from './config'

const REDACT = { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.refresh_token'], censor: '[redacted]' }

/** Readable lines for a person at a terminal; JSON for everything else (files, pipes, log collectors). */
function wantsPretty(format: Config['LOG_FORMAT'], stream: NodeJS.WriteStream): boolean {
  return format === 'pretty' || (format === 'auto' && stream.isTTY === true)
}

/**
 * Where log lines go: asynchronous, so that a reader who stops reading (a full pipe) or goes away (a closed
 * pipe) never blocks the main thread. A synchronous writer spins on a full pipe, and then nothing — not even
 * the forced-exit timer of a shutdown — runs again. Lines the reader can no longer take are dropped.
 */
function destination(format: Config['LOG_FORMAT'], fd: 1 | 2): DestinationStream {
  // A SonicBoom of our own rather than pino.destination(): pino registers its destinations to be flushed
  // synchronously at exit, and that flush retries a full pipe forever (seen: a server alive minutes after
  // SIGTERM, its main thread in Atomics.wait). Unwritten lines are flushed by exitAfterFlush, within a bound.
  // A full pipe is retried until the exit's deadline (below), then its lines are given up.
  const out = new SonicBoom({ fd, sync: false, retryEAGAIN: () => Date.now() < giveUpAt })
  out.on('error', () => undefined)
  writers.add(out)
  const stream = fd === 1 ? process.stdout : process.stderr
  if (wantsPretty(format, stream)) {
    return pretty({ colorize: stream.isTTY === true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,reqId', singleLine: false, destination: out })
  }
  return out
}

/** Every writer opened here, to write out or let go of their unwritten lines when the process ends. */
const writers = new Set<SonicBoom>()
/** Until when a full pipe is waited for; from then on, writes to it fail and their lines are dropped. */
let giveUpAt = Number.POSITIVE_INFINITY

/** Ends the process at once, dropping the lines a full or closed pipe could not take. */
export function exitNow(code: number): never {
  giveUpAt = 0
  for (const w of writers) w.destroy()
  process.exit(code)
}

/** `fd: 2` for a process whose stdout belongs to a protocol (the MCP server over stdio). */
export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>, opts: { fd?: 1 | 2 } = {}): Logger {
  return pino({ level: config.LOG_LEVEL, redact: REDACT }, destination(config.LOG_FORMAT, opts.fd ?? 1))
}

/**
 * Exits once the log is written out. When stdout is a pipe that is momentarily full, pino keeps the last
 * lines in memory; exiting at once would drop them (seen: "shutdown complete" missing from a busy log). A
 * reader that never drains again cannot hold the exit back more than two seconds.
 */
export function exitAfterFlush(code: number): void {
  // Not flushSync(): sonic-boom retries any write error there forever (a closed pipe's EPIPE included).
  // end() writes out what is held asynchronously and closes; a pipe that takes nothing gets two seconds.
  giveUpAt = Date.now() + 2_000
  setTimeout(() => exitNow(code), 2_000)
  let open = writers.size
  if (open === 0) exitNow(code)
  for (const w of writers) {
    w.once('close', () => {
      if (--open === 0) process.exit(code)
    })
    try {
      w.end()
    } catch {
      exitNow(code)
    }
  }
}
