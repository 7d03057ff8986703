import type { Lang } from '../../contract/common'
import type { Assumption } from './assumptions'
import { caseProblems } from './compute'
import { arabicMentions, parseArabicFamily } from './parse-ar'
import { parseLatinFamily } from './parse-latin'
import { FEMALE, type Relation, type Sex } from './relations'
import type { LaterDeath } from './successive'

/**
 * «ثم توفي أحد الابنين قبل القسمة عن أمه وأخيه وأخته», « Puis l'un des fils meurt avant le partage en laissant sa
 * mère… », "Then one of the sons died before the division, leaving his mother…": an heir who died after the
 * deceased, with his own heirs. The sentence names who died (one of the first heirs) and whom he left — or ends
 * there («ثم توفيت الزوجة.», "Then his wife died."), his heirs unsaid.
 */
const LATER: Record<Lang, RegExp> = {
  ar: /(?:^|[.؟?؛;\n]|[،,]\s*(?=ثم))\s*(?:ثم|وبعد ذلك|بعد ذلك|وبعدها|وبعده|و)?\s*(?:قد\s+)?(?:توفي|توفيت|مات|ماتت)\s+(?<who>(?:(?:أحد|احد|إحدى|احدى)\s+)?[^\s.،,؟?\n]+)(?:\s+(?:بعده|بعدها|بعد\s+(?:ذلك|وفاته|وفاتها|أبيه|ابيه|أمه|امه|زوجها|زوجته)|قبل\s+(?:ال)?(?:قسمة|تقسيم|القسمة)(?:\s+(?:التركة|الميراث))?))?(?:\s*[،,]?\s*(?:عن|وترك|وتركت|تاركا|تاركة)\s+(?<heirs>[^.؟?\n]+)|\s*(?=[.؟?\n]|$))/g,
  fr: /(?:^|[.?!;\n])\s*(?:puis|ensuite|après cela|plus tard)?\s*,?\s*(?<who>(?:l['’]une?\s+des|un\s+des|une\s+des|le|la|l['’]|son|sa|mon|ma|notre)\s*[^.,;?!\n]{2,30}?)\s+(?:est\s+(?:décédée?|morte?)|meurt|décède|décéda|mourut)(?:\s*,?\s+(?:à son tour|ensuite|aussi|peu après|plus tard|(?:un|une|deux|trois|quatre|quelques|\d+)\s+(?:jours?|semaines?|mois|ans?|années?)\s+(?:après|plus tard)(?:\s+(?:lui|elle|le défunt|la défunte))?|après (?:lui|elle|le défunt|la défunte|son père|sa mère|son mari|sa femme|son épouse)|avant le partage|avant que la succession (?:ne )?soit partagée))*(?:\s*,?\s+(?:en laissant|laissant|et laisse|qui laisse)\s+(?<heirs>[^.?!\n]+)|\s*(?=[.?!\n]|$))/gi,
  en: /(?:^|[.?!;\n])\s*(?:then|later|afterwards|after that)?\s*,?\s*(?<who>(?:one of (?:the|his|her|my|our)|the|his|her|my|our)\s+[^.,;?!\n]{2,30}?)\s+(?:died|passed away)(?:\s*,?\s+(?:too|as well|in turn|later|afterwards|soon after|(?:a|an|one|two|three|four|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:later|after (?:him|her|the deceased))|after (?:him|her|the deceased|(?:his|her) (?:father|mother|husband|wife))|before the (?:division|estate was (?:divided|shared))))*(?:\s*,?\s+(?:leaving|and left|survived by)\s+(?<heirs>[^.?!\n]+)|\s*(?=[.?!\n]|$))/gi,
}

/** Whom each later deceased's heirs are the same people as, by how he was related to the first deceased. */
const SAME: Partial<Record<Relation, (first: Sex) => Partial<Record<Relation, Relation>>>> = {
  son: (first) => ({ ...(first === 'male' ? { mother: 'wife' } : { father: 'husband' }), full_brother: 'son', full_sister: 'daughter' }),
  daughter: (first) => ({ ...(first === 'male' ? { mother: 'wife' } : { father: 'husband' }), full_brother: 'son', full_sister: 'daughter' }),
  wife: () => ({ son: 'son', daughter: 'daughter' }),
  husband: () => ({ son: 'son', daughter: 'daughter' }),
  father: () => ({ wife: 'mother', son: 'full_brother', daughter: 'full_sister' }),
  mother: () => ({ husband: 'father', son: 'full_brother', daughter: 'full_sister' }),
  full_brother: () => ({ father: 'father', mother: 'mother', full_brother: 'full_brother', full_sister: 'full_sister' }),
  full_sister: () => ({ father: 'father', mother: 'mother', full_brother: 'full_brother', full_sister: 'full_sister' }),
}

/** A death told before: what a later death must follow (the first one is the deceased's own). */
const EARLIER: Record<Lang, RegExp> = {
  ar: /توفي|توفيت|توفى|مات|ماتت|هلك|هلكت/,
  fr: /d[ée]c[èée]d|meurt|mort|laiss/i,
  en: /\b(?:died|passed away|leaving|left|deceased)\b/i,
}

/**
 * The later deaths a question tells, and the question without them; `unstated` those told without their heirs,
 * whose parts the answer can only say pass on. Undefined when one is told whose heirs cannot be read.
 */
export function laterDeathsIn(question: string, lang: Lang): { text: string; later: LaterDeath[]; unstated: Relation[]; assumptions: Assumption[] } | undefined {
  const later: LaterDeath[] = []
  const unstated: Relation[] = []
  const assumptions: Assumption[] = []
  let text = question
  // (from the end, so that the indices before a cut stay true)
  for (const m of [...question.matchAll(LATER[lang])].reverse()) {
    // (not the death told first — «توفي رجل عن …» is the deceased's own)
    if (!EARLIER[lang].test(question.slice(0, m.index))) continue
    // (a later death of someone not read — «ثم توفيت أمي», « Puis ma mère est décédée » — is not divided for as if
    // it were not told, nor read as one more heir)
    const of = whoDied(m.groups!.who!, lang)
    if (!of) return undefined
    const said = m.groups!.heirs
    const read = said === undefined ? undefined : familyOf(said, FEMALE.has(of) ? 'female' : 'male', lang)
    if (said === undefined) unstated.unshift(of)
    else if (!read) return undefined
    else {
      later.unshift({ of, heirs: read.heirs })
      assumptions.unshift(...read.assumptions)
    }
    // (the sentence's own end stays, closing the one before)
    text = `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`
  }
  return { text, later, unstated, assumptions }
}

/** The one heir a later death is told of («أحد الابنين», "one of the sons"). */
function whoDied(who: string, lang: Lang): Relation | undefined {
  const named =
    lang === 'ar'
      ? arabicMentions(who).flatMap((m) => (m.relation ? [m.relation] : []))
      : parseLatinFamily(`${lang === 'fr' ? 'Un homme décède en laissant' : 'A man died leaving'} ${who}`, lang).heirs.map((h) => h.relation)
  return named.length === 1 ? named[0] : undefined
}

/** The later deceased's heirs, read as a family of his own, and what was assumed reading them. */
function familyOf(heirs: string, sex: Sex, lang: Lang): { heirs: LaterDeath['heirs']; assumptions: Assumption[] } | undefined {
  const told = {
    ar: sex === 'female' ? 'توفيت عن' : 'توفي عن',
    fr: sex === 'female' ? 'Une femme décède en laissant' : 'Un homme décède en laissant',
    en: `A ${sex === 'female' ? 'woman' : 'man'} died leaving`,
  }[lang]
  const f = lang === 'ar' ? parseArabicFamily(`${told} ${heirs}`) : parseLatinFamily(`${told} ${heirs}`, lang)
  if (f.problems.length > 0 || f.heirs.length === 0 || f.unborn || f.missing || f.either || f.anyDescendant || f.unsexedChildren) return undefined
  if (caseProblems({ deceased: sex, heirs: f.heirs }).length > 0) return undefined
  return { heirs: f.heirs, assumptions: f.assumptions }
}

/**
 * The later deceased's heirs who are the first deceased's living heirs too (the son's mother, the deceased's wife;
 * his full brothers, the other sons), when they are as many: marked `sameAs`, and said back as assumed.
 */
export function sameAsFirst(
  first: { deceased: Sex; heirs: readonly { relation: Relation; count: number; barred?: unknown }[] },
  later: readonly LaterDeath[],
): { later: LaterDeath[]; assumptions: Assumption[] } {
  const assumptions: Assumption[] = []
  const marked = later.map((death) => {
    const table = SAME[death.of]?.(first.deceased) ?? {}
    return {
      ...death,
      heirs: death.heirs.map((h) => {
        const to = h.barred ? undefined : table[h.relation]
        const living = to ? (first.heirs.find((g) => g.relation === to && !g.barred)?.count ?? 0) - later.filter((x) => x.of === to).length : 0
        if (!to || living !== h.count) return h
        assumptions.push({ kind: 'same_people', of: death.of, relation: h.relation, sameAs: to })
        return { ...h, sameAs: to }
      }),
    }
  })
  return { later: marked, assumptions }
}

/** How the first deceased's heirs are kin to a child of his or hers (the deceased's wife is the child's mother). */
const CHILD_KIN: Record<Sex, Partial<Record<Relation, Relation>>> = {
  male: {
    wife: 'mother',
    father: 'paternal_grandfather',
    mother: 'paternal_grandmother',
    son: 'full_brother',
    daughter: 'full_sister',
    full_brother: 'full_uncle',
    paternal_brother: 'paternal_uncle',
    full_brothers_son: 'full_uncles_son',
    paternal_brothers_son: 'paternal_uncles_son',
  },
  female: { husband: 'father', mother: 'maternal_grandmother', son: 'full_brother', daughter: 'full_sister' },
}

/**
 * «ثم توفي أحد الأبناء قبل القسمة.»: a child of the deceased who died later, his heirs unsaid — taken to be the first
 * heirs who are his kin (his mother, the father's parents, his brothers and sisters, his uncles), as if he left no
 * spouse or child of his own; the answer says so. Not when the deceased left several wives (which is his mother?).
 */
export function childsHeirs(first: { deceased: Sex; heirs: readonly { relation: Relation; count: number; barred?: unknown }[] }, of: Relation, dying: readonly Relation[]): LaterDeath | undefined {
  if (of !== 'son' && of !== 'daughter') return undefined
  const kin = CHILD_KIN[first.deceased]
  if (first.heirs.some((h) => h.relation === 'wife' && !h.barred && h.count > 1)) return undefined
  const heirs = first.heirs.flatMap((h) => {
    const relation = h.barred ? undefined : kin[h.relation]
    const count = h.count - dying.filter((r) => r === h.relation).length
    return relation && count > 0 ? [{ relation, count, sameAs: h.relation }] : []
  })
  return heirs.length > 0 ? { of, heirs } : undefined
}
