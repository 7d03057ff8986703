import { useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { session } from '../api/session'
import { Alert, checkNewPassword, Field, Form } from '../components/forms'
import { lang, t } from '../i18n'
import { logout } from '../logout'
import { ApiKeysSection } from './api-keys'
import { HadithAdminSection } from './hadith-admin'

export function AccountPage() {
  const d = t.value
  const user = session.value?.user
  const [changed, setChanged] = useState(false)
  const [formKey, setFormKey] = useState(0)
  if (!user) return null
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ')
  return (
    <main class="page">
      <h1>{d.account.title}</h1>
      <section class="card">
        <dl class="facts">
          {name && (
            <>
              <dt>{d.account.name}</dt>
              <dd>{name}</dd>
            </>
          )}
          <dt>{d.auth.email}</dt>
          <dd dir="ltr">{user.email}</dd>
          <dt>{d.account.since}</dt>
          <dd>{new Date(user.created_at).toLocaleDateString(lang.value)}</dd>
          <dt>{d.account.roleLabel}</dt>
          <dd>{d.account.role[user.role]}</dd>
        </dl>
        <button type="button" onClick={() => logout()}>
          {d.nav.logout}
        </button>
      </section>
      <section class="card">
        <h2>{d.account.changeTitle}</h2>
        {changed && <Alert kind="success">{d.account.changed}</Alert>}
        <Form
          key={formKey}
          submit={d.account.changeButton}
          onSubmit={async (v) => {
            setChanged(false)
            checkNewPassword(v.new_password ?? '', user.email, v.confirm ?? '')
            await api.auth.changePassword({ current_password: v.current_password ?? '', new_password: v.new_password ?? '' })
            setChanged(true)
            setFormKey((k) => k + 1)
          }}
        >
          <Field label={d.account.current} name="current_password" type="password" autocomplete="current-password" required maxLength={128} />
          <Field label={d.auth.newPassword} name="new_password" type="password" autocomplete="new-password" required maxLength={128} hint={d.auth.passwordHint} />
          <Field label={d.auth.confirmPassword} name="confirm" type="password" autocomplete="new-password" required maxLength={128} />
        </Form>
      </section>
      <ApiKeysSection />
      {user.role === 'admin' && <HadithAdminSection />}
    </main>
  )
}
