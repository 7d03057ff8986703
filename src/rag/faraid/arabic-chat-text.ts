/**
 * How people write an inheritance question in a chat, in Arabic, made into the written forms the family reading
 * knows: the asker's kin in spoken words, and heirs listed with numbers.
 */

/** Spoken words for the asker's kin, in the written words the asker-side reading knows («بابا» → «أبي»). */
const SPOKEN_KIN: Record<string, string> = {
  بابا: 'أبي',
  ابويا: 'أبي',
  أبويا: 'أبي',
  ماما: 'أمي',
  امي: 'أمي',
  جوزي: 'زوجي',
  مراتي: 'زوجتي',
  اخويا: 'أخي',
  أخويا: 'أخي',
  // (Gulf and Levantine: «أبوي», «إمي», «مرتي»; not «أخوي», which is also «my two brothers»)
  ابوي: 'أبي',
  أبوي: 'أبي',
  إمي: 'أمي',
  مرتي: 'زوجتي',
}
/** Spoken forms of the death verb («توفت», «اتوفى»), in the written ones — read first, so that what follows sees only those. */
const SPOKEN_DEATH: [RegExp, string][] = [
  [/(^|[\s،,(])(?:توفت|اتوفت|إتوفت)(?=$|[\s،,.:)؟?])/g, '$1توفيت'],
  [/(^|[\s،,(])(?:اتوفى|اتوفي|إتوفى|إتوفي)(?=$|[\s،,.:)؟?])/g, '$1توفي'],
]
const SPOKEN = new RegExp(`(^|[\\s،,(])(و?)(${Object.keys(SPOKEN_KIN).join('|')})(?=$|[\\s،,.:)؟?])`, 'g')
/** «الله يرحمه», «رحمها الله», said between the kinsman and the verb: «جوزي الله يرحمو توفى». */
const BLESSING = '(?:الله (?:يرحمه|يرحمها|يرحمو|يرحمهم)|(?:رحمه|رحمها) الله(?: تعالى)?)'
const WRITTEN = 'والدي|أبي|ابي|والدتي|أمي|امي|زوجي|زوجتي|أخي|اخي|أختي|اختي|جدي|جدتي|عمي|عمتي|خالي|خالتي'

/**
 * «توفي الوالد وترك … الورثة: الوالدة و4 اولاد», «الوالدة توفيت وخلفت الوالد»: «the father», «the mother» as the Gulf
 * says «my father», «my mother» — when one of them is who died, both are the asker's («الوالدة» is his wife, not
 * his mother, as read before), written «والدي», «والدتي» for the asker-side reading.
 */
function parentsByTitle(text: string): string {
  if (!TITLE_DIED.test(text)) return text
  return text.replace(/(^|[\s،,(:])(و?)(?:ال)(والد|والدة|والده)(?=$|[\s،,.:)؟?])/g, (_, before: string, and: string, word: string) => `${before}${and}${word === 'والد' ? 'والدي' : 'والدتي'}`)
}
const TITLE_DIED =
  /(?:توفي|توفى|توفيت|مات|ماتت)\s+(?:ال)(?:والد|والدة|والده)(?=$|[\s،,.])|(?:^|[\s.،,])(?:ال)(?:والد|والدة|والده)\s+(?:(?:الله يرحمه|الله يرحمها|رحمه الله|رحمها الله)\s+)?(?:توفي|توفى|توفيت|مات|ماتت)(?=$|[\s،,.])/

/**
 * «بابا توفى وساب ماما وبنتين», «جوزي مات وساب لي ولد»: the asker's kin in spoken words, and the death told after
 * them, written as «توفي أبي وساب أمي …» — read from the asker's side, not as an unnamed death whose «ماما» is no word.
 */
export function spokenAskersKin(text: string): string {
  const verbs = parentsByTitle(SPOKEN_DEATH.reduce((t, [re, by]) => t.replace(re, by), text))
  const written = verbs.replace(SPOKEN, (_, before: string, and: string, word: string) => `${before}${and}${SPOKEN_KIN[word]}`)
  return (
    written
      // («أخت من ابوه بس», «أخ من أمها»: a half-sibling's line in speech, «أبوه» after «من» — his father's, not a father
      // among the heirs — written as the line is)
      .replace(/(^|[\s(])(من|ل)\s*(?:ا|أ)بو(ه|ها)(?=$|[\s،,.:)؟?])/g, (_, before: string, prep: string, owner: string) => `${before}${prep === 'ل' ? 'ل' : 'من '}أبي${owner}`)
      .replace(/(?<=من\s+(?:أبيه|أبيها|امه|أمه|امها|أمها))\s+بس(?=$|[\s،,.:)؟?])/g, ' فقط')
      // («أخوي توفى»: with a verb in the singular, «my brother»)
      .replace(/(^|[.!؟?\n]\s*|[،,]\s*)(?:أخوي|اخوي)\s+(?:قد\s+)?(?:توفي|توفى|مات)(?=[\s،,])/, (_, before: string) => `${before}توفي أخي`)
      .replace(new RegExp(`(^|[.!؟?\\n]\\s*|[،,]\\s*)(${WRITTEN})\\s+(?:${BLESSING}\\s+)?(?:قد\\s+)?(توفي|توفى|مات)(?=[\\s،,])`), (_, before: string, kin: string) => `${before}توفي ${kin}`)
      .replace(new RegExp(`(^|[.!؟?\\n]\\s*|[،,]\\s*)(${WRITTEN})\\s+(?:${BLESSING}\\s+)?(?:قد\\s+)?(توفيت|ماتت)(?=[\\s،,])`), (_, before: string, kin: string) => `${before}توفيت ${kin}`)
  )
}

/**
 * «وترك الورثة التالية: 1. زوجة 2. ابنان 3. ثلاث بنات»: heirs listed with numbers — the numbers' full stops would
 * end the family at its first item; read as a list with commas. Only sequences that start at 1 and count up.
 */
export function numberedListAsCommas(text: string): string {
  const markers = [...text.matchAll(/(^|[\s:])(\d{1,2})[.)-]\s+(?=[\u0621-\u064A])/g)]
  const sequence = markers.length >= 2 && markers.every((m, i) => Number(m[2]) === i + 1)
  return sequence ? text.replace(/(^|[\s:])(\d{1,2})[.)-]\s+(?=[\u0621-\u064A])/g, (_, before: string) => `${before === ':' ? ':' : ''} ، `).replace(/:\s*،/, ':') : text
}
