import { normaliseArabic } from './arabic'
import { foldLatin } from './latin'
import type { Lang } from '../../contract/common'

/**
 * Question-type aware search: a question asking *who* ("who is entitled to…", « à qui… », «من هم…», «لمن…») is
 * answered by a passage naming people, not by one naming the act the question is about. Passages carry a mark
 * per word naming a group of people — in Arabic, a sound masculine plural with the article or the lam of
 * benefit (المؤمنين، للمتقين، والعاملين، الغارمين; a broken plural such as للفقراء is not recognised) — stored as
 * a field of its own (outside the unit's length), and a *who* question searches that mark beside its words.
 */
export const PERSON_MARK = '§person'

const ARABIC_WORD = /[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0670]+/g
// Article (with a conjunction or preposition before it) or the lam of benefit, a stem of three letters or more,
// the plural ending.
const PERSON_PLURAL = /^[وف]?(?:ال|لل|بال|كال)\S{3,}(?:ين|ون)$/

/** One mark per word of the text naming a group of people (Arabic only: every shared unit has its Arabic). */
export function personMarks(text: string): string[] {
  const out: string[] = []
  for (const raw of text.match(ARABIC_WORD) ?? []) {
    const w = normaliseArabic(raw).replace(/[^\u0621-\u064A]/g, '')
    // الذين and its kin are pronouns, not plurals of a noun.
    if (PERSON_PLURAL.test(w) && !/^[وف]?(?:ال|لل)(?:ذين|لذين)$/.test(w)) out.push(PERSON_MARK)
  }
  return out
}

const WHO: Record<Lang, RegExp> = {
  en: /\bwho(?:m|se)?\b/,
  // « qui » opens the question or follows a preposition (« à qui », « pour qui »); a relative « qui » does neither.
  fr: /(?:^|[.?!]\s*)qui\b|\b(?:a|pour|de|avec|envers|aupres de) qui\b/,
  ar: /(?:^|\s)(?:لمن|من هم|من هو|من هي|من هن)(?:\s|$)|^من\s/,
}

/** Whether a question asks who (a person or group of people is the answer). */
export function asksWho(text: string, lang: Lang): boolean {
  const folded = lang === 'ar' ? normaliseArabic(text).trim() : foldLatin(text.toLowerCase()).trim()
  return WHO[lang].test(folded)
}
