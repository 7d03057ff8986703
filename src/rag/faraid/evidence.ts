import type { Lang } from '../../contract/common'
import type { HadithCanon } from '../canon/hadith-canon'
import { HADITH_BOOKS } from '../canon/hadith-books'
import { loadQuranUnits, quranReference, quranVerseCount } from '../canon/quran'
import type { UnitInput } from '../index/units'
import type { Basis } from './basis'

export interface Evidence {
  kind: Basis['kind']
  reference: string
  text?: string
  status: 'verified' | 'not_found' | 'unverifiable'
}

/** The shipped verses by `surah:ayah`, read once per process. */
let verses: Map<string, UnitInput> | undefined
function verse(surah: number, ayah: number): UnitInput | undefined {
  verses ??= new Map(loadQuranUnits().map((u) => [u.sourceKey, u]))
  return verses.get(`${surah}:${ayah}`)
}

/**
 * A share's basis as a reader checks it: a verse is quoted from the shipped Qur'an (so its text cannot be
 * misquoted) and a hadith number is looked up in the installed collection, as the answers' citations are.
 */
export async function evidenceOf(basis: Basis, lang: Lang, hadith?: HadithCanon): Promise<Evidence> {
  if (basis.kind === 'quran') {
    const unit = basis.ayah <= quranVerseCount(basis.surah) ? verse(basis.surah, basis.ayah) : undefined
    const text = unit?.texts.find((t) => t.lang === lang)?.text
    return { kind: 'quran', reference: quranReference[lang](basis.surah, basis.ayah), ...(text ? { text } : {}), status: text ? 'verified' : 'not_found' }
  }
  if (basis.kind === 'hadith') {
    const found = hadith ? await hadith.exists(basis.collection, basis.number) : null
    return { kind: 'hadith', reference: `${HADITH_BOOKS[basis.collection][lang]} ${basis.number}`, status: found === null ? 'unverifiable' : found ? 'verified' : 'not_found' }
  }
  return { kind: 'consensus', reference: basis.note, status: 'unverifiable' }
}
