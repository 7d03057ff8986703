import { computed, effect, signal } from '@preact/signals'
import type { Lang } from '../api/types'
import { ar } from './ar'
import { en } from './en'
import { fr, type Dict } from './fr'

export const dictionaries: Record<Lang, Dict> = { fr, en, ar }
export const LANGS: Lang[] = ['fr', 'ar', 'en']
const KEY = 'fiqh.lang'

function initialLang(): Lang {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null
  return stored === 'en' || stored === 'ar' || stored === 'fr' ? stored : 'fr'
}

export const lang = signal<Lang>(initialLang())
export const t = computed(() => dictionaries[lang.value])

export function setLang(next: Lang): void {
  lang.value = next
  localStorage.setItem(KEY, next)
}

// The whole document follows the interface language: lang for fonts and screen readers, dir for layout.
if (typeof document !== 'undefined') {
  effect(() => {
    document.documentElement.lang = lang.value
    document.documentElement.dir = t.value.dir
    document.title = t.value.brand
  })
}

/** Writing direction of a text in one of the corpus languages. */
export const dirOf = (l: string): 'rtl' | 'ltr' => (l === 'ar' ? 'rtl' : 'ltr')
