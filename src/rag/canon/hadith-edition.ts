import { z } from 'zod'

/**
 * One hadith-api edition file (`editions/<lang>-<book>.json`), checked before anything is written: a
 * download that is truncated, not JSON or of another shape is refused whole.
 */
const gradeSchema = z.object({ name: z.string(), grade: z.string() })
export type HadithGrade = z.infer<typeof gradeSchema>

const hadithSchema = z.looseObject({
  hadithnumber: z.number().positive(),
  text: z.string(),
  grades: z.array(gradeSchema).default([]),
  reference: z.looseObject({ book: z.number(), hadith: z.number() }).optional(),
})

const editionSchema = z.looseObject({
  metadata: z.looseObject({
    name: z.string(),
    sections: z.record(z.string(), z.string()).default({}),
    section_details: z.record(z.string(), z.looseObject({ name_native: z.string().optional() })).default({}),
  }),
  hadiths: z.array(hadithSchema).min(1),
})
export type Edition = z.infer<typeof editionSchema>

/** The catalogue file `editions.json`: `{<book>: {name, collection: [{name, book, language, link, …}]}}`. */
export const catalogueSchema = z.record(
  z.string(),
  z.looseObject({
    name: z.string(),
    collection: z.array(z.looseObject({ name: z.string(), book: z.string(), language: z.string() })),
  }),
)
export type Catalogue = z.infer<typeof catalogueSchema>

export class EditionShapeError extends Error {}

/** Parses and validates an edition's bytes; the message says what is wrong in a reader's terms. */
export function parseEdition(name: string, raw: string): Edition {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    throw new EditionShapeError(`${name}: not valid JSON (truncated or not an edition file)`)
  }
  const parsed = editionSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new EditionShapeError(`${name}: not a hadith-api edition (${issue.path.join('.') || 'top level'}: ${issue.message})`)
  }
  return parsed.data
}
