import { signal } from '@preact/signals'

/** The current location; the app re-renders from it. History routing, so mail links like /reset-password?token=… open the page directly. */
export const location = signal(readLocation())

function readLocation() {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) }
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return
  if (opts.replace) history.replaceState(null, '', to)
  else history.pushState(null, '', to)
  location.value = readLocation()
  window.scrollTo(0, 0)
}

window.addEventListener('popstate', () => {
  location.value = readLocation()
})

/** A same-origin link handled without a page load (modifier keys still open a new tab). */
export function onLinkClick(e: MouseEvent): void {
  const a = (e.currentTarget as HTMLAnchorElement | null) ?? null
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
  e.preventDefault()
  navigate(a.getAttribute('href') ?? '/')
}
