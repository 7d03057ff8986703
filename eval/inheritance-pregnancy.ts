/**
 * QIAS questions on a family with an unborn heir: the division before the birth (each present heir's least part,
 * the rest held back, all counted in the scenarios' common base), and what follows once the birth is known
 * («إذا تبين أن الحمل أنثى، فكم سهما يضاف لكل ابن؟»). General rules of how such questions are worded.
 */
import { numberAt } from '../src/rag/faraid/arabic-numbers'
import { arabicWordsOf, foldArabic } from '../src/rag/faraid/arabic-text'
import { type Distribution, distribute } from '../src/rag/faraid/compute'
import { Fraction, sihaamOf } from '../src/rag/faraid/fraction'
import { unbornOutcome } from '../src/rag/faraid/parse-pregnancy'
import { distributeWithPregnancy, OUTCOME_CHILDREN, type Outcome, UNBORN_SISTER, type Unborn, withOutcome } from '../src/rag/faraid/pregnancy'
import type { Relation, School, Sex } from '../src/rag/faraid/relations'
import { arabicMentions } from '../src/rag/faraid/parse-ar'
import { amountOf, chooseOption, type Failure, type Question } from './inheritance-answer'

/** «خمسة وتسعين ألف سهم وأربعين سهما», «أربعمائة سهم وثمانية أسهم»: a count of shares said in two parts. */
function sihaamAt(words: readonly string[], i: number): { value: number; length: number } | undefined {
  const n = numberAt(words, i)
  if (!n || !/^(سهم|سهما|اسهم|سهام)$/.test(words[i + n.length] ?? '')) return undefined
  const after = i + n.length + 1
  const w = words[after] ?? ''
  if (/^و/.test(w) && w.length > 2) {
    const tail = numberAt([w.slice(1), ...words.slice(after + 1)], 0)
    if (tail && tail.value < n.value && /^(سهم|سهما|اسهم|سهام)$/.test(words[after + tail.length] ?? '')) return { value: n.value + tail.value, length: n.length + tail.length + 2 }
  }
  return { value: n.value, length: n.length + 1 }
}

/** The total of shares a question divides the estate into («إذا قسمت التركة على 2880 سهما», «من أصل 432 سهما»), if any. */
export function statedTotal(text: string): number | undefined {
  const words = arabicWordsOf(text)
  for (let i = 0; i < words.length; i++) {
    if (!/^(اصل|مجموع|علي|من)$/.test(words[i - 1] ?? '')) continue
    const s = sihaamAt(words, i)
    if (s) return s.value
  }
  return undefined
}

/** The option whose number is the first of `values` that one option says (an option written twice counts once). */
export function numberOption(values: Fraction[], options: string[]): number | Failure {
  const amounts = options.map((o) => amountOfSihaam(o.replace(/^[A-F]\)\s*/, '')))
  for (const v of values) {
    if (v.d !== 1n) continue
    const hits = amounts.flatMap((a, i) => (a === Number(v.n) ? [i] : []))
    if (hits.length >= 1 && hits.every((h) => options[h] === options[hits[0]!])) return hits[0]!
  }
  return 'no_option'
}

const amountOfSihaam = (o: string) => {
  const words = arabicWordsOf(o)
  return (words.length > 0 ? sihaamAt(words, 0)?.value : undefined) ?? amountOf(o)
}

/** The unborn's part once born as `outcome`: all of it, the male's, the female's, or each one's. */
function unbornPart(d: Distribution, unborn: Unborn, outcome: Outcome, which: 'all' | 'male' | 'female' | 'each'): Fraction {
  const [males, females] = OUTCOME_CHILDREN[outcome]
  const each = (r: Relation) => d.heirs.find((h) => h.relation === r)?.each ?? Fraction.ZERO
  if (which === 'male') return each(unborn)
  if (which === 'female') return each(UNBORN_SISTER[unborn])
  if (which === 'each') return males > 0 ? each(unborn) : each(UNBORN_SISTER[unborn])
  return each(unborn).mul(males).add(each(UNBORN_SISTER[unborn]).mul(females))
}

/**
 * A division made now, before an outcome is known (a birth, a missing heir's fate), as a distribution the option
 * matcher reads: each heir as in the reading that gives it least (its fixed share, residue and excluders from there),
 * its part the least, all counted in `scale`.
 */
export function leastDivision(readings: readonly Distribution[], heirs: readonly { relation: Relation; count: number; share: Fraction }[], scale: bigint, treasury: Fraction): Distribution {
  const least = heirs.map((h) => {
    const reading = readings.find((d) => {
      const x = d.heirs.find((y) => y.relation === h.relation)
      return x ? x.each.mul(h.count).cmp(h.share) === 0 : h.share.isZero()
    })!
    const x = reading.heirs.find((y) => y.relation === h.relation) ?? readings[0]!.heirs.find((y) => y.relation === h.relation)!
    const fard = x.fard?.mul(h.count).div(x.count)
    return { ...x, count: h.count, share: h.share, each: h.share.div(h.count), sihaam: sihaamOf(h.share, scale), ...(fard ? { fard } : {}) }
  })
  return { ...readings[0]!, heirs: least, base: scale, baseFinal: scale, radd: false, treasury, cases: [], differences: [] }
}

/** «إذا تبين أن الحمل ذكر،», «إذا انفش الحمل أو ولد ميتا،»: the clause that states the outcome, taken out. */
function withoutCondition(asked: string): string {
  return foldArabic(asked)
    .replace(/(^|[\s،,.])و?(اذا|لو|ان|في حال|عند)\s+(كان|تبين|ظهر|ولد|اتضح|انفش|نفش|علم)\s[^،,؟?]*(الحمل|حمل|ولد|ميتا)[^،,؟?]*[،,]?/, '$1 ')
    .replace(/(^|\s)(اذا|لو)\s+كان الحمل\s+\S+(\s+و\S+)?/, '$1 ')
    .replace(/(^|[\s،,.])و?(تبين|ظهر|اتضح|علم)\s+ان\s+الحمل\s[^،,؟?]*[،,]?/, '$1 ')
}

const RESERVE = /(يوقف|توقف|يحجز|تحجز|الموقوف|الموقوفة|موقوف|يرصد)/
const ADDED = /(يضاف|تضاف|يزاد|تزاد|من الموقوف|من السهام الموقوفة|من القدر الموقوف)/

/** The option chosen for a question on a family with an unborn heir, or why none could be. */
export function pregnancyAnswer(question: Question, deceased: Sex, school: School, options: string[]): number | Failure {
  let q = question
  const unborn = q.family.unborn!
  const c = { deceased, heirs: q.family.heirs, school }
  const asked = ` ${arabicWordsOf(q.asked).join(' ')} `
  // Born already («وحمل وُلد ذكراً»): an ordinary family
  if (q.family.unbornOutcome) return chooseOption(q, distribute(withOutcome(c, unborn, q.family.unbornOutcome)), options)
  const p = distributeWithPregnancy(c, unborn)
  const stated = statedTotal(q.asked)
  // the total a question states is taken when it counts the division now in whole shares (al-jāmiʿa, a multiple
  // of it, or the common base of the possibilities that lower a part)
  const whole = (n: number) => [p.reserved, ...p.heirs.map((h) => h.share.div(h.count))].every((f) => f.mul(n).d === 1n)
  const scale = stated !== undefined && whole(stated) ? Fraction.of(stated) : Fraction.of(p.base)
  const outcome = unbornOutcome(q.asked)
  const initial = leastDivision(
    p.scenarios.map((s) => s.distribution),
    p.heirs,
    p.base,
    Fraction.ZERO,
  )
  if (outcome === undefined) {
    const named = arabicMentions(q.asked).some((m) => m.relation)
    if (/ (على كم|مجموع|عدد) (سهما|الاسهم|اسهم|السهام) /.test(asked) && !RESERVE.test(asked) && !named) return numberOption([scale], options)
    // the reserve in shares of al-jāmiʿa (or the total stated), else of the possibilities' own bases
    const bases = p.scenarios.flatMap((s) => [s.distribution.baseFinal, s.distribution.base])
    if (RESERVE.test(asked) && / (للحمل|الحمل) /.test(asked) && !named)
      return numberOption(
        [scale, ...bases.map((b) => Fraction.of(b))].map((b) => p.reserved.mul(b)),
        options,
      )
    // «ما نصيب حمل زوجة الابن؟»: nothing, when every possibility excludes it («قبل ولادة الحمل» asks nothing of it)
    if (/ (نصيب|ياخذ|تاخذ|يرث|ترث|يتحصل|يستحق|اسهم|سهام) (ال)?حمل /.test(asked.replace(/ (وقف|حجز|ايقاف) نصيب /g, ' '))) {
      const most = p.scenarios.reduce((a, s) => a.add(unbornPart(s.distribution, unborn, s.outcome, 'all')), Fraction.ZERO)
      const nothing = options.flatMap((o, i) => (/لا شيء|لا يرث|لا ترث|محجوب/.test(o) ? [i] : []))
      return most.isZero() && nothing.length === 1 ? nothing[0]! : 'question'
    }
    return chooseOption(q, stated !== undefined && scale.cmp(Fraction.of(p.base)) !== 0 ? { ...initial, baseFinal: BigInt(stated) } : initial, options)
  }
  // the condition is met by computing its possibility: what is left is asked of it
  q = { ...q, asked: withoutCondition(q.asked) }
  const born = p.scenarios.find((s) => s.outcome === outcome)?.distribution ?? distribute(withOutcome(c, unborn, outcome))
  // «كم سهما يأخذ الحمل», «تأخذ الأنثى من الحمل», «يتحصل لكل ذكر منهما»
  // «فكم سهما يتحصل لكل واحدة منهما؟» after the outcome: with no heir named, the newborn is asked about
  const rest = ` ${arabicWordsOf(q.asked).join(' ')} `
  const aboutNewborn = / الحمل /.test(rest) || (!arabicMentions(q.asked).some((m) => m.relation) && / (ياخذ|تاخذ|يتحصل|يستحق|نصيب|يرث|ترث) /.test(rest))
  if (aboutNewborn) {
    const which = / (الذكر|ذكر) (من|منهما) /.test(rest) ? 'male' : / (الانثي|انثي) (من|منهما) /.test(rest) ? 'female' : / (كل|لكل) /.test(rest) ? 'each' : 'all'
    return numberOption([unbornPart(born, unborn, outcome, which).mul(scale)], options)
  }
  // «كم سهما يضاف لكل ابن», «كم سهما تأخذ البنتان من الموقوف»: the part now against the part once born
  if (ADDED.test(asked)) {
    const grown: Distribution = {
      ...born,
      baseFinal: BigInt(Number(scale.n)),
      heirs: born.heirs.flatMap((h) => {
        const before = initial.heirs.find((x) => x.relation === h.relation)
        if (!before) return []
        const share = h.each.mul(before.count).sub(before.share)
        return [{ ...h, count: before.count, share, each: share.div(before.count), sihaam: share.mul(scale).n }]
      }),
    }
    return chooseOption({ ...q, asked: q.asked.replace(/(يضاف|تضاف|يزاد|تزاد)/, 'يأخذ') }, grown, options)
  }
  return chooseOption(q, { ...born, baseFinal: BigInt(Number(scale.n)) }, options)
}
