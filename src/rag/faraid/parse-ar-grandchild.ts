import { foldArabic } from './arabic-text'
/**
 * «حفيدة مات أبوها قبل وفاة المتوفى», «حفيدين من الذكور من ابن متوفى قبلها», «حفيدتين بنات من الابن المتوفى»:
 * a grandchild whose line the text says is the child of a son (who died before the deceased), written as the
 * kinship the vocabulary reads («بنت ابن»). A grandchild whose line is not said stays as written, and is refused
 * (a daughter's child is of the distant kindred, a son's child an heir).
 */
const SINGLE = { male: 'ابن ابن', female: 'بنت ابن' }
const MANY = { male: 'ابناء ابن', female: 'بنات ابن' }

/** The grandchild word, its number and sex. */
const WORD: Record<string, { sex?: 'male' | 'female'; count?: number }> = {
  حفيد: { sex: 'male', count: 1 },
  حفيدة: { sex: 'female', count: 1 },
  حفيدان: { sex: 'male', count: 2 },
  حفيدين: { sex: 'male', count: 2 },
  حفيدتان: { sex: 'female', count: 2 },
  حفيدتين: { sex: 'female', count: 2 },
  حفيدات: { sex: 'female' },
  احفاد: {},
}

const GRANDCHILD =
  /(^|[\s،,(:])(و?)(?:ال)?(حفيد|حفيدة|حفيدان|حفيدين|حفيدتان|حفيدتين|حفيدات|احفاد)(?: (من الذكور|من الاناث|ذكور|ذكر|ذكرين|ذكران|اناث|بنات))? (?:(?:من|ل) (?:ال)?(?:ابن|ابنه|ابنها)(?: (?:ال)?(?:متوفي|ميت))?|(?:مات|توفي) (?:ابوها|ابوه|ابوهم|ابوهما|ابوهن|والدها|والده|والدهم|والدهما|والدهن)|(?:ابوها|ابوه|ابوهم|ابوهما|ابوهن|والدها|والده|والدهم|والدهما|والدهن) (?:مات|توفي))(?: (?:قبل|قبله|قبلها)(?: (?:وفاة|موت) (?:ال)?(?:متوفي|متوفاة|ميت|ميتة|جده|جدها|جدهم))?)?(?=$|[\s،,.:؛)])/g

/** «أبناء ابن (مات أبوهم قبل الجد)»: a son's children glossed by their father's death, which the kinship already says. */
const FATHER_DIED =
  /((?:^|[\s،,:])و?(?:ال)?(?:ابن|بنت|ابنة|ابناء|بنات|اولاد|ابنا|ابني|بنتا|بنتي|ابنتا|ابنتي) (?:ال)?(?:ابن|ابنه|ابنها)) \((?:الذي |التي |الذين |اللاتي )?(?:مات|توفي) (?:ابوها|ابوه|ابوهم|ابوهما|ابوهن|والدها|والده|والدهم|والدهما|والدهن) (?:قبل|قبله|قبلها)[^()]*\)/g

const PARENT = '(?:ابوها|ابوه|ابوهم|ابوهما|ابوهن|والدها|والده|والدهم|والدهما|والدهن|امها|امه|امهم|امهما|امهن|والدتها|والدته|والدتهم|والدتهما|والدتهن)'
const DIED = '(?:مات|ماتت|توفي|توفيت|متوفي|متوفاة|ميت|ميتة)'
/**
 * «وابني أخ شقيق وبنت أخ شقيق (والدهما توفي قبل المورث)»: a brother's or sister's children glossed by their
 * parent's death before the deceased, which naming them as his kin already says (the parent is not an heir).
 */
const KIN_PARENT_DIED = new RegExp(
  `((?:ابن|بنت|ابنة|ابناء|بنات|اولاد|ابنا|ابني|بنتا|بنتي|ابنتا|ابنتي) (?:ال)?(?:اخ|اخت|اخوة|اخوات|عم|اعمام)(?: (?:ال)?(?:شقيق|شقيقة|لاب|لام|من الاب|من الام))?) \\((?:الذي |التي |الذين |اللاتي |اللواتي )?(?:${DIED} ${PARENT}|${PARENT} ${DIED}) (?:قبل|قبله|قبلها)[^()]*\\)`,
  'g',
)

/** The text with each grandchild through a son written as a son's son or daughter; unchanged when there is none. */
export function grandchildrenThroughSons(raw: string): string {
  const text = foldArabic(raw)
  let changed = false
  const out = text
    .replace(FATHER_DIED, (_, kin: string) => {
      changed = true
      return kin
    })
    .replace(KIN_PARENT_DIED, (_, kin: string) => {
      changed = true
      return kin
    })
    .replace(GRANDCHILD, (all, before: string, and: string, word: string, sexWord: string | undefined) => {
      const said = WORD[word]!
      const sex = said.sex ?? (sexWord && /ذكر|ذكور/.test(sexWord) ? 'male' : sexWord && /اناث|بنات/.test(sexWord) ? 'female' : undefined)
      // («أحفاد» of both sexes, or of none said: not guessed)
      if (!sex || (said.sex && sexWord && (sexWord.includes('ذكر') || sexWord.includes('ذكور')) !== (said.sex === 'male'))) return all
      changed = true
      const kin = said.count === 1 ? SINGLE[sex] : MANY[sex]
      return `${before}${and}${kin}${said.count === 2 ? ' 2' : ''}`
    })
  return changed ? out : raw
}

/** A son's child, named after his father's death: the kinship the vocabulary reads for it. */
const AS_SONS_CHILD: Record<string, string> = {
  ابن: 'ابن ابن',
  ابنا: 'ابن ابن',
  ولد: 'ابن ابن',
  ولدا: 'ابن ابن',
  ابنين: 'ابني ابن',
  ابنان: 'ابني ابن',
  ولدين: 'ابني ابن',
  ولدان: 'ابني ابن',
  بنت: 'بنت ابن',
  بنتا: 'بنت ابن',
  ابنة: 'بنت ابن',
  بنتين: 'بنتي ابن',
  بنتان: 'بنتي ابن',
  ابناء: 'ابناء ابن',
  اولاد: 'ابناء ابن',
  ذكور: 'ابناء ابن',
  بنات: 'بنات ابن',
}
const CHILD_WORD = Object.keys(AS_SONS_CHILD).join('|')
const COUNT_WORD = '(?:\\d+|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة)'
const CHILD_ITEM = `(?:${COUNT_WORD} )?(?:${CHILD_WORD})`
const WHOLE_ITEM = new RegExp(`^${CHILD_ITEM}$`)
const ITEM_NOUN = new RegExp(`(${CHILD_WORD})$`)
/** «وابن توفي قبلها وترك ثلاث بنات وابنين», «وكان له ابن آخر مات قبله وترك ولدا», «وابنه مات قبله وترك بنتا». */
const PREDECEASED_SONS_CHILDREN = new RegExp(
  `((?:^|[\\s،,])و?(?:ابن|ولد|ابنا|ولدا|ابنه|ابنها|ولده|ولدها)(?: (?:اخر|اخرا|ثالث|رابع|الاكبر|الاصغر|الكبير|الصغير))? (?:قد )?(?:توفي|مات|متوفي) قبل(?:ه|ها)?(?: (?:وفاته|وفاتها|ب\\S+))?) (?:و?ترك|و?خلف|تاركا|عن) (و?${CHILD_ITEM}(?: و ?${CHILD_ITEM})*)(?=$|[\\s،,.:؛)])`,
  'g',
)

/**
 * «وابن توفي قبلها وترك ثلاث بنات وابنين»: the children a son who died before the deceased left are her son's
 * children (read «ثلاث بنات ابن وابني ابن»), not hers; unchanged when there is none.
 */
export function predeceasedSonsChildren(raw: string): string {
  const text = foldArabic(raw)
  if (text.search(PREDECEASED_SONS_CHILDREN) < 0) return raw
  return text.replace(PREDECEASED_SONS_CHILDREN, (_, death: string, list: string) => {
    // («وابنين», not «ولدا»: the «و» of a word of its own stays)
    const items = list.split(/ و ?| (?=و)/).map((item) => (WHOLE_ITEM.test(item.trim()) ? item.trim() : item.replace(/^و/, '').trim()))
    const said = items.map((item) => item.replace(ITEM_NOUN, (w) => AS_SONS_CHILD[w]!))
    return `${death}، و${said.join(' و')}`
  })
}
