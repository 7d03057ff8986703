import assert from 'node:assert/strict'
import net from 'node:net'
import { describe, test } from 'node:test'
import { startTestApp } from './helpers/app'

/** Sends a raw HTTP/1.1 request in two parts (the second once `between` has run) and returns the raw response. */
function splitRequest(port: number, between: () => Promise<void>): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n')
      setTimeout(() => void between().then(() => socket.write('Accept: application/json\r\n\r\n'), reject), 50)
    })
    let raw = ''
    socket.on('data', (d) => (raw += d))
    socket.on('close', () => resolve(raw))
    socket.on('error', reject)
  })
}

describe('graceful shutdown', () => {
  test('a request in flight at shutdown completes; one that arrives after it began gets 503 shutting_down in the API format', async () => {
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    const t = await startTestApp({}, (app) => {
      app.get('/slow-test-only', async () => {
        await held
        return { finished: true }
      })
    })
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    const port = (t.app.server.address() as net.AddressInfo).port
    const inFlight = fetch(`http://127.0.0.1:${port}/slow-test-only`).then(async (r) => ({ status: r.status, body: await r.json() }))
    await new Promise((r) => setTimeout(r, 50))

    let closed: Promise<void> | undefined
    const late = await splitRequest(port, async () => {
      closed = t.app.close()
      await new Promise((r) => setTimeout(r, 50))
      release()
    })
    const [head, body] = late.split('\r\n\r\n')
    assert.match(head!, /^HTTP\/1\.1 503/, late)
    assert.match(head!, /retry-after: 1/i)
    assert.match(head!, /connection: close/i)
    assert.equal(JSON.parse(body!).error.code, 'shutting_down')

    assert.deepEqual(await inFlight, { status: 200, body: { finished: true } })
    await closed
    await t.rt.close()
  })
})
