import { makeDocxBomb, makeManyPagePdf, multipart } from '../test/helpers/files'
import { probeResponsiveness, type ResponsivenessRow } from './first-start'

/** The hostile files of the hardening review (F1–F3), generated here. */
async function hostileFiles(): Promise<Array<{ name: string; bytes: Buffer }>> {
  return [
    { name: 'f1-scripts.html', bytes: Buffer.from(`<html><body>${'<script '.repeat(50_000)}`) },
    { name: 'f2-bomb.docx', bytes: await makeDocxBomb(200_000_000) },
    { name: 'f2-lying-bomb.docx', bytes: await makeDocxBomb(200_000_000, { lie: true }) },
    { name: 'f3-pages.pdf', bytes: makeManyPagePdf(20_000) },
    { name: 'f3-junk.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20 * 1024 * 1024, 'x(<<[ ')]) },
  ]
}

/**
 * Uploads every hostile file into one conversation, then probes /health, the page and its script until each
 * has ended (`failed`, with its limit): what the server's other users meet meanwhile.
 */
export async function responsivenessUnderHostileFiles(base: string, auth: Record<string, string>): Promise<ResponsivenessRow & { outcomes: string[] }> {
  const conv = (await (await fetch(`${base}/api/v1/conversations`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })).json()) as { id: string }
  const ids: string[] = []
  for (const file of await hostileFiles()) {
    const { payload, headers } = multipart({ name: file.name, bytes: file.bytes })
    const res = await fetch(`${base}/api/v1/conversations/${conv.id}/documents`, { method: 'POST', body: new Uint8Array(payload), headers: { ...headers, ...auth } })
    if (res.status !== 202) throw new Error(`${file.name}: ${res.status} ${await res.text()}`)
    ids.push(((await res.json()) as { id: string }).id)
  }
  const outcomes = new Map<string, string>()
  const allEnded = async () => {
    for (const id of ids) {
      const d = (await (await fetch(`${base}/api/v1/conversations/${conv.id}/documents/${id}`, { headers: auth })).json()) as { status: string; file_name: string; error: string | null }
      if (d.status === 'processing') return false
      outcomes.set(id, `${d.file_name}: ${d.status}${d.error ? ` (${d.error})` : ''}`)
    }
    return true
  }
  const row = await probeResponsiveness(base, 'while the F1–F3 files are ingested', allEnded)
  return { ...row, outcomes: [...outcomes.values()] }
}
