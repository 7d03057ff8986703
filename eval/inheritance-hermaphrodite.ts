/**
 * QIAS questions on a family with an heir of unknown sex («ابن، وبنتان، وخنثى … في الحالة التي يُرجى فيها
 * انكشاف أمر الخنثى … كم نصيب كل بنت من الأسهم؟»): the division the school makes, in the total the question states
 * or the division's own base. General rules of how such questions are worded.
 */
import { arabicWordsOf } from '../src/rag/faraid/arabic-text'
import { Fraction } from '../src/rag/faraid/fraction'
import { distributeWithHermaphrodite } from '../src/rag/faraid/hermaphrodite'
import { arabicMentions } from '../src/rag/faraid/parse-ar'
import { hopeOf } from '../src/rag/faraid/parse-hermaphrodite'
import type { School, Sex } from '../src/rag/faraid/relations'
import { type Failure, lastSentence, type Question } from './inheritance-answer'
import { numberOption, statedTotal } from './inheritance-pregnancy'

export function hermaphroditeAnswer(q: Question, deceased: Sex, school: School, options: string[]): number | Failure {
  // (whether his sex may become clear, said in the family or the question; unsaid: answered when both ways agree)
  const hope = q.family.hermaphrodite!.hope ?? hopeOf(q.asked)
  const answers = (hope === undefined ? [true, false] : [hope]).map((hope) => answerWith(q, deceased, school, options, hope))
  return answers.every((a) => a === answers[0]) ? answers[0]! : 'family'
}

function answerWith(q: Question, deceased: Sex, school: School, options: string[], hope: boolean): number | Failure {
  const h = distributeWithHermaphrodite({ deceased, heirs: q.family.heirs, school }, q.family.hermaphrodite!.line, hope)
  // (the question itself: from its last interrogative, past what is said of his state — «…أمر الخنثى، … كم نصيب الابن؟»)
  const sentence = lastSentence(q.asked)
  const question = /(?:^|[\s،,])[فو]?((?:كم|ما|ماذا|هل|لمن)\s[^،,]*)$/.exec(sentence)?.[1] ?? sentence
  const asked = ` ${arabicWordsOf(question).join(' ')} `
  // («كم سهماً تُوقف للخنثى؟»: what is held is not his part now)
  if (/ (توقف|يوقف|الموقوف|موقوف) /.test(asked)) return 'question'
  const stated = statedTotal(q.asked)
  const scale = Fraction.of(stated !== undefined && [h.share, ...h.heirs.map((x) => x.share.div(x.count))].every((f) => f.mul(stated).d === 1n) ? stated : h.base)
  if (/ (خنثي|الخنثي|للخنثي) /.test(asked)) return numberOption([h.share.mul(scale)], options)
  const relation = arabicMentions(question).find((m) => m.relation && h.heirs.some((x) => x.relation === m.relation))?.relation
  const heir = h.heirs.find((x) => x.relation === relation)
  if (!heir) return 'question'
  const each = / (كل|الواحد|للواحد|لكل) /.test(asked) || heir.count === 1
  return numberOption([(each ? heir.share.div(heir.count) : heir.share).mul(scale)], options)
}
