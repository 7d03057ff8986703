import fs from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import nodemailer from 'nodemailer'
import type { Logger } from 'pino'

export interface MailMessage {
  to: string
  subject: string
  text: string
  html: string
  /** The action link inside the mail, logged in embedded mode so a developer can click it. */
  link?: string
}

export interface Mailer {
  readonly kind: 'outbox' | 'smtp'
  send(message: MailMessage): Promise<void>
  close(): Promise<void>
}

/** SMTP_URL → real delivery through nodemailer. */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url)
  return {
    kind: 'smtp',
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html })
    },
    async close() {
      transport.close()
    },
  }
}

/**
 * Embedded mode: each mail becomes an RFC 822 `.eml` file under DATA_DIR/outbox, built by nodemailer
 * itself so that it is exactly what SMTP would have carried, with its plain text beside it (`.txt`): the
 * .eml's quoted-printable encoding cuts long links with `=` line breaks, which break when copied. The link
 * is also the log line's message, so that a person at the terminal sees it at once.
 */
export function createOutboxMailer(dir: string, from: string, logger: Logger): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    kind: 'outbox',
    async send(m) {
      const info = await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html })
      await fs.mkdir(dir, { recursive: true })
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`)
      await fs.writeFile(file, info.message as Buffer)
      await fs.writeFile(file.replace(/\.eml$/, '.txt'), `To: ${m.to}\nSubject: ${m.subject}\n\n${m.text}\n`)
      logger.info({ to: m.to, subject: m.subject, file, link: m.link }, m.link ? `mail to ${m.to} (${m.subject}) — open: ${m.link}` : `mail to ${m.to} written to the outbox`)
    },
    async close() {
      transport.close()
    },
  }
}
