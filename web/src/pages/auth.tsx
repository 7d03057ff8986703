import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { ApiError, describeError } from '../api/errors'
import { saveSession } from '../api/session'
import { Alert, checkNewPassword, Field, Form } from '../components/forms'
import { t } from '../i18n'
import { location, navigate, onLinkClick } from '../router'

function Card({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main class="auth">
      <section class="card">
        <h1>{title}</h1>
        {children}
      </section>
      <p class="tagline">{t.value.tagline}</p>
    </main>
  )
}

const A = ({ href, children }: { href: string; children: ComponentChildren }) => (
  <a href={href} onClick={onLinkClick}>
    {children}
  </a>
)

function ResendButton({ email }: { email: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'sent' | string>('idle')
  const d = t.value
  if (state === 'sent') return <Alert kind="success">{d.auth.resent}</Alert>
  return (
    <>
      <button
        type="button"
        class="link"
        disabled={state === 'busy'}
        onClick={async () => {
          setState('busy')
          try {
            await api.auth.resendVerification(email)
            setState('sent')
          } catch (err) {
            setState(describeError(err, t.value))
          }
        }}
      >
        {d.auth.resend}
      </button>
      {state !== 'idle' && state !== 'busy' && <Alert>{state}</Alert>}
    </>
  )
}

export function LoginPage() {
  const d = t.value
  const [unverified, setUnverified] = useState<string | null>(null)
  return (
    <Card title={d.auth.loginTitle}>
      <Form
        submit={d.auth.loginButton}
        onSubmit={async (v) => {
          setUnverified(null)
          try {
            saveSession(await api.auth.login({ email: v.email ?? '', password: v.password ?? '' }))
          } catch (err) {
            if (err instanceof ApiError && err.code === 'email_not_verified') setUnverified(v.email ?? '')
            throw err
          }
          const next = location.value.query.get('next')
          navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true })
        }}
      >
        <Field label={d.auth.email} name="email" type="email" autocomplete="email" required dir="ltr" />
        <Field label={d.auth.password} name="password" type="password" autocomplete="current-password" required maxLength={128} />
      </Form>
      {unverified && <ResendButton email={unverified} />}
      <p class="links">
        <A href="/forgot-password">{d.auth.forgotLink}</A>
        <span>
          {d.auth.noAccount} <A href="/signup">{d.auth.signupLink}</A>
        </span>
      </p>
    </Card>
  )
}

export function SignupPage() {
  const d = t.value
  return (
    <Card title={d.auth.signupTitle}>
      <Form
        submit={d.auth.signupButton}
        onSubmit={async (v) => {
          checkNewPassword(v.password ?? '', v.email ?? '')
          await api.auth.signup({ email: v.email ?? '', password: v.password ?? '', first_name: v.first_name || undefined, last_name: v.last_name || undefined })
          navigate(`/signup/sent?email=${encodeURIComponent(v.email ?? '')}`)
        }}
      >
        <Field label={d.auth.email} name="email" type="email" autocomplete="email" required dir="ltr" />
        <Field label={d.auth.password} name="password" type="password" autocomplete="new-password" required maxLength={128} hint={d.auth.passwordHint} />
        <div class="row">
          <Field label={d.auth.firstName} name="first_name" autocomplete="given-name" maxLength={100} />
          <Field label={d.auth.lastName} name="last_name" autocomplete="family-name" maxLength={100} />
        </div>
      </Form>
      <p class="links">
        <span>
          {d.auth.haveAccount} <A href="/login">{d.auth.loginLink}</A>
        </span>
      </p>
    </Card>
  )
}

export function SignupSentPage() {
  const d = t.value
  const email = location.value.query.get('email') ?? ''
  return (
    <Card title={d.auth.sentTitle}>
      <Alert kind="info">{d.auth.sent(email)}</Alert>
      <p class="muted">{d.auth.sentHint}</p>
      {email && <ResendButton email={email} />}
      <p class="links">
        <A href="/login">{d.auth.loginLink}</A>
      </p>
    </Card>
  )
}

export function VerifyPage() {
  const d = t.value
  const token = location.value.query.get('token') ?? ''
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(token ? null : { ok: false, text: d.auth.missingToken })
  useEffect(() => {
    if (!token) return
    // The link is spent by a POST from the page, not by the GET that opened it: mail scanners that prefetch links do not consume it.
    api.auth.verify(token).then(
      () => setState({ ok: true, text: '' }),
      (err) => setState({ ok: false, text: describeError(err, t.value) }),
    )
  }, [token])
  return (
    <Card title={d.auth.verifyTitle}>
      {!state && <p aria-busy="true">{d.auth.verifying}</p>}
      {state?.ok && <Alert kind="success">{d.auth.verified}</Alert>}
      {state && !state.ok && <Alert>{state.text}</Alert>}
      {state && !state.ok && <NewLinkForm />}
      <p class="links">
        <A href="/login">{d.auth.loginLink}</A>
      </p>
    </Card>
  )
}

/** One address asked for, one mail sent: the form, then what was sent (the same words whether the account exists). */
function EmailRequest(props: { intro: string; button: string; sent: string; request: (email: string) => Promise<unknown> }) {
  const d = t.value
  const [sent, setSent] = useState(false)
  if (sent) return <Alert kind="success">{props.sent}</Alert>
  return (
    <>
      <p class="muted">{props.intro}</p>
      <Form
        submit={props.button}
        onSubmit={async (v) => {
          await props.request(v.email ?? '')
          setSent(true)
        }}
      >
        <Field label={d.auth.email} name="email" type="email" autocomplete="email" required dir="ltr" />
      </Form>
    </>
  )
}

/** A link that no longer works (expired, spent, mistyped) is replaced by a new one, mailed to the address given. */
function NewLinkForm() {
  const d = t.value
  return <EmailRequest intro={d.auth.newLinkIntro} button={d.auth.newLinkButton} sent={d.auth.resent} request={(email) => api.auth.resendVerification(email)} />
}

export function ForgotPage() {
  const d = t.value
  return (
    <Card title={d.auth.forgotTitle}>
      <EmailRequest intro={d.auth.forgotIntro} button={d.auth.forgotButton} sent={d.auth.forgotSent} request={(email) => api.auth.requestPasswordReset(email)} />
      <p class="links">
        <A href="/login">{d.auth.loginLink}</A>
      </p>
    </Card>
  )
}

export function ResetPage() {
  const d = t.value
  const token = location.value.query.get('token') ?? ''
  const [done, setDone] = useState(false)
  return (
    <Card title={d.auth.resetTitle}>
      {!token && <Alert>{d.auth.missingToken}</Alert>}
      {done && <Alert kind="success">{d.auth.resetDone}</Alert>}
      {token && !done && (
        <Form
          submit={d.auth.resetButton}
          onSubmit={async (v) => {
            checkNewPassword(v.new_password ?? '', null, v.confirm_new_password ?? '')
            await api.auth.confirmPasswordReset({ token, new_password: v.new_password ?? '', confirm_new_password: v.confirm_new_password ?? '' })
            setDone(true)
          }}
        >
          <Field label={d.auth.newPassword} name="new_password" type="password" autocomplete="new-password" required maxLength={128} hint={d.auth.passwordHint} />
          <Field label={d.auth.confirmPassword} name="confirm_new_password" type="password" autocomplete="new-password" required maxLength={128} />
        </Form>
      )}
      <p class="links">
        <A href="/login">{d.auth.loginLink}</A>
      </p>
    </Card>
  )
}
