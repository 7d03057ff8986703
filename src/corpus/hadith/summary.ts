import { HADITH_BOOKS } from '../../rag/canon/hadith-books'
import type { AddOutcome } from './install'

/** One line a book: what is installed, per language what was kept, empty or left out as misaligned. */
export function summariseOutcome(o: AddOutcome): string {
  const i = o.installed
  const langs = Object.entries(i.report.languages)
    .map(
      ([l, r]) =>
        `${l} ${r.texts}${r.empty ? ` (${r.empty} empty)` : ''}${r.misaligned.length ? ` (${r.misaligned.length} misaligned, left out: ${r.misaligned.slice(0, 10).join(', ')}${r.misaligned.length > 10 ? '…' : ''})` : ''}`,
    )
    .join('; ')
  const verb = o.status === 'installed' ? `installed in ${i.seconds} s` : 'already installed, unchanged'
  const skipped = o.skippedLanguages.length ? `; no ${o.skippedLanguages.join(', ')} edition at the source` : ''
  return `${o.book} (${HADITH_BOOKS[o.book].en}): ${i.hadiths} hadiths — ${langs} — ${verb}${skipped}`
}
