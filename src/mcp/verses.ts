import { z } from 'zod'
import { loadQuranUnits, quranReference, quranVerseCount } from '../rag/canon/quran'
import { AppError } from '../errors'
import type { UnitInput } from '../rag/index/units'

/** The most verses one call returns: a passage to read, not a surah to page through (resources give whole surahs). */
export const MAX_VERSES = 50
const SURAHS = 114

const textSchema = z.object({ text: z.string(), reference: z.string() })
const verseSchema = z.object({ surah: z.number().int(), verse: z.number().int(), ar: textSchema, fr: textSchema, en: textSchema })
export const passageSchema = z.object({
  /** `2:183` or `2:183-185`. */
  reference: z.string(),
  surah: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
  /** The surah's name in each language (« سورة البقرة », « Sourate Al-Baqarah (La vache) »). */
  surah_name: z.object({ ar: z.string(), fr: z.string(), en: z.string() }),
  /** The Uthmani Arabic, Hamidullah's French and Saheeh International's English, verse by verse. */
  verses: z.array(verseSchema),
})
export type QuranPassage = z.infer<typeof passageSchema>

/** A reference a reader cannot be given verses for: said as it is, in a tool error or a resource error. */
class BadReference extends AppError {
  constructor(message: string) {
    super(400, 'invalid_reference', message)
  }
}

/** The shipped units by `surah:verse`, built on first use: the package files are read once per process. */
let byKey: Map<string, UnitInput> | undefined
const units = () => (byKey ??= new Map(loadQuranUnits().map((u) => [u.sourceKey, u])))

/** `2:183`, `2:183-185`, `2 : 183–185` → surah and range, checked against the shipped Qur'an. */
export function parseReference(reference: string): { surah: number; from: number; to: number } {
  const m = /^\s*(\d{1,3})\s*:\s*(\d{1,3})\s*(?:[-–]\s*(\d{1,3})\s*)?$/.exec(reference)
  if (!m) throw new BadReference(`"${reference}" is not a verse reference: write surah:verse ("2:183") or surah:first-last ("2:183-185").`)
  const surah = Number(m[1])
  const from = Number(m[2])
  const to = m[3] === undefined ? from : Number(m[3])
  if (surah < 1 || surah > SURAHS) throw new BadReference(`There is no surah ${surah}: the Qur'an has ${SURAHS} surahs (1 to ${SURAHS}).`)
  const count = quranVerseCount(surah)
  if (from < 1 || to > count || from > count) throw new BadReference(`Surah ${surah} has ${count} verses (1 to ${count}); "${reference.trim()}" is outside it.`)
  if (to < from) throw new BadReference(`"${reference.trim()}" runs backwards: write the first verse before the last (${surah}:${to}-${from}).`)
  if (to - from + 1 > MAX_VERSES) throw new BadReference(`"${reference.trim()}" spans ${to - from + 1} verses; at most ${MAX_VERSES} are given at once (read quran://${surah} for a whole surah).`)
  return { surah, from, to }
}

/** The verses of a checked range, in the three languages of the shipped Qur'an. */
export function versesOf(surah: number, from: number, to: number): QuranPassage {
  const verses: QuranPassage['verses'] = []
  let names: QuranPassage['surah_name'] | undefined
  for (let v = from; v <= to; v++) {
    const unit = units().get(`${surah}:${v}`)
    if (!unit) throw new BadReference(`Qur'an ${surah}:${v} is not in the shipped text.`)
    const t = Object.fromEntries(unit.texts.map((x) => [x.lang, x]))
    if (!t.ar || !t.fr || !t.en) throw new BadReference(`Qur'an ${surah}:${v} lacks a language in the shipped text.`)
    names ??= { ar: t.ar.title ?? '', fr: t.fr.title ?? '', en: t.en.title ?? '' }
    verses.push({
      surah,
      verse: v,
      ar: { text: t.ar.text, reference: t.ar.reference },
      fr: { text: t.fr.text, reference: t.fr.reference },
      en: { text: t.en.text, reference: t.en.reference },
    })
  }
  return { reference: from === to ? `${surah}:${from}` : `${surah}:${from}-${to}`, surah, from, to, surah_name: names!, verses }
}

/** The passage as text for a reader (or a model): each verse's Arabic, then its French and English. */
export function passageText(p: QuranPassage): string {
  const head = `${quranReference.en(p.surah, p.from, p.to)} — ${p.surah_name.en} / ${p.surah_name.ar}`
  const body = p.verses.map((v) => `${p.surah}:${v.verse}\n${v.ar.text}\nFR: ${v.fr.text}\nEN: ${v.en.text}`)
  return [head, ...body].join('\n\n')
}

/** The surahs as MCP lists them (one resource each, not one per verse): number, names, verse count. */
export function surahList(): Array<{ surah: number; name: string; title: string; verses: number }> {
  return Array.from({ length: SURAHS }, (_, i) => {
    const surah = i + 1
    const first = units().get(`${surah}:1`)!
    const title = (lang: string) => first.texts.find((t) => t.lang === lang)?.title ?? ''
    return { surah, name: first.title ?? `Surah ${surah}`, title: `${title('en')} — ${title('ar')}`, verses: quranVerseCount(surah) }
  })
}
