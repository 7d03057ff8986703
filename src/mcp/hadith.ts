import { and, eq, isNotNull, isNull, notLike, sql } from 'drizzle-orm'
import { z } from 'zod'
import { langSchema } from '../contract/common'
import type { Db } from '../db/client'
import { AppError } from '../errors'
import { passages, passageTexts } from '../db/schema'
import { HADITH_BOOKS, isHadithBook } from '../rag/canon/hadith-books'
import { STAGING_SUFFIX } from '../rag/index/scope'

const gradeSchema = z.object({ name: z.string(), grade: z.string() })
export const hadithSchema = z.object({
  collection: z.string(),
  /** The book's name in each language (« Sahih al-Bukhari », «صحيح البخاري»). */
  book: z.object({ ar: z.string(), fr: z.string(), en: z.string() }),
  number: z.number().int(),
  /** « Sahih al-Bukhari 1933 », in English; each text carries its own. */
  reference: z.string(),
  grades: z.array(gradeSchema),
  /** The Arabic report without its chain of narrators, when the two could be told apart. */
  matn: z.string().nullable(),
  /** The Arabic and the translations the collection was installed with, each with its chapter. */
  texts: z.array(z.object({ lang: langSchema, text: z.string(), reference: z.string(), chapter: z.string().nullable() })),
})
export type Hadith = z.infer<typeof hadithSchema>

/** A hadith that cannot be given (collection not installed, no such number): said as it is, for a tool error. */
class HadithNotFound extends AppError {
  constructor(message: string) {
    super(404, 'not_found', message)
  }
}

const LANG_ORDER = ['ar', 'fr', 'en']

/**
 * Hadith of the installed collections, read from the index where `npm run corpus -- add` put them: one unit
 * per number, `source_key` being the number, its texts one row per language.
 */
export function createHadithLookup(db: Db) {
  /** The shared collections holding hadith now (a book being staged is not one yet). */
  async function installed(): Promise<string[]> {
    const rows = await db
      .selectDistinct({ collection: passages.collection })
      .from(passages)
      .where(and(isNotNull(passages.hadith), isNull(passages.ownerId), notLike(passages.collection, `%${STAGING_SUFFIX}`)))
    return rows.map((r) => r.collection).sort()
  }

  async function notFound(collection: string, number: number): Promise<never> {
    const books = await installed()
    const have = books.length > 0 ? `Installed: ${books.join(', ')}.` : 'No hadith collection is installed (an administrator adds them with `npm run corpus -- add <book>`).'
    if (!books.includes(collection)) throw new HadithNotFound(`The collection "${collection}" is not installed. ${have}`)
    const [range] = await db
      .select({ first: sql<number>`min((${passages.hadith}->>'number')::int)`, last: sql<number>`max((${passages.hadith}->>'number')::int)` })
      .from(passages)
      .where(and(eq(passages.collection, collection), isNull(passages.ownerId)))
    throw new HadithNotFound(`${collection} has no hadith number ${number} (its numbers run from ${range?.first} to ${range?.last}). ${have}`)
  }

  return {
    installed,

    async get(collection: string, number: number): Promise<Hadith> {
      const [unit] = await db
        .select({ id: passages.id, hadith: passages.hadith })
        .from(passages)
        .where(and(eq(passages.collection, collection), eq(passages.sourceKey, String(number)), isNull(passages.ownerId), isNotNull(passages.hadith)))
      if (!unit?.hadith) return notFound(collection, number)
      const texts = (await db.select().from(passageTexts).where(eq(passageTexts.passageId, unit.id))).sort((a, b) => LANG_ORDER.indexOf(a.lang) - LANG_ORDER.indexOf(b.lang))
      const names = isHadithBook(collection) ? HADITH_BOOKS[collection] : { ar: collection, fr: collection, en: collection }
      return {
        collection,
        book: { ...names },
        number: unit.hadith.number,
        reference: texts.find((t) => t.lang === 'en')?.reference ?? `${names.en} ${number}`,
        grades: unit.hadith.grades,
        matn: unit.hadith.matn,
        texts: texts.map((t) => ({ lang: langSchema.parse(t.lang), text: t.text, reference: t.reference, chapter: t.title })),
      }
    },
  }
}

export type HadithLookup = ReturnType<typeof createHadithLookup>

/** The hadith as text: its reference and grades, then each language's text with its chapter. */
export function hadithText(h: Hadith): string {
  const grades = h.grades.length > 0 ? `Grades: ${h.grades.map((g) => `${g.grade} (${g.name})`).join('; ')}` : 'Grades: none given by the edition'
  const texts = h.texts.map((t) => `${t.reference}${t.chapter ? ` — ${t.chapter}` : ''}\n${t.text}`)
  return [`${h.reference} — ${grades}`, ...texts, ...(h.matn ? [`Matn (without the chain): ${h.matn}`] : [])].join('\n\n')
}
