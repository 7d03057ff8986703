/**
 * `npm run eval -- --inheritance <task1.csv> [--out f.json] [--school hanbali]`: QIAS 2025 Task 1 (Arabic
 * inheritance multiple choice). Each question's family is parsed, the shares computed by the calculator, and
 * the option that says them chosen; accuracy by level, the share of questions parsed and accuracy on those,
 * beside the majority-letter baseline of the same file. A question not parsed counts as wrong. The figures are
 * also given for a fixed fifth of the cases held out while developing (`qiasHeldOut`) and for the rest.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { caseProblems, distribute } from '../src/rag/faraid/compute'
import { arabicMentions } from '../src/rag/faraid/parse-ar'
import type { ParsedFamily } from '../src/rag/faraid/parsed-family'
import { eitherReadings } from '../src/rag/faraid/readings'
import type { Relation, School } from '../src/rag/faraid/relations'
import { parseCsv } from './csv'
import { qiasHeldOut } from './folds'
import { beyondShares, chooseOption, type Failure, lastSentence, type Question, splitQuestion } from './inheritance-answer'
import { applyCondition, LINE_KINDS } from './inheritance-condition'
import { hermaphroditeAnswer } from './inheritance-hermaphrodite'
import { missingAnswer } from './inheritance-missing'
import { pregnancyAnswer } from './inheritance-pregnancy'
import { reasonAnswer } from './inheritance-reason'
import { schoolNamed } from '../src/rag/faraid/school-text'

const LEVELS = ['Beginner', 'Intermediate', 'Advanced'] as const
const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F']

interface Tally {
  questions: number
  correct: number
  parsed: number
  correctParsed: number
}
const tally = (): Tally => ({ questions: 0, correct: 0, parsed: 0, correctParsed: 0 })
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)
const pct = (x: number) => `${(100 * x).toFixed(1)} %`

export async function runInheritanceEval(file: string, opts: { out?: string; school: School; failures?: string }): Promise<void> {
  const rows = parseCsv(await fs.readFile(file, 'utf8'))
  const all = tally()
  const folds = { development: tally(), held_out: tally() }
  const byLevel = new Map<string, Tally>(LEVELS.map((l) => [l, tally()]))
  const failures = new Map<Failure | 'wrong', number>()
  const wrong: unknown[] = []
  const letters = new Map<string, number>()
  for (const row of rows) letters.set(row.label!, (letters.get(row.label!) ?? 0) + 1)
  const majority = [...letters].sort((a, b) => b[1] - a[1])[0]?.[0]

  for (const row of rows) {
    const options = LETTERS.map((_, i) => row[`option${i + 1}`] ?? '')
    const outcome = answerQuestion(row.question ?? '', options, opts.school)
    const level = byLevel.get(row.level ?? '') ?? tally()
    const parsed = typeof outcome === 'number'
    const correct = parsed && LETTERS[outcome] === row.label
    const fold = qiasHeldOut(row.id_question ?? '') ? 'held_out' : 'development'
    for (const t of [all, level, folds[fold]]) {
      t.questions++
      if (parsed) t.parsed++
      if (correct) {
        t.correct++
        t.correctParsed++
      }
    }
    const kind = parsed ? (correct ? undefined : 'wrong') : outcome
    if (kind) failures.set(kind, (failures.get(kind) ?? 0) + 1)
    if (kind) wrong.push({ id: row.id_question, fold, kind, question: row.question, options, label: row.label, chose: parsed ? LETTERS[outcome] : null })
  }

  const majorityRight = letters.get(majority ?? '') ?? 0
  console.log(`QIAS 2025 Task 1, ${path.basename(file)}: ${all.questions} questions, school ${opts.school}\n`)
  console.log('| level | questions | accuracy | parsed | accuracy on parsed |')
  console.log('|---|---|---|---|---|')
  for (const [level, t] of [...byLevel, ['all', all] as const, ['fold: development (4/5)', folds.development] as const, ['fold: held out (1/5)', folds.held_out] as const])
    console.log(`| ${level} | ${t.questions} | ${pct(ratio(t.correct, t.questions))} | ${pct(ratio(t.parsed, t.questions))} | ${pct(ratio(t.correctParsed, t.parsed))} |`)
  console.log(`\nbaseline (always ${majority}, the commonest label here): ${pct(ratio(majorityRight, all.questions))}`)
  console.log(`failures: ${[...failures].map(([k, n]) => `${k} ${n}`).join(', ')}`)
  const summary = {
    questions: all.questions,
    accuracy: ratio(all.correct, all.questions),
    parsed: ratio(all.parsed, all.questions),
    accuracy_parsed: ratio(all.correctParsed, all.parsed),
    folds: Object.fromEntries(
      Object.entries(folds).map(([f, t]) => [
        f,
        { questions: t.questions, accuracy: ratio(t.correct, t.questions), parsed: ratio(t.parsed, t.questions), accuracy_parsed: ratio(t.correctParsed, t.parsed) },
      ]),
    ),
    by_level: Object.fromEntries(LEVELS.map((l) => [l, ratio(byLevel.get(l)!.correct, byLevel.get(l)!.questions)])),
  }
  if (opts.out) {
    await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true })
    await fs.writeFile(opts.out, `${JSON.stringify(summary, null, 2)}\n`)
  }
  if (opts.failures) await fs.writeFile(opts.failures, wrong.map((w) => JSON.stringify(w)).join('\n'))
}

/** The chosen option's index, or why the question was not answered. */
/**
 * «… وأخ، وأخوات من الأب. ما نصيب الأخ من الأب؟»: a kinsman whose line the family left unsaid (read as full) is
 * asked about by another line, and none of that line is listed — the question says his line.
 */
function relinedByQuestion(q: Question): Question {
  const unsaid = new Set(q.family.assumptions.flatMap((a) => (a.kind === 'line_full' ? [a.relation] : [])))
  const present = new Set(q.family.heirs.map((h) => h.relation))
  const lines = new Map<Relation, Relation>()
  for (const m of arabicMentions(lastSentence(q.asked))) {
    const kind = m.relation && m.line && m.line !== 'full' ? LINE_KINDS.find((k) => k.includes(m.relation!)) : undefined
    const full = kind?.find((r) => unsaid.has(r) && present.has(r))
    if (full && !present.has(m.relation!)) lines.set(full, m.relation!)
  }
  if (lines.size === 0) return q
  return { ...q, family: { ...q.family, heirs: q.family.heirs.map((h) => ({ ...h, relation: lines.get(h.relation) ?? h.relation })) } }
}

export function answerQuestion(text: string, options: string[], defaultSchool: School): number | Failure {
  // («على مذهب المالكية», «بطريقة القرابة»: the school or method the question names)
  const school = schoolNamed(text, 'ar') ?? defaultSchool
  const q = splitQuestion(text)
  if (!q) return 'not_a_case'
  // «ما نصيب ابنة الأخت (س)؟»: people named by a letter are asked of by that name, which the family does not hold
  if (/\([^()\d\s]{1,2}\)/.test(q.asked)) return 'question'
  const { family } = relinedByQuestion(q)
  // («توفي عن ستة أطفال»: only children of no stated sex — each reading of them is checked below)
  if (family.problems.length > 0 || (family.heirs.length === 0 && !family.unsexedChildren)) return 'family'
  const deceased = family.deceased ?? 'male'
  if (family.heirs.length > 0 && caseProblems({ deceased, heirs: family.heirs }).length > 0) return 'family'
  if (family.unborn && (family.missing || family.unsexedChildren)) return 'family'
  if (family.hermaphrodite) return family.missing || family.either || family.anyDescendant || family.unsexedChildren ? 'family' : hermaphroditeAnswer(q, deceased, school, options)
  if (family.unborn) return pregnancyAnswer(q, deceased, school, options)
  if (family.missing) return family.either || family.anyDescendant || family.unsexedChildren ? 'family' : missingAnswer(q, deceased, school, options)
  // «وله فرع وارث»: computed with a son, a daughter and two daughters; «وستة أطفال»: with six sons, six daughters
  // and three of each — answered when all agree
  const n = family.unsexedChildren
  if (family.anyDescendant || n) {
    const variants: ParsedFamily['heirs'][] = n
      ? [
          [...family.heirs, { relation: 'son', count: n }],
          [...family.heirs, { relation: 'daughter', count: n }],
          ...(n > 1 ? [[...family.heirs, { relation: 'son' as const, count: Math.ceil(n / 2) }, { relation: 'daughter' as const, count: Math.floor(n / 2) }]] : []),
        ]
      : [
          [...family.heirs, { relation: 'son', count: 1 }],
          [...family.heirs, { relation: 'daughter', count: 1 }],
          [...family.heirs, { relation: 'daughter', count: 2 }],
        ]
    if (variants.some((heirs) => caseProblems({ deceased, heirs }).length > 0)) return 'family'
    const picks = variants.map((heirs) => chooseOption(q, distribute({ deceased, heirs, school }), options))
    return picks.every((p) => p === picks[0]) ? picks[0]! : 'beyond'
  }
  // «أخت شقيقة أو من الأب»: computed both ways, answered when both agree; asked of her without the line
  if (family.either) {
    const unlined = (t: string) => t.replace(/\s(ال)?(شقيق\S*|اشقاء)\s+(او|أو)\s+(لاب|لأب|للاب|للأب|من الاب|من الأب)/g, '')
    const picks = eitherReadings({ deceased, heirs: family.heirs, school }, family.either).map((reading) => chooseOption({ ...q, asked: unlined(q.asked) }, distribute(reading), options.map(unlined)))
    return picks.every((p) => p === picks[0]) ? picks[0]! : 'beyond'
  }
  // «ما سبب حصول الزوجة على الثمن؟»: the reason the shares give
  const reason = reasonAnswer(q.asked, distribute({ deceased, heirs: family.heirs, school }), options)
  if (reason !== undefined) return reason
  // «إذا كانت الأخت من الأب، ما نصيبها؟»: the family as the condition makes it; alternatives must agree
  const conditioned = beyondShares(q.asked, new Set(family.heirs.map((h) => h.relation))) ? applyCondition(q.asked, family.heirs) : undefined
  if (conditioned) {
    // «فما نصيبها؟» of an heir the condition took away: nothing
    const gone = conditioned.gone && arabicMentions(conditioned.asked).some((m) => m.relation === conditioned.gone)
    const nothing = options.flatMap((o, i) => (/لا شيء|لا ترث|لا يرث/.test(o) ? [i] : []))
    if (gone) return nothing.length === 1 ? nothing[0]! : 'question'
    const picks = conditioned.families.map((heirs) =>
      caseProblems({ deceased, heirs }).length > 0 ? ('family' as const) : chooseOption({ ...q, asked: conditioned.asked }, distribute({ deceased, heirs, school }), options),
    )
    return picks.every((p) => p === picks[0]) ? picks[0]! : 'beyond'
  }
  // «وأبناء»: a number the question does not state — answered when two and four give the option three gives
  const assumed = family.assumptions.flatMap((a) => (a.kind === 'count' ? [a] : []))
  const picks = [0, -1, 1].flatMap((delta) => {
    if (delta !== 0 && assumed.length === 0) return []
    const heirs = family.heirs.map((h) => ({ ...h, count: h.count + delta * assumed.filter((a) => a.relation === h.relation).length }))
    return caseProblems({ deceased, heirs }).length > 0 ? [] : [chooseOption(q, distribute({ deceased, heirs, school }), options)]
  })
  return picks.every((p) => p === picks[0]) ? picks[0]! : 'beyond'
}
