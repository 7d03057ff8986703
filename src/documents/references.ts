import type { Chunk } from '../rag/text/chunk'

const EXTENSION = /\.[a-z0-9]{1,5}$/i
const MAX_HEADING = 80

/**
 * How a passage of an uploaded document is cited: always the file's name with its extension first, then the
 * page (`cours.pdf p. 12`), the heading in quotation marks (`notes.docx, « Chapitre 2 »`) or the passage's
 * rank (`notes.txt §3`). Never a corpus reference's form: a file named « Qur'an 9999 » or a heading
 * « Sahih al-Bukhari 1 » stays visibly a document's.
 */
export function documentReference(fileName: string, chunk: Pick<Chunk, 'page' | 'heading'>, i: number): string {
  const file = EXTENSION.test(fileName) ? fileName : `${fileName}.txt`
  if (chunk.page) return `${file} p. ${chunk.page}`
  if (chunk.heading) {
    const heading = chunk.heading.replace(/[«»]/g, '"').trim()
    return `${file}, « ${heading.length > MAX_HEADING ? `${heading.slice(0, MAX_HEADING - 1)}…` : heading} »`
  }
  return `${file} §${i + 1}`
}
