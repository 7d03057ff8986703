import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { UnreadableDocument } from './errors'
import { enforce, LimitExceeded, type ParseLimits } from './limits'

/** Entries smaller than this once inflated are never refused for their ratio (tiny XML parts compress well). */
const RATIO_FLOOR_BYTES = 1024 * 1024

const open = (bytes: Uint8Array) =>
  new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, zip) => (err ? reject(err) : resolve(zip))),
  )

/** Inflates one entry into nothing, counting: yauzl stops the stream as soon as it outgrows its declared size. */
const drain = (zip: ZipFile, entry: Entry) =>
  new Promise<void>((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err)
      stream.on('data', () => undefined)
      stream.once('end', () => resolve())
      stream.once('error', reject)
    }),
  )

/**
 * Checks a DOCX (a zip) before anything inflates it for real: the number of entries, each entry's ratio and
 * the total inflated size, first as the central directory declares them, then as they actually inflate
 * (streamed into nothing, so memory stays flat) — a lying directory is caught at the first byte too many.
 */
export async function checkZip(bytes: Uint8Array, limits: ParseLimits): Promise<void> {
  let zip: ZipFile
  try {
    zip = await open(bytes)
  } catch (err) {
    throw new UnreadableDocument(`the DOCX could not be read (${(err as Error).message.slice(0, 120)})`)
  }
  enforce(limits, 'entries', zip.entryCount, (max) => `${zip.entryCount} entries in the archive (at most ${max})`)
  let declared = 0
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', resolve)
      zip.on('entry', (entry: Entry) => {
        try {
          declared += entry.uncompressedSize
          enforce(limits, 'inflatedBytes', declared, (max) => `more than ${mb(max)} once inflated`)
          const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
          if (entry.uncompressedSize > RATIO_FLOOR_BYTES) enforce(limits, 'inflateRatio', ratio, (max) => `an entry inflates ${Math.round(ratio)} times (at most ${max})`)
        } catch (err) {
          return reject(err)
        }
        if (entry.fileName.endsWith('/')) return zip.readEntry()
        drain(zip, entry).then(() => zip.readEntry(), reject)
      })
      zip.readEntry()
    })
  } catch (err) {
    if (err instanceof UnreadableDocument) throw err
    const message = (err as Error).message
    if (/too many bytes|exceeds|size/i.test(message)) throw new LimitExceeded('inflatedBytes', `an entry inflates past the size its archive declares (${message.slice(0, 80)})`)
    throw new UnreadableDocument(`the DOCX could not be read (${message.slice(0, 120)})`)
  } finally {
    zip.close()
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
