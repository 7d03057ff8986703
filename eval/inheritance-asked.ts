/**
 * What a QIAS question asks, read apart from how its options are matched: the heir named loosely («الذكور»,
 * «الحفيدة»), the part of a share asked («فرضا», «تعصيبا», «مما بقي بعد فرض الزوجة»), and two general answers — a
 * kinsman who died before the deceased inherits nothing, and no cause but the barriers takes an heir's share away.
 */
import { arabicWordsOf } from '../src/rag/faraid/arabic-text'
import type { Distribution } from '../src/rag/faraid/compute'
import { Fraction } from '../src/rag/faraid/fraction'
import { arabicMentions } from '../src/rag/faraid/parse-ar'
import type { Relation } from '../src/rag/faraid/relations'

/** What an option says, as far as these answers need. */
interface Said {
  nothing: boolean
  no: boolean
  yes: boolean
  inherits: boolean
  fractions: readonly Fraction[]
  residue: boolean
  all: boolean
}

/**
 * «ما حكم ميراث الولد المتوفى قبلها؟», «هل يرث الأخ المتوفى قبله؟»: the kinsman asked about died before the deceased,
 * so he is no heir — the option that says he inherits nothing (with that reason, if one says it).
 */
export function predeceasedScores(asked: string, meanings: readonly Said[], options: readonly string[]): number[] | undefined {
  const words = ` ${arabicWordsOf(asked).join(' ')} `
  const died = / (ال)?(متوفي|متوفاة|متوفيان|متوفيتان|متوفين|ميت|ميتة) (قبله|قبلها|قبلهم|قبل (ال)?(متوفي|متوفاة|مورث|مورثة|مورثه|مورثها|وفاته|وفاتها|الميت|الميتة)) /.exec(words)
  if (!died || !/ (يرث|ترث|يرثون|يرثان|نصيب|ميراث) /.test(words)) return undefined
  const named = arabicMentions(words.slice(0, died.index + 1)).filter((m) => m.relation)
  if (named.length === 0) return undefined
  const reason = (o: string) => (/قبل|وفاته|وفاتها|حياته|حي /.test(o) ? 1 : 0)
  return meanings.map((m, i) => (m.nothing || m.no ? 4 + reason(options[i]!) : m.yes || m.inherits || m.fractions.length > 0 || m.residue || m.all ? -4 : 0))
}

/**
 * «هل يحرم هذا الابن من الميراث بسبب عقوقه؟», «هل يؤثر كون أحد الأولاد بارا أو عاقا على قسمة التركة؟»: only killing
 * the deceased, a difference of religion and slavery bar an heir (and a divorce or a doubtful lineage change who
 * is one) — any other cause asked about takes nothing from his share: the option that says no.
 */
export function impedimentScores(asked: string, options: readonly string[]): number[] | undefined {
  const words = ` ${arabicWordsOf(asked).join(' ')} `
  if (!/ هل (يمنع|تمنع|يحرم|تحرم|يسقط|تسقط|يؤثر|تؤثر|ينقص|تنقص) /.test(words)) return undefined
  if (!/ (ال)?(ميراث|ميراثه|ميراثها|الارث|ارث|حقه|حقها|حقهم|حقهن|نصيبه|نصيبها|نصيبهم|نصيبهن|قسمة|القسمة|التركة) /.test(words)) return undefined
  if (/قتل|قاتل|كفر|كافر|مسيحي|نصران|يهود|دين|ردة|مرتد|اسلام|مسلم| رق |رقيق|عبد|مملوك|طلاق|مطلق|لعان|زنا|تبني|وصية|دين|هبة|طاعة|بر /.test(words)) return undefined
  // («لا، لا يمنع العقوق من الميراث»; «يمنع إذا كان شديدا» is a yes with a condition)
  return options.map((o) => (/^\s*(لا|كلا)(\s|[،,.]|$)/.test(arabicWordsOf(o.replace(/^[A-F]\)\s*/, '')).join(' ')) ? 4 : -1))
}

/** The male and female of a line who inherit together, the male twice the female. */
const PAIRS: [Relation, Relation][] = [
  ['son', 'daughter'],
  ['sons_son', 'sons_daughter'],
  ['full_brother', 'full_sister'],
  ['paternal_brother', 'paternal_sister'],
]

/** «كل واحد من الذكور», «نصيب الإناث»: the males or the females of the one such pair the family holds. */
export function sexOfPair(asked: string, present: Set<Relation>): Relation[] {
  const words = arabicWordsOf(asked)
  const male = words.some((w) => /^(ال|لل)?ذكور$/.test(w))
  const female = words.some((w) => /^(ال|لل)?اناث$/.test(w))
  const pairs = PAIRS.filter(([m, f]) => present.has(m) && present.has(f))
  if (male === female || pairs.length !== 1) return []
  return [pairs[0]![male ? 0 : 1]]
}

/** «ما نصيب الحفيدة؟» beside a son's daughter: the grandchild of that sex the family holds through a son. */
export function grandchildAsked(asked: string, present: Set<Relation>): Relation[] {
  const word = arabicWordsOf(asked).find((w) => /^(و?)(ال)?(حفيد|حفيدة|حفيدان|حفيدين|حفيدتان|حفيدتين|حفيدات)$/.test(w))
  if (!word) return []
  const relation = /(حفيدة|حفيدتان|حفيدتين|حفيدات)$/.test(word) ? 'sons_daughter' : 'sons_son'
  return present.has(relation) ? [relation] : []
}

/**
 * «مما بقي بعد فرض الزوجة», «من الباقي بعد نصيب الزوجات»: the part of the estate the heirs named after «بعد»
 * leave, when they are in the family and take something.
 */
export function restAfter(question: string, d: Distribution): { restAfter?: Fraction } {
  const said = / (مما|من ما|من) (بقي|تبقي|يبقي|الباقي|باقي) (من التركة |من المال )?بعد (فرض|نصيب|حصة|ميراث|اخذ) (.*)$/.exec(` ${arabicWordsOf(question).join(' ')} `)
  if (!said) return {}
  const first = arabicMentions(said[5]!)[0]
  const taken = first?.relation ? d.heirs.filter((h) => h.relation === first.relation && !h.share.isZero()) : []
  if (taken.length === 0) return {}
  const rest = taken.reduce((a, h) => a.sub(h.share), Fraction.ONE)
  return rest.isZero() ? {} : { restAfter: rest }
}

/** «فرضا», «كصاحب فرض», «تعصيبا»: the part of the share asked, unless both are («فرضا وتعصيبا», «فرضا وردا»). */
export function askedPart(asked: string): { part?: 'fard' | 'residue' } {
  if (/ فرضا و(تعصيبا|ردا) /.test(asked)) return {}
  if (/ (فرضا|كفرض|بالفرض|الفرض|كصاحب فرض) /.test(asked)) return { part: 'fard' }
  if (/ (تعصيبا|بالتعصيب) /.test(asked)) return { part: 'residue' }
  return {}
}
