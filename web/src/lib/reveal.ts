/**
 * How much of a streamed answer to show next. Tokens often arrive in bursts (a fast model, or the
 * offline answerer whose whole answer fits in a few packets); revealing the backlog over a few
 * frames keeps the writing visible without ever lagging more than about eight frames behind.
 */
export function nextLength(shown: number, total: number): number {
  const backlog = total - shown
  if (backlog <= 0) return total
  return Math.min(total, shown + Math.max(4, Math.ceil(backlog / 8)))
}

const FRAME_MS = 16

/** Paces the display of a growing text; `settled()` resolves once all of it has been shown. */
export class Reveal {
  private text = ''
  private shown = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  private waiters: (() => void)[] = []

  constructor(private readonly show: (visible: string) => void) {}

  push(piece: string): void {
    this.text += piece
    this.schedule()
  }

  settled(): Promise<void> {
    if (this.shown >= this.text.length) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.waiters.splice(0).forEach((w) => w())
  }

  private schedule(): void {
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      // A hidden tab gets timers once a second: show everything rather than crawl.
      this.shown = typeof document !== 'undefined' && document.hidden ? this.text.length : nextLength(this.shown, this.text.length)
      this.show(this.text.slice(0, this.shown))
      if (this.shown < this.text.length) this.schedule()
      else this.waiters.splice(0).forEach((w) => w())
    }, FRAME_MS)
  }
}
