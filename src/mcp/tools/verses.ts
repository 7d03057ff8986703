import { z } from 'zod'
import { defineTool } from '../tool'
import { MAX_VERSES, parseReference, passageSchema, passageText, versesOf } from '../verses'

export const getVerseTool = () =>
  defineTool({
    name: 'get_verse',
    title: "Get Qur'an verses",
    description: `One verse ("2:183") or a range of one surah ("2:183-185", at most ${MAX_VERSES} verses): the Uthmani Arabic, Hamidullah's French and Saheeh International's English, with their references.`,
    input: { reference: z.string().max(20).describe('surah:verse or surah:first-last, e.g. "2:183" or "2:183-185"') },
    output: passageSchema.shape,
    readOnly: true,
    async run({ reference }) {
      const { surah, from, to } = parseReference(reference)
      const passage = versesOf(surah, from, to)
      return { text: passageText(passage), structured: passage }
    },
  })
