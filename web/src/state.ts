import { signal } from '@preact/signals'

/** One-line message shown at the top of the page (after a redirect, a copy, an error without a form). */
export interface Notice {
  kind: 'info' | 'error'
  text: string
}

export const notice = signal<Notice | null>(null)
let timer: ReturnType<typeof setTimeout> | undefined

export function notify(text: string, kind: Notice['kind'] = 'info', ms = kind === 'error' ? 8000 : 4000): void {
  notice.value = { kind, text }
  clearTimeout(timer)
  timer = setTimeout(() => (notice.value = null), ms)
}
