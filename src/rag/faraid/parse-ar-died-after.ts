import { foldArabic } from './arabic-text'
/**
 * «ابن من زوجة ثانية (توفي بعد أبيه)», «وولدين، أحدهما توفي بعد والده»: an heir said to have died after the
 * deceased was alive at the death and inherits; his part then passes to his own heirs, a second division this
 * one does not make. The phrase is taken out so that «أبيه» is not read as a father among the heirs.
 */
const DIED = '(?:توفي|توفيت|توفيا|توفوا|مات|ماتت|ماتا|ماتوا|المتوفي|المتوفاة)'
const WHOM = '(?:ه|ها|هما|هم|\\s+(?:ابيه|ابيها|ابيهم|ابيهما|والده|والدها|والدهم|والدهما|امه|امها|والدته|والدتها|زوجها|زوجته|المتوفي|المتوفاة|الميت|الميتة|المورث|مورثه|مورثها|(?:وفاة|موت)\\s+\\S+))'
const ONE = '(?:احدهما|احدهم|احداهما|احداهن|واحد منهم|واحدة منهن)'
// («قبل قسمة التركة», «قبل القسمة»: after the deceased, since his estate was there to divide)
const AFTER = `(?:بعد${WHOM}|قبل\\s+(?:قسمة|القسمة|تقسيم)(?:\\s+(?:التركة|الميراث|تركته|تركتها|ميراثه|ميراثها))?)`
const BRACKETED = new RegExp(`\\(\\s*(?:الذي |التي |الذين |وقد )?${DIED}\\s+${AFTER}[^()]*\\)`, 'g')
// (not inside a bracket glossing a group, «(منهم ثلاثة قصر، وأحدهم توفي بعد والده)», which is read whole)
const SAID = new RegExp(`(?<=^|[\\s،,])(?:و?${ONE}\\s+)?(?:وقد\\s+|الذي\\s+|التي\\s+)?${DIED}\\s+${AFTER}(?=$|[\\s،,.:؛)])(?![^()]*\\))`, 'g')

/**
 * The heirs' part of the text (after «عن» or «ترك»: before it, «توفيت بعد زوجها» is the deceased's own death)
 * rewritten, with the words before it folded alike; undefined when the rewrite changes nothing.
 */
function rewriteHeirs(raw: string, rewrite: (heirs: string) => string): string | undefined {
  const folded = foldArabic(raw)
  const from = /(^|\s)(عن|ترك|وترك|تركت|وتركت|خلف|وخلف)\s/.exec(folded)
  if (!from) return undefined
  const at = from.index + from[0].length
  const heirs = rewrite(folded.slice(at))
  return heirs === folded.slice(at) ? undefined : folded.slice(0, at) + heirs
}

/** The text without its deaths after the deceased, and whether there was one. */
export function withoutDeathsAfter(raw: string): { text: string; found: boolean } {
  const text = rewriteHeirs(raw, (heirs) => heirs.replace(BRACKETED, ' ').replace(SAID, ' '))
  return text === undefined ? { text: raw, found: false } : { text, found: true }
}

const BEFORE_WHOM = '(?:ه|ها|هم|\\s+(?:المتوفي|المتوفاة|الميت|الميتة|المورث|مورثه|مورثها|زوجها|زوجته|ابيه|ابيها|امه|امها|والده|والدها|(?:وفاة|موت)\\s+\\S+))'
/**
 * «وكانت الزوجة قد توفيت قبل المتوفى», «والأم توفيت قبله», «وإحدى الزوجتين توفيت قبله», «وكان أبوه قد توفي قبله»: an
 * heir named with the article or his possessive, at the head of its own clause (not «أبناء إخوة من الأب توفوا قبلها», a line), who died first.
 */
const BEFORE_SAID = new RegExp(
  `(?:^|[،,.]|\\sو)\\s*(?:و\\s*)?(?:(?:كان|كانت|كانوا)\\s+)?((?:احد|احدي)\\s+)?(ال[^\\s،,.()]+|[^\\s،,.()]+(?:ه|ها))\\s+(?:قد\\s+)?(?:توفي|توفيت|توفيا|توفوا|مات|ماتت|ماتا|ماتوا)\\s+قبل${BEFORE_WHOM}(?=$|[\\s،,.:؛)])`,
  'g',
)

/**
 * The text without the deaths before the deceased said apart from the family, and the kin words they were said
 * of — each is an heir named in the family who died first, so no heir.
 */
export function withoutDeathsBefore(raw: string): { text: string; kin: { word: string; one: boolean }[] } {
  const kin: { word: string; one: boolean }[] = []
  const text = rewriteHeirs(raw, (heirs) => heirs.replace(BEFORE_SAID, (_, one: string | undefined, word: string) => (kin.push({ word, one: one !== undefined }), ' ، ')))
  return { text: text ?? raw, kin }
}
