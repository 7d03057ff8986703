import cliProgress from 'cli-progress'

export interface Progress {
  tick(n?: number): void
  stop(): void
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
        stream.write(`${label}: ${done}/${total} (${Math.floor((done / total) * 100)} %)\n`)
        while (done / total >= nextReport) nextReport += 0.1
      }
    },
    stop() {},
  }
}
