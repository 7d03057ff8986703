import cliProgress from 'cli-progress'

export interface Progress {
  tick(n?: number): void
  stop(): void
}

type LineSink = (line: string) => void

/** Writes to stderr directly: synchronous on a pipe, fine for a command-line tool whose reader is there. */
let lineSink: LineSink = (line) => process.stderr.write(`${line}\n`)

/**
 * Where progress lines go when there is no terminal. A server sends them through its logger, whose writer
 * never blocks: a synchronous write to a pipe nobody reads would stall the whole process.
 */
export function sendProgressLinesTo(sink: LineSink): void {
  lineSink = sink
}

/**
 * A progress bar on a terminal; elsewhere (CI, logs) a plain line every 10 %, so long work is visible
 * without flooding logs with control characters.
 */
export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted} | eta {eta_formatted}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    )
    bar.start(total, 0)
    return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() }
  }
  let done = 0
  let nextReport = 0.1
  return {
    tick(n = 1) {
      done += n
      if (total > 0 && done / total >= nextReport) {
        lineSink(`${label}: ${done}/${total} (${Math.floor((done / total) * 100)} %)`)
        while (done / total >= nextReport) nextReport += 0.1
      }
    },
    stop() {},
  }
}
