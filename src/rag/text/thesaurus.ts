import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyze, LANGS, type Lang } from './analyze'

/**
 * A trilingual thesaurus of fiqh concepts, applied as query expansion: a question that names a concept in
 * any of its forms (zakat, aumône, alms, الزكاة …) also searches for every other form, in all three
 * languages, including the words the Qur'an itself uses (الصدقات).
 */
interface ConceptMatch {
  concept: string
  terms: string[]
  /** The question's terms that named the concept (those of every form found in it). */
  matched: string[]
}

export interface Thesaurus {
  readonly size: number
  expand(text: string, lang: Lang): ConceptMatch[]
}

interface Concept {
  id: string
  /** Each surface form, analysed: a form matches when all its terms occur in the question. */
  forms: string[][]
  terms: string[]
}

export const THESAURUS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fiqh-thesaurus.tsv')

/** Parses the TSV: `id<TAB>ar forms<TAB>fr forms<TAB>en forms`, forms separated by `;` or `،`, `#` comments. */
export function parseThesaurus(tsv: string): Thesaurus {
  const concepts: Concept[] = []
  for (const [lineNo, line] of tsv.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue
    const cols = line.split('\t')
    if (cols.length !== 4) throw new Error(`thesaurus line ${lineNo + 1}: expected 4 tab-separated columns, got ${cols.length}`)
    const [id, ...byLang] = cols as [string, string, string, string]
    const forms: string[][] = []
    byLang.forEach((col, i) => {
      for (const form of col
        .split(/[;،]/)
        .map((f) => f.trim())
        .filter(Boolean)) {
        const terms = analyze(form, LANGS[i]!)
        if (terms.length > 0) forms.push(terms)
      }
    })
    concepts.push({ id: id.trim(), forms, terms: [...new Set(forms.flat())] })
  }
  return {
    size: concepts.length,
    expand(text, lang) {
      const present = new Set([...LANGS].flatMap((l) => (l === lang || l === 'ar' ? analyze(text, l) : [])))
      if (lang !== 'ar') for (const t of analyze(text, lang === 'fr' ? 'en' : 'fr')) present.add(t)
      const out: ConceptMatch[] = []
      for (const c of concepts) {
        const found = c.forms.filter((form) => form.every((t) => present.has(t)))
        if (found.length > 0) out.push({ concept: c.id, terms: c.terms, matched: [...new Set(found.flat())] })
      }
      return out
    },
  }
}

let shipped: Thesaurus | undefined
export function loadThesaurus(file = THESAURUS_FILE): Thesaurus {
  if (file === THESAURUS_FILE && shipped) return shipped
  const t = parseThesaurus(fs.readFileSync(file, 'utf8'))
  if (file === THESAURUS_FILE) shipped = t
  return t
}
