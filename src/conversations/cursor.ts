import { BadRequest } from '../errors'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Opaque keyset cursors: the (timestamp, id) of the last item seen, base64url-encoded. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url')
}

export function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  const at = new Date(iso ?? '')
  // Only what this server could have written: a canonical uuid and a date of this era (PostgreSQL refuses
  // ids like 36 zeros and dates before 4713 BC, which would otherwise surface as a 500).
  const year = at.getUTCFullYear()
  if (!id || Number.isNaN(at.getTime()) || year < 2000 || year > 9999 || !UUID.test(id)) throw new BadRequest('The cursor is invalid.').withCode('invalid_cursor')
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
