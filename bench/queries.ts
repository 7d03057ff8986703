import fs from 'node:fs'
import path from 'node:path'
import { THESAURUS_FILE } from '../src/rag/text/thesaurus'

export interface BenchQuery {
  lang: 'fr' | 'en' | 'ar'
  text: string
}

const TEMPLATES = {
  ar: (c: string) => `ما حكم ${c} في الإسلام؟`,
  fr: (c: string) => `Que dit le Coran sur ${c} ?`,
  en: (c: string) => `What does the Qur'an say about ${c}?`,
}

/**
 * Varied FR/AR/EN questions, none from an evaluation set: the trilingual development questions of
 * eval/xling/train.tsv, then one question per thesaurus concept and language, interleaved by language.
 */
export function benchQueries(max: number): BenchQuery[] {
  const xling = fs
    .readFileSync(path.resolve(import.meta.dirname, '../eval/xling/train.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .map(([, lang, text]) => ({ lang: lang as BenchQuery['lang'], text: text! }))
  const concepts = fs
    .readFileSync(THESAURUS_FILE, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
  const fromThesaurus = concepts.flatMap(([, ar, fr, en]) => (['ar', 'fr', 'en'] as const).map((lang, i) => ({ lang, text: TEMPLATES[lang]([ar, fr, en][i]!.split(/[;،]/)[0]!.trim()) })))
  return [...xling, ...fromThesaurus].slice(0, max)
}
