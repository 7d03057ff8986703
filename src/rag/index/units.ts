import type { HadithFacts, Locator } from '../../contract/sources'
import type { Lang } from '../text/analyze'

/** What the index stores: a unit (a verse, a document's passage) with its texts in one or more languages. */
interface UnitText {
  lang: Lang
  text: string
  reference: string
  title?: string | null
  /** What to analyse for search when it differs from the text shown (the imla'i spelling of a Uthmani verse). */
  searchText?: string
}

export interface UnitInput {
  collection: string
  /** Stable identity within the collection (`2:183`, `<document id>#12`): re-indexing replaces, never duplicates. */
  sourceKey: string
  documentId?: string | null
  ownerId?: string | null
  conversationId?: string | null
  title?: string | null
  verses?: { surah: number; from: number; to: number } | null
  hadith?: HadithFacts | null
  locator?: Locator | null
  texts: UnitText[]
}
