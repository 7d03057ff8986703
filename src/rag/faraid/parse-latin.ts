import { type Assumption, dedupeAssumptions } from './assumptions'
import type { ParsedFamily } from './parse-ar'
import { unbornOf } from './parse-pregnancy'
import type { Barrier, Relation, Sex } from './relations'

/** Accents, ligatures and apostrophes folded: « sœur utérine » → « soeur uterine ». */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[’‘`]/g, "'")
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
  six: 6,
  seven: 7,
  sept: 7,
  eight: 8,
  huit: 8,
  nine: 9,
  neuf: 9,
  ten: 10,
  dix: 10,
}

/** Said right after a relative: he died before the deceased. */
const PREDECEASED =
  /^,?\s*(?:who\s+)?(?:had\s+|has\s+)?(?:died|passed away|predeceased|was already dead|is dead)\b(?!\s+after)|^,?\s*(?:qui\s+)?(?:est\s+|etait\s+)?(?:decedee?|morte?|predecedee?)s?\s+(?:avant|auparavant|plus tot|deja)\b|^,?\s*(?:deja\s+)(?:decedee?|morte?)\b/

/** A half-sibling's parent named after him ("half-sister from her mother", « frère du côté de son père »). */
const SIDE_M = "(?:from|on|through) (?:his |her |the )?mother(?:'s side)?|du cote de (?:sa |la )?mere|par (?:sa |la )?mere"
const SIDE_F = "(?:from|on|through) (?:his |her |the )?father(?:'s side)?|du cote de (?:son |du )?pere|par (?:son |le )?pere"

/**
 * Kinship phrases, most specific first, as regular expressions over folded text; `plural` is the group that
 * marks a plural noun. English and French side by side.
 */
const PHRASES: [RegExp, Relation, 'en' | 'fr' | 'both'][] = [
  [
    /\b(?:full )?brothers?'s? sons?'s? sons?\b|\bbrothers?'s? grandsons?\b|\bgrand-?nephews?\b|\bpetits?-neveux\b|\bpetits?-fils (?:du|de son) frere(?: germain)?\b|\bfils du fils (?:du|de son) frere(?: germain)?\b/,
    'full_brothers_sons_son',
    'both',
  ],
  [/\b(?:full )?(?:paternal )?uncles?'s? sons?'s? sons?\b|\bcousins?'s? sons?\b|\bfils (?:du|de son) cousin(?: paternel)?\b|\bfils du fils de l'oncle(?: paternel)?\b/, 'full_uncles_sons_son', 'both'],
  [/\bfather's (?:full )?(?:paternal )?uncles?\b|\bgreat-uncles?\b|\boncles? (?:paternels? )?du pere\b|\bgrands?-oncles?(?: paternels?)?\b/, 'fathers_full_uncle', 'both'],
  [/\bsons?'s? sons?'s? sons?\b|\bgreat-grandsons?\b|\bgreat grandsons?\b|\barriere-petits?-fils\b|\bfils du fils du fils\b/, 'sons_sons_son', 'both'],
  [/\bsons?'s? sons?'s? daughters?\b|\bgreat-granddaughters?\b|\bgreat granddaughters?\b|\barriere-petites?-filles?\b|\bfilles? du fils du fils\b/, 'sons_sons_daughter', 'both'],
  [/\bsons?'s? sons?\b|\bgrandsons?\b|\bpetits?-fils\b|\bfils du fils\b/, 'sons_son', 'both'],
  [/\bsons?'s? daughters?\b|\bgranddaughters?\b|\bpetites?-filles?\b|\bfilles? du fils\b/, 'sons_daughter', 'both'],
  [/\bdaughters?'s? sons?\b|\bfils de (?:la|sa) fille\b/, 'daughters_son', 'both'],
  [/\bdaughters?'s? daughters?\b|\bfilles? de (?:la|sa) fille\b/, 'daughters_daughter', 'both'],
  [/\b(?:full )?brothers?'s? sons?\b|\bnephews?\b|\bneveux?\b|\bfils du frere(?: germain)?\b/, 'full_brothers_son', 'both'],
  [/\bpaternal (?:grandfather|grand-father)\b|\bgrandfather\b|\bgrand-pere(?: paternel)?\b/, 'paternal_grandfather', 'both'],
  [/\bpaternal grandmothers?\b|\bgrand-meres? paternelles?\b|\bfather's mother\b|\bmere du pere\b/, 'paternal_grandmother', 'both'],
  [/\bmaternal grandmothers?\b|\bgrandmothers?\b|\bgrand-meres?(?: maternelles?)?\b|\bmother's mother\b|\bmere de la mere\b/, 'maternal_grandmother', 'both'],
  [new RegExp(`\\b(?:half[- ])?brothers? (?:${SIDE_F})\\b|\\b(?:demi-)?freres? (?:${SIDE_F})\\b`), 'paternal_brother', 'both'],
  [new RegExp(`\\b(?:half[- ])?sisters? (?:${SIDE_F})\\b|\\b(?:demi-)?soeurs? (?:${SIDE_F})\\b`), 'paternal_sister', 'both'],
  [new RegExp(`\\b(?:half[- ])?brothers? (?:${SIDE_M})\\b|\\b(?:demi-)?freres? (?:${SIDE_M})\\b`), 'maternal_brother', 'both'],
  [new RegExp(`\\b(?:half[- ])?sisters? (?:${SIDE_M})\\b|\\b(?:demi-)?soeurs? (?:${SIDE_M})\\b`), 'maternal_sister', 'both'],
  [
    /\b(?:paternal half[- ]|consanguine |half[- ]brothers? through the father|brothers? through the father)brothers?\b|\bfreres? consanguins?\b|\bdemi-freres? paternels?\b|\bfreres? de pere\b/,
    'paternal_brother',
    'both',
  ],
  [/\b(?:paternal half[- ]|consanguine )sisters?\b|\bsisters? through the father\b|\bsoeurs? consanguines?\b|\bdemi-soeurs? paternelles?\b|\bsoeurs? de pere\b/, 'paternal_sister', 'both'],
  [/\b(?:maternal half[- ]|uterine )brothers?\b|\bbrothers? through the mother\b|\bfreres? uterins?\b|\bdemi-freres? maternels?\b|\bfreres? de mere\b/, 'maternal_brother', 'both'],
  [/\b(?:maternal half[- ]|uterine )sisters?\b|\bsisters? through the mother\b|\bsoeurs? uterines?\b|\bdemi-soeurs? maternelles?\b|\bsoeurs? de mere\b/, 'maternal_sister', 'both'],
  [/\b(?:full )?(?:paternal )?uncles?'s? sons?\b|\bcousins?\b|\bfils de l'oncle(?: paternel)?\b/, 'full_uncles_son', 'both'],
  [/\b(?:full )?paternal uncles?\b|\buncles?\b|\boncles? paternels?(?: germains?)?\b|\boncles?\b/, 'full_uncle', 'both'],
  [/\bpaternal aunts?\b|\btantes? paternelles?\b/, 'paternal_aunt', 'both'],
  [/\bmaternal uncles?\b|\boncles? maternels?\b/, 'maternal_uncle', 'both'],
  [/\bmaternal aunts?\b|\btantes? maternelles?\b/, 'maternal_aunt', 'both'],
  [/\b(?:full )?brothers?\b|\bfreres?(?: germains?)?\b/, 'full_brother', 'both'],
  [/\b(?:full )?sisters?\b|\bsoeurs?(?: germaines?)?\b/, 'full_sister', 'both'],
  [/\bhusband\b|\bmari\b|\bepoux\b/, 'husband', 'both'],
  [/\bwi(?:fe|ves)\b|\bwidows?\b|\bveuves?\b|\bepouses?\b|\b(?:sa|ses|deux|trois|quatre) femmes?\b/, 'wife', 'both'],
  [/\bsons?\b/, 'son', 'en'],
  [/\bfils\b|\bgar[cç]ons?\b/, 'son', 'fr'],
  [/\bdaughters?\b|\bfilles?\b/, 'daughter', 'both'],
  [/\bfather\b|\bpere\b/, 'father', 'both'],
  [/\bmother\b|\bmere\b/, 'mother', 'both'],
]
/** Relations a bare word names by default («brother» → full brother): said back as an assumption. */
const UNSURE: Partial<Record<Relation, Assumption>> = {
  full_brother: { kind: 'line_full', relation: 'full_brother' },
  full_sister: { kind: 'line_full', relation: 'full_sister' },
  full_brothers_son: { kind: 'line_full', relation: 'full_brothers_son' },
  full_uncle: { kind: 'line_full', relation: 'full_uncle' },
  full_uncles_son: { kind: 'line_full', relation: 'full_uncles_son' },
  full_brothers_sons_son: { kind: 'line_full', relation: 'full_brothers_sons_son' },
  full_uncles_sons_son: { kind: 'line_full', relation: 'full_uncles_sons_son' },
  fathers_full_uncle: { kind: 'line_full', relation: 'fathers_full_uncle' },
  maternal_grandmother: { kind: 'maternal_grandmother' },
  sons_son: { kind: 'sons_child', relation: 'sons_son' },
  sons_daughter: { kind: 'sons_child', relation: 'sons_daughter' },
  sons_sons_son: { kind: 'sons_child', relation: 'sons_sons_son' },
  sons_sons_daughter: { kind: 'sons_child', relation: 'sons_sons_daughter' },
}

const RELIGION =
  /^(christian|jewish|non-muslim|apostate|chretien|chretienne|chretiens|chretiennes|juif|juive|juifs|juives|non-musulman|non-musulmane|non-musulmans|non-musulmanes|apostat|apostate|apostats)$/
const ADOPTED = /^(adopted|adoptive)$/
/** After an heir: « son fils, qui l'a tué », "his son, who killed him", « son épouse chrétienne », "a son who is not a Muslim". */
const BARRED_AFTER: [RegExp, Barrier][] = [
  [/^,?\s*(?:adoptif|adoptive|adoptifs|adoptives|by adoption|par adoption)\b/, 'adoption'],
  [/^,?\s*(?:who|qui)\s+(?:killed|murdered|l'a tue|l'a tuee|l'a assassine|l'a assassinee|a tue|a assassine)\b|^,?\s*(?:meurtrier|meurtriere|murderer)\b/, 'homicide'],
  [
    /^,?\s*(?:chretien|chretienne|chretiens|chretiennes|juif|juive|juifs|juives|non[- ]musulmane?s?|apostate?s?)\b|^,?\s*(?:who is|qui est|qui n'est)\s+(?:not a muslim|christian|jewish|pas musulmane?|chretienne?|juive?)\b/,
    'religion',
  ],
]

/** « Un homme laisse sa mère, son épouse et deux filles », "A woman died leaving her husband, mother and two full sisters". */
export function parseLatinFamily(text: string, lang: 'fr' | 'en'): ParsedFamily {
  let rest = fold(text)
  const female = /\b(a woman|she|her husband|une femme|une mere|decedee|morte|son mari|son epoux)\b/.test(rest)
  const male = /\b(a man|he|his wife|un homme|un pere|decede|mort|son epouse|sa femme)\b/.test(rest)
  rest = rest.replace(/\b(a woman|a man|une femme|un homme)\b/g, (m) => ' '.repeat(m.length))
  const found: { at: number; relation: Relation; text: string }[] = []
  for (const [pattern, relation, only] of PHRASES) {
    if (only !== 'both' && only !== lang) continue
    const global = new RegExp(pattern.source, 'g')
    rest = rest.replace(global, (m, ...args) => {
      const at = args[args.length - 2] as number
      found.push({ at, relation, text: m })
      return ' '.repeat(m.length)
    })
  }
  // "his parents", « ses parents », "both parents": the father and the mother
  rest = rest.replace(/\b(?:both (?:of )?(?:his |her )?parents|(?:his|her|ses|ses deux) parents)\b/g, (m, at: number) => {
    found.push({ at, relation: 'father', text: m }, { at, relation: 'mother', text: m })
    return ' '.repeat(m.length)
  })
  found.sort((a, b) => a.at - b.at)
  // « sa petite-fille (fille de son fils) », "his grandson (son of his son)": a bracket right after an heir says who
  // he is; the kin named in it are not heirs (« ses 4 enfants (3 garçons et une fille) » counts them: no heir before)
  const glosses = [...rest.matchAll(/\(([^()]*)\)/g)].filter((b) => found.some((f) => b.index - (f.at + f.text.length) >= 0 && b.index - (f.at + f.text.length) <= 2))
  const inGloss = (f: { at: number }) => glosses.some((b) => f.at > b.index && f.at < b.index + b[0].length)
  found.splice(0, found.length, ...found.filter((f) => !inGloss(f)))
  const source = fold(text)
  const death = /\b(died|dies|passed away|leaving|leaves|left|deceased|decede|decedee|deceda|meurt|mort|morte|laisse|laissant)\b/.exec(source)
  const deathAt = death ? death.index : -1
  const problems: string[] = []
  const heirs = new Map<Relation, number>()
  const barred = new Map<string, { relation: Relation; count: number; barred: Barrier }>()
  const assumptions: Assumption[] = []
  for (const f of found) {
    const before = source
      .slice(Math.max(0, f.at - 36), f.at)
      .trim()
      .split(/[\s,;()]+/)
    // "his Christian wife": the adjective before the noun (English), then the words after it
    const adjective = RELIGION.test(before.at(-1) ?? '') ? 'religion' : ADOPTED.test(before.at(-1) ?? '') ? 'adoption' : undefined
    if (adjective) before.pop()
    const after = source.slice(f.at + f.text.length, f.at + f.text.length + 40)
    // « Le père est décédé en laissant… »: the subject of the death is the deceased, not an heir
    if (deathAt > f.at && deathAt - (f.at + f.text.length) <= 12) continue
    // "His father had died before him", « sa femme, décédée avant lui »: no heir
    if (
      PREDECEASED.test(
        source
          .slice(f.at + f.text.length)
          .split(/[.;!?]/)[0]!
          .slice(0, 60),
      )
    )
      continue
    const bar: Barrier | undefined = adjective ?? BARRED_AFTER.find(([re]) => re.test(after))?.[1]
    const word = before.at(-1) ?? ''
    // « my father died… »: the asker's relative is the deceased, not an heir
    if (/^(my|mon|ma|mes)$/.test(word)) {
      // « my father died… » names the deceased; « … leaving my mother » names an heir from the asker's side,
      // which the vocabulary (the deceased's side) cannot take without guessing
      if (f.at > deathAt) problems.push(`“${f.text}” is named from the asker's side`)
      continue
    }
    const prior = before.at(-2) ?? ''
    const n = /^\d+$/.test(word) ? Number(word) : (NUMBERS[word] ?? (/^(full|paternal|maternal)$/.test(word) ? (NUMBERS[prior] ?? (/^\d+$/.test(prior) ? Number(prior) : undefined)) : undefined))
    const last = f.text.split(/\s+/).at(-1) ?? ''
    // ("his parents" are one father and one mother)
    const plural = /[sx]$/.test(last) && !/'s$|^(fils|epoux|petits?-fils|parents)$/.test(last)
    let count = n ?? (plural ? undefined : 1)
    if (count === undefined) {
      count = 2
      assumptions.push({ kind: 'count', phrase: f.text, count })
    }
    if (UNSURE[f.relation] && !/full|germain|paternal|paternel|maternel|of the son|du fils/.test(f.text)) assumptions.push(UNSURE[f.relation]!)
    if (bar) {
      const key = `${f.relation}/${bar}`
      barred.set(key, { relation: f.relation, count: (barred.get(key)?.count ?? 0) + count, barred: bar })
      if (bar === 'religion') assumptions.push({ kind: 'deceased_muslim' })
    } else heirs.set(f.relation, (heirs.get(f.relation) ?? 0) + count)
  }
  // A contradiction («a woman … her wife») is kept as said, for the calculator to refuse.
  const spouses = new Set([...heirs.keys(), ...[...barred.values()].map((b) => b.relation)])
  const deceased: Sex | undefined = (female && !male) || spouses.has('husband') ? 'female' : male || spouses.has('wife') ? 'male' : undefined
  const carrier = pregnancyCarrier(source)
  const unborn = carrier ? unbornOf({ text: source, carrier }, deceased, new Set(heirs.keys())) : undefined
  // A pregnancy whose child cannot be placed is not ignored: the shares would be wrong.
  if (carrier && !unborn) problems.push('a pregnancy whose unborn heir is not placed')
  return {
    ...(deceased ? { deceased } : {}),
    heirs: [...[...heirs].map(([relation, count]) => ({ relation, count })), ...barred.values()],
    assumptions: dedupeAssumptions(assumptions),
    problems,
    ...(unborn ? { unborn } : {}),
  }
}

const PREGNANT = /\b(enceinte|pregnant|pregnancy|grossesse|a naitre|unborn|foetus|fetus|expecting a (child|baby))\b/
const SON_OF = /\b(son's|of (his|her) son|de son fils|du fils|belle-fille)\b/

/**
 * « son épouse enceinte », "his pregnant wife", "his mother, who is pregnant": who carries the unborn heir.
 * A pregnancy the text places nowhere else — the son's widow, a second one — is `undecided`, never ignored.
 */
function pregnancyCarrier(source: string): 'wife' | 'mother' | 'undecided' | undefined {
  if (!PREGNANT.test(source)) return undefined
  const near = (who: string) => new RegExp(`\\b(${who})\\b(?:,? (?:who|qui) (?:is|est))?[ ,]{1,3}(?:enceinte|pregnant)\\b|\\bpregnant (${who})\\b`).exec(source)
  const wife = near('wife|widow|epouse|femme|veuve')
  if (wife && !SON_OF.test(source.slice(Math.max(0, wife.index - 12), wife.index + wife[0].length + 16))) return 'wife'
  if (near('mother|mere')) return 'mother'
  return 'undecided'
}
