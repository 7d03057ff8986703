import { z } from 'zod'

/** The three languages of the corpus, of questions and of the interface. */
export const langSchema = z.enum(['ar', 'fr', 'en'])
export type Lang = z.infer<typeof langSchema>

/** A plain confirmation (`{ message }`), as auth answers when there is nothing else to return. */
export const noticeSchema = z.object({ message: z.string() })
export type Notice = z.infer<typeof noticeSchema>

/** A page of a list, newest or oldest first as the route says; `next_cursor` is null on the last page. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), next_cursor: z.string().nullable() })
export interface Page<T> {
  items: T[]
  next_cursor: string | null
}

/** A list that is never paged (a conversation's documents). */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) })
