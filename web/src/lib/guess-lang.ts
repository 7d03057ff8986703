import type { Lang } from '../api/types'

/**
 * The language a message is written in, as far as fonts, hyphenation and screen readers need it:
 * Arabic script decides `ar`; otherwise a few frequent French words or accents decide `fr`, else `en`.
 */
export function guessLang(text: string): Lang {
  const arabic = text.match(/[\u0600-\u06ff\u0750-\u077f]/g)?.length ?? 0
  const latin = text.match(/[a-z]/gi)?.length ?? 0
  if (arabic > latin) return 'ar'
  const french = text.match(/\b(le|la|les|des|est|une|du|que|qui|pour|dans|sont|aux)\b|[éèêàùçœ]/gi)?.length ?? 0
  const english = text.match(/\b(the|is|are|of|and|who|what|for|to|which|with)\b/gi)?.length ?? 0
  return french >= english && french > 0 ? 'fr' : 'en'
}
