import { BadRequest } from '../errors'

/** Opaque keyset cursors: the (timestamp, id) of the last item seen, base64url-encoded. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url')
}

export function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  const at = new Date(iso ?? '')
  if (!id || Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw new BadRequest('The cursor is invalid.').withCode('invalid_cursor')
  return { at, id }
}

/** Message cursors: the insertion sequence number of the last message seen. */
export function encodeSeqCursor(seq: number): string {
  return Buffer.from(`s${seq}`).toString('base64url')
}

export function decodeSeqCursor(cursor: string): number {
  const m = /^s(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!m) throw new BadRequest('The cursor is invalid.').withCode('invalid_cursor')
  return Number(m[1])
}
