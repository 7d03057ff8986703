/**
 * When the parser moved descendants through sons up past an empty generation («بنت وابن ابن الابن»: the
 * great-grandson stands as a son's son), the question and its options still name them by their own generation:
 * each chain «ابن ابن الابن», «بنت الابن» is said as the generation it now stands in.
 */
import type { ParsedFamily } from '../src/rag/faraid/parse-ar'

const CHAIN =
  /(^|[\s(،,:])((?:و)?(?:ال|لل|ل)?(?:ابن|بنت|ابنة|ابناء|بنات|اولاد|ابنا|ابني|بنتا|بنتي|ابنان|ابنين|بنتان|بنتين|ابنتي|ابنتا))((?:\s+(?:ال)?ابن)+)(?!\s+(?:ال)?(?:عم|اخ|اخت|خال|خالة|عمة|بنت))/g

const fold = (text: string) =>
  text
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')

/** `text` with each son-line chain named as the generation it was moved to. */
export function promotedWording(text: string, promotion: NonNullable<ParsedFamily['promotion']>): string {
  return fold(text).replace(CHAIN, (all, before: string, head: string, links: string) => {
    const genitives = links.trim().split(/\s+/)
    const moved = promotion[(1 + genitives.length) as 2 | 3] ?? 0
    if (moved === 0) return all
    const kept = genitives.slice(moved)
    // «بنت الابن» moved up is «البنت», not «بنت»
    const named = kept.length === 0 && !/^(و)?(ال|لل|ل)/.test(head) ? head.replace(/^(و?)/, '$1ال') : head
    return `${before}${[named, ...kept].join(' ')}`
  })
}
