/**
 * QIAS questions on a family with a missing heir (al-mafqūd): the division while his fate is unknown (each present
 * heir's least part, the rest held back, all counted in the common base of the two readings), and what follows once
 * he returns or is declared dead («إذا حكم بموت الزوجة المفقودة، فكم سهما إضافيا يأخذ الأخ؟»). General rules of how
 * such questions are worded.
 */
import { arabicWordsOf, foldArabic } from '../src/rag/faraid/arabic-text'
import type { Distribution } from '../src/rag/faraid/compute'
import { Fraction, sihaamOf } from '../src/rag/faraid/fraction'
import { distributeWithMissing } from '../src/rag/faraid/missing'
import { arabicMentions } from '../src/rag/faraid/parse-ar'
import type { School, Sex } from '../src/rag/faraid/relations'
import { chooseOption, type Failure, type Question } from './inheritance-answer'
import { leastDivision, numberOption, statedTotal } from './inheritance-pregnancy'

/** «إذا حكم بموت المفقود», «إذا ظهر حيا», «لو كانت حاضرة»: the reading a condition states, and the question without it. */
function condition(asked: string): { alive: boolean; rest: string } | undefined {
  const dead = /(^|\s)(اذا|لو|ان|في حال|عند)\s+(حكم|ثبت|تبين|ظهر|علم|قضي|اعتبر)[^،,؟?]*(بموت|موت|ميت|ميتة|ميتا|وفاة|توفي|توفيت)[^،,؟?]*[،,]?/
  const alive = /(^|\s)(اذا|لو|ان|في حال|عند)\s+(ظهر|عاد|رجع|تبين|ثبت|علم|كان|كانت)[^،,؟?]*(حي|حيا|حية|حاضر|حاضرة|حياة|حياته|حياتها)[^،,؟?]*[،,]?/
  for (const [re, isAlive] of [
    [dead, false],
    [alive, true],
  ] as const) {
    const m = re.exec(asked)
    if (m) return { alive: isAlive, rest: asked.replace(re, '$1 ').replace(/\s(و?ردت|ورد)[^،,؟?]*[،,]/, ' ') }
  }
  return undefined
}

const RESERVE = /(يوقف|توقف|يحجز|تحجز|الموقوف|الموقوفة|موقوف|يرصد)/
const ADDED = /(اضافي|اضافيا|اضافية|يضاف|تضاف|يزاد|تزاد|المردودة|المردود|من الموقوف|الموقوفة)/

/** The option chosen for a question on a family with a missing heir, or why none could be. */
export function missingAnswer(asked: Question, deceased: Sex, school: School, options: string[]): number | Failure {
  // («… أخت شقيقة (3). الزوجة مفقودة. ما نصيب الأم؟»: the statement that she is missing is not the question)
  const question = { ...asked, asked: asked.asked.replace(/[^.؟?\n]*مفقود[^.؟?\n]*\.(?!\d)/g, ' ') }
  const missing = question.family.missing!
  const p = distributeWithMissing({ deceased, heirs: question.family.heirs, school }, missing)
  const plain = ` ${arabicWordsOf(question.asked).join(' ')} `
  const stated = statedTotal(question.asked)
  // the total a question states is taken when every part now is a whole number of it
  const whole = (n: number) => [p.reserved, p.missingShare, ...p.heirs.map((h) => h.share.div(h.count))].every((f) => f.mul(Fraction.of(n)).d === 1n)
  const scale = stated !== undefined && whole(stated) ? BigInt(stated) : p.base
  const initial = leastDivision([p.alive, p.dead], p.heirs, scale, p.treasury)
  // (the condition ends at its comma: read on the text with its punctuation)
  const cond = condition(foldArabic(question.asked))
  const named = arabicMentions(question.asked).filter((m) => m.relation)
  if (!cond) {
    if (/ (على كم|مجموع|عدد) (سهما|الاسهم|اسهم|السهام) /.test(plain) && named.length === 0 && !RESERVE.test(plain)) return numberOption([Fraction.of(scale)], options)
    if (RESERVE.test(plain) && !/ غير الموقوفة /.test(plain)) {
      // «كم سهما يوقف للزوجة المفقودة؟»: her own part; «كم سهما يوقف؟»: all that is held
      const ofMissing = named.some((m) => m.relation === missing.relation)
      return numberOption([(ofMissing ? p.missingShare : p.reserved).mul(Fraction.of(scale))], options)
    }
    // the missing heir's own part is not given now: what is asked of him is held, not answered from the shares
    if (named[0]?.relation === missing.relation) return 'question'
    return chooseOption({ ...question, asked: question.asked.replace(/من الاسهم غير الموقوفة|من الأسهم غير الموقوفة/, '') }, initial, options)
  }
  const reading = cond.alive ? p.alive : p.dead
  // «فكم سهما إضافيا يأخذ الأخ من الأسهم المردودة؟»: the part in that reading against the part now
  if (ADDED.test(cond.rest.replace(/الموقوفة علي/, ''))) {
    const grown: Distribution = {
      ...reading,
      baseFinal: scale,
      heirs: reading.heirs.flatMap((h) => {
        const now = initial.heirs.find((x) => x.relation === h.relation)
        if (!now) return []
        const share = h.each.mul(now.count).sub(now.share)
        return [{ ...h, count: now.count, share, each: share.div(now.count), sihaam: sihaamOf(share, scale) }]
      }),
    }
    return chooseOption({ ...question, asked: cond.rest.replace(ADDED, ' ') }, grown, options)
  }
  return chooseOption({ ...question, asked: cond.rest }, reading, options)
}
