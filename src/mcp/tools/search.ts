import { z } from 'zod'
import { langSchema } from '../../contract/common'
import { searchResultSchema } from '../../contract/search'
import type { Source } from '../../contract/sources'
import type { Retriever } from '../../rag/search/retriever'
import { defineTool } from '../tool'

/** One line a source: its number, reference and snippet (the structured result has the whole texts). */
const sourceLines = (sources: Source[]) => sources.map((s) => `[${s.n}] ${s.reference} — ${s.snippet.replace(/\s+/g, ' ').trim()}`).join('\n')

/** The retriever over the shared corpus (the Qur'an and the installed collections), as POST /search without a conversation. */
export const searchSourcesTool = (deps: { retriever: Retriever }) =>
  defineTool({
    name: 'search_sources',
    title: 'Search the sources',
    description:
      "Hybrid search (BM25 with a fiqh thesaurus in Arabic, French and English) over the shared corpus: the Qur'an (Arabic with French and English translations) and the installed hadith collections. Returns the passages ranked, each with its reference (e.g. « Coran 2:183 », « Sahih al-Bukhari 1903 »).",
    input: {
      query: z
        .string()
        .max(2_000)
        .refine((q) => q.trim().length > 0, 'must not be empty')
        .describe('What to look for, in Arabic, French or English'),
      k: z.number().int().min(1).max(50).default(6).describe('How many passages (1–50, default 6)'),
      collection: z.string().min(1).max(100).optional().describe('Only this collection: "quran", or a hadith book such as "bukhari"'),
      kind: z.enum(['quran', 'hadith']).optional().describe('Only Qur’an verses, or only hadith'),
      lang: langSchema.optional().describe('The language to return texts in (default: the query’s)'),
    },
    output: searchResultSchema.shape,
    readOnly: true,
    async run({ query, k, collection, kind, lang }) {
      const result = await deps.retriever.search(query, k, { include: 'corpus', collection, kind }, { lang })
      const structured = { items: result.items, lang: result.lang, concepts: result.concepts }
      const text = result.items.length > 0 ? sourceLines(result.items) : `No passage of the corpus answers "${query.trim()}".`
      return { text, structured }
    },
  })
