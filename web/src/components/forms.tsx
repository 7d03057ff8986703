import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { describeError } from '../api/errors'
import { t } from '../i18n'

let seq = 0

export function Field(props: {
  label: string
  name: string
  type?: 'text' | 'email' | 'password'
  autocomplete?: string
  hint?: string
  required?: boolean
  minLength?: number
  maxLength?: number
  value?: string
  dir?: 'ltr' | 'rtl' | 'auto'
}) {
  const [id] = useState(() => `f${++seq}`)
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        // Preact's input types tie `role` to each `type`; this union of textual types fits them all.
        type={(props.type ?? 'text') as 'text'}
        autocomplete={props.autocomplete}
        required={props.required}
        minLength={props.minLength}
        maxLength={props.maxLength}
        value={props.value}
        dir={props.dir}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      {props.hint && <small id={`${id}-hint`}>{props.hint}</small>}
    </div>
  )
}

export function Alert({ kind = 'error', children }: { kind?: 'error' | 'info' | 'success'; children: ComponentChildren }) {
  return (
    <p class={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  )
}

/**
 * A form whose submit handler gets its values; while it runs the button is disabled (no double
 * submit), and a thrown error is shown above the button in the interface language.
 */
export function Form(props: { onSubmit: (values: Record<string, string>) => Promise<void>; submit: string; children: ComponentChildren }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault()
        if (busy) return
        const values = Object.fromEntries([...new FormData(e.currentTarget).entries()].map(([k, v]) => [k, String(v)]))
        setBusy(true)
        setError(null)
        try {
          await props.onSubmit(values)
        } catch (err) {
          setError(err instanceof FormProblem ? err.message : describeError(err, t.value))
        } finally {
          setBusy(false)
        }
      }}
    >
      {props.children}
      {error && <Alert>{error}</Alert>}
      <button class="primary" type="submit" disabled={busy} aria-busy={busy}>
        {props.submit}
      </button>
    </form>
  )
}

/** A problem found before calling the server, already phrased for the reader. */
class FormProblem extends Error {}

export function checkNewPassword(password: string, email: string | null, confirm?: string): void {
  const d = t.value.auth
  if (password.length < 8 || password.length > 128) throw new FormProblem(d.tooShort)
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) throw new FormProblem(d.sameAsEmail)
  if (confirm !== undefined && confirm !== password) throw new FormProblem(d.mismatch)
}
