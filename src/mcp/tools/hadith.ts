import { z } from 'zod'
import { HADITH_BOOK_KEYS } from '../../rag/canon/hadith-books'
import { type HadithLookup, hadithSchema, hadithText } from '../hadith'
import { defineTool } from '../tool'

export const getHadithTool = (deps: { hadith: HadithLookup }) =>
  defineTool({
    name: 'get_hadith',
    title: 'Get a hadith',
    description:
      'One hadith of an installed collection by its number: the Arabic and its translations, the chapter, the grades and the matn (the report without its chain). An uninstalled collection or an unknown number is an error naming what is installed.',
    input: {
      collection: z
        .string()
        .min(1)
        .max(64)
        .describe(`The book: ${HADITH_BOOK_KEYS.join(', ')} (when installed)`),
      number: z.number().int().min(1).describe('The hadith number in that book, e.g. 1903'),
    },
    output: hadithSchema.shape,
    readOnly: true,
    async run({ collection, number }) {
      const hadith = await deps.hadith.get(collection.trim().toLowerCase(), number)
      return { text: hadithText(hadith), structured: hadith }
    },
  })
