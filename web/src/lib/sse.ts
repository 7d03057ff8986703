/** One Server-Sent Event: its name (`message` when the server gave none) and its data lines joined. */
export interface SseEvent {
  event: string
  data: string
}

/**
 * Incremental parser for a text/event-stream body (the WHATWG rules that matter here: `event:` and
 * `data:` fields, comment lines, CRLF or LF, a blank line ends an event). EventSource cannot POST
 * or send an Authorization header, so the page reads the stream with fetch and feeds it here.
 */
export class SseParser {
  private buffer = ''
  private event = ''
  private data: string[] = []

  feed(chunk: string): SseEvent[] {
    this.buffer += chunk
    const out: SseEvent[] = []
    for (;;) {
      const m = /\r\n|\r|\n/.exec(this.buffer)
      if (!m) break
      const line = this.buffer.slice(0, m.index)
      // A lone \r at the very end may be the first half of \r\n: wait for the next chunk.
      if (m[0] === '\r' && m.index === this.buffer.length - 1) break
      this.buffer = this.buffer.slice(m.index + m[0].length)
      if (line === '') {
        if (this.data.length > 0) out.push({ event: this.event || 'message', data: this.data.join('\n') })
        this.event = ''
        this.data = []
        continue
      }
      if (line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const field = colon === -1 ? line : line.slice(0, colon)
      let value = colon === -1 ? '' : line.slice(colon + 1)
      if (value.startsWith(' ')) value = value.slice(1)
      if (field === 'event') this.event = value
      else if (field === 'data') this.data.push(value)
    }
    return out
  }
}
