import { t } from '../i18n'
import { onLinkClick } from '../router'

/** An address the page does not know (the server answered it with status 404 and this page). */
export function NotFoundPage() {
  const d = t.value
  return (
    <main class="auth">
      <section class="card">
        <h1>{d.notFound.title}</h1>
        <p class="muted">{d.notFound.text}</p>
        <p class="links">
          <a href="/" onClick={onLinkClick}>
            {d.notFound.home}
          </a>
        </p>
      </section>
    </main>
  )
}
