import type { Barrier, Relation } from './relations'

/**
 * The words the Arabic family parser reads (`parse-ar.ts`): kinship nouns in their forms, the words that qualify a
 * line, negations, fillers, glosses, and the states the calculator leaves to the general answer.
 */

/** A word without its leading «و» and article («ال», «لل», «ل»). */
export const plain = (w: string) => w.replace(/^و/, '').replace(/^(ال|لل|ل)/, '')

export type Head =
  | 'son'
  | 'daughter'
  | 'husband'
  | 'wife'
  | 'father'
  | 'mother'
  | 'parents'
  | 'brother'
  | 'sister'
  | 'grandfather'
  | 'grandmother'
  | 'uncle'
  | 'paternal_aunt'
  | 'maternal_uncle'
  | 'maternal_aunt'
export type Many = 1 | 2 | 'many'

/** Kinship nouns in their usual forms (singular, dual in both cases, plural), without «ال» and «و». */
export const HEADS: Record<string, [Head, Many]> = {}
const add = (head: Head, many: Many, ...words: string[]) => {
  for (const w of words) HEADS[w] = [head, many]
}
add('son', 1, 'ابن', 'ابنا', 'ولد', 'ولدا', 'ابنه', 'ابنها', 'ولده', 'ولدها')
add('son', 2, 'ابنان', 'ابنين', 'ابني', 'ولدان', 'ولدين', 'ولدي', 'ابنيه', 'ابناه', 'ابناها', 'ابنيها', 'ولداه', 'ولداها', 'ولديه', 'ولديها')
add('son', 'many', 'ابناء', 'اولاد', 'بنين', 'بنون', 'بنو', 'بني', 'ابناءه', 'اولاده', 'ابنائه')
// (the accusative after «ترك»: «وترك أولادا ذكورا وإناثا»)
add('son', 'many', 'اولادا', 'ابناءا')
// (spoken: «ولاد», «صبيان» children, boys)
add('son', 'many', 'ولاد', 'ولادي', 'صبيان')
// (spoken, Gulf and Levant: «عيال», «عياله» children, his children)
add('son', 'many', 'عيال', 'عياله', 'عيالها', 'عيالي', 'عيالو')
// («وصبي عمره ٣ سنين»: a boy)
add('son', 1, 'صبي', 'صبيا')
add('son', 2, 'صبيين')
// (spoken: «ولاده», «ولادها» his, her children)
add('son', 'many', 'ولاده', 'ولادها')
add('daughter', 1, 'بنت', 'بنتا', 'ابنة', 'ابنته', 'بنته', 'ابنتها', 'بنتها')
add('daughter', 2, 'بنتان', 'بنتين', 'بنتي', 'ابنتان', 'ابنتين', 'ابنتي', 'بنتيه', 'ابنتيه', 'بنتاه', 'ابنتاه', 'بنتاها', 'ابنتاها', 'بنتيها', 'ابنتيها')
add('daughter', 'many', 'بنات', 'بناته', 'بناتها', 'فتيات')
add('daughter', 1, 'فتاة', 'طفلة')
add('daughter', 2, 'طفلتان', 'طفلتين')
add('daughter', 2, 'فتاتان', 'فتاتين')
add('husband', 1, 'زوج', 'زوجا', 'زوجها')
// (spoken: «جوزها» her husband)
add('husband', 1, 'جوزها')
add('wife', 1, 'زوجة', 'زوجته', 'ارملة', 'ارملته')
// («زوجه»: his spouse — his wife, as the classical text says it, or «زوجة» written with «ه»; never «her husband», «زوجها»)
add('wife', 1, 'زوجه')
// («امرأته», his wife; spoken «مراته» — not «امرأة», a woman, who may be the deceased)
add('wife', 1, 'امراته', 'مراته', 'مرته')
// (spoken, the possessive in «و»: «مرتو» his wife, «بنتو» his daughter, «ابنو» his son, «خيّو», «خوه» his brother,
// «اختو», «امو», «ولادو», «بناتو», «اخواتو»; «خيّ» a brother)
add('wife', 1, 'مرتو', 'مراتو')
add('daughter', 1, 'بنتو')
add('son', 1, 'ابنو')
add('brother', 1, 'خي', 'خيو', 'خوه')
add('sister', 1, 'اختو')
add('mother', 1, 'امو')
// (Levantine «بيّو»: his father)
add('father', 1, 'بيو')
add('son', 'many', 'ولادو', 'اولادو')
add('daughter', 'many', 'بناتو')
add('brother', 'many', 'اخوانو', 'اخوتو')
add('sister', 'many', 'اخواتو', 'خواتو')
add('wife', 2, 'زوجتان', 'زوجتين', 'زوجتيه')
add('wife', 'many', 'زوجات', 'زوجاته')
add('father', 1, 'اب', 'ابا', 'ابو', 'ابوه', 'ابيه', 'ابوها', 'ابيها', 'والد', 'والده', 'والدها', 'ابي')
add('mother', 1, 'ام', 'اما', 'امه', 'امها', 'والدة', 'والدته', 'والدتها')
add('parents', 2, 'والدان', 'ابوان', 'والدين', 'والديه', 'والداه', 'ابوين', 'ابويه', 'ابواه', 'والديها', 'ابويها')
add('brother', 1, 'اخ', 'اخا', 'اخو', 'اخوه', 'اخيه', 'اخاه')
// («وعنده أخين»: the spoken dual)
add('brother', 2, 'اخوان', 'اخوين', 'اخويه', 'اخواه', 'اخين')
add('brother', 'many', 'اخوة', 'اخوته', 'اخوتها', 'اشقاء')
add('sister', 1, 'اخت', 'اختا', 'اخته', 'اختها')
add('sister', 2, 'اختان', 'اختين', 'اختيه', 'اختاه', 'اختاها', 'اختيها')
add('sister', 'many', 'اخوات', 'اخواته', 'اخواتها')
// «ثلاث شقيقات»: the qualifier alone names full siblings
add('sister', 1, 'شقيقة')
add('sister', 2, 'شقيقتان', 'شقيقتين')
add('sister', 'many', 'شقيقات')
add('brother', 1, 'شقيق')
add('brother', 2, 'شقيقان', 'شقيقين')
add('grandfather', 1, 'جد', 'جدا', 'جده')
add('grandmother', 1, 'جدة', 'جدته')
add('grandmother', 2, 'جدتان', 'جدتين')
add('grandmother', 'many', 'جدات')
add('uncle', 1, 'عم', 'عما', 'عمه')
add('uncle', 2, 'عمان', 'عمين')
add('uncle', 'many', 'اعمام', 'اعمامه', 'عمومة')
add('paternal_aunt', 1, 'عمة')
add('paternal_aunt', 2, 'عمتان', 'عمتين')
add('paternal_aunt', 'many', 'عمات')
add('maternal_uncle', 1, 'خال')
add('maternal_uncle', 2, 'خالان', 'خالين')
add('maternal_uncle', 'many', 'اخوال')
add('maternal_aunt', 1, 'خالة')
add('maternal_aunt', 2, 'خالتان', 'خالتين')
add('maternal_aunt', 'many', 'خالات')

/** Words that qualify a sibling, an uncle or a grandparent. */
export const FULL = new Set([
  'شقيق',
  'شقيقة',
  'شقيقان',
  'شقيقين',
  'شقيقتان',
  'شقيقتين',
  'اشقاء',
  'شقيقات',
  'الشقيق',
  'الشقيقة',
  'الاشقاء',
  'الشقيقات',
  'الشقيقان',
  'الشقيقين',
  'الشقيقتان',
  'الشقيقتين',
])
export const TO_FATHER = new Set(['لاب', 'للاب', 'لابيه', 'لابيها'])
export const TO_MOTHER = new Set(['لام', 'للام', 'لامه', 'لامها'])
/** «شقيق», «لأب», «للأم»: a line, not a kinsman. */
export const isQualifier = (w: string) => FULL.has(w) || FULL.has(plain(w)) || TO_FATHER.has(w) || TO_MOTHER.has(w)
export const ASKERS_KIN = /^و?(امي|ابي|اخي|اختي|اخوتي|اخواتي|جدي|جدتي|عمي|عمتي|خالي|خالتي|ابنتي|زوجتي|والدي|والدتي|اولادي|ابنائي|بناتي)$/
export const NEGATIONS = new Set(['ليس', 'وليس', 'ليست', 'وليست', 'لا', 'ولا', 'بلا', 'بدون', 'دون', 'عدم', 'لم', 'ولم', 'غياب'])
/** Words between a noun and its qualifier that change nothing. */
export const IGNORED = new Set([
  'ذكر',
  'ذكور',
  'ذكرين',
  'ذكران',
  'انثي',
  'اناث',
  'انثيين',
  'واحد',
  'واحدة',
  'وحيد',
  'وحيدة',
  'فقط',
  'كبير',
  'صغير',
  'الذكور',
  'الاناث',
  'منها',
  'منه',
  'له',
  'لها',
  'لهم',
  'لهن',
])
/** «ثلاثة ذكور», «أربع إناث»: the deceased's sons and daughters counted by sex alone. */
export const SEXES: Record<string, Relation> = {
  ذكور: 'son',
  ذكورا: 'son',
  ذكر: 'son',
  ذكرا: 'son',
  ذكران: 'son',
  ذكرين: 'son',
  اناث: 'daughter',
  اناثا: 'daughter',
  انثي: 'daughter',
  انثيين: 'daughter',
  انثيان: 'daughter',
}
/** «لها», «له» after an heir: what follows is that heir's kin. */
export const OWNERS = new Set(['له', 'لها', 'لهم', 'لهن', 'ولها', 'وله'])
/** Words of a bracket that says who an heir is («الزوجة (مقصود بها الأم)», «(أي الأم)»). */
export const GLOSS = /^و?(مقصود|مقصودة|المقصود|بها|به|يقصد|اي|وهي|وهو|هي|هو|يعني)$/
/**
 * Words right after an heir that bar him from inheriting (mawāniʿ al-irth): «أم قاتلة», «زوجة نصرانية», «ابن
 * مرتد», «أولاد غير مسلمين» (the last read by `barrierAt`), and «ابن بالتبني» (an adopted son is no son). Anywhere
 * else they stay beyond the calculator.
 */
const BARRIER_WORDS: Record<string, Barrier> = Object.fromEntries([
  // («وأخا قتله»: who killed him, the verb after the heir)
  ...['قاتل', 'قاتلا', 'قاتلة', 'قاتلان', 'قاتلين', 'قاتلتان', 'قاتلتين', 'قتلة', 'قتله', 'قتلها', 'قتلته', 'قتلتها'].map((w) => [w, 'homicide'] as const),
  ...[
    'كافر',
    'كافرة',
    'كافران',
    'كافرين',
    'كفار',
    'نصراني',
    'نصرانية',
    'نصاري',
    'مسيحي',
    'مسيحية',
    'مسيحيين',
    'مسيحيان',
    'مسيحيات',
    'يهودي',
    'يهودية',
    'يهود',
    'يهوديين',
    'يهوديات',
    'مرتد',
    'مرتدة',
    'مرتدين',
    'كتابي',
    'كتابية',
    'مجوسي',
    'مجوسية',
    'ملحد',
    'ملحدة',
    'مشرك',
    'مشركة',
    'مشركين',
    'مشركون',
    'مشركان',
    'مشركا',
    // (the accusative after «ترك»: «وترك ابنا مسيحيا»)
    'كافرا',
    'نصرانيا',
    'مسيحيا',
    'يهوديا',
    'مرتدا',
    'كتابيا',
    'مجوسيا',
    'ملحدا',
    // («ابن ارتد وتنصر»: the verb of leaving Islam after the heir)
    'ارتد',
    'ارتدت',
    'تنصر',
    'تنصرت',
    'تهود',
    'تهودت',
  ].map((w) => [w, 'religion'] as const),
  ...['بالتبني', 'متبني', 'متبناة', 'بالتبنى'].map((w) => [w, 'adoption'] as const),
])
// («ابنا قاتلا له»: his killer — «له» is the deceased, not the heir's kin that follow)
const VICTIM = /^ل(ه|ها|ابيه|ابيها|امه|امها|والده|والدها|والدته|والدتها|زوجها|زوجته|اخيه|اخيها|اخته|اختها|جده|جدها|مورثه|مورثها|عمه|عمها|ابنه|ابنها)$/
const NOT_MUSLIM = /^(مسلم|مسلمة|مسلمين|مسلمان|مسلمات|مسلمتين|مسلمتان)$/

/** The barrier said at word `i` of a family, after an heir, and how many words say it. */
export function barrierAt(words: readonly string[], i: number): { barred: Barrier; length: number } | undefined {
  // («وأخا الذي قتله»: a relative pronoun before the verb)
  if (/^(الذي|التي)$/.test(words[i] ?? '') && /^(قتله|قتلها|قتلته|قتلتها)$/.test(words[i + 1] ?? '')) return { barred: 'homicide', length: 2 }
  const w = (words[i] ?? '').replace(/^ال/, '')
  // («ابن قاتل لأبيه»: whom he killed, the deceased, is no heir)
  if (BARRIER_WORDS[w]) return { barred: BARRIER_WORDS[w]!, length: BARRIER_WORDS[w] === 'homicide' && VICTIM.test(words[i + 1] ?? '') ? 2 : 1 }
  if (w === 'غير' && NOT_MUSLIM.test((words[i + 1] ?? '').replace(/^ال/, ''))) return { barred: 'religion', length: 2 }
  // («أولاد على الشرك», «على غير الإسلام»: of another religion, said with «على»)
  if ((w === 'علي' || w === 'على') && (words[i + 1] === 'الشرك' || words[i + 1] === 'الكفر')) return { barred: 'religion', length: 2 }
  if ((w === 'علي' || w === 'على') && words[i + 1] === 'غير' && /^(ال)?اسلام$/.test(words[i + 2] ?? '')) return { barred: 'religion', length: 3 }
  // (the bracket may have been passed already, read with the heir's qualifiers)
  if (words[i] === BRACKET) {
    const inside = bracketedBarrier(words, i + 1)
    return inside && { barred: inside.barred, length: inside.length + 1 }
  }
  return words[i - 1] === BRACKET ? bracketedBarrier(words, i) : undefined
}

/** «ابن (وهو قاتله عمداً)», «زوجة (مسيحية)»: the barrier said in a bracket after the heir, up to its close. */
function bracketedBarrier(words: readonly string[], i: number): { barred: Barrier; length: number } | undefined {
  let j = i
  if (/^و?(هو|هي|هم|هما|هن)$/.test(words[j] ?? '')) j++
  // («قاتله», «قاتلها»: his or her killer)
  const said = (words[j] ?? '').replace(/^ال/, '')
  const barred = BARRIER_WORDS[said] ?? BARRIER_WORDS[said.replace(/(ه|ها|هم|هما)$/, '')]
  if (!barred) return undefined
  j++
  if (/^(عمدا|عمد|خطا|خطاء)$/.test(words[j] ?? '')) j++
  return words[j] === CLOSE ? { barred, length: j + 1 - i } : undefined
}

/** Brackets kept as words («جدة (أم الأب)»): a gloss or a qualifier may follow one, a genitive may not. */
export const BRACKET = '⦅'
export const CLOSE = '⦆'

/** What the calculator cannot decide: the question is left to the general answer. */
export const UNSUPPORTED = [
  'حامل',
  'حاملا',
  'مطلق',
  'طلاق',
  'خنثي',
  'حمل',
  'مفقود',
  'مفقودة',
  'مفقودين',
  'مفقودون',
  'مفقودان',
  'مفقودتان',
  'غرقي',
  'غرق',
  'قاتل',
  'قاتلة',
  'بالتبني',
  'التبني',
  // («وأحد الأبناء تبناه»: an adoption told with the verb, of one of a group)
  'تبناه',
  'تبناها',
  'تبنيناه',
  'تبنته',
  'متبني',
  'كتابية',
  'كتابي',
  'قتل',
  'مرتد',
  'كافر',
  'كافرة',
  'نصراني',
  'نصرانية',
  'مسيحي',
  'مسيحية',
  'يهودي',
  'يهودية',
  'معتق',
  'معتقة',
  'رقيق',
  'رقيقة',
  'مطلقة',
  // (with the pronoun: «مطلقته», «مطلقها», «طليقته» — his divorced wife, her divorced husband)
  'مطلقته',
  'مطلقتيه',
  'مطلقها',
  'طليقته',
  'طليقها',
  'طلقها',
  // («رجل طلق زوجته الأولى … ثم مات وترك زوجته الثانية»: a divorce told with the verb — which wife is whose is not read)
  'طلق',
  'وطلق',
  'لعان',
  // a foster sibling («أخ من الرضاعة») is no heir, and the vocabulary would read him as a brother
  'الرضاعة',
  'رضاعة',
]
