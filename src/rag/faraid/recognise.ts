import type { Lang } from '../../contract/common'
import { siblingsCountedIn } from './parse-ar-gloss'
import { numberedListAsCommas, spokenAskersKin } from './arabic-chat-text'
import { ARABIC_VOWELS, arabicWordsOf, foldArabic } from './arabic-text'
import { NEPHEW_LEFT_OUT, nephewLeftOut } from './asker-kin'
import { arabicFromAskersSide, arabicThroughHeir } from './asker-side-ar'
import { askerAfterFamily, askerUnplaced, CHILD_DECEASED_AR, earlierDeathsAfter, GRANDPARENT_SPELT_AR, IN_LAW_DIED_AR, kunyas, ONLY_THESE_AR, spokenNegations } from './arabic-case-text'
import { ASKERS_KIN } from './parse-ar-words'
import { arabicKinOnlyAsked, askerLeftOut, kinOnlyAsked } from './asker-asked'
import { type Assumption, dedupeAssumptions } from './assumptions'
import { caseProblems } from './compute'
import { arabicMentions, parseArabicFamily, unreadWords } from './parse-ar'
import type { ParsedFamily } from './parsed-family'
import { latinThroughHeir } from './asker-side'
import { estateIn, type StatedEstate } from './estate-text'
import { parseLatinFamily } from './parse-latin'
import type { Barrier, Relation, School, Sex } from './relations'
import { schoolNamed } from './school-text'
import type { Missing } from './missing'
import type { HermaphroditeLine } from './hermaphrodite'
import { type Unborn, withOutcome } from './pregnancy'
import { childsHeirs, laterDeathsIn, sameAsFirst } from './later-text'
import { type LaterDeath, laterDeathProblems } from './successive'
import { DEFAULT_SCHOOL } from '../../contract/inheritance'

export interface RecognisedCase {
  deceased: Sex
  heirs: { relation: Relation; count: number; barred?: Barrier }[]
  assumptions: Assumption[]
  /** A child not yet born who would inherit: the answer divides before the birth. */
  unborn?: Unborn
  /** Heirs whose life is unknown: the answer divides while they are missing. */
  missing?: Missing
  /** Full kin the question says may be paternal instead («أخت شقيقة أو لأب»): both readings are computed. */
  either?: Relation[]
  /** The estate the question states («وترك 120000 ريال», « a laissé 90 000 € »): each heir's amount is given. */
  estate?: StatedEstate
  /** The school the question asks to follow («على المذهب المالكي», "by the Hanafi school"), else the default. */
  school?: School
  /** Heirs who died before the division, with their own heirs («ثم توفي أحد الأبناء عن …»). */
  later?: LaterDeath[]
  /** One more heir whose sex cannot be told («وخنثى», "a child of unknown sex"): the school divides for him. */
  hermaphrodite?: { line: HermaphroditeLine; hope: boolean }
}

/**
 * «توفي عن», «توفيت وتركت», «توفي رجل وله», «توفيت امرأة لها», «توفي رجل، وخلّف», «توفي رجل ولم يتزوج، وترك»,
 * «ولم تترك إلا زوجها»:
 * the death, who died when it says so in general terms (a man, a woman, a kinship word — «توفي أب عن», — or a
 * name before «عن»; not «جدي», whose kin would be named from the asker's side), a negative clause on him, and the
 * word that introduces the heirs.
 */
const ARABIC_DEATH =
  /^([\s\S]*?(?:توفي|توفيت|توفى|مات|ماتت|هلك|هلكت|هالك|هالكة)(?:\s*\([^()\d]{1,12}\)|\s+(?:(?:رجل|امرأة|امراة|امرأه|امراه|مرأة|مراة|شخص)(?:\s+(?:أعرفه|اعرفه|نعرفه|أعرفها|اعرفها|نعرفها))?(?:\s+(?:مسلم|مسلمة))?(?:\s+(?:غير متزوج|غير متزوجة|متزوج|متزوجة|مطلق|مطلقة|أرمل|أرملة|ارمل|ارملة))?|ميت|رضيع|عجوز|الرجل|المرأة|المراة|سيدة|ست|(?:شاب|شابة|فتاة|طفل|طفلة|صبي)(?:\s+(?:أعزب|اعزب|عزباء|صغير|صغيرة))?|(?<who>(?:ال)?(?:أب|اب|والد|جد|زوج|عم|خال|أخ|اخ|أم|ام|والدة|جدة|زوجة|عمة|خالة|أخت|اخت))|[^\s،,.:()؟?\d]{3,}(?<![يه]|ها|هم|نا|كم)(?=\s+عن\s))(?:\s+كلالة)?)?(?:\s*[،,]?\s*(?:عمره|عمرها)\s+(?:\d+|[\u0621-\u064A]+)\s*(?:سنة|سنه|عاما|عام|سنين|سنوات))?(?:\s*[،,]?\s+(?:و?لم|و?ليس|و?عليه|و?عليها)(?:(?!إلا|الا|سوى)[^.؟?\n:،,]){0,40}?(?:[،,]|(?=\s+(?:وله|ولها|وترك|وتركت))))?\s*[،,]?\s*(?:عن|و\s*ترك|وترك|وتركت|ترك|تركت|وخلف|خلف|وخلفت|خلفت|وساب|ساب|وسابت|سابت|وله|ولها|له|لها|وعنده|وعندها|و?لم (?:يترك|تترك|يخلف|تخلف)(?: من الورثة| وارثا| وارثة)? (?:إلا|الا|سوى|غير)|و?(?:ورثته|ورثتها)(?:\s+هم)?(?=\s))\s*(?:رجل|ورثته|ورثتها)?\s*:?)([\s\S]*)$/
// («التي ما زالت على ذمته», «ما دام حيا»: «ما» of «still», «as long as» — not a question)
const STOP = /\n|؟|\?|\.(?!\d)|:(?!\s*(?:العدد|\d))|[،,]?\s+(?:ف?ما(?!\s+(?:زال|زالت|زالا|زالوا|يزال|تزال|دام|دامت)(?:\s|$))|ف?كم|هل|من الذي|من يحجب|إذا|اذا|فإذا|كيف|لمن|متى|أين|وما)\s/g

/** «وجدي أبو بابا عايش», «وأمه حية»: a kinsman said to be alive, in a sentence of his own. */
const ALIVE_AFTER_AR =
  /(?:^|[\s.،,])و?(?:ال)?(?:جد|جده|جدي|جدة|جدته|جدتي|ام|امه|امها|امي|اب|ابوه|ابوها|ابي|ابويا|والد|والده|والدة|والدته|اخ|اخوه|اخي|اخت|اخته|اختي|عم|عمه|عمي|زوجة|زوجته|زوج|زوجها)(?:\s+[^\s.،,؟?]+){0,2}\s+(?:حي|حية|عايش|عايشة|عايشه|على قيد الحياة|علي قيد الحياة|ما زال حيا|ما زالت حية|لا يزال حيا|لا تزال حية)(?=$|[\s.،,؟?])/

const KILLING_AFTER_AR = /(?:^|\s)(?:قتل|قتله|قتلها|قتلته|قتلتها|قاتل|قاتله|قاتلها)(?=$|[\s.،,])/

/** «زوجته الأولى», «زوجة أخرى»: one of his wives named by rank, another woman than a widow who asks. */
const OTHER_WIFE_AR = /(?:^|\s)(?:من\s+)?زوجته\s+(?:الاولي|الاولى|الثانيه|الثانية|الاخري|الاخرى|القديمه|القديمة)(?=\s|$)|(?:^|\s)زوجه\s+(?:اخري|اخرى|ثانيه|ثانية)(?=\s|$)/

const TIME_UNIT_AR = 'يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|اسبوعين|أسابيع|اسابيع|شهر|شهرين|أشهر|اشهر|شهور|سنة|سنه|سنتين|سنوات|سنين|عام|عامين|أعوام|اعوام'
/** «منذ شهرين», «من سنة», «قبل ثلاثة أيام», «أمس», «الشهر الماضي» after the death verb (and its subject). */
const DEATH_TIME_AR = new RegExp(
  `((?:توفي|توفيت|توفى|مات|ماتت)(?:\\s+[\u0621-\u064A]+)?)\\s+(?:(?:منذ|من|قبل)\\s+(?:حوالي\\s+|حوالى\\s+|نحو\\s+)?(?:\\d+\\s+|[\u0621-\u064A]+\\s+)?(?:${TIME_UNIT_AR})|أمس|امس|البارحة|امبارح|مؤخرا|مؤخراً|اليوم|(?:الشهر|الأسبوع|الاسبوع|العام)\\s+الماضي|السنة\\s+الماضية)(?=$|[\\s،,.])`,
)

/** Where the first death is told: the time said after it is the deceased's (a later «مات ابنه قبل سنة من وفاته» is not). */
const firstDeathAt = (text: string): number => /توفي|توفيت|توفى|مات|ماتت/.exec(text)?.index ?? -1

/** «توفي عن زوجة وابن. ما نصيب الزوجة؟» → the family part and what is asked after it. */
export function splitArabicCase(text: string): { family: ParsedFamily; asked: string } | undefined {
  const cleaned = spokenNegations(earlierDeathsAfter(spokenAskersKin(numberedListAsCommas(text)).replace(ARABIC_VOWELS, '')).replace(ONLY_THESE_AR, ' عن '))
    // «توفي والدي رحمه الله وترك …»: a prayer for the deceased between the death and the heirs
    // («الله يرحمها», «الله يرحمو»: the spoken order)
    .replace(/\s(?:رحمه|رحمها|يرحمه|يرحمها|رحمهما|رحمهم) الله(?: تعالى)?|\sغفر الله (?:له|لها)|\sالله (?:يرحمها|يرحمهما|يرحمهم|يرحمه|يرحمو|يغفر له|يغفر لها)(?=$|[\s،,.])/g, '')
    // («توفي زوجي منذ شهرين وترك …», «جوزي مات من شهرين», «توفي أمس»: when the death was, between it and the heirs)
    .replace(DEATH_TIME_AR, (all: string, death: string, at: number, whole: string) =>
      firstDeathAt(whole) === at && !/^\s*(?:من|على)\s+(?:وفاة|وفاته|وفاتها|موت|موته|موتها)/.test(whole.slice(at + all.length)) ? death : all,
    )
    .replace(/[.\n]\s*(و\s*)?ورثة من (الرجال|النساء)\s*:/g, ' ، ')
    .replace(/ورثة من (الرجال|النساء)\s*:/g, ' ')
    // «(ابن) العدد 2 ومن النساء: (أم)»: the women listed after the men
    .replace(/\s(و\s*)?من (الرجال|النساء)\s*:/g, ' ، ')
    .replace(/\n\s*(و\s*ورثة|و)/g, ' $1')
    // «الميت ترك زوجة …»: the deceased named by his state, then what he left
    .replace(/(^|[\s.،,])(?:ال)?(?:ميت|متوفى|متوفي)\s+(ترك|تركت)(?=\s)/, (_, before: string, left: string) => `${before}${left === 'ترك' ? 'توفي وترك' : 'توفيت وتركت'}`)
    // («إذا ترك الميت ابنا وأبا»: the verb first)
    .replace(/(^|[\s.،,])(ترك|تركت)\s+(?:ال)?(?:ميت|متوفى|متوفي|ميتة|متوفاة)(?=\s)/, (_, before: string, left: string) => `${before}${left === 'ترك' ? 'توفي وترك' : 'توفيت وتركت'}`)
    // «المتوفى: ذكر. الورثة: …», «الميت: امرأة. الورثة: …»: a form whose first field says who died
    .replace(/^\s*(?:ال)?(?:متوفى|متوفي|ميت|متوفاة|ميتة|مرحوم|مرحومة)\s*:\s*(ذكر|رجل|أنثى|انثى|انثي|امرأة|امراة)\s*[.،,؛]?\s*(?:و\s*)?(?:ال)?ورثة\s*(?:هم)?\s*:/, (_, sex: string) =>
      /^(ذكر|رجل)$/.test(sex) ? 'توفي رجل عن ' : 'توفيت امرأة عن ',
    )
    // «ورثة المرأة: زوج وابن …», «ورثة الرجل: …»: the heirs of one said by sex
    .replace(/^\s*ورثة\s+(ال)?(رجل|امرأة|امراة|مرأة|مراة|متوفاة|ميتة)\s*(?:هم)?\s*:/, (_, _al: string, who: string) => (who === 'رجل' ? 'توفي رجل عن ' : 'توفيت امرأة عن '))
    // «ورثة المتوفى: زوجة وأم …»: the heirs listed with no death told
    .replace(/^\s*(?:ال)?ورثة\s+(?:ال)?(متوفى|متوفي|ميت|متوفاة|ميتة|مرحوم|مرحومة)\s*(?:هم)?\s*:/, (_, who: string) => (/(ة|اة)$/.test(who) ? 'توفيت عن ' : 'توفي عن '))
    // «توفي رجل. الورثة: …», «توفي رجل وورثته هم: …»: the heirs listed after the death told apart
    .replace(/((?:توفي|توفيت|مات|ماتت)(?:\s+(?:رجل|امرأة|امراة|شخص))?)\s*[.،,]?\s*و?(?:الورثة|ورثته|ورثتها)(?:\s+هم)?\s*:/, '$1 عن ')
  // «ما نصيب الزوجة إذا توفي زوجها وترك ابنا؟»: who died named through the heir asked about
  const through = arabicThroughHeir(cleaned)
  if (through) return splitArabicCase(through)
  // «توفي والدي وترك أمي وأنا (ابنه)»: told from the asker's side, read from the deceased's
  const turned = arabicFromAskersSide(cleaned)
  const m = ARABIC_DEATH.exec(turned?.text ?? cleaned)
  if (!m) return undefined
  // («وإخوته: ثلاثة ذكور وبنتين», «وإخوة: اثنان أشقاء وواحد لأم»: siblings counted by sex or line, written as brothers and sisters before the list's end is sought)
  const rest = siblingsCountedIn(m[3]!)
  const end = familyEnd(rest)
  // «توفي أب عن 4 أبناء», «توفيت الأم عن …»: who died, named by a kinship word, is not one of his heirs
  const named = m.groups?.who ? m[1]!.replace(new RegExp(`\\s${m.groups.who}(?=\\s|$)`), ' ') : m[1]!
  // («ما نصيب الأم إذا ترك الميت ابنا وأبا وأما؟»: the heir asked about before the death is read in the family)
  // («السلام عليكم يا إخوة، توفي رجل …»: the readers called, not heirs)
  // («توفيت فتاة عن أبيها», «توفي صبي عن …»: the child who died is not a daughter or a son among the heirs)
  const called = named.replace(/(^|[\s،,])يا\s+[^\s،,.:؟?]+/g, '$1').replace(CHILD_DECEASED_AR, '$1')
  const death = called.replace(/^[\s\S]*?(?:^|\s)(?:ما|ماذا|كم|كيف|هل|من|إذا|اذا|لو)\s[\s\S]*?(?=(?:توفي|توفيت|توفى|مات|ماتت|هلك|هلكت)(?:\s|$))/, '')
  const parsed = parseArabicFamily(`${death} ، ${rest.slice(0, end)}`)
  // (the asker, a surviving spouse not listed, or a child beside the brothers and sisters named: one more)
  const asker = turned?.askerHeir
  const child = asker && turned.assumptions.some((a) => a.kind === 'asker_child')
  const listed = child ? parsed.heirs.map((h) => (h.relation === asker ? { ...h, count: h.count + 1 } : h)) : parsed.heirs
  const list = foldArabic(rest.slice(0, end))
  // («توفي زوجي وله ابن من زوجته الأولى التي ما زالت على ذمته»: a wife of his named by her rank is not the asker)
  const otherWife = asker === 'wife' && OTHER_WIFE_AR.test(list)
  const spouse = asker && !listed.some((h) => h.relation === asker) ? [{ relation: asker, count: 1 }] : []
  const withAsker = otherWife && spouse.length === 0 ? listed.map((h) => (h.relation === 'wife' ? { ...h, count: h.count + 1 } : h)) : listed
  // «… وأخت شقيقة. الزوجة مفقودة.»: a missing heir said after the family; one the family does not name is refused
  const missingAfter = missingSaidAfter(rest.slice(end), parsed)
  // («وللابن ثلاثة أولاد», «وللأخ ابنان»: a living heir's own children, not the deceased's — not read, refused; a dead
  // child's children, «وللبنت المتوفاة أبناء», are the deceased's grandchildren, read as such)
  const kinsChildren = HEIRS_CHILDREN_AR.test(list) ? ["an heir's children"] : []
  // («عمه شقيق أبيه», «عم لأب (أخو أبيه من جهة الأب)»: an uncle glossed through the parent — read as a father and a
  // brother more)
  const throughParent = SIBLING_OF_PARENT_AR.test(list) ? ['an uncle or an aunt named through the parent'] : []
  // («… وأخويا الصغير. وجدي أبو بابا عايش»: one more heir said alive after the list — not read there, it was dropped)
  // (not in a question: «ما نصيب الأخت التي على قيد الحياة؟», «إذا كانت الأم على قيد الحياة، فما …؟» ask of one listed)
  const toldAfter = foldArabic(rest.slice(end)).replace(/[^.؟?\n]*[؟?]/g, ' ')
  // («… وعمين شقيقين. وأحد العمين قتل المتوفى خطأ»: a killing told after the list — whose? not placed, it was ignored)
  const saidAfter = [
    ...(ALIVE_AFTER_AR.test(toldAfter) ? ['an heir said alive after the family'] : []),
    ...(KILLING_AFTER_AR.test(toldAfter) ? ['a killing told after the family'] : []),
    ...(kinHeldAfter(toldAfter) ? ['kin of his said after the family'] : []),
  ]
  const heirs = [...spouse, ...withAsker]
  // («توفي عمي وترك زوجته وبنتين»: the asker's parent, his brother or sister, or the asker may take what is left)
  const nephew =
    turned?.parentsSibling &&
    nephewLeftOut(
      heirs.flatMap((h) => ('barred' in h && h.barred ? [] : [h.relation])),
      turned.assumptions,
    )
  const problems = [
    ...parsed.problems,
    ...kinsChildren,
    ...throughParent,
    ...saidAfter,
    ...(missingAfter === 'unknown' || (missingAfter && parsed.missing) ? ['a missing heir'] : []),
    ...(nephew ? [NEPHEW_LEFT_OUT] : []),
    ...(askerAfterFamily(turned?.assumptions, parsed.heirs) ? ['the asker said after the family'] : []),
    ...(IN_LAW_DIED_AR.test(cleaned) ? ["the asker's in-law died: the asker's kin among the heirs are not placed"] : []),
    ...kunyas(cleaned).map((k) => `«${k}»: a name by a child («أبو سامي», «أم سامي»), not a father or a mother`),
    ...(!turned && askerUnplaced(rest.slice(0, end)) ? ["«أنا»: the asker's own relation to the deceased is not said"] : []),
    ...(GRANDPARENT_SPELT_AR.test(foldArabic(rest.slice(0, end))) ? ['«جده لأم»: his grandfather, or a grandmother written with «ه»'] : []),
  ]
  const family = { ...parsed, heirs, problems, ...(missingAfter && missingAfter !== 'unknown' ? { missing: missingAfter } : {}) }
  return {
    family: turned ? { ...family, assumptions: dedupeAssumptions([...turned.assumptions, ...family.assumptions]), problems: [...turned.problems, ...family.problems] } : family,
    asked: rest.slice(end),
  }
}

/** «شقيق أبيه», «أخو أبيه», «أخت أمه»: the parent's brother or sister, said through the parent. */
const SIBLING_OF_PARENT_AR = /(?:^|[\s(])و?(?:شقيق|شقيقة|اخو|اخا|اخي|اخت|اخ)\s+(?:ابيه|ابيها|امه|امها|والده|والدها|والدته|والدتها)(?=$|[\s،,.)])/

/** «. وعندو أخين بالأردن», «وله أخت في مصر»: kin he had, said in a sentence after the list — not read there, dropped. */
function kinHeldAfter(after: string): boolean {
  return [...after.matchAll(HAS_AR)].some(
    (m) =>
      arabicMentions(
        after
          .slice(m.index + m[0].length)
          .split(/[.،,؟?\n]/)[0]!
          .split(/\s+/)
          .slice(0, 4)
          .join(' '),
      ).length > 0,
  )
}
/** «وعنده», «وعندو», «وله», «ولديها»: what he or she has, said as a sentence begins. */
const HAS_AR = /(?:^|[.\n]\s*)و?(?:عنده|عندو|عندها|له|لها|لديه|لديها)(?=\s)/g

/**
 * «الزوجة مفقودة.», «والأخوان من الأب مفقودان»: heirs of the family said to be missing after it — all of the group
 * unless one of several is named; 'unknown' when the missing one is not of the family.
 */
function missingSaidAfter(after: string, family: ParsedFamily): Missing | 'unknown' | undefined {
  const said = /(?:^|[.؟?\n])\s*([^.؟?\n]*?)\s(مفقود|مفقودة|مفقودين|مفقودون|مفقودان|مفقودتان)(?=$|[\s.،,؟?])/.exec(` ${after}`)
  if (!said) return undefined
  const named = arabicMentions(said[1]!).filter((m) => m.relation)
  const heir = named.length === 1 ? family.heirs.find((h) => h.relation === named[0]!.relation && !h.barred) : undefined
  if (!heir) return 'unknown'
  return { relation: heir.relation, count: Math.min(named[0]!.count ?? heir.count, heir.count) }
}

/** Where the heirs end: the first sentence end or question word, past a colon that follows no kinsman («ذكر: ابن، بنت»). */
function familyEnd(rest: string): number {
  for (const stop of rest.matchAll(STOP)) {
    if (stop[0] === ':' && arabicMentions(rest.slice(0, stop.index)).length === 0) continue
    // «وترك زوجة وأولادا: ثلاثة ذكور وبنتين»: a colon followed by nothing but heirs goes on with the list
    if (stop[0] === ':') {
      const next = rest.slice(stop.index + 1).split(/[.؟?\n:]/)[0]!
      // (kin the parser cannot read there — «إخوته: أبي وعمين» — are read too, and refused, rather than left out)
      if (arabicMentions(next).length > 0 && (unreadWords(next).length === 0 || arabicWordsOf(next).some((w) => ASKERS_KIN.test(w))) && !/(^|\s)(ما|ماذا|كم|هل|من|كيف|لماذا|اذا|إذا)\s/.test(next))
        continue
    }
    // «توفي عن:\n- أخ شقيق (العدد 3)\n- زوجة»: a line that only names heirs continues the list
    if (stop[0] === '\n') {
      const line = rest.slice(stop.index + 1).split('\n')[0]!
      if (arabicMentions(line).length > 0 && !/[؟?]|(^|\s)(ما|ماذا|كم|هل|من|كيف|لماذا|اذا|إذا)\s/.test(line)) continue
    }
    return stop.index
  }
  return rest.length
}

const HEADER_MALE = 'father|husband|man|brother|son|grandfather|uncle|nephew|cousin'
const HEADER_FEMALE = 'mother|wife|woman|sister|daughter|grandmother|aunt|niece'
/** ("Father died: Wife 1, Son 1 …"; not "My father died: …", told from the asker's side and read as such) */
const DIED_HEADER = new RegExp(`^\\s*(?:(?:the|a)\\s+)?(${HEADER_MALE}|${HEADER_FEMALE})\\s+(?:died|passed away|passed)\\s*:\\s*`, 'i')
const HEADER_IS_MALE = new RegExp(`^(${HEADER_MALE})$`, 'i')

/**
 * "Deceased: male. Heirs: …", « Défunte : femme ; héritiers : … »: a family written as a form; the header says the
 * death and the sex, in the words the rest of the reading knows.
 */
function withDeathFromHeader(text: string): string {
  return (
    text
      // ("Father died: Wife 1, Son 1 …", "Died: woman. Husband, mother …": the death as a header, who died named by it)
      .replace(DIED_HEADER, (_, who: string) => (HEADER_IS_MALE.test(who) ? 'A man died leaving ' : 'A woman died leaving '))
      .replace(/^\s*died\s*:\s*(?:an?\s+)?(male|man|female|woman)\b\s*[.;,:]?\s*/i, (_, sex: string) => (/^(male|man)$/i.test(sex) ? 'A man died leaving ' : 'A woman died leaving '))
      // ("Deceased: woman. Heirs: …", "Case: female deceased, heirs are …", « Héritiers : … Défunt : homme. »: the
      // sex said as a form's field, first or last — the death told first)
      .replace(
        /^([\s\S]*?)(?:^|(?<=[.;!]))\s*(?:(?:case|cas)\s*:\s*)?(?:(?:the\s+)?deceased\s*[:,]?\s*(?:an?\s+)?(male|man|female|woman)\b|(?:an?\s+)?(male|female)\s+deceased\b)\s*[.;,]?/i,
        (_, before: string, sex?: string, sex2?: string) => `${/^(male|man)$/i.test(sex ?? sex2 ?? '') ? 'A man died. ' : 'A woman died. '}${before}`,
      )
      .replace(
        /^([\s\S]*?)(?:^|(?<=[.;!]))\s*(?:(?:situation|cas)\s*:\s*)?(?:le\s+|la\s+)?d[ée]funte?\s*(?::|\()\s*(?:une?\s+)?(homme|femme|masculin|f[ée]minin)(?![\p{L}])\s*\)?\s*[.;,]?/iu,
        (_, before: string, sex: string) => `${/^(homme|masculin)$/i.test(sex) ? 'Un homme est décédé. ' : 'Une femme est décédée. '}${before}`,
      )
  )
}

/** Words of a question about something else than the shares (a ruling, a permission): left to retrieval. */
const OTHER_QUESTION =
  /يجوز|حكم|جائز|حرام|حلال|زكاة|\bpermis|autoris|licite|\bhalal\b|\bharam\b|allowed|permissible|\bzakat\b|can i\b|puis-je|est-il permis|\bremarr|viduit[ée]|waiting period|\biddah?\b|fun[ée]rai|\bfuneral|\bjanaza|\bgrave\b|\btombe\b|mourning|\bdeuil\b/i
// (letters around, not \b: « est décédé. » ends in a letter \b does not know)
const FRENCH_DEATH =
  /(?<!\p{L})(laisse|laissant|a laiss[ée]|d[ée]c[èe]de|d[ée]c[ée]d[ée]e?|meurt|est mort|est morte|vient de d[ée]c[ée]der|vient de mourir|d[ée]c[èe]s d'une? (?:homme|femme|personne))(?!\p{L})/iu
const ENGLISH_DEATH =
  /\b(leaving|leaves|left behind|survived by|died and left|passed away leaving|passed away and left|survive (?:him|her)|a deceased (?:man|woman) left|the deceased,? (?:(?:a )?(?:man|woman),? )?(?:left|leaves)|(?:he|she) left|(?:a|the) (?:man|woman|person) left)\b|\b(?:died|passed away)\b[^?]*\b(?:left|(?:he|she) had)\b|\b(?:died|dies|passed away)\s*(?:[-–—:]\s*\w|with (?:(?:only|just) (?:his|her) |(?:only |just )?(?:an?|one|two|three|four|\d+)\s))/i
/** « Un homme est mort. Héritiers : … », "A man died; survivors: …", "Man died. Family: …": the heirs listed after a death told apart. */
const HEIRS_LISTED = /\b(?:survivors?|heirs?|family|h[ée]ritiers?|famille)\s*(?::|are\b|include\b|sont\b)/i
/** What a question about the division asks: who inherits, a share, an amount (a question about anything else is not a case). */
const ESTATE_ASKED =
  /inherit|\bheirs?\b|\bestate\b|\bshares?\b|\bsplit|\bdivi[dsd]|distribut|allocat|\bportions?\b|entitled|\bget\b|\bgets\b|\breceive|how much|h[ée]rit|succession|\bparts?\b|partag|r[ée]parti|re[çc]oi|revient|touche|\ba droit|combien(?!\s+de\s+temps)|\bprend\b|\bprennent\b|calcul|\btakes?\b|what happens (?:if|when)|que se passe-t-il (?:si|quand)|\b'?awl\b|\baul\b|\bradd\b|\bamounts?\b|\bmontants?\b|\bqui (?:a|prend|re[çc]oit|aura) quoi\b|\bwho gets what\b/i
/**
 * What "how much", « combien », «كم» may count besides shares — alms, prayers, a salary, a loan, custody, a grave —
 * and what is asked with the estate's words about something else: a debt, insurance, selling, a gift to bring back,
 * an agreement between heirs, a country's law, funeral costs.
 */
const OTHER_TOPIC =
  /\bagree|que dit l'islam|qu'en dit l'islam|what does (?:islam|the quran|the sharia) say|\bpriv(?:er|ent)\b|\bdepriv|\bd'accord\b|insurance|assurance|\bpayout|\bsell\b|\bselling\b|\bvendre\b|\bvente\b|تأمين|بيع|\bmettre d'accord|\binclude|r[ée]int[ée]gr|(?<!-)\blaw\b|\bdroit (?:fran|civil|belge|marocain|alg[ée]rien|tunisien)|obs[èe]ques|\bburial|inhumation|\bdebts?\b|\bdettes?\b|سداد|الدين|ديون|الجنازة|جنازة|الدفن|تكاليف|custody|\bgarde\b|حضانة|salary|salaire|sadaqa|aum[oô]ne|صدقة|\bimam\b|\brak'?a|\brakat|sourates?|surahs?|\bdu'?a\b|pension|retraite|\bgrave\b|\btombe\b|قبر|يكلف|تحد|أعتد|اعتد|\bborrow|emprunt|\bloan\b|\bpr[eê]t[ée]?\b|money back|rembours|\bwage|\bfuneral|fun[ée]railles|fait(?:-elle|-il)?\s+partie|\bpart of (?:the|his|her) (?:estate|inheritance)|(?:يدخل|تدخل) (?:في|ضمن) (?:التركة|الميراث)|جزء من (?:التركة|الميراث)/i
/**
 * "after paying his debts", « après le paiement de ses dettes », «بعد سداد الديون»: the debts said to come out of the
 * estate first, in a question about the division — not a question about the debts (those words are not OTHER_TOPIC's).
 */
const DEBTS_PAID_FIRST =
  /\b(?:after|once|when)\s+(?:paying|settling|repaying|deducting|the payment of|payment of)\s+(?:off\s+)?(?:the\s+|his\s+|her\s+)?debts?\b|\b(?:after|once|when)\s+(?:the\s+|his\s+|her\s+)?debts?\s+(?:are|is|have been|has been)\s+(?:paid|settled|repaid|deducted)\b|\bapr[èe]s\s+(?:le\s+)?(?:paiement|r[èe]glement|remboursement)\s+(?:de\s+|des\s+)(?:ses\s+|leurs\s+|la\s+|les\s+)?dettes?\b|\bune fois (?:les |ses |la )?dettes? (?:pay|r[ée]gl|rembours)[ée]e?s?\b|بعد\s+(?:سداد|تسديد|قضاء|خصم)\s+(?:ال)?(?:دين|ديون|ديونه|ديونها|دينه|دينها)/gi
const HEIRS_CHILDREN_AR =
  /(?:^|[\s،,])ول(?:ل|ا)?(?:ابن|اخ|اخت|بنت|ابنه|ابنها|اخيه|اخيها|اخته|اختها|بنته|بنتها|زوجة|زوجته|زوج|زوجها)\s+(?:(?!(?:ال)?(?:متوف|ميت))\S+\s+)?(?:اولاد|ابناء|ابن|بنت|ابنان|ابنين|بنات|بنتان|بنتين|ولد|ولدان|ولدين)(?=$|[\s،,.])/
const ESTATE_ASKED_AR =
  /نصيب|يرث|(?:ف?ما|كيف)\s+(?:ال)?حل(?![\u0621-\u064A])|ترث|أرث|نرث|ورث|ميراث|إرث|ارث|تركة|(?<![\u0621-\u064A])(?:ال)?تركه(?![\u0621-\u064A])|سهم|أسهم|اسهم|حصة|حصص|فرض|فروض|يقسم|تقسم|نقسم|أقسم|اقسم|تقسيم|قسمة|يوزع|توزع|نوزع|أوزع|اوزع|توزيع|يأخذ|تأخذ|ياخذ|تاخذ|ياخد|تاخد|يتقاسم|تتقاسم|يتقاسمون|يقتسم|تقتسم|يقتسمون|نتقاسم|نقتسم|يتقسم|تتقسم|عول|العول|يستحق|تستحق|يحجب|محجوب|عصبة|أصل المسألة|اصل المسالة|لكل|كم(?!\s+مدة)|(?:^|\s)ف?(?:ما|ماذا)\s+لل|نسبة|بالمئة|بالمائة/
/**
 * "My husband died. His parents and his brother are alive.", « … sont encore en vie »: the heirs said to be living,
 * after a death — when nothing else is asked, or the question is about the estate.
 */
const SAID_ALIVE = /\b(?:are|is)\s+(?:still\s+)?(?:both\s+|all\s+)?(?:still\s+)?(?:alive|living)\b|\b(?:sont|est)\s+(?:encore\s+|toujours\s+)?(?:en\s+vie|vivante?s?)\b/i
const DIED = /(?<!\p{L})(died|dies|passed away|passes away|passed on|deceased (?:man|woman|person)|d[ée]c[ée]d[ée]e?|est morte?|meurt)(?!\p{L})/iu
/**
 * "How do we split the inheritance between 1 wife, 2 sons and 1 daughter?", « Comment partager l'héritage entre
 * une épouse et deux fils ? »: the heirs named after «between», the death understood.
 */
const SPLITS = [
  /\b(?:split|divide|share|distribute|partager|r[ée]partir|diviser)\b[^?]{0,40}?\b(?:inheritance|estate|h[ée]ritage|succession)\b[^?]{0,20}?\b(?:between|among|entre)\s+([^?]+)/i,
  // ("How is the estate divided between a husband, a daughter and a full brother?")
  /\b(?:inheritance|estate|h[ée]ritage|succession)\s+(?:be\s+|is\s+|est\s+)?(?:divided|split|shared|distributed|partag[ée]e?|r[ée]partie?)\s+(?:between|among|entre)\s+([^?]+)/i,
  // ("What is the share of each heir: a wife, a mother and two sons?", « la part de chaque héritier : … »)
  /\b(?:shares?|part)\s+(?:of|de)\s+(?:each|every|chaque|chacun des)\s+(?:heirs?|h[ée]ritiers?)\s*:\s*([^?]+)/i,
]

/**
 * A question that describes a death and its heirs (« Un homme laisse sa mère, son épouse et deux filles »),
 * parsed into a family the calculator accepts; undefined for anything else, which goes to retrieval.
 */
export function recogniseCase(written: string, lang: Lang): RecognisedCase | undefined {
  // («فكيف تُقسَم تركته؟»: the vowels written — the question's words are matched without them, as the family's are)
  const asked = lang === 'ar' ? written.replace(ARABIC_VOWELS, '') : written
  if (OTHER_QUESTION.test(asked)) return undefined
  // ("… He owed me 3000 dollars. Who should repay me?", « … Qui devient le tuteur ? »: a family told before a question
  // about something else — a debt, a guardian, a prayer — is not a case; a family told with no question is)
  const questions = asked.match(/[^.!?؟\n]*[?؟]/g) ?? []
  // («من يتحمل تكاليف الجنازة؟ هل من التركة؟»: a question about something else, whatever follows it)
  if (questions.length > 0 && (questions.some((q) => OTHER_TOPIC.test(q.replace(DEBTS_PAID_FIRST, ' '))) || !questions.some((q) => (lang === 'ar' ? ESTATE_ASKED_AR : ESTATE_ASKED).test(q))))
    return undefined
  // («ثم توفي أحد الأبناء عن …»: a later death is read apart, never as more heirs of the first deceased)
  const told = laterDeathsIn(asked, lang)
  if (!told) return undefined
  const question = lang === 'ar' ? told.text : withDeathFromHeader(told.text)
  let family: ParsedFamily | undefined
  // ("What is the share of the husband if his wife dies and leaves a son?": who died named through the heir asked about)
  const through = lang === 'ar' ? undefined : latinThroughHeir(question, lang)
  if (through) family = parseLatinFamily(through, lang as 'fr' | 'en')
  else if (lang === 'ar') family = splitArabicCase(question)?.family
  else if (
    (lang === 'fr' ? FRENCH_DEATH : ENGLISH_DEATH).test(question) ||
    ((HEIRS_LISTED.test(question) || (SAID_ALIVE.test(question) && (!question.includes('?') || ESTATE_ASKED.test(question)))) && DIED.test(question))
  )
    family = parseLatinFamily(question, lang)
  else {
    const listed = SPLITS.map((re) => re.exec(question)?.[1]).find((heirs) => heirs !== undefined)
    if (listed) family = parseLatinFamily(`${lang === 'fr' ? 'Une personne décède en laissant' : 'A person died leaving'} ${listed}`, lang)
  }
  // (a family with «فرع وارث» of no stated kind is left to retrieval: its answer would have to hold for every
  // descendant; kin who may be full or paternal are computed both ways)
  // (children of no stated sex, «وستة أطفال», likewise: their shares depend on it)
  if (!family || family.problems.length > 0 || family.heirs.length === 0 || family.anyDescendant || family.unsexedChildren) return undefined
  if (askerLeftOut(asked, lang, questions, family)) return undefined
  if (lang === 'ar' ? arabicKinOnlyAsked(questions, family.heirs) : kinOnlyAsked(questions, family.heirs)) return undefined
  const assumptions = [...family.assumptions]
  const deceased = family.deceased ?? 'male'
  if (!family.deceased) assumptions.push({ kind: 'deceased_male' })
  // a woman's own child dies with her (the calculator refuses it); a birth already known is an heir like any other
  const school = schoolNamed(question, lang)
  const born = family.unborn && family.unbornOutcome ? [...withOutcome({ deceased, heirs: family.heirs, school: school ?? DEFAULT_SCHOOL }, family.unborn, family.unbornOutcome).heirs] : undefined
  const unborn = born ? undefined : family.unborn
  if (unborn === 'son' && deceased === 'female') return undefined
  // (the division before a birth, or while an heir is missing, is not drawn for two readings of the family, nor
  // for both at once)
  if ((family.unborn || family.missing) && family.either) return undefined
  if (unborn && family.missing) return undefined
  const heirs = born ?? family.heirs
  if (caseProblems({ deceased, heirs }).length > 0) return undefined
  // («ثم توفي أحد الأبناء قبل القسمة.»: a child whose heirs are unsaid, his heirs taken from the first family, and said)
  const dying = [...told.later.map((l) => l.of), ...told.unstated]
  const inferred = told.unstated.flatMap((r) => childsHeirs({ deceased, heirs }, r, dying) ?? [])
  const unstated = told.unstated.filter((r) => !inferred.some((l) => l.of === r))
  // (later deaths are divided for one family as said: not beside an unborn or missing heir, nor two readings)
  const stated = sameAsFirst({ deceased, heirs }, told.later)
  const deaths = [...stated.later, ...inferred]
  const later = deaths.length > 0 ? { later: deaths, assumptions: [...stated.assumptions, ...inferred.map((l) => ({ kind: 'later_heirs_inferred' as const, of: l.of }))] } : undefined
  if (later && (unborn || family.missing || family.either || laterDeathProblems({ deceased, heirs, school: school ?? DEFAULT_SCHOOL }, later.later).length > 0)) return undefined
  if (later) assumptions.push(...told.assumptions, ...later.assumptions)
  // («ثم توفيت الزوجة.»: told without whom she left — her part passes on, a division the answer says it does not make;
  // « Son père est décédé. » of no heir listed may be a death before: not guessed)
  if (told.unstated.some((r) => !heirs.some((h) => h.relation === r && !h.barred))) return undefined
  if (unstated.length > 0 && !assumptions.some((a) => a.kind === 'died_after')) assumptions.push({ kind: 'died_after' })
  // (an heir of unknown sex is divided for in one family as said: not beside later deaths or two readings; the
  // parsers already refuse him beside an unborn or missing heir)
  const herm = family.hermaphrodite
  if (herm && (later || family.either)) return undefined
  if (herm && herm.hope === undefined) assumptions.push({ kind: 'hermaphrodite_hope' })
  const estate = estateIn(asked, lang)
  return {
    deceased,
    heirs,
    assumptions,
    ...(unborn ? { unborn } : {}),
    ...(family.missing ? { missing: family.missing } : {}),
    ...(estate ? { estate } : {}),
    ...(family.either ? { either: family.either } : {}),
    ...(school ? { school } : {}),
    ...(later ? { later: later.later } : {}),
    ...(herm ? { hermaphrodite: { line: herm.line, hope: herm.hope ?? true } } : {}),
  }
}
