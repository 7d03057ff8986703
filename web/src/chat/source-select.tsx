import { signal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { api } from '../api/endpoints'
import { t } from '../i18n'
import { choiceOptions, type SourceChoice, sourceChoices, validChoice } from '../lib/hadith'

const KEY = 'fiqh.sources'

/** The shared collections the index holds (`quran`, `bukhari`…); null until the server has said. */
const collections = signal<string[] | null>(null)

/** The reader's choice of shared sources, remembered across conversations and visits. */
const choice = signal<SourceChoice>(validChoice(typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null, null))

function choose(next: SourceChoice): void {
  choice.value = next
  localStorage.setItem(KEY, next)
}

/** The ask options for the chosen sources (none for "all"). */
export const chosenSourceOptions = () => choiceOptions(choice.value)

/**
 * Which shared sources a question searches: all, the Qur'an only, the hadith only, or one installed hadith
 * collection. The list is asked for each time the composer appears, so a collection just added shows up.
 */
export function SourceSelect({ disabled }: { disabled: boolean }) {
  const d = t.value
  useEffect(() => {
    let live = true
    api.corpus.sources().then(
      (r) => {
        if (!live) return
        collections.value = r.items.map((i) => i.collection)
        choice.value = validChoice(choice.value, collections.value)
      },
      // Not worth an error of its own: the selector keeps "all" and the Qur'an, which need no list.
      () => {},
    )
    return () => {
      live = false
    }
  }, [])
  const current = choice.value
  const choices = sourceChoices(collections.value ?? [])
  // A remembered collection stays shown while the list loads.
  if (!choices.includes(current)) choices.push(current)
  const books = choices.filter((c) => c.startsWith('book:'))
  const label = (c: SourceChoice) => (c === 'all' || c === 'quran' || c === 'hadith' ? d.chat.sources[c] : (d.books[c.slice(5) as keyof typeof d.books] ?? c.slice(5)))
  return (
    <label class="scope">
      <span>{d.chat.sources.label}</span>
      <select value={current} disabled={disabled} onChange={(e) => choose(e.currentTarget.value as SourceChoice)}>
        {choices
          .filter((c) => !c.startsWith('book:'))
          .map((c) => (
            <option key={c} value={c}>
              {label(c)}
            </option>
          ))}
        {books.length > 0 && (
          <optgroup label={d.chat.sources.books}>
            {books.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  )
}
