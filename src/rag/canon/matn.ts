import { normaliseArabic } from '../text/arabic'

/**
 * Splits an Arabic hadith into its chain of narrators (isnad) and the report itself (matn), so that an
 * answer quotes the Prophet's words rather than « حدثنا عبدان قال أخبرنا … ». The report begins where the
 * Prophet is first named (رسول الله، النبي، نبي الله), taken with the one particle that opens its clause
 * (أن، قال، سمعت، كان، عن …). Returns null when no such point is found or the chain would be too short to
 * be one (a text that begins with the report).
 */
const MENTION = /(?:رسول الله|النبي|نبي الله)/
const OPENERS = new Set(['ان', 'انه', 'قال', 'قالت', 'سمعت', 'كان', 'عن', 'رايت', 'اتي', 'جاء', 'سال', 'سالت', 'لقي', 'خرج', 'كنا', 'بينما', 'بينا'])
const MIN_CHAIN = 20

/** The text with diacritics and spelling variants folded, and for each folded letter its index in the original. */
function foldWithPositions(text: string): { folded: string; at: number[] } {
  let folded = ''
  const at: number[] = []
  for (let i = 0; i < text.length; i++) {
    const one = normaliseArabic(text[i]!)
    for (const ch of one) {
      folded += ch
      at.push(i)
    }
  }
  return { folded, at }
}

export function splitIsnad(text: string): { isnad: string; matn: string } | null {
  const { folded, at } = foldWithPositions(text)
  const found = MENTION.exec(folded)
  if (!found) return null
  let start = found.index
  // Step back over the opening particle, if the word just before the mention is one.
  const before = folded.slice(0, start).trimEnd()
  const lastSpace = Math.max(before.lastIndexOf(' '), before.lastIndexOf('،'), before.lastIndexOf(','))
  const word = before.slice(lastSpace + 1)
  if (OPENERS.has(word)) start = lastSpace + 1
  if (start < MIN_CHAIN) return null
  const cut = at[start]!
  const isnad = text.slice(0, cut).trim()
  const matn = text.slice(cut).trim()
  if (!isnad || matn.length < 10) return null
  return { isnad, matn }
}
