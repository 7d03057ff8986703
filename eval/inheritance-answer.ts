/**
 * Choosing the option of a QIAS 2025 Task 1 question from the computed distribution: what the question asks
 * (a share, a number of shares, the base, who excludes, a full table), and which option says it. General rules
 * of how such questions are worded, not fitted to particular questions.
 */
import { arabicFractions } from '../src/rag/faraid/arabic-fractions'
import { numberAt } from '../src/rag/faraid/arabic-numbers'
import { arabicEstate, arabicLand } from '../src/rag/faraid/estate-text'
import { arabicWordsOf } from '../src/rag/faraid/arabic-text'
import { caseProblems, type Distribution, distribute } from '../src/rag/faraid/compute'
import { Fraction } from '../src/rag/faraid/fraction'
import { arabicMentions } from '../src/rag/faraid/parse-ar'
import type { ParsedFamily } from '../src/rag/faraid/parsed-family'
import { splitArabicCase } from '../src/rag/faraid/recognise'
import { DISTANT_KINDRED, type Relation } from '../src/rag/faraid/relations'
import { askedPart, grandchildAsked, impedimentScores, predeceasedScores, restAfter, sexOfPair } from './inheritance-asked'
import { LINE_KINDS } from './inheritance-condition'

export type Failure = 'not_a_case' | 'family' | 'beyond' | 'question' | 'no_option'

export interface Question {
  text: string
  family: ParsedFamily
  /** The question after the family: what is asked. */
  asked: string
}

/** The family and the question of «توفي عن زوجة وابن. ما نصيب الزوجة؟». */
export function splitQuestion(text: string): Question | undefined {
  const split = splitArabicCase(text)
  return split ? { text, ...split } : undefined
}

interface Meaning {
  fractions: Fraction[]
  thirdOfRest: boolean
  twoThirdsOfRest: boolean
  ofRest: boolean
  only: boolean
  /** «النصف لكل واحد»: the fraction is each one's. */
  each: boolean
  residue: boolean
  nothing: boolean
  all: boolean
  fard: boolean
  radd: boolean
  kind?: 'bi_nafsihi' | 'bi_ghayrihi' | 'maa_ghayrihi'
  numbers: number[]
  nobody: boolean
  blocked: boolean
  /** «لأنها من ذوي الرحم»: of the distant kindred. */
  kindred: boolean
  /** Whom the option says excludes the heir («محجوب بالابن», «لوجود الأب»), when it names anyone. */
  by: Relation[]
  yes: boolean
  no: boolean
  maleDouble: boolean
  inherits: boolean
  /** «بالتساوي», «بالسوية»: shared equally. */
  equal: boolean
  /** «محجوب حجب نقصان»: inherits, less than without the others. */
  reduced: boolean
  /** «للذكر مثل حظ الأنثيين» in the Qur'an's words (4:11), not a paraphrase. */
  quranic: boolean
}

/** What an option says, in the terms the distribution can be compared with. */
function meaningOf(option: string): Meaning {
  const text = option.replace(/^[A-F]\)\s*/, '')
  const words = arabicWordsOf(text)
  const joined = ` ${words.join(' ')} `
  const fractions: Fraction[] = []
  let thirdOfRest = false
  // «ثلثي الباقي»: the father's part beside the mother's third of the rest (al-ʿumariyyatān)
  let twoThirdsOfRest = false
  let ofRest = false
  for (const f of arabicFractions(words)) {
    // «الباقي بعد الثمن», «بعد فرض الزوج»: what is taken first, not what is said
    if (/^(بعد|ناقص)$/.test(words[f.at - 1] ?? '') || /^(بعد)$/.test(words[f.at - 2] ?? '')) continue
    // «السدس تكملة للثلثين»: the two thirds named is what the sixth completes, not a share
    if (/^(تكملة|تكمله|تكملة)$/.test(words[f.at - 1] ?? '')) continue
    // «ثلث الباقي»: the mother's third of what the spouse leaves; another fraction «of the rest» is not a share of the whole
    // («النصف الباقي», with the article, is the remaining half: a residue)
    // («ثلث ما بقي», «الثلث من الباقي بعد نصيب الزوج»: the same)
    const after = words.slice(f.at + f.length, f.at + f.length + 2).join(' ')
    const ofWhatIsLeft = /^(ال)?باقي( |$)/.test(after) && !/^(و?)(ال|بال)/.test(words[f.at]!)
    if (ofWhatIsLeft || /^(ما (بقي|تبقي)|مما (بقي|تبقي)|من الباقي)$/.test(after)) {
      if (f.value.cmp(Fraction.of(1, 3)) === 0) thirdOfRest = true
      else if (f.value.cmp(Fraction.of(2, 3)) === 0) twoThirdsOfRest = true
      else ofRest = true
    } else fractions.push(f.value)
  }
  // «الثمن (1/8)»: the same fraction in words and in digits is said once
  const digits = [...text.matchAll(/(\d+)\s*\/\s*(\d+)/g)].map((m) => Fraction.of(Number(m[1]), Number(m[2])))
  if (!(digits.length === fractions.length && digits.every((f, i) => f.cmp(fractions[i]!) === 0))) fractions.push(...digits)
  const numbers: number[] = []
  for (let i = 0; i < words.length; ) {
    if (/^\d+$/.test(words[i]!) && /\d+\s*\/\s*\d+/.test(text)) break
    const n = numberAt(words, i)
    if (n) {
      numbers.push(n.value)
      i += n.length
    } else if (/^(سهم|سهما)$/.test(words[i]!) && !numbers.length && !fractions.length && !/\d/.test(text) && !/(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر)/.test(text)) {
      // «سهم» alone is one share; «نصف سهم» is not
      numbers.push(1)
      i++
    } else if (/^(سهمان|سهمين|جزءان|جزان|جزاين|جزءين)$/.test(words[i]!)) {
      numbers.push(2)
      i++
    } else i++
  }
  // «سهم واحد من اثني عشر سهماً», «سهمان من خمسة أسهم»: a part of the whole, as a fraction
  if (numbers.length === 2 && numbers[1]! > 0 && / (سهم|سهما|اسهم|سهمان|سهمين|سهام)\b.* من /.test(joined)) {
    fractions.push(Fraction.of(numbers[0]!, numbers[1]!))
    numbers.length = 0
  }
  // «محجوب حجب نقصان» is a share reduced, not lost
  const reduced = /حجب نقصان/.test(joined)
  const nothing =
    // («لا، ليس من الورثة», «ليست من ورثته»: not an heir)
    (!reduced &&
      / لا (شيء|يرث|ترث|يرثون|يرثن|يرثان|ترثان|نصيب|حظ)|محجوب|يسقط|ساقط|يحجب حرمان|لا ياخذ|لا تاخذ| ليس (له|لها|لهم|لهما|لهن) (اي )?(شيء|نصيب|حظ|حق) | (ليس|ليست|ليسوا|ليسا|ليستا) (\S+ )?من (الورثة|ورثة|ورثته|ورثتها)/.test(
        joined,
      )) ||
    (numbers.length === 1 && numbers[0] === 0 && fractions.length === 0)
  return {
    fractions,
    thirdOfRest,
    twoThirdsOfRest,
    ofRest,
    only: / فقط /.test(joined),
    each: / لكل (واحد|واحدة|منهم|منهما|منهن|فرد) /.test(joined),
    // «والباقي بالرد» is a return, not a residue
    // (and «ثلث الباقي» is a fixed share of what is left, not the residue)
    residue: / و?(ال|ب|بال)?باقي | بقي | تبقي |تعصيب|عصبة|عصوبة|بالتعصيب| عاصب /.test(
      joined.replace(/باقي (فرضا )?و?(بالرد|ردا|يرد)/g, 'رد').replace(thirdOfRest || twoThirdsOfRest || ofRest ? /(ال)?باقي|م?ما (بقي|تبقي)/ : /$^/, ''),
    ),
    blocked: /محجوب|حجب/.test(joined),
    kindred: /الرحم|الارحام/.test(joined),
    by: blockersNamed(text),
    nothing,
    reduced,
    all: /(كل|جميع|كامل) (التركة|المال|تركته|تركتها|ماله|مالها)|(التركة|المال|ماله|مالها|تركته|تركتها) (كلها|كله)|^ ?(الكل|كلها|كله|كل المال|كامل التركة|التركة كاملة) | ما ترك /.test(joined),
    // («ما بقي بعد فرض البنات»: the others' fixed shares, said of the rest)
    fard: /(?<!بعد )(فرض|فرضا)/.test(joined),
    radd: /بالرد|ردا| الرد /.test(joined),
    ...(/بالنفس/.test(joined) ? { kind: 'bi_nafsihi' as const } : /مع الغير/.test(joined) ? { kind: 'maa_ghayrihi' as const } : /بالغير/.test(joined) ? { kind: 'bi_ghayrihi' as const } : {}),
    numbers,
    nobody: /لا احد|لا يوجد/.test(joined),
    yes: /^ نعم /.test(joined),
    maleDouble: /للذكر مثل حظ الانثيين|للذكر ضعف/.test(joined),
    // «يرث», «يرثون» alone: the heir receives something
    // («لها حق في الميراث», «لهم نصيب»: the same, said of the heir)
    inherits: /^ (يرث|ترث|يرثون|يرثن|يرثان|ترثان) $|^ (له|لها|لهم|لهما|لهن) (حق|نصيب)( في (الميراث|التركة))? $/.test(joined),
    quranic: /للذكر مثل حظ الانثيين/.test(joined),
    equal: /بالسوية|بالتساوي|متساو|بالتسوية|مناصفة/.test(joined),
    // «لا» alone answers «هل يرث؟»; «لا يرث» already says nothing and is not counted twice
    // («لا، لأنهم من ذوي الرحم»: a no with its reason)
    no: /^ لا /.test(joined) && (words.length <= 3 || /^ لا (لان|لانه|لانها|لانهم|لانهن|لانهما|بسبب) /.test(joined)) && !nothing,
  }
}

/** Classes of heirs an option may name as the excluders. */
const CLASSES: [RegExp, Relation[]][] = [
  [/الفرع الوارث المذكر|الفرع الذكر|الفرع الوارث الذكر/, ['son', 'sons_son']],
  [/الفرع الوارث/, ['son', 'daughter', 'sons_son', 'sons_daughter']],
  [/الاصل الوارث المذكر|الاصل الذكر|الاصل الوارث الذكر/, ['father', 'paternal_grandfather']],
  [/الاصل الوارث/, ['father', 'mother', 'paternal_grandfather']],
]

/** «محجوب بالبنتين», «لا يرث لوجود الأب», «محجوبان بالفرع الوارث»: the excluders an option names. */
function blockersNamed(text: string): Relation[] {
  const joined = ` ${arabicWordsOf(text).join(' ')} `
  const at = joined.search(/ (محجوب|محجوبة|محجوبان|محجوبون|محجوبات|محجوبتان|يحجب|تحجب|يحجبه|يحجبها|يحجبهم|حجب) | لوجود | بسبب /)
  if (at < 0) return []
  const after = joined
    .slice(at)
    .replace(/ ب(?=ال)/g, ' ')
    .replace(/ بوجود /g, ' ')
  for (const [re, rs] of CLASSES) if (re.test(after)) return rs
  return [...new Set(arabicMentions(after.replace(/ (حجب|حرمان|نقصان) /g, ' ')).flatMap((m) => (m.relation ? [m.relation] : [])))]
}

/** The maternal siblings share their third as one group, whatever their sex. */
const SISTER_OF: Partial<Record<Relation, Relation>> = { maternal_brother: 'maternal_sister' }
/** Asked who inherits, «الإخوة الأشقاء» names the full brothers and sisters together, as a group. */
const GROUP_SISTER_OF: Partial<Record<Relation, Relation>> = { ...SISTER_OF, full_brother: 'full_sister', paternal_brother: 'paternal_sister' }

/** Relations of one kind, differing only by the line the question may leave unsaid (a grandmother's too). */
const KINDS: Relation[][] = [...LINE_KINDS, ['maternal_grandmother', 'paternal_grandmother']]
/** The last sentence of a question («الأخ متخلف عقلياً. ما نصيب الأم؟» → «ما نصيب الأم؟»; not a decimal point). */
export const lastSentence = (text: string): string =>
  text
    .split(/[.\n](?!\d)/)
    .filter((t) => t.trim())
    .at(-1) ?? text

/**
 * The present heirs a question's mention means: itself when present; when its line was only assumed («العم» for
 * the paternal uncle of the family, «الجدتين» for both grandmothers), the present heirs of its kind — the one
 * present, or all of them for a dual or plural.
 */
function presentMeant(m: ReturnType<typeof arabicMentions>[number], present: ReadonlySet<Relation>, sisters = SISTER_OF): Relation[] {
  if (!m.relation) return []
  // «الإخوة من الأم»: the plural «إخوة» names the maternal brothers and sisters together
  const sister = sisters[m.relation]
  if (sister && m.count === undefined && /^(ال|لل|ل)?اخوة$/.test(m.phrase.split(' ')[0]!.replace(/^و/, '')) && present.has(sister)) return [...presentMeant({ ...m, phrase: '' }, present), sister]
  const assumedLine = m.assumed.some((a) => a.kind === 'line_full' || a.kind === 'maternal_grandmother')
  if (present.has(m.relation) && !(assumedLine && m.count !== 1)) return [m.relation]
  if (!assumedLine) return []
  const kin = (KINDS.find((k) => k.includes(m.relation!)) ?? []).filter((r) => present.has(r))
  return kin.length === 1 || m.count !== 1 ? kin : []
}

interface Target {
  relations: Relation[]
  each: boolean
  /** The question asks for the final share («النصيب النهائي»): after radd or with the residue, not the fixed share. */
  final?: boolean
  /** The number of shares the question divides the estate into («من أصل أربعة وعشرين سهما»). */
  base?: number
  /** The heirs are named as barred («ما نصيب الأخ الكافر؟»). */
  barred?: boolean
  /** «هل ترث الأم؟»: a yes or a no is the answer, before how she inherits. */
  yesNo?: boolean
  /** «ما نصيب الأخت لأب من الباقي؟»: her part of what the sharers leave, not of the estate. */
  ofRest?: boolean
  /** «ما نصيب الأب فرضا؟», «… تعصيبا؟»: the fixed part or the residue part of a share that has both. */
  part?: 'fard' | 'residue'
  /** «من التركة», «إجمالي نصيب»: asked of the whole estate. */
  ofEstate?: boolean
  /** «من الأسهم»: asked in shares (sihām), not as a fraction. */
  inShares?: boolean
  /** «كيف يقسم نصيب الزوجتين بينهما؟»: how the heirs asked about divide what they receive. */
  among?: boolean
  /** «ما نصيب الأم مما بقي بعد فرض الزوجة؟»: what the heirs named after «بعد» leave, which the share is a part of. */
  restAfter?: Fraction
}

function targetOf(text: string, d: Distribution): Target | undefined {
  const present = new Set(d.heirs.map((h) => h.relation))
  // («الأخ متخلف عقلياً. ما نصيب الأم؟»: a statement before the question names no one asked about)
  const last = lastSentence(text)
  const question = arabicMentions(last).some((m) => m.relation && present.has(m.relation)) ? last : text
  // («هل يرث ابن الابن جدته؟», «من جدها»: the grandparent named through the heir is the deceased; «الإخوة من الأم
  // (أخ وأختين)»: a bracketed gloss restating the heirs before it in looser words, naming someone absent, is left
  // out; «الجدة (أم الأب)» is kept)
  const asked = question
    .replace(/\s(من\s)?(جده|جدته|جدها|جدتها|جدهم|جدتهم|جدهما|جدتهما)(?=[\s؟?.,،]|$)/g, ' ')
    .replace(/\(([^()]*)\)/g, (all, inner: string) => (arabicMentions(inner).some((m) => m.relation && !present.has(m.relation)) ? ' ' : all))
  // («ما نصيب الزوجة إذا انحصر الورثة في الزوجة والأولاد؟»: the heirs a condition names are not asked about)
  // («ما نصيب ابن الأخت مع وجود أبناء الأخ؟»: nor those whose presence the question supposes)
  const stopAt = asked.search(/من (تركة|التركة|مجموع|اصل|أصل|المال|السهام|الأسهم|الاسهم|هذا)|في هذه|بعد | (اذا|إذا|لو|في حال|في حالة|مع وجود|في وجود|بوجود) /)
  const named = (text: string) => [...new Set(arabicMentions(text).flatMap((m) => presentMeant(m, present)))]
  const before = named(stopAt > 0 ? asked.slice(0, stopAt) : asked)
  const relations = before.length > 0 ? before : named(asked)
  if (relations.length === 0) relations.push(...sexOfPair(asked, present), ...grandchildAsked(asked, present))
  // («توفي عن ابن. ما نصيبه؟»: a pronoun, of the only heir there is)
  if (relations.length === 0 && present.size === 1 && / (نصيبه|نصيبها|نصيبهم|نصيبهن|نصيبهما|هونصيبه|هونصيبها) /.test(` ${arabicWordsOf(last).join(' ')} `)) relations.push(...present)
  if (relations.length === 0) return undefined
  const words = arabicWordsOf(asked)
  // «إحدى البنات», «أحد الأبناء»: one of them, so each one’s part
  // («الابن الأول», «الابن الأكبر»: one of them by his rank; «واحد وعشرين» is a number, not one of them)
  const each = words.some(
    (w, i) =>
      /^(الواحد|الواحدة|منهم|منهن|فرد|احد|احدي|لاحد|لاحدي|الاول|الاولي|الثاني|الثانية|الاكبر|الاصغر|الكبري|الصغري)$/.test(w) ||
      // («من كل المال»: the whole estate, not each one)
      (/^(كل|لكل)$/.test(w) && !/^(المال|التركة|الميراث)$/.test(words[i + 1] ?? '')) ||
      (/^(واحد|واحدة)$/.test(w) && !/^و/.test(words[i + 1] ?? '')),
  )
  const barred = arabicMentions(stopAt > 0 ? asked.slice(0, stopAt) : asked).some((m) => m.barred)
  return { relations, each, ...(barred ? { barred } : {}) }
}

/**
 * A question the computed shares do not answer: one that changes the facts by a condition («إذا توفيت الأم»,
 * «لو كان للمتوفاة ولد» — but not «إذا قسمت التركة على 24 سهما», which only states the base), or asks for a
 * reason, a ruling, a bequest or a debt, or a yes/no other than whether an heir inherits.
 */
export function beyondShares(asked: string, present?: ReadonlySet<Relation>): boolean {
  const words = ` ${arabicWordsOf(withoutAbsentHeirs(asked, present)).join(' ')} `
  // (a condition that only restates the problem — its division or its base, its ʿawl or radd, its heirs being only
  // these, «إذا لم يكن للميت وارث غيرهم», «إذا لم يكن هناك مانع», «إذا كان جميع الورثة أحياء» — is no change; so
  // is one that values the estate, «إذا كان ثمن الشقة الموروثة 300 ألف», «إذا كان الراتب جزءا من التركة»)
  const condition =
    / (اذا|لو|ان كان|ان كانت|ان كانوا|ان كانا|ان كانتا|ان كن|بافتراض|على فرض|في حال|في حالة) (?!(قسمت|قسم|تقسم|تقسيم|كانت التركة|كان مقدار|كانت قيمة|كان مجموع|كان اصل|كانت اصل|علم|علمت|صحت|تصح|العول|عول|الرد|انحصر|انحصرت|لم يكن (للميت|للمتوفي|للمتوفاة|له|لها|هناك) (وارث|ورثة) (غير|سوي)|لم يوجد (وارث|ورثة) (غير|سوي)|لم (يكن|يوجد|توجد) (هناك )?(مانع|موانع)|ان (مجموع|عدد|اصل) (الاسهم|السهام)|(كان|كانوا) (جميع )?الورثة (احياء|مسلمين)|لم (يترك|تترك) (المتوفي |المتوفاة |الميت )?(وارثا|ورثة) (غير|سوي)|(انه|انهم|انهما|انها) .{0,20}(الوارث|الوارثة|الوارثان|الوارثون|الورثة) (الوحيد|الوحيدة|الوحيدان|الوحيدون|الوحيدين)|(كان|كانت) (ثمن|قيمة|سعر) |(كان|كانت) (جزءا|جزء) من (التركة|الميراث)))/.test(
      words,
    )
  // («حكم ميراث الأم» asks how she inherits, which the shares say)
  const other = / (لماذا|سبب|السبب|حكم(?! ميراث)|يجوز|يمنع|يصح|وصية|اوصي|الوصية|الموصي|موصي|توفي|توفيت|مات|ماتت|متوفي|متوفاة) /.test(words)
  // («مع وجود ديون على الميت. ما نصيب الأم فرضا؟»: debts are paid before the division and change no fraction; with
  // sums, or asked about, they change what is asked)
  const debts = / (ديون|دين|الدين|الديون|سداد|قرض) /.test(words) && (/\d|(^| )(الف|مبلغ|ريال|دينار|جنيه|درهم|دولار|يورو) /.test(words) || !/ (نصيب|فرض|فرضا|سهما|اسهم) /.test(words))
  // («هل لإخوة الميت وأخواته نصيب في تركته؟», «هل هناك نصيب لبنات الإخوة؟» ask whether they inherit, as «هل يرث»)
  // («هل والد الميت يرث؟», «هل بنت الأخت من الورثة؟»: the heir named before the verb, or asked whether among the heirs)
  const heirFirst = / هل (\S+(?: \S+){0,3}?) (?:يرث|ترث|يرثون|يرثن|يرثان|ترثان|من الورثة|من ورثة) /.exec(words)
  const yesNo =
    / هل /.test(words) &&
    !/ هل (يرث|ترث|يرثون|يرثن|يرثان|ترثان|لل|ل\S+ (نصيب|حق|حظ)) /.test(words) &&
    !/ هل (ل\S+( \S+){0,3}|هناك) (نصيب|حظ) /.test(words) &&
    !(heirFirst && arabicMentions(heirFirst[1]!).some((m) => m.relation !== undefined))
  return condition || other || debts || yesNo
}

/**
 * «إذا لم يترك المتوفى زوجة ولا أما ولا أبا»: a condition that only says heirs the family does not have are absent
 * restates it, and is taken out.
 */
function withoutAbsentHeirs(asked: string, present: ReadonlySet<Relation> | undefined): string {
  if (!present) return asked
  return asked.replace(/(?:اذا|إذا|ان|إن|لو)\s+لم\s+(?:يترك|تترك|يكن\s+له|يكن\s+لها|يوجد)\s+(?:المتوفى|المتوفي|المتوفاة|الميت|الميتة)?\s*([^؟?،,.]+)/g, (all, absent: string) => {
    const said = arabicMentions(absent)
    return said.length > 0 && said.every((m) => m.relation !== undefined && !present.has(m.relation)) ? ' ' : all
  })
}

/** The option chosen (index 0–5), or why none could be. */
export function chooseOption(q: Question, d: Distribution, options: string[]): number | Failure {
  const meanings = options.map(meaningOf)
  // «هل يرث الأخ الشقيق المتوفى قبل المتوفى؟»: one who died before the deceased inherits nothing
  const general = predeceasedScores(q.asked, meanings, options) ?? impedimentScores(q.asked, options)
  if (general) return pick(general, options)
  if (beyondShares(q.asked, new Set(d.heirs.map((h) => h.relation)))) return 'beyond'
  const asked = ` ${arabicWordsOf(q.asked).join(' ')} `
  const target = targetOf(q.asked, d)
  const numeric = meanings.filter((m) => m.numbers.length > 0 && m.fractions.length === 0).length >= 4
  // «ما نسبة ميراث الابن إلى البنت؟» with options «للذكر مثل حظ الأنثيين (2:1)»: a ratio, not a table
  if (/ (نسبة|مقارنة) /.test(asked)) {
    const ratio = ratioAnswer(q.asked, d, options)
    if (ratio !== undefined) return ratio
  }
  // «من الذي حجب إخوة الميت؟» with options naming two heirs each: who excludes, not a table
  if (target && / (حجب|يحجب|تحجب|حاجب|الحاجب) /.test(asked) && !/لكل وارث|النصيب النهائي/.test(asked) && options.every((o) => amountOf(o.replace(/^[A-F]\)\s*/, '')) === undefined))
    return blockerAnswer(target, d, options)
  // («من هم الورثة الذين يرثون؟» with options naming several heirs each: who, not a table)
  const who = whoAnswer(asked, d, options)
  if (who !== undefined) return who
  if (/لكل وارث|جميع الورثة|كل الورثة|النصيب النهائي|لكل من الورثة/.test(asked) || options.filter((o) => arabicMentions(o).length >= 2).length >= 4) {
    return bestTable(options, d, /النهائي|بعد الرد|لكل وارث|كل وارث/.test(asked), estateOf(q.text), /لكل وارث|كل وارث/.test(asked))
  }
  if (numeric) return numericAnswer(asked, q.text, target, d, meanings, options)
  const rest = residueTakerAnswer(asked, d, options)
  if (rest !== undefined) return rest
  const ratio = ratioAnswer(q.asked, d, options)
  if (ratio !== undefined) return ratio
  if (!target) return excludedKinAnswer(q, d, asked, meanings, options)
  if (/حجب|يحجب|حاجب/.test(asked)) return blockerAnswer(target, d, options)
  return shareAnswer(
    {
      ...target,
      ...statedBase(asked),
      ...restAfter(q.asked, d),
      final: /النهائي|بعد الرد|مجموع نصيب|فرضا وردا|فرضا وتعصيبا/.test(asked),
      yesNo: / هل /.test(asked),
      ofRest: / من (ال)?باقي /.test(asked),
      ...askedPart(asked),
      ofEstate: / (اجمالي|من التركة|من المال|المال كله|كل المال) /.test(asked),
      inShares: / (من|ب)?(الاسهم|السهام) /.test(asked),
      among: / (بين|بينهم|بينهما|بينهن) /.test(asked),
    },
    d,
    meanings,
    options,
  )
}

/**
 * «من يرث من المذكورين؟», «من هم الورثة؟», «من لا يرث؟»: the option naming exactly the heirs who receive
 * something (or nothing), every heir of a relation counted once; «جميع الورثة يرثون» and «لا أحد» as well.
 */
function whoAnswer(asked: string, d: Distribution, options: string[]): number | Failure | undefined {
  // («من هم الورثة المحجوبون؟», «من من الورثة المذكورين لا يرث؟»: the heirs named between «من» and the verb)
  // («من هو المحجوب حجب حرمان؟», «من من الورثة المذكورين محجوب؟»)
  const negative = / من (هم |هو |من )?(الورثة |المذكورين |الورثة المذكورين )?(لا يرث|لا يرثون|الذي لا يرث|الذين لا يرثون|المحجوب|المحجوبون|محجوب|يحجب من) /.test(asked)
  // («من هم الورثة في هذه المسألة؟»: the heirs, with no verb)
  if (!negative && !/ من (هم |من )?(الورثة |المذكورين |الورثة المذكورين )?(يرث|الذي يرث|الذين يرثون|هم الورثة|هم الوارثون|يستحق|الوارثون) | من هم (الورثة|الوارثون) /.test(asked)) return undefined
  // «من يرث الباقي؟», «من يرث نصيب الأخ؟» ask about a part, not about who inherits
  if (/ (باقي|الباقي|بقي|نصيب|حصة) /.test(asked)) return undefined
  const present = new Set(d.heirs.map((h) => h.relation))
  const wanted = new Set(d.heirs.filter((h) => h.share.isZero() === negative).map((h) => h.relation))
  const scores = options.map((o) => {
    const text = ` ${arabicWordsOf(o.replace(/^[A-F]\)\s*/, '')).join(' ')} `
    if (/ (لا احد|لا يوجد|لا يرث احد) /.test(text)) return wanted.size === 0 ? 4 : -4
    if (/ (جميع|كل) (الورثة|المذكورين) /.test(text)) return wanted.size === present.size ? 4 : -4
    const same = (sisters: typeof SISTER_OF) => {
      const said = new Set(arabicMentions(o).flatMap((m) => presentMeant(m, present, sisters)))
      return said.size === 0 ? undefined : said.size === wanted.size && [...said].every((r) => wanted.has(r))
    }
    // (the brothers as a group with their sisters only when no option is right without it)
    const narrow = same(SISTER_OF)
    return narrow === undefined ? 0 : narrow ? 4 : same(GROUP_SISTER_OF) ? 3 : -4
  })
  return scores.every((x) => x === 0) ? undefined : pick(scores, options)
}

/**
 * «من يرث الباقي؟», «لمن يكون باقي التركة؟»: the residuaries who take what the sharers leave, or the sharers
 * again by radd, or the treasury.
 */
function residueTakerAnswer(asked: string, d: Distribution, options: string[]): number | Failure | undefined {
  if (!/ (من|الى من) (الذي )?(يرث|ياخذ|يستحق|يذهب|يعود|يرد عليه|يرد عليهم) .*(باقي|بقي)|لمن (يكون|يذهب|يعود|يرد) .*(باقي|بقي)/.test(asked)) return undefined
  const present = new Set(d.heirs.map((h) => h.relation))
  // («من الذي يرد عليه الباقي؟»: the sharers the return goes to — the spouse never)
  const returned = / يرد /.test(asked) && d.radd
  const takers = new Set(d.heirs.filter((h) => (returned ? h.fard && h.share.cmp(h.fard) > 0 : h.residuary) && !h.share.isZero()).map((h) => h.relation))
  const scores = options.map((o) => {
    const text = ` ${arabicWordsOf(o.replace(/^[A-F]\)\s*/, '')).join(' ')} `
    if (/ (بيت المال|بيت مال) /.test(text)) return !d.treasury.isZero() ? 4 : -4
    // («لا يرد على أحد»: no return)
    if (/ لا يرد /.test(text)) return d.radd ? -4 : 4
    if (/ (يرد|بالرد|ردا) /.test(text)) return d.radd ? 4 : -4
    const said = new Set(arabicMentions(o).flatMap((m) => presentMeant(m, present)))
    if (/ (عاصب|عصبة|العصبة|العصبات) /.test(text) && said.size === 0) return takers.size > 0 ? 3 : -4
    if (said.size === 0) return 0
    return said.size === takers.size && [...said].every((r) => takers.has(r)) ? 4 : -4
  })
  return scores.every((x) => x === 0) ? undefined : pick(scores, options)
}

/** «مثل», «ضعف», «نصف», «ثلاثة أضعاف»: one heir's part against another's. */
const RATIOS: [RegExp, Fraction][] = [
  [/ثلاثة اضعاف|ثلاث مرات/, Fraction.of(3)],
  [/ثلاثة ارباع/, Fraction.of(3, 4)],
  // («للذكر مثل حظ الأنثيين»: the male twice the female; «للأنثى مثل حظ الذكرين»: twice the other way)
  [/للانثي مثل حظ الذكرين|للانثيين مثل حظ الذكر|للانثي ضعف|للانثي مثلا|للانثي مثلي/, Fraction.of(1, 2)],
  [/للذكر مثل حظ الانثيين|ضعف|الضعف|مثلا|مثلي/, Fraction.of(2)],
  [/مثل|متساو|يساوي|بالتساوي/, Fraction.ONE],
  [/نصف|النصف/, Fraction.of(1, 2)],
  [/ثلث|الثلث/, Fraction.of(1, 3)],
  [/ربع|الربع/, Fraction.of(1, 4)],
]

/** «للذكر مثل حظ الأنثيين (2:1)», or the option only «2:1»: a ratio in digits. */
const RATIO_DIGITS = /\((\d+)\s*:\s*(\d+)\)|^(?:[A-F]\)\s*)?(\d+)\s*:\s*(\d+)\s*$/

/**
 * «ما نصيب الابن مقارنة بنصيب البنت؟», «ما نسبة نصيب البنت إلى نصيب الابن؟»: each one's part of the first heir
 * named against the second's, and the option that says that ratio («ضعف نصيب البنت», «النصف», «متساويان»).
 */
function ratioAnswer(question: string, d: Distribution, options: string[]): number | Failure | undefined {
  const asked = ` ${arabicWordsOf(question).join(' ')} `
  // («للذكر مثل حظ الأنثيين» options are the rule of the residue, judged with the shares)
  const inDigits = options.filter((o) => RATIO_DIGITS.test(o)).length >= 3
  // («كيف يقسم الميراث بين الابن والبنت؟» with options «للابن مثلي نصيب البنت»: a ratio too)
  if (!/ (مقارنة|نسبة|بالنسبة|بين) /.test(asked) || (options.some((o) => /للذكر|للانثي|للأنثى/.test(o)) && !inDigits && !/ (ال)?ذكر .* (ال)?انثي /.test(asked))) return undefined
  const present = new Set(d.heirs.map((h) => h.relation))
  const named = [...new Set(arabicMentions(question).flatMap((m) => presentMeant(m, present)))]
  const inOptions = [...new Set(options.flatMap((o) => arabicMentions(o).flatMap((m) => presentMeant(m, present))))]
  // («نسبة نصيب الذكر إلى نصيب الأنثى»: the male and the female of the one pair that shares the residue)
  const bySex = named.length < 2 && / (ال)?ذكر /.test(asked) && / (ال)?انثي /.test(asked) ? [...sexOfPair(' الذكور ', present), ...sexOfPair(' الاناث ', present)] : []
  const [first, second] = named.length >= 2 ? named : bySex.length === 2 ? bySex : inOptions.length === 1 && named.length === 1 && named[0] !== inOptions[0] ? [named[0]!, inOptions[0]!] : []
  if (!first || !second) return undefined
  const a = heirOf(d, first).each
  const b = heirOf(d, second).each
  if (a.isZero() || b.isZero()) return undefined
  const r = a.div(b)
  const said = options.map((o) => {
    // «للذكر مثل حظ الأنثيين (2:1)»: the ratio in digits says it first
    const digits = RATIO_DIGITS.exec(o)
    const [x, y] = digits ? [Number(digits[1] ?? digits[3]), Number(digits[2] ?? digits[4])] : [0, 0]
    if (y > 0) return Fraction.of(x, y)
    const text = arabicWordsOf(o.replace(/^[A-F]\)\s*/, '')).join(' ')
    const ratio = RATIOS.find(([re]) => re.test(text))?.[1]
    // («نصيب الأخت ضعف نصيب الأخ»: the option names the second heir first, and says the ratio the other way)
    const order = arabicMentions(o).flatMap((m) => presentMeant(m, present))
    return ratio && order.length >= 2 && order[0] === second && order.includes(first) ? Fraction.ONE.div(ratio) : ratio
  })
  if (said.filter((x) => x !== undefined).length < 3) return undefined
  return pick(
    said.map((x) => (x === undefined ? 0 : x.cmp(r) === 0 ? 4 : -4)),
    options,
  )
}

/**
 * «ما نصيب بنت العم؟» when the family's «بنت عم» was set aside as excluded (of the distant kindred beside an
 * heir, or below a nearer male descendant): she receives nothing, and the option that says so is chosen.
 */
function excludedKinAnswer(q: Question, d: Distribution, asked: string, meanings: Meaning[], options: string[]): number | Failure {
  const excluded = q.family.assumptions.flatMap((a) => (a.kind === 'distant_kin_excluded' || a.kind === 'lower_descendant_excluded' ? [a.phrase] : []))
  const bare = (p: string) => p.split(' ').map((w) => w.replace(/^(و?)(ال)/, '').replace(/^و/, ''))
  const named = excluded.some((p) => {
    const want = bare(p)
    const words = bare(asked.trim())
    return words.some((_, i) => want.every((w, k) => words[i + k] === w))
  })
  const absent = named ? undefined : absentExcluded(q, d, asked)
  if (!named && !absent) {
    const added = absentAdded(q, d, asked).map((a) => chooseOption(q, a, options))
    return added.length > 0 && added.every((p) => p === added[0]) ? added[0]! : 'question'
  }
  // («لا، لأنهم من ذوي الرحم» says why a distant kinsman inherits nothing here, «محجوبون» why an heir blocked by a
  // nearer one does)
  const kindred = (o: string) => (absent === 'blocked' ? (/محجوب|لوجود/.test(o) ? 1 : 0) : /الرحم|الارحام|الأرحام/.test(o) ? 1 : 0)
  return pick(
    meanings.map((m, i) => (m.nothing || m.no ? 4 + kindred(options[i]!) : 0) - (m.fractions.length > 0 || m.residue || m.all || m.yes || m.inherits || m.numbers.some((n) => n > 0) ? 6 : 0)),
    options,
  )
}

/** The first kinsman a question on a share names, before «من تركة …» (whose estate it is). */
function kinsmanAsked(asked: string): ReturnType<typeof arabicMentions>[number] | undefined {
  const stop = asked.search(/ من (تركة|التركة|ميراث|مال)/)
  return arabicMentions(stop > 0 ? asked.slice(0, stop) : asked)[0]
}

/**
 * «ما نصيب أبناء الابن المتوفى؟» beside living sons, «هل ترث بنت العم؟» beside a sister: the first kinsman the
 * question names is not in the family, and would receive nothing if he were — excluded by a nearer heir, or of
 * the distant kindred beside a sharer or residuary (in every school).
 */
function absentExcluded(q: Question, d: Distribution, asked: string): 'kindred' | 'blocked' | undefined {
  // (a question on his share or whether he inherits, not on what he owes or does)
  if (!/ (نصيب|يرث|ترث|يرثون|يرثن|يرثان|ترثان|سهما|اسهم|حظ) /.test(asked)) return undefined
  const first = kinsmanAsked(asked)
  if (!first || (first.relation && d.heirs.some((h) => h.relation === first.relation))) return undefined
  const sharerOrResiduary = d.heirs.some((h) => !h.share.isZero() && h.relation !== 'husband' && h.relation !== 'wife' && !DISTANT_KINDRED.has(h.relation))
  if (!first.relation) return first.distantKin === true && sharerOrResiduary ? 'kindred' : undefined
  const deceased = q.family.deceased ?? 'male'
  const heirs = [...q.family.heirs, { relation: first.relation, count: first.count ?? 2 }]
  if (caseProblems({ deceased, heirs }).length > 0) return undefined
  const heir = distribute({ deceased, heirs, school: d.school }).heirs.find((h) => h.relation === first.relation)!
  if (!heir.share.isZero()) return undefined
  return DISTANT_KINDRED.has(first.relation) ? 'kindred' : 'blocked'
}

/**
 * «توفيت عن زوج وأولاد. ما نصيب الأم؟»: the heir asked about is not in the family and would inherit if he were —
 * the question supposes him there, and the family with him added is computed (not when the question tells of
 * another death or a pregnancy, whose kinsman it may be).
 */
function absentAdded(q: Question, d: Distribution, asked: string): Distribution[] {
  if (!/ (نصيب|يرث|ترث|سهما|اسهم|فرض) /.test(asked)) return []
  // (a question telling of another death — a kinsman who died before, a pregnancy born — is not of a family
  // that merely lacks him)
  if ((q.text.match(/متوف|ميت|مات|توفي|المرحوم|هالك|الحمل|حامل/g) ?? []).length > 1) return []
  const first = kinsmanAsked(asked)
  if (!first?.relation || d.heirs.some((h) => h.relation === first.relation)) return []
  const deceased = q.family.deceased ?? 'male'
  const relation = first.relation
  // (a plural without a number: two and three, answered when both agree)
  const families = (first.count ? [first.count] : [2, 3]).map((count) => [...q.family.heirs, { relation, count }])
  if (families.some((heirs) => caseProblems({ deceased, heirs }).length > 0)) return []
  return families.map((heirs) => distribute({ deceased, heirs, school: d.school }))
}

/**
 * The base of a radd without a spouse: the sharers' shares out of the original base, added (a sixth and two
 * thirds: 1 + 4 = 5), before the correction that divides them among heads.
 */
function raddBase(d: Distribution): number | undefined {
  if (!d.radd || d.heirs.some((h) => (h.relation === 'husband' || h.relation === 'wife') && !h.share.isZero())) return undefined
  const sum = d.heirs.reduce((a, h) => (h.fard && !h.share.isZero() ? a.add(h.fard) : a), Fraction.ZERO).mul(Number(d.base))
  return sum.d === 1n ? Number(sum.n) : undefined
}

/** «من أصل أربعة وعشرين سهما», «من مجموع 24 سهما»: the base a question states. */
function statedBase(asked: string): { base?: number } {
  const words = arabicWordsOf(asked)
  for (let i = 0; i < words.length; i++) {
    const n = numberAt(words, i)
    if (n && /^(سهم|سهما|اسهم|سهام)$/.test(words[i + n.length] ?? '') && /^(اصل|مجموع|من|علي)$/.test(words[i - 1] ?? '')) return { base: n.value }
  }
  return {}
}

/** The heir of relation `r`: the barred one when the question names him so («الأخ الكافر»), else the one who inherits. */
const heirOf = (d: Distribution, r: Relation, barred = false) => d.heirs.find((h) => h.relation === r && !!h.barred === barred) ?? d.heirs.find((h) => h.relation === r)!

function shareAnswer(target: Target, d: Distribution, meanings: Meaning[], options: string[]): number | Failure {
  const scores = shareScores(target, d, meanings)
  // («ما نصيب كل بنت من الأسهم؟»: «سهم واحد» and «سدس التركة» both right — the one in shares is asked)
  return pick(target.inShares ? scores.map((s, i) => (s > 0 && meanings[i]!.numbers.length > 0 && meanings[i]!.fractions.length === 0 ? s + 1 : s)) : scores, options)
}

function shareScores(target: Target, d: Distribution, meanings: Meaning[]): number[] {
  const hs = target.relations.map((r) => heirOf(d, r, target.barred))
  // (of the rest: the residuaries' part of what they share, when they are the ones asked)
  const pool = d.heirs.reduce((a, h) => (h.residuary && !h.fard ? a.add(h.share) : a), Fraction.ZERO)
  const ofRest = target.ofRest === true && !pool.isZero() && hs.every((h) => h.residuary && !h.fard)
  const fardOfEstate = hs.every((h) => h.fard) ? hs.reduce((a, h) => a.add(h.fard!), Fraction.ZERO) : undefined
  const ofEstate = hs.reduce((a, h) => a.add(h.share), Fraction.ZERO)
  // (heirs who take all that is left are asked their part of the estate: « sept huitièmes », not « all of the rest »)
  const restAfter = target.restAfter && ofEstate.cmp(target.restAfter) < 0 ? target.restAfter : undefined
  const share = restAfter ? ofEstate.div(restAfter) : ofRest ? ofEstate.div(pool) : ofEstate
  const fard = fardOfEstate && restAfter ? fardOfEstate.div(restAfter) : fardOfEstate
  const residue = hs.some((h) => h.residuary && !h.share.isZero())
  const nothing = share.isZero()
  const radd = d.radd && hs.some((h) => h.fard && h.share.cmp(h.fard) !== 0)
  // (asked of what the spouse leaves, her third of it is simply a third)
  const thirdOfRest = d.cases.includes('umariyya') && target.relations.includes('mother') && !restAfter
  const kind = hs.find((h) => h.residuary)?.residuary
  // What the heir ends with rather than the fixed share: when the question says so, when a residue adds to it (a
  // father's sixth and the rest), or when the sharers take the whole estate by return (no spouse) and the question
  // asks of the estate
  const allReturned = d.radd && !d.heirs.some((h) => (h.relation === 'husband' || h.relation === 'wife') && !h.share.isZero())
  const endsWith = target.part !== 'fard' && (target.final || hs.some((h) => h.residuary) || (allReturned && target.ofEstate === true))
  return meanings.map((m) => {
    let s = 0
    const blockers = new Set(hs.flatMap((h) => h.blockedBy ?? []))
    // «محجوب بالزوج» when the husband excludes no one is wrong whatever the share
    if (m.by.length > 0) s += m.by.some((r) => blockers.has(r)) ? 1 : -8
    // (a distant kinsman beside an heir receives nothing for being of the distant kindred, which the option saying
    // so names rather than the heir beside him)
    const kindredOut = nothing && hs.every((h) => DISTANT_KINDRED.has(h.relation))
    if (m.kindred && kindredOut) s += 2
    if (m.nothing || m.nobody || m.no) s += nothing ? 4 + (m.blocked === blockers.size > 0 ? 1 : 0) : -6
    else if (nothing) s -= 6
    // « كل ابن »: the whole estate is never each one's share when there are several
    const whole = share.cmp(Fraction.ONE) === 0 && !(target.each && hs.reduce((a, h) => a + h.count, 0) > 1)
    if (m.all) s += whole ? (fard ? 3 : 4) : -6
    // Residuaries of both sexes share the male twice the female; of one sex, or maternal siblings, equally
    const mixed = hs.some((h) => h.residuary) && d.heirs.some((h) => h.residuary === 'bi_ghayrihi' && !h.share.isZero())
    // (and several of one relation asked how they divide one fixed share — two wives, daughters — divide it equally)
    const oneGroup = target.among === true && hs.length === 1 && hs[0]!.count > 1 && !hs[0]!.residuary
    const equal = !nothing && (hs.every((h) => h.relation.startsWith('maternal_') && h.fard) || (hs.every((h) => h.residuary) && !mixed) || oneGroup)
    if (m.maleDouble) s += mixed ? (m.quranic ? 4 : 3) : -4
    if (m.reduced) s += !nothing && hs.every((h) => h.fard) ? 2 : -4
    if (m.equal) s += equal ? 4 : -4
    if (m.numbers.length > 0 && m.fractions.length === 0) {
      // sihām out of the base the question states («من أصل أربعة وعشرين سهما»), else the corrected base; each
      // one's when each one is asked
      const count = hs.reduce((a, h) => a + h.count, 0)
      const said = Fraction.of(m.numbers[0]!)
      const part = target.each && count > 1 ? share.div(count) : share
      const bases = target.base ? [target.base] : [Number(d.baseFinal), ...(raddBase(d) ? [raddBase(d)!] : []), Number(d.awlBase ?? d.base)]
      s += said.cmp(part.mul(bases[0]!)) === 0 ? 3 : bases.some((b) => said.cmp(part.mul(b)) === 0) ? 2 : -3
    }
    if (m.thirdOfRest) s += thirdOfRest ? 5 : -6
    if (m.twoThirdsOfRest) s += d.cases.includes('umariyya') && target.relations.length === 1 && target.relations[0] === 'father' ? 5 : -6
    if (m.ofRest) s -= 2
    if (m.fractions.length > 0) {
      const said = m.fractions.reduce((a, f) => a.add(f), Fraction.ZERO)
      const count = hs.reduce((a, h) => a + h.count, 0)
      const perHead = (target.each || m.each) && count > 1
      // (an ʿawl shrinks the share: the fixed share is still what is named)
      const grows = fard !== undefined && share.cmp(fard) > 0
      const saysMore = m.residue || m.radd
      // «كل واحدة من البنتين»: each one's part is asked, the group's is a wrong answer
      const fardSaid = fard && (perHead ? fard.div(count) : fard)
      const shareSaid = perHead ? share.div(count) : share
      // («تعصيبا» of a sixth and the rest: the rest alone)
      const residuePart = target.part === 'residue' && fard && grows ? share.sub(fard).div(perHead ? count : 1) : undefined
      if (residuePart) s += said.cmp(residuePart) === 0 ? 4 : -6
      else if (thirdOfRest) s += said.cmp(shareSaid) === 0 ? 1 : -6
      else if (fardSaid && said.cmp(fardSaid) === 0)
        // the fixed share alone, when the question asks what the heir ends with and radd or the residue adds to it
        s += target.part === 'residue' ? -4 : endsWith && grows && !saysMore ? 1 : 4
      else if (said.cmp(shareSaid) === 0) s += perHead ? 3 : !fard ? 2 : endsWith ? 4 : 3
      else s -= 6
      // «النصف فقط» when more comes to the heir
      if (m.only && grows && !saysMore) s -= 4
    }
    if (m.residue) s += residue ? 3 : -4
    if (m.fard && !fard) s -= 4
    else if (m.fard && !m.residue) s += !residue ? 2 : 0
    if (m.yes) s += nothing ? -5 : target.yesNo ? 4 : 1
    if (m.inherits) s += nothing ? -5 : 2
    if (m.radd) s += radd ? 3 : -3
    if (m.kind) s += m.kind === kind ? 3 : -4
    return s
  })
}

/** The best-scored option; a tie is no answer, unless the tied options are the same words written twice. */
function pick(scores: number[], options?: string[]): number | Failure {
  const best = Math.max(...scores)
  const tied = scores.flatMap((s, i) => (s === best ? [i] : []))
  const same = (i: number) => arabicWordsOf(options?.[i]?.replace(/^[A-F]\)\s*/, '') ?? String(i)).join(' ')
  if (best <= 0 || !tied.every((i) => same(i) === same(tied[0]!))) return 'no_option'
  return tied[0]!
}

/** The estate a question gives («وتركت 90000 ريال»), as the chat reads it. */
export const estateOf = (text: string): number | undefined => arabicEstate(text)?.amount

function numericAnswer(asked: string, raw: string, target: Target | undefined, d: Distribution, meanings: Meaning[], options: string[]): number | Failure {
  const words = arabicWordsOf(raw)
  let stated: number | undefined
  for (let i = 0; i < words.length; i++) {
    const n = numberAt(words, i)
    if (!n) continue
    const after = words[i + n.length] ?? ''
    if (/^(سهم|سهما|اسهم|سهام)$/.test(after) || /^(المسالة|اصل|التصحيح)$/.test(words[i - 1] ?? '')) stated = n.value
    i += n.length - 1
  }
  // «وتركت 138133.33 ريال», «مبلغ 50 ألف دولار»: decimals and thousands read from the text as written
  // («كم نصيب الأم من مساحة الأرض؟» beside «مبلغا قدره 5134 ريال»: the land's measure is what is divided)
  // («… أرض مساحتها 220 مترا. ما نصيب كل بنت كسهم من مجموع الأسهم؟»: asked in shares, the estate's measure aside)
  const question = ` ${arabicWordsOf(lastSentence(raw)).join(' ')} `
  const inShares = / (كسهم|سهم|سهما|اسهم|الاسهم|السهام|سهام) /.test(question) && !/ (مبلغ|قيمة|ريال|دينار|جنيه|درهم|دولار|يورو|متر|مترا|فدان) /.test(question)
  const measured = / (مساحة|مساحه|الارض|متر|مترا|امتار|فدان|هكتار|دونم) /.test(asked) ? (arabicLand(raw) ?? estateOf(raw)) : estateOf(raw)
  const money = inShares ? undefined : measured
  const candidates: { value: number; money: boolean }[] = []
  const push = (f: Fraction | undefined, isMoney = false) => {
    if (f && (f.d === 1n || isMoney)) candidates.push({ value: Number(f.n) / Number(f.d), money: isMoney })
  }
  if (target) {
    const hs = target.relations.map((r) => heirOf(d, r, target.barred))
    const share = hs.reduce((a, h) => a.add(h.share), Fraction.ZERO)
    const count = hs.reduce((a, h) => a + h.count, 0)
    const each = share.div(count)
    const order = target.each || (hs.length === 1 && count > 1 && / (كل|لكل) /.test(asked)) ? [each, share] : [share, each]
    // «كم سهما للأب بالتعصيب»: only the residue part of a sixth-and-residue, or only the fixed part
    const fard = hs.reduce((a, h) => a.add(h.fard ?? Fraction.ZERO), Fraction.ZERO)
    // («فرضا وتعصيبا», «فرضا وردا»: both parts, the whole share)
    const both = /فرضا و(تعصيبا|ردا)/.test(asked)
    if (!both && /تعصيب/.test(asked) && !fard.isZero() && fard.cmp(share) < 0) order.unshift(share.sub(fard).div(target.each ? count : 1))
    else if (!both && /فرض/.test(asked) && !fard.isZero() && fard.cmp(share) < 0) order.unshift(fard.div(target.each ? count : 1))
    // («مجتمعين», «معا»: the group's part, not each one's)
    if (/ (مجتمعين|مجتمعات|معا|جميعا|جميعهم|جميعهن) /.test(asked)) order.splice(0, order.length, share)
    for (const base of [stated, money, ...(/رد/.test(asked) ? [raddBase(d)] : []), Number(d.baseFinal), Number(d.awlBase ?? d.base)])
      if (base !== undefined) for (const f of order) push(f.mul(Fraction.of(Math.round(base * 1000), 1000)), base === money)
  } else if (/قيمة السهم|السهم الواحد/.test(asked) && money !== undefined) {
    // «كم قيمة السهم الواحد؟»: the estate over the corrected base (or the base)
    for (const b of [d.baseFinal, d.awlBase, d.base]) if (b !== undefined) candidates.push({ value: money / Number(b), money: true })
  } else if (/اصل|مجموع|عدد (ال)?(اسهم|سهام)|(اسهم|سهام) التركة|قسمت|تقسم|يقسم|تقسيم|توزع|توزيع|على كم سهما|تصح|عول|عالت|تعول|الكلي|الاجمالي/.test(asked)) {
    const awl = /عول|عالت|تعول/.test(asked) && !/قبل العول/.test(asked)
    // («قبل العول»: the base the ʿawl raises)
    const first: (bigint | number | undefined)[] =
      (/اصل/.test(asked) && !/تصح|تصحيح|المصحح|مصحح/.test(asked)) || /قبل العول/.test(asked) ? [d.base, d.awlBase, d.baseFinal] : [d.baseFinal, d.awlBase, d.base]
    // «تقسم عليها فرضا وردا»: the base of the radd, before its correction
    if (/رد/.test(asked) && raddBase(d) !== undefined) first.unshift(raddBase(d))
    for (const b of awl ? [d.awlBase, ...first] : first) if (b !== undefined) candidates.push({ value: Number(b), money: false })
  } else return 'question'
  // («لا شيء» beside «سهمان», «ثلاثة أسهم»: none of the shares, for an excluded heir)
  const amounts = options.map((o, i) => amountOf(o.replace(/^[A-F]\)\s*/, '')) ?? meanings[i]!.numbers[0] ?? (meanings[i]!.nothing ? 0 : undefined))
  // Shares are whole; money is written to the cent (rounded, or cut), or to the unit
  const ways = (c: { value: number; money: boolean }) =>
    c.money ? [2, 3, 1, 0].flatMap((places) => [(x: number) => Math.round(x * 10 ** places) / 10 ** places, (x: number) => Math.floor(x * 10 ** places) / 10 ** places]) : [(x: number) => x]
  // Money written with more places than the cent, rounded or cut anywhere («117,647.058823»): within a cent
  const near = (a: number, c: { value: number; money: boolean }) => c.money && Math.abs(a - c.value) < 0.01
  // When the estate is given and the options are sums of money, shares counted in sihām are not what is asked
  const moneyOnly = target !== undefined && money !== undefined && money >= 100 && amounts.filter((a) => a !== undefined && a >= 100).length >= 3
  for (const c of candidates.filter((c) => c.money || !moneyOnly)) {
    for (const way of [...ways(c), 'near' as const]) {
      const want = way === 'near' ? c.value : way(c.value)
      // (nothing is the answer of a share that is nothing, not of one rounded to nothing)
      const hits = amounts.flatMap((a, i) => (a !== undefined && (a !== 0 || c.value === 0) && (way === 'near' ? near(a, c) : Math.abs(a - want) < 1e-6) ? [i] : []))
      // An option written twice (« 7 » and « 7 ») is still one answer: the first is taken.
      if (hits.length >= 1 && hits.every((h) => options[h]!.replace(/^[A-F]\)\s*/, '') === options[hits[0]!]!.replace(/^[A-F]\)\s*/, ''))) return hits[0]!
    }
  }
  const close = nearestSum(candidates, amounts)
  if (close !== undefined) return close
  return 'no_option'
}

/**
 * A sum of money its author worked out from rounded intermediate parts (1354.25 for 1354.17, 283.32 for 283.33):
 * the one option within 0.1 % of a money answer, when no other option is within 1 %.
 */
function nearestSum(candidates: { value: number; money: boolean }[], amounts: (number | undefined)[]): number | undefined {
  for (const c of candidates) {
    if (!c.money || c.value < 1) continue
    const gap = (a: number | undefined) => (a === undefined ? Infinity : Math.abs(a - c.value) / c.value)
    const close = amounts.flatMap((a, i) => (gap(a) <= 0.001 ? [i] : []))
    if (close.length === 1 && amounts.filter((a) => gap(a) <= 0.01).length === 1) return close[0]!
  }
  return undefined
}

function blockerAnswer(target: Target, d: Distribution, options: string[]): number | Failure {
  const by = new Set(target.relations.flatMap((r) => heirOf(d, r, target.barred).blockedBy ?? []))
  const scores = options.map((o) => {
    const said = new Set(arabicMentions(o).flatMap((m) => (m.relation ? [m.relation] : [])))
    if (said.size === 0) return / لا احد | لا يوجد /.test(` ${arabicWordsOf(o).join(' ')} `) ? (by.size === 0 ? 5 : -5) : 0
    const hit = [...said].filter((r) => by.has(r)).length
    return hit * 2 - (said.size - hit) * 2 - (by.size - hit)
  })
  return pick(scores)
}

/**
 * «الأم: عشرة أسهم، الأب: …، من اثنين وسبعين سهما», «الزوجة: 500€، لكل ابن: 1166.66€» or «البنتان: الثلثان، الأخ
 * الشقيق: الباقي»: each part of an option is judged like a one-heir answer; the option that agrees most wins. Asked
 * for each heir's share («لكل وارث»), of two tables alike the one that gives each member of a group his part («ابنا
 * الأخ: سهم لكل واحد») answers, not the one that gives the group's total («سهمان (مجموعهما)»).
 */
function bestTable(options: string[], d: Distribution, final: boolean, estate: number | undefined, eachHeir = false): number | Failure {
  const present = new Set(d.heirs.map((h) => h.relation))
  const scores = options.map((o) => {
    const text = o.replace(/^[A-F]\)\s*/, '')
    const words = arabicWordsOf(text)
    const fromAt = words.lastIndexOf('من')
    const stated = fromAt >= 0 ? numberAt(words, fromAt + 1)?.value : undefined
    let s = 0
    let parts = 0
    let uniform = true
    let perHead = false
    const counted: { n: number; share: Fraction }[] = []
    for (const whole of tableParts(text)) {
      const label = whole.includes(':') ? whole.slice(0, whole.indexOf(':')) : whole
      // «ثمانية وأربعون سهمًا (لكل واحدة ستة عشر)»: a bracketed detail after the colon repeats the part
      const part = whole.includes(':') ? `${label}:${whole.slice(whole.indexOf(':') + 1).replace(/\([^()]*\)/g, ' ')}` : whole
      const relations = [...new Set(arabicMentions(label).flatMap((m) => presentMeant(m, present)))]
      if (relations.length === 0) continue
      const said = meaningOf(part.includes(':') ? part.slice(part.indexOf(':') + 1) : part)
      const hs = relations.map((r) => heirOf(d, r))
      const group = hs.reduce((a, h) => a.add(h.share), Fraction.ZERO)
      const count = hs.reduce((a, h) => a + h.count, 0)
      const each = eachMeant(label, part, count)
      // («أبناء الأخ الذكور والإناث: الثلث الباقي» when his daughters inherit nothing: a share said of a group that
      // lumps in kin who get none)
      if (hs.length > 1 && !group.isZero() && hs.some((h) => h.share.isZero()) && !said.nothing) s -= 1
      const amount = amountOf(part.includes(':') ? part.slice(part.indexOf(':') + 1) : part)
      // (each one's part said, in shares or a fraction — not a remark on one of them, «والبنت المعاقة لها نصيب خاص»)
      if (each && (amount !== undefined || said.fractions.length > 0)) perHead = true
      parts++
      if (!(amount !== undefined && said.fractions.length === 0) && !(said.nothing && group.isZero())) uniform = false
      if (amount !== undefined && said.fractions.length === 0 && !said.nothing) counted.push({ n: amount, share: each ? group.div(count) : group })
      else if (said.nothing || (amount === 0 && said.fractions.length === 0)) s += group.isZero() ? 2 : -2
      else {
        const [score] = shareScores({ relations, each, final }, d, [said])
        s += Math.sign(score!) * Math.min(3, Math.abs(score!))
      }
    }
    // «… من ستين سهما»: the option's own total is the only scale it allows
    const scales = stated !== undefined ? [stated] : [estate, Number(d.baseFinal), Number(d.awlBase ?? d.base), Number(d.base)]
    // Between tables that agree alike, the one that counts every heir in the same shares (a fraction beside sihām,
    // «الربع، الأخ: ستة أسهم», leaves the scale to the reader) is the answer a table asks for
    const whole = parts >= 2 && uniform && counted.length > 0 ? 0.5 : 0
    return s + proportionScore(counted, scales) + whole + (eachHeir && perHead ? 0.25 : 0)
  })
  return pick(scores)
}

/**
 * The parts of a table option, one per heir or group: split at commas and full stops, and at «و» before «ال»/«لل»
 * («للبنت النصف وللأخت لأب النصف», «الزوجة: الربع والأم: السدس») — but not inside a label before its colon:
 * «الإخوة والأخوات لأم: النصف» is one group's part.
 */
function tableParts(text: string): string[] {
  return text.split(/[،,؛]\s*(?!\d{3})|\.(?!\d)/).flatMap((segment) => {
    const parts: string[] = []
    let rest = segment
    for (;;) {
      const colon = rest.indexOf(':')
      const and = /\sو(?=ال|لل)/g
      and.lastIndex = Math.max(colon, 0)
      const at = and.exec(rest)
      if (!at) break
      parts.push(rest.slice(0, at.index))
      rest = rest.slice(at.index + at[0].length)
    }
    return [...parts, rest]
  })
}

/** «كل ابن», «البنتان: سبعة أسهم لكل واحدة», or a singular label for several heirs («البنت: سهمان» with three daughters): each one. */
function eachMeant(label: string, part: string, count: number): boolean {
  if (count <= 1) return false
  // («ولكل من الخمس البنات»: with its «و»)
  // («كل التركة» is the whole estate, not each one)
  if (/(^|\s)و?(كل|لكل)\s(?!(التركة|المال|الميراث|تركته|تركتها|ماله|مالها)(\s|$))/.test(` ${arabicWordsOf(part).join(' ')} `)) return true
  const mentions = arabicMentions(label)
  return mentions.length === 1 && mentions[0]!.count === 1
}

/** The number an option's part states («ستة أسهم», «24 سهما», «1166.66€», «75,000 جنيه»), if any. */
export function amountOf(value: string): number | undefined {
  const digits = value
    .replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/(\d)[,،](?=\d{3}(?!\d))/g, '$1')
    // «175.000 ريال»: a point before three zeros separates thousands (no one writes .000 as decimals)
    .replace(/(\d)\.(?=000(?!\d))/g, '$1')
    .replace(/٫/g, '.')
  const m = /\d+(?:\.\d+)?/.exec(digits)
  if (m && !/\d\s*\/\s*\d/.test(digits)) return Number(m[0])
  // («لكل واحد سهمان»: «each one» says whose, not how many)
  const said = meaningOf(value.replace(/(^|\s)و?(?:لكل|كل)\s+(?:واحد|واحدة)(?:\s+(?:منهم|منهن|منهما))?(?=\s|$)/g, '$1'))
  return said.fractions.length === 0 && said.numbers.length > 0 ? said.numbers[0] : undefined
}

/**
 * Numbers said for several heirs agree with the shares when one scale makes them all: the base the option gives,
 * else the estate or the corrected base (preferred), the base before correction, or any scale (the option's own
 * correction) when at least two parts agree on it. Money may be rounded to the unit or the cent.
 */
function proportionScore(counted: { n: number; share: Fraction }[], known: (number | undefined)[]): number {
  if (counted.length === 0) return 0
  // (the estate a question states before any base: a table in money answers it before one in sihām)
  const bonus = (k: number) => (k === known[0] ? 3 : k === known[1] ? 2 : known.includes(k) ? 1 : 0)
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.011, Math.abs(b) * 0.0005) || Math.abs(a - Math.floor(b)) < 1e-9
  const fits = (k: number) => counted.filter((c) => close(c.n, (k * Number(c.share.n)) / Number(c.share.d))).length
  const free = known.length > 1 ? counted.filter((c) => !c.share.isZero()).map((c) => (c.n * Number(c.share.d)) / Number(c.share.n)) : []
  let best = -Infinity
  for (const k of [...known.filter((k): k is number => k !== undefined && k > 0), ...free]) {
    const hits = fits(k)
    if (!known.includes(k) && hits < 2) continue
    best = Math.max(best, 3 * hits - 3 * (counted.length - hits) + bonus(k))
  }
  return best === -Infinity ? -3 * counted.length : best
}
