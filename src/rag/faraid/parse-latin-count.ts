import type { Assumption } from './assumptions'
import type { heirTally } from './heir-tally'
import type { Mention } from './parse-latin-mentions'
import { ADOPTED, BARRED_AFTER, DEAD_AFTER, DEAD_BEFORE, DIED_LATER, KILLING_EN, KILLING_FR, NEGATION, NUMBERS, RELIGION, UNSURE, saidToHaveDiedBefore } from './parse-latin-words'
import { type Barrier, NAMED_ONCE, type Relation } from './relations'

/** What counting the heirs reads and writes: the folded text, who died, and the tally it fills. */
export interface Counting {
  source: string
  lang: 'fr' | 'en'
  male: boolean
  female: boolean
  /** Where the death is told (−1: nowhere). */
  deathAt: number
  tally: ReturnType<typeof heirTally>
  assumptions: Assumption[]
  problems: string[]
}

/** Where the heirs counted so far were named, so that one named again is not counted twice. */
interface Counted {
  at: Map<Relation, number>
  /** Relations the last mention of which was "another" one: the next «his …» is not that one. */
  other: Set<Relation>
}

/** The words around one mention. */
interface Around {
  /** The words before it, a religion or adoption adjective right before it taken off. */
  before: string[]
  adjective?: Barrier
  after: string
  lead: string
  word: string
  /** Where the same relation was counted before, and whether in an earlier sentence. */
  counted?: number
  laterSentence: boolean
}

/** A count said as a word or in digits («deux», "3"), else undefined. */
const countIn = (word: string): number | undefined => NUMBERS[word] ?? (/^\d+$/.test(word) ? Number(word) : undefined)
/** Words that name again a group already told of («the sons», « les épouses »), or one of it. */
const DEFINITE = /^(the|these|those|both|les|le|la|ces|l')$/
const ONE_OF = /\b(?:one|two|three|each|all|both|either|neither|l'une|l'un|une|un|deux|trois|chacune?|toutes?|tous)\s+(?:of|des|de)\s+(?:the|his|her|these|those|ses|les|ces)?\s*$/
/** "One son is…", "the eldest daughter", « l'aîné des fils »… said of heirs already counted (not "another son": one more). */
const ONE_SAID = /\b(?:one|the other|the eldest|the youngest|the elder|the older|the younger|l'autre|l'aine|l'ainee|le cadet|la cadette)\s+$/
/** "One of the wives", « l'un des fils », "One son": one of a group, and no more. */
const ONE_OF_THEM = /\b(?:one|l'une?|une?)\s+(?:of|des|de)\s+(?:the|his|her|these|those|ses|les|ces)?\s*$|(?:^|[.;!?]\s*)one\s+$/
/** "one of his", « l'un de ses »: one of a group not counted before. */
const ONE_OF_FIRST = /\b(?:one of|l'une? de|une? de)\s+(?:his|her|the|ses|les)\s+$/
/** Words that open a greeting before the readers addressed ("Dear brothers,", « Salam les frères, »). */
const VOCATIVE = /(?:^|[.!?]\s*)(?:(?:dear|hi|hello|hey|salam|salaam|assalamu alaikum|as-salamu alaykum|salam alaykoum|bonjour|salut|chers|cheres|mes|my|les)\s+)+$/
/** Adjectives a number may stand before with the noun after them ("3 young sons", « deux jeunes filles »). */
const COUNT_ADJECTIVE =
  /^(young|little|small|grown|grown-up|adult|living|surviving|married|unmarried|single|minor|elder|older|younger|beloved|jeunes?|petits?|petites?|grands?|grandes?|adultes?|vivante?s?|mariee?s?|celibataires?|mineure?s?|majeure?s?|cheri(?:e)?s?)$/
/** The words of another religion, and of an adoption, said of an heir. */
const RELIGION_WORDS =
  "christian|jewish|jew|kafir|kaafir|hindu|buddhist|atheist|converted|convertie?|left islam|not (?:a )?muslim|isn't (?:a )?muslim|non-muslim|apostate|chretien(?:ne)?s?|jui(?:f|ve)s?|non[- ]musulmane?|pas musulmane?|apostate?"
const ADOPTION_WORDS = 'adopted|adoptee?s?|recueillie?s?|fostered|kafala'
/** What bars an heir, said in a sentence about one of a group (a killing in any words; whether it is the deceased's is read apart). */
const BARRIER_WORDS = new RegExp(
  `\\b(?:${RELIGION_WORDS}|${ADOPTION_WORDS}|${KILLING_EN}|${KILLING_FR}|killer|murder(?:er|ing)?|slave|meurtri[eè]re?|meurtre|homicide|ran (?:him|her) over|beat (?:him|her) to death|caused (?:his|her) death|responsible for (?:his|her) death|cause sa mort|cause de sa mort|responsable de sa mort)\\b`,
)
/** "whom he was still married to", « toujours mariée avec lui »: the wife named as a mother is still his wife. */
const STILL_MARRIED = /^[^.;]{0,30}?\b(?:still (?:married|his wife)|toujours (?:mariee|son epouse|sa femme)|encore (?:mariee|son epouse|sa femme))\b/
/** "his former wife", "his late wife", « son ancienne épouse », "…, who died", "divorced": no wife of his now, said. */
const NO_LONGER_WIFE = /\b(?:previous|former|late|ex|ancienne|precedente|defunte|feue)\b|^[^.;]{0,40}?\b(?:died|passed|divorced|divorcee|decedee|morte|deceased)\b/

/**
 * The heirs of the mentions, in the order they are written: each mention is either no heir of the deceased (another
 * kinsman's kin, denied, dead, the deceased himself, named from the asker's side), the same heirs named again, or
 * heirs to count.
 */
export function countHeirs(found: readonly Mention[], c: Counting): void {
  const counted: Counted = { at: new Map(), other: new Set() }
  let earlier: Mention | undefined
  for (const f of found) {
    const previous = earlier
    earlier = f
    if (kinOfAnother(f, previous, c) || restated(f, previous, c) || denied(f, c.source)) continue
    const around = aroundOf(f, c.source, counted)
    if (noHeirHere(f, around, c)) continue
    // ("his mother, who died a week after him": an heir, whose part passes to her own heirs — said)
    if (DIED_LATER.test(around.after) && !c.assumptions.some((a) => a.kind === 'died_after')) c.assumptions.push({ kind: 'died_after' })
    const bar: Barrier | undefined = around.adjective ?? BARRED_AFTER.find(([re]) => re.test(around.after))?.[1]
    const oneBarred = groupSaidInPart(f, around, c)
    if (namedFromElsewhere(f, previous, around, c) || namedAgain(f, around, bar, counted, c)) continue
    const count = countOf(f, around, bar, c)
    if (count === undefined) continue
    saidOfTheHeir(f, c.assumptions)
    // ("two sons, one of whom is not Muslim": one of the group barred — which one changes no share)
    if (oneBarred && !bar && count > 1) {
      addHeir(c, f.relation, count - 1)
      addHeir(c, f.relation, 1, oneBarred)
    } else if (oneBarred && !bar) c.problems.push(`“${f.text}”: a barrier said of one of a group of one`)
    else addHeir(c, f.relation, count, bar)
    counted.at.set(f.relation, f.at + f.text.length)
    // ("another wife besides his wife": the one said to be another is not the one named with «his» next)
    if (/^(other|another|second|autre|deuxieme|seconde)$/.test(around.word)) counted.other.add(f.relation)
    else counted.other.delete(f.relation)
  }
}

/** (an heir barred for his religion says the deceased is taken to be a Muslim) */
function addHeir(c: Counting, relation: Relation, n: number, bar?: Barrier): void {
  c.tally.add(relation, n, bar)
  if (bar === 'religion') c.assumptions.push({ kind: 'deceased_muslim' })
}

/**
 * "her sister's granddaughter", "his daughter from his first wife", « le fils de son frère »: a kinsman of a kinsman
 * the phrases do not know, or a spouse named as whose children they are — no heir here.
 */
function kinOfAnother(f: Mention, earlier: Mention | undefined, c: Counting): boolean {
  const { source } = c
  // (« en plus de sa femme », "instead of his wife": a preposition of the sentence, not the kin of another heir)
  const link =
    /(?:^|\s)(?<!\b(?:plus|part|dehors|lieu|outre|instead|because|ahead|front)\s)(from|of|de|du|d')\s+(?:(?:his|her|their|a|the|son|sa|ses|la|le|l')\s+)?(?:(?:first|second|previous|former|late|premiere?|seconde?|ancienne?|precedente?|defunte?)\s+)?$/.exec(
      source.slice(Math.max(0, f.at - 40), f.at),
    )
  // "her sister's granddaughter": a possessive chain the phrases do not know is no sister and no granddaughter
  if (earlier && /^'s?\s+$/.test(source.slice(earlier.at + earlier.text.length, f.at))) {
    c.problems.push(`“${earlier.text}'s ${f.text}” is not in the vocabulary`)
    return true
  }
  if (!link) return false
  const spouse = /wife|husband|widow|epouse|femme|mari/.test(f.text)
  const adjacent = earlier !== undefined && f.at - (earlier.at + earlier.text.length) <= link[0].length + 2
  if (!spouse && adjacent) c.problems.push(`“${earlier.text} ${link[0].trim()} ${f.text}” is not in the vocabulary`)
  // ("a son from his first wife": she is taken to be his wife no longer, and that is said)
  const mother = spouse && /wife|epouse|femme/.test(f.text) ? motherNamed(source, link[0], f) : undefined
  if (mother === 'said') c.assumptions.push({ kind: 'wife_named_as_mother', phrase: `${link[0].trim()} ${f.text}` })
  // ("two of his sons": neither, read as heirs; "a son from his first wife, whom he was still married to": she is
  // his wife too — read on as an heir)
  return (spouse && mother !== 'wife') || adjacent
}

/**
 * A wife of the deceased named only as the mother of heirs ("a son from his first wife"): still his wife when the
 * text says so (`wife`), no longer his wife when it says that (`undefined`), else an assumption said back (`said`).
 */
function motherNamed(source: string, link: string, f: { at: number; text: string }): 'wife' | 'said' | undefined {
  const after = source.slice(f.at + f.text.length, f.at + f.text.length + 60)
  if (!/\b(?:his|son|sa)\s+(?:\S+\s+)?$/.test(link) && !/\b(?:his|son|sa)\b/.test(f.text)) return undefined
  if (STILL_MARRIED.test(after)) return 'wife'
  return NO_LONGER_WIFE.test(link) || NO_LONGER_WIFE.test(after) ? undefined : 'said'
}

/**
 * « son petit-fils, fils de son fils, », « deux neveux, les fils de son frère »: an apposition naming the same heirs
 * again is no more of them; "her sons from a previous marriage: two sons": the list after the colon restates the
 * heir before it, and says how many.
 */
function restated(f: Mention, earlier: Mention | undefined, c: Counting): boolean {
  if (!earlier || earlier.relation !== f.relation) return false
  const between = c.source.slice(earlier.at + earlier.text.length, f.at)
  if (/^\s*,\s*(?:the|his|her|their|le|la|les|son|sa|ses)?\s*$/.test(between) && !/\d/.test(f.text)) return true
  if (!/^[^,;.]*:\s*\S*\s*$/.test(between)) return false
  const said = between.split(':').at(-1)!.trim()
  const n = NUMBERS[said] ?? Number(said)
  if (Number.isInteger(n) && n > 0) {
    c.tally.set(f.relation, n)
    const i = c.assumptions.findIndex((a) => a.kind === 'count' && a.phrase === earlier.text)
    if (i >= 0) c.assumptions.splice(i, 1)
  }
  return true
}

/** "he had no wife or children", « sans enfant ni épouse »: denied within its clause. */
function denied(f: Mention, source: string): boolean {
  const clause = source
    .slice(0, f.at)
    .split(/[,.;:!?()]/)
    .at(-1)!
    .trim()
    .split(/\s+/)
    .slice(-3)
  return clause.some((w) => NEGATION.test(w))
}

function aroundOf(f: Mention, source: string, counted: Counted): Around {
  const before = source
    .slice(Math.max(0, f.at - 36), f.at)
    .trim()
    .split(/[\s,;()]+/)
  // "his Christian wife": the adjective before the noun (English), then the words after it
  const adjective = RELIGION.test(before.at(-1) ?? '') ? 'religion' : ADOPTED.test(before.at(-1) ?? '') ? 'adoption' : undefined
  if (adjective) before.pop()
  // (an heir counted in an earlier sentence and named again here)
  const at = counted.at.get(f.relation)
  return {
    before,
    ...(adjective ? { adjective } : {}),
    after: source.slice(f.at + f.text.length, f.at + f.text.length + 40),
    lead: source.slice(Math.max(0, f.at - 24), f.at),
    word: before.at(-1) ?? '',
    ...(at !== undefined ? { counted: at } : {}),
    laterSentence: at !== undefined && /[.;!?]/.test(source.slice(at, f.at)),
  }
}

/**
 * A mention that names no heir here: a half-sibling of no said line, a kinsman said to be dead, someone named before
 * the death (the deceased, whose estate it is, the readers greeted), a kinsman said in a later sentence to have died
 * before.
 */
function noHeirHere(f: Mention, a: Around, c: Counting): boolean {
  const { source, deathAt } = c
  // ("his half-brother", « son demi-frère »: through the father or the mother? His share depends on it)
  if (/^full_(brother|sister)s?$/.test(f.relation) && /\b(?:half|demi)[- ]$/.test(source.slice(Math.max(0, f.at - 5), f.at))) {
    c.problems.push(`“${source.slice(f.at - 5, f.at).trim()}${f.text}” does not say through the father or the mother`)
    return true
  }
  // "his late son", « son fils décédé »: no heir — and his children named through him are beyond the parse
  // (« le fils de son fils décédé », "his late son's son": the death is said of the son through whom the heir
  // comes, the grandson is the heir)
  const diedAfter = DEAD_AFTER.test(a.after) && !DIED_LATER.test(a.after) && !/ (?:de|du) (?:son |sa )?\S+$/.test(f.text)
  const diedBefore = DEAD_BEFORE.test(a.before.at(-1) ?? '') && !/^\S+'s? /.test(f.text)
  if (diedBefore || diedAfter) {
    if (/^(of|de|du)$/.test(a.before.at(-3) ?? a.before.at(-2) ?? '') || /^(of|de|du)$/.test(a.before.at(-2) ?? '')) c.problems.push(`the kin of “${f.text}”, who died, are not read`)
    return true
  }
  // Heirs are named after the death: « Le père est décédé en laissant… » (the deceased), « Est-ce que le fils
  // hérite si son père laisse une dette ? » (a question about a ruling, no family)
  // («Combien touche la veuve si le défunt laisse aussi 2 fils ?»: an heir asked about before a death told of
  // someone else in general words is an heir too)
  if (deathAt > f.at && !SUBJECT.test(source.slice(f.at + f.text.length, deathAt))) return true
  // ("Brother's estate is 150k", « la succession du frère »: whose estate it is — the deceased, not an heir)
  if (/^'s\s+(?:estate|property|money|house|wealth|assets|inheritance|will|debts?)\b/.test(source.slice(f.at + f.text.length))) return true
  if (/\b(?:succession|heritage|patrimoine|biens|maison|dettes?)\s+(?:du|de la|de)\s*$/.test(source.slice(Math.max(0, f.at - 24), f.at))) return true
  // ("Dear brothers, a man died…", « Salam les frères, … »: the readers greeted, not heirs)
  if (deathAt > f.at && VOCATIVE.test(source.slice(0, f.at)) && /^\s*[,.!:]/.test(source.slice(f.at + f.text.length))) return true
  return diedBeforeSaidLater(f, a, c)
}

/** Who died, in general words, between an heir asked about and the death. */
const SUBJECT = /\b(le defunt|la defunte|the deceased|un homme|une femme|a man|a woman|un musulman|une musulmane|a muslim)\b/

/**
 * "His father had died before him", « sa femme, décédée avant lui »: no heir — nor, when counted in an earlier
 * sentence, the one named again ("… his wife and a son. His wife had died 5 years earlier.").
 */
function diedBeforeSaidLater(f: Mention, a: Around, c: Counting): boolean {
  // ("a grandson from a son who died before him", "2 sons of his son who died before him", "three sons of a full
  // brother who died before him": the death is the kinsman's through whom the heir comes — the heir is still one)
  const throughChild =
    /\b(?:through|from|by|via|par|of|de|du|d')\b.*\b(?:sons?|daughters?|brothers?|sisters?|uncles?|fils|filles?|freres?|soeurs?|oncles?)(?:\s+(?:germaine?s?|consanguine?s?|uterine?s?|paternel(?:le)?s?|maternel(?:le)?s?))?$/.test(
      f.text,
    )
  if (throughChild || !saidToHaveDiedBefore(c.source.slice(f.at + f.text.length))) return false
  // ("His other son died before him": another one, never counted)
  const other = /\b(?:other|another|second|third|fourth|fifth|sixth|seventh|autre|deuxieme|troisieme|quatrieme|cinquieme|sixieme)\s+$/.test(a.lead)
  if (a.laterSentence && !other && !/[sx]$/.test(f.text)) {
    const had = c.tally.heirs.get(f.relation) ?? 0
    if (had > 1) c.tally.set(f.relation, had - 1)
    else c.tally.heirs.delete(f.relation)
  }
  return true
}

/**
 * ("his two brothers, one of whom is a maternal half-brother", « trois frères dont un utérin », « trois sœurs :
 * deux germaines et une consanguine »: the lines of a group said in part — not read, refused; "two sons, one of
 * whom is not Muslim", « deux fils, dont l'un l'a tué », « (dont une est chrétienne) »: a barrier said of one of the group, as when said in a
 * later sentence — refused)
 */
function groupSaidInPart(f: Mention, a: Around, c: Counting): Barrier | undefined {
  const partLines =
    /^\s*(?:,?\s*(?:(?:one|two|three|four|\d+) of (?:whom|them)|including|among them|dont|parmi eux)\b|:)[^.;]*?\b(?:full|paternal|maternal|half|uterine|consanguine|germaine?s?|uterine?s?|consanguine?s?|(?:same|his|her) (?:father|mother)|(?:father|mother) only)\b/.exec(
      a.after,
    )
  // ("two uncles: one is his father's full brother, the other…": the uncles' and nephews' lines too)
  if (partLines && /^(?:(?:full|paternal|maternal)_(?:brother|sister)|(?:full|paternal)_(?:uncle|brothers_son))$/.test(f.relation))
    c.problems.push(`“${f.text}${partLines[0]}”: the lines of the group are not read`)
  // (« ses deux fils (dont le meurtrier) », "two sons (including the killer)": said in a bracket)
  const oneOf = /^\s*,?\s*\(?\s*(?:one of (?:whom|them)|dont l'une?|dont une?|dont (?:le|la)|including(?: the)?|l'une? d'(?:eux|elles))\b([^.;]*)/.exec(a.after)
  if (!oneOf || !BARRIER_WORDS.test(oneOf[1]!)) return undefined
  // (the barrier must be said in the clause's first part — "one of whom, sadly, killed him" is not read — and be the
  // only one said in it)
  const said = barrierSaid(oneOf[1]!)
  const near = oneOf[1]!.split(/,|\b(?:and|et|plus)\b/)[0]!
  if (said && barrierSaid(near) === said) return said
  c.problems.push(`“${f.text}${oneOf[0]}”: a barrier said of one of them`)
  return undefined
}

const KILLED_PASSIVE = new RegExp(`\\b(?:was|were|been|got|is|are|a ete|ont ete|est|sont|etait|etaient)\\s+(?:\\w+\\s+)?(?:${KILLING_EN}|(?:${KILLING_FR})s?)\\b`)
/** The kinds of barrier a clause may say, in the words of BARRIER_WORDS. */
const BARRIER_KINDS: [Barrier, RegExp][] = [
  ['religion', new RegExp(`\\b(?:${RELIGION_WORDS})\\b`)],
  [
    'homicide',
    // (a killing of the deceased: "killed him", « l'a tué », "the killer" — not "killed a man")
    new RegExp(
      `\\b(?:${KILLING_EN})\\s+(?:him|her|the deceased)\\b|\\b(?:killer|murderer|meurtri[eè]re?|assassin)\\b|\\b(?:ran (?:him|her) over|beat (?:him|her) to death|caused (?:his|her) death|responsible for (?:his|her) death)\\b|\\bl'(?:a|ont|avait|avaient)\\s+(?:${KILLING_FR})\\b|\\bcause (?:de )?sa mort\\b|\\bresponsable de sa mort\\b`,
    ),
  ],
  ['adoption', new RegExp(`\\b(?:${ADOPTION_WORDS})\\b`)],
]

/** The one barrier a clause says (« n'est pas musulman », "killed him", "adopted"); none when none, several, or slavery. */
function barrierSaid(clause: string): Barrier | undefined {
  // ("one of whom was killed in the war": killed, not a killer — which is not read)
  if (/\bslave\b/.test(clause) || KILLED_PASSIVE.test(clause)) return undefined
  const kinds = BARRIER_KINDS.filter(([, re]) => re.test(clause))
  return kinds.length === 1 ? kinds[0]![0] : undefined
}

/** The asker's kinsman («my father died…», "3 sons including my father", "her husband, my grandfather"), or another heir's. */
function namedFromElsewhere(f: Mention, earlier: Mention | undefined, a: Around, c: Counting): boolean {
  const { word } = a
  // «ses 3 fils dont mon père», "3 sons including my father": one of them, from the asker's side
  if (/\b(dont|including|among them|among whom|parmi lesquels|parmi eux)\s+(?:my|mon|ma|mes)\s+$/.test(c.source.slice(Math.max(0, f.at - 30), f.at))) return true
  // "her husband, my grandfather": the asker's word for the heir just named, a gloss
  if (earlier !== undefined && /^\s*,\s*(?:my|mon|ma|mes|our|notre|nos)\s+$/.test(c.source.slice(earlier.at + earlier.text.length, f.at))) return true
  // (« ma mère qui est sa fille unique », "my mum, who is her only daughter": the heir just named, said again)
  if (
    earlier?.relation === f.relation &&
    /^\s*,?\s*(?:qui est|qui etait|who is|who was)\s+(?:sa|son|his|her|la|le|the)\s+(?:(?:seule?|unique|only|eldest|ainee?|cadette?)\s+)?$/.test(c.source.slice(earlier.at + earlier.text.length, f.at))
  )
    return true
  // ("my two uncles": the number between «my» and the kinsman says nothing of whose)
  const whose = countIn(word) !== undefined ? (a.before.at(-2) ?? '') : word
  if (/^(my|mon|ma|mes|our|notre|nos)$/.test(whose)) {
    // « my father died… » names the deceased; « … leaving my mother » names an heir from the asker's side,
    // which the vocabulary (the deceased's side) cannot take without guessing
    if (f.at > c.deathAt) c.problems.push(`“${f.text}” is named from the asker's side`)
    return true
  }
  // "A man died leaving his wife, her mother": the wife's mother, not his — another heir's kin (English)
  if ((word === 'her' && c.male && !c.female) || (word === 'his' && c.female && !c.male)) {
    c.problems.push(`“${word} ${f.text}” is another heir's kin`)
    return true
  }
  return false
}

/**
 * "… 2 sons. The sons are adults.", "One of the wives is a Christian", « L'une des épouses est chrétienne »: an
 * heir counted in an earlier sentence named again — no more of them; a barrier said of one of them is not placed
 * (which one?), so the case is refused.
 */
function namedAgain(f: Mention, a: Around, bar: Barrier | undefined, counted: Counted, c: Counting): boolean {
  const { word, lead } = a
  // ("… his wife and a son. His wife is pregnant.", « décédé avant sa mère. Il laisse sa mère… »: there is one of
  // them — the same person named again)
  // (« sa femme »: the possessive may be the phrase's own first word)
  const possessive = /^(his|her|son|sa|ses)$/.test(word) || (c.lang === 'fr' && /^(sa|ses|son)\s/.test(f.text))
  const again = a.counted !== undefined && !counted.other.has(f.relation) && NAMED_ONCE.has(f.relation) && possessive && !/[sx]$/.test(f.text)
  // ("… 2 sons. One son is disabled.", "… a son. While alive he gave his son a car.", « Sa femme veut donner sa
  // part »: heirs counted in an earlier sentence, named there again with a possessive, « one », « the eldest »)
  // ("5 sons and 4 daughters from both wives", « des deux épouses »: the group already counted, named again in its
  // sentence — « ses deux fils » beside a son already named are two more, so in French only the wives)
  const both = a.counted !== undefined && (word === 'both' || (word === 'deux' && a.before.at(-2) === 'des' && f.relation === 'wife'))
  if (!(again || both || (a.laterSentence && (DEFINITE.test(word) || possessive || ONE_OF.test(lead) || ONE_SAID.test(lead))))) return false
  const sentence = c.source.slice(f.at).split(/[.;!?]/)[0]!
  // ("… leaving his wife and his son. His wife is Christian.": the one heir of her kind is barred; of a group, which one?)
  // ("His wife stabbed him.": a barrier said in the words of BARRIER_WORDS too)
  const barrierWords = BARRIER_WORDS.test(sentence)
  const barrier = bar ?? (barrierWords ? barrierSaid(sentence) : undefined)
  const alone = barrier !== undefined && c.tally.heirs.get(f.relation) === 1 && !/[sx]$/.test(f.text) && !ONE_OF.test(lead) && !ONE_SAID.test(lead)
  // ("One of the wives is a Christian", « L'un des fils est juif »: one of a group counted before is barred)
  const had = c.tally.heirs.get(f.relation) ?? 0
  const oneOfThem = ONE_OF_THEM.test(lead) && barrier !== undefined && barrierWords && had > 1
  if (alone) {
    c.tally.heirs.delete(f.relation)
    addHeir(c, f.relation, 1, barrier)
  } else if (oneOfThem) {
    c.tally.set(f.relation, had - 1)
    addHeir(c, f.relation, 1, barrier)
  } else if (bar || barrierWords) c.problems.push(`“${lead.trim()} ${f.text}”: a barrier said of one of them`)
  return true
}

/**
 * How many the mention names: a number in or before the phrase, a bracket or a form's number after it, one for a
 * singular, two assumed (and said) for a plural of no number. Undefined when a group named before with no number
 * is counted here ("… and his brothers. He has 2 brothers alive."): the count is theirs, not two more.
 */
function countOf(f: Mention, a: Around, bar: Barrier | undefined, c: Counting): number | undefined {
  const { source } = c
  const { word } = a
  const prior = a.before.at(-2) ?? ''
  // («deux femmes»: the phrase may hold its own number)
  // ("one of his brothers is alive", « l'un de ses frères »: one)
  // ("his son's two daughters": the number inside the phrase)
  const inside = f.text
    .split(/\s+/)
    .slice(1, -1)
    .map((w) => (/^(\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(w) ? countIn(w) : undefined))
    .find((n) => n !== undefined)
  const first = f.text.split(/\s+/)[0]!
  const own = countIn(first) ?? inside ?? (ONE_OF_FIRST.test(source.slice(Math.max(0, f.at - 20), f.at)) ? 1 : undefined)
  // ("3 young sons", « trois jeunes fils », "two full brothers": a word between the number and the noun)
  // ("twin daughters", « des jumelles »: two)
  const twins = word === 'twin' || /\bjumelles\b/.test(f.text) ? 2 : undefined
  const n = own ?? countIn(word) ?? (/^(full|paternal|maternal)$/.test(word) || COUNT_ADJECTIVE.test(word) ? countIn(prior) : undefined) ?? twins
  // ("the sons of his son", « les filles de son fils »: the noun that counts is the first)
  const last = (/\s(?:of|de|du)\s/.test(f.text) ? f.text.split(/\s+/)[0] : f.text.split(/\s+/).at(-1)) ?? ''
  // ("his parents" are one father and one mother)
  // (« fils », « époux » are both numbers: « ses fils », « les fils » are several; « petits-fils » always is)
  const invariable = /^(fils|epoux|(?:arriere-)?petit-fils)$/.test(last)
  const plural = invariable ? /^(ses|les|des|leurs)$/.test(word) : /[sx]$/.test(last) && !/'s$|^parents$/.test(last)
  // ("his brother's sons (3 nephews)", « ses neveux (trois) »: a bracket right after a plural says how many)
  const bracketed = /^\s*\(\s*(\d+|[a-z]+)(?:\s+(?:of them|d'entre (?:eux|elles)|[a-z-]+))?\s*\)/.exec(source.slice(f.at + f.text.length))
  // ("full sisters x3", « filles ×2 »: a count written as a multiplication after the noun)
  // ("Wife 1, Son 1, Daughters 3": a form's number right after the noun)
  const times = /^\s*[x×:]?\s*(\d{1,2})(?=\s*(?:[,;.]|$|\s+(?:and|et)\b))/.exec(source.slice(f.at + f.text.length))
  const told = times ? Number(times[1]) : bracketed && !/^(a|an|un|une|one)$/.test(bracketed[1]!) ? countIn(bracketed[1]!) : undefined
  // (« fils (2) » in a list with no article: the invariable noun's bracket counts them as a plural's does)
  const count = n ?? (plural || (invariable && !/^(son|un|le|mon|ce|cet)$/.test(word)) ? (told ?? (plural ? undefined : 1)) : 1)
  const guessed = c.assumptions.findIndex((x) => x.kind === 'count' && x.relation === f.relation)
  if (a.laterSentence && n !== undefined && guessed >= 0) {
    c.tally.set(f.relation, n, bar)
    c.assumptions.splice(guessed, 1)
    return undefined
  }
  if (count !== undefined) return count
  c.assumptions.push({ kind: 'count', phrase: f.text, count: 2, relation: f.relation })
  return 2
}

/** What the heir's phrase leaves unsaid and is assumed: his line, or that a nephew or cousin is the agnate. */
function saidOfTheHeir(f: Mention, assumptions: Assumption[]): void {
  if (
    UNSURE[f.relation] &&
    !f.glossed &&
    !/full|germain|paternal|paternel|maternal|maternel|mother's|de (?:la|sa) mere|of the son|du fils|son's|sons'|de son fils|de fils|d'un (?:autre |de ses )?fils|of (his|her) son/.test(f.text)
  )
    assumptions.push(UNSURE[f.relation]!)
  // ("his nephew", « son cousin »: words that also name distant kindred, read as the agnate)
  if (!f.glossed && /^(nephews?|neveux?|cousins?)$/.test(f.text)) assumptions.push({ kind: 'agnate_read', phrase: f.text, relation: f.relation })
}
