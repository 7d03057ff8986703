import type { MailMessage } from './mailer'

export type MailLang = 'fr' | 'en'

/** Picks French unless the client prefers English before French (Accept-Language order and q-values). */
export function pickMailLang(acceptLanguage: string | undefined): MailLang {
  if (!acceptLanguage) return 'fr'
  const ranked = acceptLanguage
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { lang: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, i }
    })
    .filter((x) => x.lang === 'fr' || x.lang === 'en')
    .sort((a, b) => b.q - a.q || a.i - b.i)
  return (ranked[0]?.lang as MailLang | undefined) ?? 'fr'
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

interface Texts {
  subject: string
  greeting: (name: string | null) => string
  body: string
  action: string
  expiry: string
  ignore: string
}

const verifyTexts: Record<MailLang, (hours: number) => Texts> = {
  fr: (h) => ({
    subject: 'Confirmez votre adresse e-mail',
    greeting: (n) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    body: 'Merci de votre inscription à l’assistant de fiqh. Confirmez votre adresse en ouvrant ce lien :',
    action: 'Confirmer mon adresse',
    expiry: `Ce lien est valable ${h} heures et ne sert qu’une fois.`,
    ignore: 'Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
  }),
  en: (h) => ({
    subject: 'Confirm your email address',
    greeting: (n) => (n ? `Hello ${n},` : 'Hello,'),
    body: 'Thank you for signing up to the fiqh assistant. Confirm your address by opening this link:',
    action: 'Confirm my address',
    expiry: `This link is valid for ${h} hours and works once.`,
    ignore: 'If you did not sign up, ignore this message.',
  }),
}

const resetTexts: Record<MailLang, (minutes: number) => Texts> = {
  fr: (m) => ({
    subject: 'Réinitialisation de votre mot de passe',
    greeting: (n) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    body: 'Une réinitialisation du mot de passe a été demandée pour votre compte. Choisissez un nouveau mot de passe ici :',
    action: 'Choisir un nouveau mot de passe',
    expiry: `Ce lien est valable ${m} minutes et ne sert qu’une fois.`,
    ignore: 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
  }),
  en: (m) => ({
    subject: 'Reset your password',
    greeting: (n) => (n ? `Hello ${n},` : 'Hello,'),
    body: 'A password reset was requested for your account. Choose a new password here:',
    action: 'Choose a new password',
    expiry: `This link is valid for ${m} minutes and works once.`,
    ignore: 'If you did not ask for this, ignore this message: your password stays the same.',
  }),
}

function render(to: string, t: Texts, name: string | null, link: string): MailMessage {
  const text = [t.greeting(name), '', t.body, link, '', t.expiry, t.ignore].join('\n')
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(t.greeting(name))}</p><p>${escapeHtml(t.body)}</p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:.6em 1em;background:#0b6e4f;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(t.action)}</a></p>
<p style="font-size:.9em;color:#555">${escapeHtml(link)}</p>
<p style="font-size:.9em;color:#555">${escapeHtml(t.expiry)}<br>${escapeHtml(t.ignore)}</p></body></html>`
  return { to, subject: t.subject, text, html, link }
}

export function verificationMail(lang: MailLang, to: string, name: string | null, link: string, hours: number): MailMessage {
  return render(to, verifyTexts[lang](hours), name, link)
}

export function passwordResetMail(lang: MailLang, to: string, name: string | null, link: string, minutes: number): MailMessage {
  return render(to, resetTexts[lang](minutes), name, link)
}
