import { agentNounBases, analyze, arabicRootTerms, detectLang, type Lang } from '../text/analyze'
import type { WeightedTerm } from '../index/bm25'
import type { Thesaurus } from '../text/thesaurus'
import { asksWho, PERSON_MARK } from '../text/answer-type'
import type { Associations } from '../text/associations'

export interface AnalysedQuery {
  lang: Lang
  terms: WeightedTerm[]
  /** The concepts recognised in the question (for logs and the eval report). */
  concepts: string[]
  /**
   * Each of the reader's own terms with every term searched in its name (itself, the forms of the concepts it
   * names, their learned associations): the question's subject is covered by a passage holding any of them.
   */
  families: Map<string, Set<string>>
  /** The terms searched in the index's extra fields (roots, answer-type marks) rather than among its words. */
  fields: Set<string>
}

/** Weight of the words of the question a follow-up continues, relative to the follow-up's own. */
const CONTEXT_WEIGHT = 0.5
/** Weight of a French agent noun's base (voyageur → voyage): Snowball keeps the two apart. */
const AGENT_BASE_WEIGHT = 1

export interface QueryOptions {
  /** The question an elliptical follow-up continues: searched too, at CONTEXT_WEIGHT. */
  context?: string
  thesaurus?: Thesaurus
  /** Weight of a term brought in by the thesaurus, relative to a term the reader typed. */
  expansionWeight?: number
  /** Word associations learned from aligned texts; each adds its term at `associationWeight` × its probability. */
  associations?: Associations
  associationWeight?: number
  /** Weight of same-language synonyms reached through another language and back. */
  associationPivot?: number
  /** Weight of the roots of the question's own Arabic words (the index's root field); 0 or absent: off. */
  rootWeight?: number
  /** Weight of the answer-type field for questions asking who (passages naming groups of people); 0 or absent: off. */
  answerTypeWeight?: number
}

/** Question → weighted terms: its own terms at weight 1 (repeats add up), thesaurus expansions lighter. */
export function analyseQuery(text: string, opts: QueryOptions = {}): AnalysedQuery {
  const lang = detectLang(text)
  const weights = new Map<string, number>()
  for (const t of analyze(text, lang, { query: true })) weights.set(t, Math.min(2, (weights.get(t) ?? 0) + 1))
  const context = opts.context ? { text: opts.context, lang: detectLang(opts.context) } : undefined
  for (const t of context ? analyze(context.text, context.lang, { query: true }) : []) if (!weights.has(t)) weights.set(t, CONTEXT_WEIGHT)
  // The subject to cover: the reader's words, a follow-up's context included (at its weight).
  const families = new Map([...weights.keys()].map((t) => [t, new Set([t])]))
  for (const { term, base } of agentNounBases(text, lang)) {
    if (!weights.has(base)) weights.set(base, AGENT_BASE_WEIGHT)
    families.get(term)?.add(base)
  }
  const fields = new Set<string>()
  if ((opts.rootWeight ?? 0) > 0) for (const root of addRoots(text, opts.rootWeight!, weights, families)) fields.add(root)
  if ((opts.answerTypeWeight ?? 0) > 0 && asksWho(text, lang)) {
    weights.set(PERSON_MARK, opts.answerTypeWeight!)
    fields.add(PERSON_MARK)
  }
  const concepts: string[] = []
  if (opts.thesaurus) {
    const w = opts.expansionWeight ?? 0.5
    const sources = [{ text, lang, weight: w }, ...(context ? [{ ...context, weight: w * CONTEXT_WEIGHT }] : [])]
    for (const source of sources) {
      for (const match of opts.thesaurus.expand(source.text, source.lang)) {
        if (!concepts.includes(match.concept)) concepts.push(match.concept)
        for (const term of match.terms) if (!weights.has(term)) weights.set(term, source.weight)
        for (const own of match.matched) for (const term of match.terms) families.get(own)?.add(term)
      }
    }
  }
  if (opts.associations && (opts.associationWeight ?? 0) > 0) {
    const w = opts.associationWeight ?? 0
    const added = new Map<string, number>()
    for (const [term, weight] of weights) {
      for (const a of opts.associations.expand([{ term, weight }], lang, { pivot: opts.associationPivot ?? 0 })) {
        if (weights.has(a.term)) continue
        added.set(a.term, Math.max(added.get(a.term) ?? 0, w * a.weight))
        for (const family of families.values()) if (family.has(term)) family.add(a.term)
      }
    }
    for (const [term, weight] of added) weights.set(term, weight)
  }
  return { lang, terms: [...weights].map(([term, weight]) => ({ term, weight })), concepts, families, fields }
}

/**
 * The roots of the question's own Arabic words, searched in the index's root field: a broken plural or another
 * derived form of a word (فقراء/الفقير, الصيام/الصوم) meets it there. A root counts as its word for the subject.
 */
function addRoots(text: string, weight: number, weights: Map<string, number>, families: Map<string, Set<string>>): string[] {
  const added: string[] = []
  for (const { term, root } of arabicRootTerms(text, { query: true })) {
    if (!weights.has(root)) {
      weights.set(root, weight)
      added.push(root)
    }
    families.get(term)?.add(root)
  }
  return added
}
