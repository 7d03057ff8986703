/**
 * An Arabic inheritance question made ready for the family reading: what is said between the death and the heirs,
 * and the spoken negation, rewritten in the forms the reading knows; and what the reading cannot place — the asker
 * said apart, an in-law's death, a man named by his child — found so that the case goes to retrieval.
 */
import { foldArabic } from './arabic-text'
import type { Assumption } from './assumptions'
import { headOf } from './parse-ar-mention'
import type { Relation } from './relations'

/**
 * «مات رجل ليس له إلا أخ …», «ولم يترك سوى …», «لم يترك أحدا من أقاربه إلا …», «ولم يبق من ذريته إلا …»: only these — the
 * heirs, not a negation of them; «ليس له وارث سوى …», «ولا وارث له إلا …», «ولم يترك من أقاربه إلا …»: no heir but these —
 * the heirs (with «غير» too, but not «… غير من ذكر», no heir but those told). Read as «عن».
 */
export const ONLY_THESE_AR =
  /[،,]?\s*(?:(?:و?(?:ليس|ليست)\s+(?:له|لها)\s+(?:وارث|وارثة|ورثة)(?:\s+من\s+(?:ال)?(?:اقارب|أقارب))?|و?لا\s+(?:وارث|ورثة)\s+(?:له|لها)|و?لم\s+(?:يترك|تترك)\s+من\s+(?:اقاربه|أقاربه|اقاربها|أقاربها|ورثته|ورثتها))\s+(?:إلا|الا|سوى|غير)\s+(?!(?:من|ما)\s+(?:ذكر|ذكروا|ذكرو)|هؤلاء|المذكور)|(?:و?(?:ليس|ليست)\s+(?:له|لها)(?:\s+من\s+(?:ال)?(?:ورثة|اقارب|أقارب))?(?:\s+(?:أحد|احد))?|و?لم\s+(?:يترك|تترك|يخلف|تخلف)(?:\s+(?:أحدا|احدا|أحداً|احداً)(?:\s+من\s+(?:ال)?(?:ورثة|اقاربه|أقاربه|اقاربها|أقاربها))?)?|و?لم\s+(?:يبق|يبقى|تبق|تبقى)(?:\s+(?:له|لها))?(?:\s+من\s+(?:ذريته|ذريتها|ورثته|ورثتها|اقاربه|أقاربه|اقاربها|أقاربها|اهله|أهله|اهلها|أهلها))?)\s+(?:إلا|الا|سوى)\s+)/g

/**
 * «توفي شاب أعزب، وكان أبوه قد مات قبله. ترك …», «توفي رجل وقد مات جميع أولاده قبله. وترك: …», «توفي والدي وأوصى
 * بثلث ماله، وترك …»: what happened before — a kinsman's earlier death, a bequest — told between the death and the heirs.
 */
const BETWEEN_AR =
  /^([\s\S]*?(?:توفي|توفيت|توفى|مات|ماتت)\s+(?:رجل|امرأة|امراة|شخص|شاب|شابة|فتاة|طفل|طفلة|صبي|ولد|والدي|والدتي|أبي|ابي|أمي|امي|زوجي|زوجتي|أخي|اخي|أختي|اختي|جدي|جدتي|عمي|عمتي|خالي|خالتي)(?:\s+(?!(?:عن|و?ترك|و?تركت|و?له|و?لها)(?:\s|$))[^\s،,.؟?]+){0,3}?)\s*[،,]?\s+(و(?:[^.؟?\n]{0,80}?(?:مات|ماتت|ماتا|ماتوا|توفي|توفيت|توفيا|توفوا|متوفى|متوفاة|متوفيان|متوفيتان|متوفون|متوفين|ميت|ميتة)|(?:قد\s+)?(?:أوصى|اوصى|أوصت|اوصت)\s)[^.؟?\n]{0,60}?)\s*[.،,]\s*(و?(?:ترك|تركت|خلف|خلفت)\s*:?|(?:و\s*)?بقي (?:له|لها)\s*:)/

/** The heirs read next to the death, what was told between them said after the family. */
export function earlierDeathsAfter(text: string): string {
  const m = BETWEEN_AR.exec(text)
  if (!m) return text
  const rest = text.slice(m[0].length)
  const end = rest.search(/[.؟?\n]/)
  const at = end < 0 ? rest.length : end
  const introducer = /بقي/.test(m[3]!) ? 'عن' : m[3]!.replace(/:$/, '').trim()
  return `${m[1]} ${introducer} ${rest.slice(0, at).trim()}. ${m[2]}${rest.slice(at)}`
}

/** A child's death, «توفيت فتاة», «توفي طفل صغير»: the noun of who died, which the heirs' vocabulary also has. */
export const CHILD_DECEASED_AR = /((?:توفي|توفيت|توفى|مات|ماتت|هلك|هلكت)\s+)(?:فتاة|طفلة|طفل|صبي|ولد|بنت)(?=\s|$)/

/** «وما عنده أولاد», «وما خلّف جهال»: the spoken negation «ما», written as the reading knows a negation — not «ما زالت». */
export function spokenNegations(text: string): string {
  return text
    .replace(/(^|[\s،,])(و?)ما(?=\s+(?:عنده|عندها|عندو|له|لها|الو|إلو)\s)/g, '$1$2ليس')
    .replace(/(^|[\s،,])(و?)ما(?=\s+(?:خلف|خلفت|خلا|خلات|ترك|تركت|تزوج|تزوجت|اتزوج|اتزوجت|اتجوز|اتجوزت)\s)/g, '$1$2لم')
}

/**
 * «… وأمي وأبويا عايشين. أنا أخوها الشقيق، ليا حاجة؟»: the asker placed from the asker's side in a sentence after the
 * family's end — not among the heirs read, though the asker is one.
 */
export function askerAfterFamily(assumptions: readonly Assumption[] | undefined, heirs: readonly { relation: Relation }[]): boolean {
  return (assumptions ?? []).some((a) => a.kind === 'asker_side' && /^و?(?:أنا|انا)$/.test(a.phrase) && !heirs.some((h) => h.relation === a.relation))
}

/** «ابو زوجي توفي», «توفيت أم زوجتي»: the asker's father- or mother-in-law died — «زوجي» among the heirs is his son. */
export const IN_LAW_DIED_AR = /(?:^|[\s.،,])(?:ابو|أبو|ابا|أبا|ام|أم|والد|والدة)\s+(?:زوجي|زوجتي|جوزي|مراتي|مرتي)(?=$|[\s.،,])/
/** «وجده لام», «وجده لأب» (folded): «جدّه» his grandfather, or «جدة» written with «ه» — the two inherit differently. */
export const GRANDPARENT_SPELT_AR = /(?:^|\s)و?جده\s+(?:لام|لاب|للام|للاب|من الام|من الاب)(?=$|[\s،,.])/

/** «… وأنا، وإمو وأبوه»: the asker listed among the heirs, not saying who («وأنا الزوجة», «وأنا إمه» say it). */
export function askerUnplaced(family: string): boolean {
  return [...family.matchAll(/(?:^|[\s،,(])و?(?:أنا|انا)(?=$|[\s،,.)])\s*([^\s،,.)]*)/g)].some((m) => !headOf(foldArabic(m[1]!)))
}

/**
 * «أبو سامي توفي … وترك أم سامي»: a man named by his child («كنية»), read as a father — a word after «أبو» that names
 * no kinsman and has no article.
 */
export function kunyas(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s،,(])و?((?:أبو|ابو) ([^\s،,.:()؟?\d]{3,}))/g)].flatMap((m) => {
    const name = foldArabic(m[2]!)
    return /^(?:ال|لل|و)/.test(name) || headOf(name) || /^(?:زوج|جوز|مرات|مرت|حما|اب|ام)/.test(name) ? [] : [m[1]!]
  })
}
