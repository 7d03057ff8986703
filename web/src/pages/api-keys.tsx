import { useEffect, useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { describeError } from '../api/errors'
import type { ApiKey, CreatedApiKey } from '../api/types'
import { Alert, Field, Form } from '../components/forms'
import { lang, t } from '../i18n'
import { notify } from '../state'

/** The account's personal API keys: create (the secret shown once), list, delete. */
export function ApiKeysSection() {
  const d = t.value
  const [keys, setKeys] = useState<ApiKey[] | null>(null)
  const [fresh, setFresh] = useState<CreatedApiKey | null>(null)
  const [formKey, setFormKey] = useState(0)

  const reload = () =>
    api.apiKeys.list().then(
      (r) => setKeys(r.items),
      (err) => notify(describeError(err, t.value), 'error'),
    )
  useEffect(() => void reload(), [])

  const when = (iso: string) => new Date(iso).toLocaleString(lang.value, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <section class="card api-keys" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">{d.account.keysTitle}</h2>
      <p class="muted">{d.account.keysIntro}</p>
      {fresh && (
        <Alert kind="success">
          {d.account.keyShownOnce}
          <code class="secret" dir="ltr">
            {fresh.key}
          </code>
        </Alert>
      )}
      <Form
        key={formKey}
        submit={d.account.keyCreate}
        onSubmit={async (v) => {
          setFresh(await api.apiKeys.create(v.name ?? ''))
          setFormKey((k) => k + 1)
          await reload()
        }}
      >
        <Field label={d.account.keyName} name="name" required maxLength={100} />
      </Form>
      {keys?.length === 0 && <p class="muted">{d.account.keyNone}</p>}
      <ul class="keys">
        {(keys ?? []).map((k) => (
          <li key={k.id}>
            <span>
              <strong dir="auto">{k.name}</strong> <code dir="ltr">{k.prefix}…</code>
              <span class="muted small"> · {k.last_used_at ? d.account.keyUsed(when(k.last_used_at)) : d.account.keyNeverUsed}</span>
            </span>
            <button
              type="button"
              class="small"
              onClick={async () => {
                if (!confirm(d.account.keyConfirmDelete(k.name))) return
                try {
                  await api.apiKeys.remove(k.id)
                  if (fresh?.id === k.id) setFresh(null)
                  await reload()
                } catch (err) {
                  notify(describeError(err, t.value), 'error')
                }
              }}
            >
              {d.account.keyDelete}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
