import fs from 'node:fs/promises'
import path from 'node:path'

export interface Mail {
  file: string
  to: string
  subject: string
  text: string
}

/** Quoted-printable soft breaks and escapes, enough to read links out of a nodemailer .eml. */
function decodeQuotedPrintable(s: string): string {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
}

/** The mails the embedded mailer wrote under `<DATA_DIR>/outbox`, oldest first. */
export async function readOutbox(dataDir: string): Promise<Mail[]> {
  const outbox = path.join(dataDir, 'outbox')
  const files = (await fs.readdir(outbox).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort()
  return Promise.all(
    files.map(async (f) => {
      const raw = await fs.readFile(path.join(outbox, f), 'utf8')
      return {
        file: f,
        to: /^To: (.*)$/m.exec(raw)?.[1]?.trim() ?? '',
        subject: /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? '',
        text: decodeQuotedPrintable(raw),
      }
    }),
  )
}

/** The newest link containing `linkPart` mailed to `to`, waiting for the mail to be written. */
export async function linkFromOutbox(dataDir: string, to: string, linkPart: string): Promise<URL> {
  // Waits for the condition, not a count of tries: a busy machine may take a while to write the mail.
  for (const until = Date.now() + 120_000; Date.now() < until; ) {
    const found = (await readOutbox(dataDir)).filter((m) => m.to.includes(to) && m.text.includes(linkPart)).pop()
    const link = found && new RegExp(`https?://[^\\s"<]*${linkPart.replace(/[?]/g, '\\?')}[^\\s"<]*?token=[A-Za-z0-9_-]+`).exec(found.text)?.[0]
    if (link) return new URL(link)
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no mail to ${to} with ${linkPart}`)
}
