import { foldArabic } from './arabic-text'
/**
 * «وجد (أبو المتوفى)», «وجدة (أم المتوفى)»: a kinship word from the asker's side glossed by who the person is to
 * the deceased — the gloss names the heir, the word before it does not (a grandfather to the asker is the
 * deceased's father).
 */
const GLOSSED = /(^|[\s،,:])(و?)(?:ال)?[^\s،,:()]+\s*\(\s*(?:وهو\s+|وهي\s+|اي\s+)?(ابو|اب|والد|ام|والدة|زوجة|زوج|ابن|بنت|اخ|اخت)\s+(?:ال)?(?:متوفي|متوفاة|ميت|ميتة)\s*\)/g

/** The text with each such heir written as the gloss says; unchanged when there is none. */
export function deceasedsKinGlossed(raw: string): string {
  const folded = foldArabic(raw)
  if (folded.search(GLOSSED) < 0) return raw
  return folded.replace(GLOSSED, (_, before: string, and: string, kin: string) => `${before}${and}${kin === 'ابو' ? 'اب' : kin}`)
}

/** «وترك إخوته: ثلاثة إخوة وأختين», «أولاده: ابنان وبنت»: a group named, then counted after a colon. */
const RESTATED = /(^|[\s،,])و?(?:ال)?(?:اخوته|اخوتها|اخوانه|اخوانها|اولاده|اولادها|ابناؤه|ابنائه|ابناءه|ابناؤها|ابنائها|ابناءها|الاخوة|الاولاد|الابناء)\s*:\s*(?=[^\s])/g

/** A sibling or a child named as one of such a group («أخوين», «وأختا», «ثلاث أخوات», «ابنا», «ثلاثة أشقاء»). */
const MEMBER =
  '(?:(?:[^\\s()،,:.]+\\s+)?و?(?:ال)?(?:اخ|اخا|اخوين|اخوان|اخوة|اخت|اختا|اختين|اختان|اخوات|ابن|ابنا|ابنين|ابنان|ابناء|بنت|بنتا|بنتين|بنتان|بنات|ولد|ولدا|ولدين|ولدان)|[^\\s()،,:.]+\\s+(?:اشقاء|شقيقين|شقيقان|شقيقتين|شقيقتان|شقيقات))(?=[\\s،,.)]|$)'
/**
 * «وإخوة: أخوين شقيقين وأختا لأب», «وإخوة وأخوات (أخوين وثلاث أخوات)»: a plural with no number (or two joined)
 * named, then its members counted after a colon or in a bracket — the plural is their heading, not more of them.
 */
const HEADED = new RegExp(`(^|[\\s،,])و?(?:ال)?(?:اخوة|اخوات|ابناء|اولاد|بنين|بنات)(?:\\s+و(?:ال)?(?:اخوات|بنات))?\\s*(?::\\s*(?=${MEMBER})|\\(\\s*(?=${MEMBER})([^()]*)\\))`, 'g')

/**
 * The text with such a group's name taken out, so that its members are not counted twice; unchanged when there is
 * none. A comma stands where it was: «زوجة وأولاده: ابنين» must not become «زوجة ابنين», the wife of two sons.
 */
export function withoutRestatedGroup(raw: string): string {
  const folded = foldArabic(raw)
  if (folded.search(RESTATED) < 0 && folded.search(HEADED) < 0) return raw
  const comma = (before: string) => (before === '' || /[،,]/.test(before) ? before : `${before}، `)
  return folded.replace(RESTATED, (_, before: string) => comma(before)).replace(HEADED, (_, before: string, members?: string) => `${comma(before)}${members ?? ''}`)
}
