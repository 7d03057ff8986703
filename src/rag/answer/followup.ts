import { analyze, type Lang } from '../text/analyze'

/**
 * Without a model to rewrite it, an elliptical follow-up (« Et pour le voyageur ? », "What about the
 * traveller?", «وماذا عن المسافر؟») is searched with the reader's previous question as context, so that it
 * keeps its subject; the context weighs less than the follow-up's own words, so that what is new in it
 * leads the ranking instead of returning the previous answer again. A follow-up is elliptical when it opens with a connector and names at most a few things
 * of its own, or names nothing at all (« Pourquoi ? »). Anything else is a new question, searched alone.
 */
const CONNECTOR: Record<Lang, RegExp> = {
  fr: /^(et|mais|aussi|alors|donc|sinon|même|qu['’]en est-il|dans ce cas|et si|pareil)\b/i,
  en: /^(and|but|also|so|then|what about|how about|what if|in that case|same)\b/i,
  // No \b here: JavaScript's word boundary knows only ASCII letters.
  ar: /^(وماذا|فماذا|ماذا عن|وما|وهل|فهل|وإذا|واذا|فإذا|وإن|وان|ولو|وكذلك|كذلك|وأيضا|وايضا)/,
}

const MAX_OWN_TERMS = 4

export interface Turn {
  role: string
  content: string
}

function isElliptical(question: string, lang: Lang): boolean {
  const own = new Set(analyze(question, lang, { query: true }))
  if (own.size === 0) return true
  return own.size <= MAX_OWN_TERMS && CONNECTOR[lang].test(question.trim())
}

/** What to search for a question: its own text, and for an elliptical follow-up the question it continues. */
export interface RetrievalQuery {
  text: string
  context?: string
}

/** The query to search for `question` given the conversation so far (oldest first). */
export function retrievalQuery(question: string, history: Turn[], lang: Lang): RetrievalQuery {
  const previous = [...history].reverse().find((m) => m.role === 'user')
  if (!previous || !isElliptical(question, lang)) return { text: question }
  return { text: question, context: previous.content }
}
