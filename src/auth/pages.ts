import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { AppError } from '../errors'
import { pickMailLang, type MailLang } from '../mail/templates'
import type { AuthService } from './service'

/**
 * The two pages mailed links open: they work without JavaScript (server-rendered, a plain form for the
 * new password), so a link is usable from any mail client even before the chat page is loaded.
 */
const texts = {
  fr: {
    verifiedTitle: 'Adresse confirmée',
    verified: 'Votre adresse e-mail est confirmée. Vous pouvez vous connecter.',
    failedTitle: 'Lien invalide',
    resetTitle: 'Nouveau mot de passe',
    newPassword: 'Nouveau mot de passe (8 à 128 caractères)',
    confirm: 'Confirmez le mot de passe',
    submit: 'Enregistrer',
    resetDone: 'Mot de passe modifié. Toutes vos sessions ont été fermées ; connectez-vous avec le nouveau mot de passe.',
    mismatch: 'Les deux mots de passe ne correspondent pas.',
    length: 'Le mot de passe doit compter de 8 à 128 caractères.',
    home: 'Aller à l’assistant',
  },
  en: {
    verifiedTitle: 'Address confirmed',
    verified: 'Your email address is confirmed. You can log in.',
    failedTitle: 'Invalid link',
    resetTitle: 'New password',
    newPassword: 'New password (8 to 128 characters)',
    confirm: 'Confirm the password',
    submit: 'Save',
    resetDone: 'Password changed. All your sessions were closed; log in with the new password.',
    mismatch: 'The two passwords do not match.',
    length: 'The password must be 8 to 128 characters long.',
    home: 'Go to the assistant',
  },
} satisfies Record<MailLang, Record<string, string>>

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

function page(reply: FastifyReply, lang: MailLang, status: number, title: string, body: string) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;background:#0b6e4f;color:#fff;border:0;border-radius:4px}.err{color:#a40000}</style></head>
<body><h1>${esc(title)}</h1>${body}<p><a href="/">${esc(texts[lang].home)}</a></p></body></html>`)
}

function resetForm(lang: MailLang, token: string, error?: string): string {
  const t = texts[lang]
  return `${error ? `<p class="err">${esc(error)}</p>` : ''}<form method="post" action="/reset-password">
<input type="hidden" name="token" value="${esc(token)}">
<label for="p1">${esc(t.newPassword)}</label><input id="p1" name="new_password" type="password" minlength="8" maxlength="128" required autocomplete="new-password">
<label for="p2">${esc(t.confirm)}</label><input id="p2" name="confirm_new_password" type="password" minlength="8" maxlength="128" required autocomplete="new-password">
<button type="submit">${esc(t.submit)}</button></form>`
}

const tokenOf = (v: unknown) => (typeof v === 'string' && /^[A-Za-z0-9_-]{16,256}$/.test(v) ? v : '')

export const linkPages: FastifyPluginAsync<{ service: AuthService }> = async (app, { service }) => {
  // Forms post urlencoded bodies; the parser is registered in this plugin only, the API stays JSON.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 8_192 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)))
  })

  app.get('/verify-email', { schema: { hide: true } }, async (req, reply) => {
    const lang = pickMailLang(req.headers['accept-language'])
    try {
      await service.verifyEmail(tokenOf((req.query as Record<string, unknown>).token) || 'x'.repeat(16))
      return page(reply, lang, 200, texts[lang].verifiedTitle, `<p>${esc(texts[lang].verified)}</p>`)
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err
      return page(reply, lang, err.status, texts[lang].failedTitle, `<p class="err">${esc(err.message)}</p>`)
    }
  })

  app.get('/reset-password', { schema: { hide: true } }, async (req, reply) => {
    const lang = pickMailLang(req.headers['accept-language'])
    return page(reply, lang, 200, texts[lang].resetTitle, resetForm(lang, tokenOf((req.query as Record<string, unknown>).token)))
  })

  app.post('/reset-password', { schema: { hide: true } }, async (req, reply) => {
    const lang = pickMailLang(req.headers['accept-language'])
    const t = texts[lang]
    const form = (req.body ?? {}) as Record<string, unknown>
    const token = tokenOf(form.token)
    const pw = typeof form.new_password === 'string' ? form.new_password : ''
    if (pw.length < 8 || pw.length > 128) return page(reply, lang, 422, t.resetTitle, resetForm(lang, token, t.length))
    if (pw !== form.confirm_new_password) return page(reply, lang, 422, t.resetTitle, resetForm(lang, token, t.mismatch))
    try {
      await service.confirmPasswordReset(token || 'x'.repeat(16), pw)
      return page(reply, lang, 200, t.resetTitle, `<p>${esc(t.resetDone)}</p>`)
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err
      const detail = Array.isArray(err.details) ? ` (${(err.details as Array<{ message: string }>).map((d) => d.message).join('; ')})` : ''
      return page(reply, lang, err.status, t.resetTitle, resetForm(lang, token, err.message + detail))
    }
  })
}
