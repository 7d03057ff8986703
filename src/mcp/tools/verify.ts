import { z } from 'zod'
import { VERIFY_MAX_TEXT, type VerifiedQuote, verifiedQuoteSchema } from '../../contract/verify'
import type { VerifyService } from '../../verify/service'
import { defineTool } from '../tool'

export const verifyCitationsTool = (deps: { verify: Pick<VerifyService, 'verifyFor'> }) =>
  defineTool({
    name: 'verify_citations',
    title: "Verify Qur'an and hadith quotations",
    description:
      'Finds the Arabic quotations of a text (between « », “ ”, " " or ﴿ ﴾, and unmarked runs of a verse\'s words) and judges each: authentic, misquoted (with the verses or hadith it corrupts and their authentic text) or unverifiable.',
    input: { text: z.string().min(1).max(VERIFY_MAX_TEXT).describe('The text to check, e.g. an answer quoting verses or hadith in Arabic') },
    output: { quotes: z.array(verifiedQuoteSchema) },
    readOnly: true,
    async run({ text }, { userId }) {
      const result = await deps.verify.verifyFor(userId, { text, lang: 'en' })
      const lines = result.quotes.map((q) => `- ${q.verdict}${q.reference ? ` (${q.reference})` : ''}: ${q.text}${q.authentic_text ? `\n  authentic: ${q.authentic_text}` : ''}${sourceNotes(q)}`)
      return { text: lines.length > 0 ? lines.join('\n') : 'No Arabic quotation found.', structured: result }
    },
  })

/** A reference or a source written beside the quotation that does not hold it. */
function sourceNotes(q: VerifiedQuote): string {
  const notes: string[] = []
  if (q.cited?.matches === false) notes.push('the verse reference written beside it names other verses')
  if (q.attributed?.matches === false) notes.push(`the source named (${q.attributed.collections.join(', ')}) does not hold it`)
  return notes.map((n) => `\n  ${n}`).join('')
}
