import { ARABIC_VOWELS } from './arabic-text'
import type { Outcome, Unborn } from './pregnancy'

/** Arabic folded the way the family parser compares it (no diacritics, one alif, final yāʾ). */
const fold = (text: string) =>
  text
    .replace(ARABIC_VOWELS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')

/** Who carries the child, when the family names her; the unborn's relation follows from it. */
type Carrier = 'wife' | 'sons_wife' | 'mother' | 'unstated' | 'undecided'

export interface PregnancyRead {
  /** The family text without the pregnancy and its outcome, for the heirs' parser. */
  text: string
  carrier?: Carrier
  /** The unborn's relation when the text says it («حامل بأخ شقيق»). */
  stated?: Unborn
  /** What the unborn turned out to be, when the text says so («وتبين أن الحمل ذكر», «وحمل وُلد أنثى»). */
  outcome?: Outcome
}

const LINES: [RegExp, Unborn][] = [
  [/^(شقيق|شقيقة)/, 'full_brother'],
  [/^(لاب|من الاب)/, 'paternal_brother'],
  [/^(لام|من الام)/, 'maternal_brother'],
]

/**
 * «إذا تبين أن الحمل ذكر وأنثى», «وُلد الحمل أنثى», «إذا انفش الحمل أو ولد ميتا»: what the unborn turned out to
 * be, when a text says it.
 */
export function unbornOutcome(text: string): Outcome | undefined {
  const t = ` ${fold(text)
    .replace(/[،,.؟?:()]/g, ' ')
    .replace(/\s+/g, ' ')} `
  if (/ (انفش|نفش|انفشاش|ولد ميتا|ولدت ميتا|سقط ميتا|الحمل ميت|الحمل ميتا|مات الحمل|عدم وجود حمل|لم يكن هناك حمل|ليست حاملا|لم تكن حاملا) /.test(t)) return 'none'
  const m =
    / (?:الحمل|حمل|ولد|ولدت|ولد الحمل|كان الحمل|ان الحمل) (?:(?:هو|كان|توام|توامين|توامان) )?(بنات (?:اثنتين|اثنتان|ثنتين)(?: فاكثر)?|ذكور (?:اثنين|اثنان)(?: فاكثر)?|ذكرا? وانثي|انثي وذكرا?|ابنا? وبنتا?|بنتا? وابنا?|ذكرين|ذكران|ابنين|ابنان|انثيين|انثيان|بنتين|بنتان|ذكرا?|ابنا?|انثي|بنتا?)(?: واحدة| واحد)?(?: (?:حيا|حية))? /.exec(
      t,
    )
  if (!m) return undefined
  const said = m[1]!
  if (/ و/.test(said)) return 'male_and_female'
  // («بنات اثنتين فأكثر»: two daughters or more share as two do)
  if (/^(ذكر|ابن)(ين|ان)$|^ذكور /.test(said)) return 'two_males'
  if (/^(انثي|بنت)(ين|ان)$|^بنات /.test(said)) return 'two_females'
  return /^(ذكر|ابن)/.test(said) ? 'male' : 'female'
}

/**
 * The pregnancy in a family («وزوجته حامل», «زوجتان ـ إحداهما حامل ـ», «(حمل لزوجة ابن الميت)», «(حامل بـ أخ
 * شقيق/أخت شقيقة)», «وحمل»), taken out of the text so that the heirs can be read, with who carries it.
 */
export function readPregnancy(raw: string): PregnancyRead {
  let text = fold(raw)
  if (!/حمل|حامل/.test(text)) return { text: raw }
  let carrier: Carrier | undefined
  let stated: Unborn | undefined
  const take = (re: RegExp, f: (m: RegExpExecArray) => string) => {
    const m = re.exec(text)
    if (!m) return false
    text = text.slice(0, m.index) + f(m) + text.slice(m.index + m[0].length)
    return true
  }
  // The outcome first: «وتبين أن الحمل ذكر», «وحمل وُلد أنثى حية»
  const outcome = unbornOutcome(text)
  take(/[،,]?\s*(و\s*)?(تبين|ظهر|اتضح|علم)\s+ان\s+الحمل\s+\S+(\s+و\s*\S+)?(?:\s+(?:اثنتين|اثنتان|ثنتين|اثنين|اثنان|فاكثر|او اكثر))*/, () => ' ')
  take(/(حمل)\s+(ولد|ولدت)\s+(ذكرا|ذكر|انثي|ميتا|ميت|ميتة)(\s+(حيا|حية))?/, (m) => m[1]!)
  take(/[،,]?\s*(و\s*)?(تبين|ظهر|اتضح)\s+(عدم وجود حمل|انها ليست حاملا|انها لم تكن حاملا)/, () => ' ')
  // «(حامل بـ أخ شقيق/أخت شقيقة)»: the unborn named by its relation
  if (
    take(/\(?\s*(ام\s+)?حامل\s+ب\s*ـ?\s*(اخ|اخت)\s+((?:شقيق|شقيقة|لاب|لام|من الاب|من الام))(\s*\/\s*(اخت|اخ)\s+\S+)?\s*\)?/, (m) => {
      stated = LINES.find(([re]) => re.test(m[3]!))?.[1]
      return m[1] ? ' ام ' : ' '
    })
  )
    carrier = 'mother'
  // «حمل لزوجة ابن الميت», «زوجة ابنه حامل»: the son's widow carries a son's child (two of them, or another
  // kinsman's widow — «حمل لزوجة أخ», «حمل لزوجة ابن أخ» — are not modelled)
  else if (
    take(/(حمل|حامل)\s*(ل|من\s+)?(زوجة|زوجه)\s+(?:(?!(ال)?ابن(ه|ها)?[\s،,.)]|(ال)?ابن(ه|ها)?$)|(ال)?ابن(ه|ها)?\s+(ال)?(اخ|اخيه|اخيها|اخت|اخته|اختها|عم|عمه|عمها|ابن|بنت)(?=$|[\s،,.)]))/, () => ' ')
  )
    carrier = 'undecided'
  else if (
    take(/\(?\s*(و\s*)?(حمل|حامل)\s*(ل|من\s+)?(زوجة|زوجه)\s+(ال)?ابن(ه|ها)?(\s+(ال)?(ميت|متوفي|متوفاة))?\s*\)?(\s*\(?\s*(العدد\s*)?(\d+)\s*\)?)?/, (m) => {
      if (m[12] && m[12] !== '1') carrier = 'undecided'
      return ' '
    }) ||
    take(/(و\s*)?(زوجة|زوجه)\s+(ال)?ابن(ه|ها)?(\s+(ال)?(ميت|متوفي|متوفاة))?\s*[،,(]?\s*(و?هي\s+)?حامل(ا)?\s*\)?/, () => ' ')
  )
    carrier ??= 'sons_wife'
  // «زوجته حامل», «زوجته الحامل», «زوجة (العدد واحدة وهي حامل)», «زوجتان ـ إحداهما حامل ـ», «3 زوجة (منهن 1 حامل)»
  else if (
    take(
      /(زوج(?:ة|ه|ته|تان|تين|تيه|ات|اته)\)?(?:\s*\(?\s*(?:العدد\s*)?(?:\d+|واحدة|اثنتان|اثنتين|ثلاث|اربع)?\s*\)?)?)\s*[،,\-ـ(]*\s*(?:(?:و?هي|احداهما|احداهن|احداهم|واحدة منهما|واحدة منهن|منهما\s*\d*|منهن\s*\d*|مع)\s+)?(?:(?:ال)?حامل(?:ا|ة)?|حملها)\s*[-ـ]?\s*\)?/,
      (m) => {
        const kept = m[1]!
        // keep a bracket the count opened
        return `${kept}${(kept.match(/\(/g) ?? []).length > (kept.match(/\)/g) ?? []).length ? ')' : ''} `
      },
    )
  )
    carrier = 'wife'
  // «أم، وهي حامل», «وأمه حامل»: the mother carries the deceased's sibling
  else if (take(/((?:^|[\s،,(])و?(?:ال)?(?:ام|امه|امها|والدة|والدته|والدتها)\)?)\s*[،,(]?\s*(?:و?هي\s+)?(?:ال)?حامل(?:ا)?(?:\s+(?:بحمل|بجنين))?\s*\)?/, (m) => `${m[1]} `)) carrier ??= 'mother'
  // «زوجة وحمل», «(حمل)»: a pregnancy no one is said to carry
  else if (take(/(^|[\s،,(])و?(ال)?حمل(?=$|[\s،,.)])\s*\)?/, (m) => m[1]!)) carrier = 'unstated'
  // A second pregnancy, or one in words not read above, is not guessed at
  if (/(^|[\s،,(])(و|ب)?(ال)?(حمل|حامل|حملها|حمله)(?=$|[\s،,.)])/.test(text)) carrier = 'undecided'
  return { text, ...(carrier ? { carrier } : {}), ...(stated ? { stated } : {}), ...(outcome ? { outcome } : {}) }
}

/**
 * The unborn's relation once the heirs are known: the deceased's child by his widow, his son's child by the son's
 * widow, his full sibling by his mother while his father lives (by another husband she would carry a maternal
 * sibling: not decided without the text saying so).
 */
export function unbornOf(read: PregnancyRead, deceased: 'male' | 'female' | undefined, present: ReadonlySet<string>): Unborn | undefined {
  if (read.stated) return read.stated
  switch (read.carrier) {
    case 'wife':
      return deceased === 'female' ? undefined : 'son'
    case 'sons_wife':
      return 'sons_son'
    case 'mother':
      return present.has('father') ? 'full_brother' : undefined
    case 'unstated':
      return present.has('wife') ? 'son' : undefined
    default:
      return undefined
  }
}
