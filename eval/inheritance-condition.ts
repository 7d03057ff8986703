/**
 * QIAS questions that change the family by a condition before asking: a line stated for a sibling or an uncle
 * («إذا كانت الأخت من الأب، ما نصيبها؟», «إذا كان الأخ شقيقا أو لأب»), an heir added («إذا كان للمتوفاة ولد»),
 * an heir who died before («إذا كانت الأم قد توفيت قبل الوفاة»), or a restatement («إذا كانت الأم هي أم الميت»).
 * The family is changed as said and computed; a condition read otherwise is left alone (the question stays
 * beyond the shares). General rules of how such conditions are worded, not fitted to particular questions.
 */
import { arabicWordsOf, foldArabic } from '../src/rag/faraid/arabic-text'
import { arabicMentions } from '../src/rag/faraid/parse-ar'
import type { ParsedFamily } from '../src/rag/faraid/parsed-family'
import { PATERNAL_OF, type Relation } from '../src/rag/faraid/relations'

/** Relations of one kind, differing only by the line. */
export const LINE_KINDS: Relation[][] = [
  ['full_brother', 'paternal_brother', 'maternal_brother'],
  ['full_sister', 'paternal_sister', 'maternal_sister'],
  ['full_uncle', 'paternal_uncle'],
  ['full_uncles_son', 'paternal_uncles_son'],
  ['full_brothers_son', 'paternal_brothers_son'],
  ['full_brothers_sons_son', 'paternal_brothers_sons_son'],
  ['full_uncles_sons_son', 'paternal_uncles_sons_son'],
  ['fathers_full_uncle', 'fathers_paternal_uncle'],
]

export interface Conditioned {
  /** The family as the condition makes it: one, or one per alternative («شقيقا أو لأب»). */
  families: ParsedFamily['heirs'][]
  /** What is asked, without the condition (a pronoun for the heir it names made explicit). */
  asked: string
  /** The heir the condition took away («إذا كانت الأم قد توفيت قبله»), whom the question may still ask about. */
  gone?: Relation
}

const CLAUSE = /(^|[\s،,.:])(?:و)?(اذا|لو|ان|في حال|في حالة)\s+(كان|كانت|كانا|كانتا|كانوا|كن)\s+([^،,؟?]*?)(?=\s*(?:[،,؟?]|\s+ف|$|\s+(?:ما|كم|فما|فكم)\s))/

/**
 * The family and question a condition in `asked` makes, or undefined when there is none it can apply; a second
 * condition joined to the first («إذا كانت الأخت من الأم، وكان أبناء الأخ من الأب») is applied after it.
 */
export function applyCondition(asked: string, heirs: ParsedFamily['heirs']): Conditioned | undefined {
  const first = applyOne(asked, heirs)
  const joined = first && /^[\s،,.:]*و(كان|كانت|كانوا|كانا|كانتا)\s/.exec(first.asked)
  if (!first || !joined) return first
  const next = first.families.map((f) => applyOne(first.asked.replace(/^[\s،,.:]*و(?=كان)/, ' اذا '), f))
  if (next.some((n) => !n)) return undefined
  return { families: next.flatMap((n) => n!.families), asked: next[0]!.asked }
}

function applyOne(asked: string, heirs: ParsedFamily['heirs']): Conditioned | undefined {
  const text = foldArabic(asked)
  const m = CLAUSE.exec(text)
  if (!m) return undefined
  const said = m[4]!.trim()
  const rest = `${text.slice(0, m.index)}${m[1]} ${text.slice(m.index + m[0].length)}`.replace(/^\s*[،,]\s*/, ' ')
  const words = arabicWordsOf(said)
  const mentions = arabicMentions(said).filter((x) => x.relation)
  const family = heirs.map((h) => ({ ...h }))
  const has = (r: Relation) => family.some((h) => h.relation === r)

  // «ما نصيبها؟»: the heir the condition names
  // (named without the line the condition gives, so that it means the kinsman of each alternative)
  const named = (...phrases: string[]) =>
    rest.replace(
      /نصيب(ها|ه|هم|هن|هما)(?=[\s؟?]|$)/,
      `نصيب ${phrases
        .map((p) =>
          ` ${arabicWordsOf(p).join(' ')} `
            .replace(/ (شقيق\S*|اشقاء|لاب|لام|للاب|للام|من الاب|من الام|اخا|اختا) /g, ' ')
            .trim()
            .replace(/^و(?=ال)/, ''),
        )
        .join(' و')}`,
    )

  // «الأم هي أم الميت»: a restatement of who she is, no change
  if (/^(ال\S+) (هي|هو) /.test(said) && mentions.length >= 1 && mentions.every((x) => x.relation === mentions[0]!.relation) && has(mentions[0]!.relation!))
    return { families: [family], asked: named(mentions[0]!.phrase) }

  // «للمتوفاة ولد», «للميت زوجة», «له إخوة (اثنان فصاعدا)»: an heir added
  if (/^(للميت|للمتوفي|للمتوفاة|له|لها)$/.test(words[0] ?? '')) {
    if (mentions.length !== 1) return undefined
    const r = mentions[0]!.relation!
    const count = mentions[0]!.count ?? (/فصاعدا|اكثر/.test(said) ? 2 : 1)
    if (has(r)) return undefined
    return { families: [[...family, { relation: r, count }]], asked: rest }
  }

  // «الأم قد توفيت قبل الوفاة»: an heir who died before is no heir
  if (/ (توفي|توفيت|مات|ماتت|متوفي|متوفاة) قبل/.test(` ${words.join(' ')}`) && mentions.length === 1 && has(mentions[0]!.relation!)) {
    const r = mentions[0]!.relation!
    return { families: [family.filter((h) => h.relation !== r)], asked: named(mentions[0]!.phrase), gone: r }
  }

  // «الأخت من الأب», «الأخ أخا من الأم», «الأخوان والأختان أشقاء أو لأب»: the line of each kinsman of that kind
  if (words.length > 8) return undefined
  // «ما نصيب ابن العم إذا كان شقيقاً أو لأب؟»: a line alone is said of the kinsman the question names
  // («إذا كانتا لأم»: the other line alone, said of them too)
  const otherLine = /^(لاب|للاب|من الاب|لام|للام|من الام)$/.exec(words.join(' '))
  const prefix = otherLine ? (/ام$/.test(otherLine[1]!) ? 'maternal_' : 'paternal_') : undefined
  const lineOnly = /^(شقيقا|شقيقة|شقيقين|شقيقتين|اشقاء|شقيقات)( او (لاب|من الاب))?$/.test(words.join(' ')) || otherLine !== null
  const subjects = lineOnly ? arabicMentions(rest).filter((x) => x.relation && PATERNAL_OF[x.relation] && has(x.relation)) : mentions
  const lined = new Map<Relation[], (typeof mentions)[number]>()
  for (const x of lineOnly ? subjects.slice(0, 1) : mentions) {
    if (lineOnly) {
      const kind = LINE_KINDS.find((k) => k.includes(x.relation!))
      const to = prefix ? kind?.find((r) => r.startsWith(prefix)) : x.relation
      if (kind && to) lined.set(kind, { ...x, relation: to })
      continue
    }
    // (a line given by a conjoined sibling — «الأخوان والأختان أشقاء» — counts too)
    const stated = x.line || x.relation!.startsWith('paternal_') || x.relation!.startsWith('maternal_') || /شقيق|اشقاء/.test(x.phrase) || !x.assumed.some((a) => a.kind === 'line_full')
    if (!stated) continue
    const kind = LINE_KINDS.find((k) => k.includes(x.relation!))
    if (kind) lined.set(kind, x)
  }
  if (lined.size === 0) return undefined
  const either = / او (لاب|من الاب)$/.test(` ${words.join(' ')}`)
  const changes: [Relation, Relation][] = []
  for (const [kind, x] of lined) {
    const present = family.filter((h) => kind.includes(h.relation))
    if (present.length !== 1) return undefined
    changes.push([present[0]!.relation, x.relation!])
  }
  // «شقيقا أو لأب»: both lines computed, each kinsman named taking the same one
  const changed = (other: boolean) =>
    family.map((h) => {
      const to = changes.find(([was]) => was === h.relation)?.[1]
      return to ? { ...h, relation: other ? (PATERNAL_OF[to] ?? to) : to } : h
    })
  const families = either ? [changed(false), changed(true)] : [changed(false)]
  return { families, asked: named(...[...lined.values()].map((x) => x.phrase)) }
}
