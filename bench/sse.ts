/** The names of a server-sent event stream's events, as each one ends (split anywhere across chunks). */
export async function* eventNames(body: AsyncIterable<Uint8Array>): AsyncGenerator<string | undefined> {
  let buffer = ''
  const decoder = new TextDecoder()
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true })
    for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
      yield /^event: (\w+)/m.exec(buffer.slice(0, cut))?.[1]
      buffer = buffer.slice(cut + 2)
    }
  }
}

/** Reads a server-sent event stream to its end: true when it ended with `done` and no `error` event. */
export async function readEventsToDone(res: Response): Promise<boolean> {
  if (!res.ok || !res.body) {
    await res.body?.cancel()
    return false
  }
  let done = false
  for await (const event of eventNames(res.body)) {
    if (event === 'error') return false
    if (event === 'done') done = true
  }
  return done
}
