import assert from 'node:assert/strict'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, test } from 'node:test'
import pino from 'pino'
import { SMTPServer } from 'smtp-server'
import { createOutboxMailer, createSmtpMailer } from './mailer'
import { passwordResetMail, pickMailLang, verificationMail } from './templates'

describe('mail language', () => {
  const cases: Array<[string | undefined, 'fr' | 'en']> = [
    [undefined, 'fr'],
    ['', 'fr'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['ar,en;q=0.5', 'en'],
    ['de-DE', 'fr'],
    ['fr;q=0.3,en;q=0.7', 'en'],
  ]
  for (const [header, expected] of cases) {
    test(`${JSON.stringify(header)} → ${expected}`, () => assert.equal(pickMailLang(header), expected))
  }
})

describe('templates', () => {
  test('text and HTML carry the link; HTML escapes names', () => {
    const m = verificationMail('en', 'a@b.org', '<script>x</script>', 'https://app/verify-email?token=abc', 24)
    assert.match(m.text, /https:\/\/app\/verify-email\?token=abc/)
    assert.match(m.html, /href="https:\/\/app\/verify-email\?token=abc"/)
    assert.doesNotMatch(m.html, /<script>/)
    assert.match(m.text, /24 hours/)
    const r = passwordResetMail('fr', 'a@b.org', null, 'https://app/reset-password?token=x', 60)
    assert.match(r.subject, /mot de passe/)
    assert.match(r.text, /60 minutes/)
  })
})

describe('mailers', () => {
  test('the outbox writes a complete .eml per mail, and its text beside it with the link whole', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'outbox-'))
    const mailer = createOutboxMailer(dir, 'Fiqh <no-reply@test>', pino({ level: 'silent' }))
    // Long enough that quoted-printable cuts it in the .eml (76-character lines).
    const link = `http://localhost:8000/verify-email?token=${'T0k3n_'.repeat(12)}`
    await mailer.send(verificationMail('fr', 'reader@example.org', 'Ali', link, 24))
    const files = (await fs.readdir(dir)).sort()
    assert.deepEqual(
      files.map((f) => path.extname(f)),
      ['.eml', '.txt'],
    )
    const plain = await fs.readFile(path.join(dir, files[1]!), 'utf8')
    assert.ok(plain.split('\n').includes(link), 'the link stands whole on a line of its own, ready to copy')
    const raw = await fs.readFile(path.join(dir, files[0]!), 'utf8')
    assert.match(raw, /^To: reader@example\.org$/m)
    assert.match(raw, /^From: Fiqh <no-reply@test>$/m)
    assert.match(raw, /multipart\/alternative/)
    await fs.rm(dir, { recursive: true, force: true })
  })

  test('SMTP_URL delivers through nodemailer to a real SMTP server', async () => {
    const received: string[] = []
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, cb) {
        let data = ''
        stream.on('data', (c: Buffer) => (data += c.toString()))
        stream.on('end', () => {
          received.push(data)
          cb()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.server.address() as { port: number }).port
    try {
      const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Fiqh <no-reply@test>')
      await mailer.send(passwordResetMail('en', 'reader@example.org', null, 'http://x/reset-password?token=t2', 60))
      await mailer.close()
      assert.equal(received.length, 1)
      assert.match(received[0]!, /Subject: Reset your password/)
      assert.match(received[0]!, /reset-password\?token=3Dt2/, 'the link travels quoted-printable encoded')
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
