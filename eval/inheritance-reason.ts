/**
 * «ما سبب حصول الزوجة على الثمن؟», «لماذا كان نصيب الأم السدس؟», «ما سبب عدم ميراث الإخوة لأب؟»: the reason
 * the shares give — a spouse's, a parent's or a grandfather's share turns on a descendant heir, the mother's on a
 * descendant or several siblings, an excluded heir's on who excludes him — and the option that states it
 * («لوجود الفرع الوارث», «لعدم وجود الفرع الوارث», «لوجود عدد من الإخوة», «وجود الإخوة الذكور الأشقاء»).
 */
import { arabicWordsOf } from '../src/rag/faraid/arabic-text'
import type { Distribution } from '../src/rag/faraid/compute'
import { Fraction } from '../src/rag/faraid/fraction'
import { arabicMentions } from '../src/rag/faraid/parse-ar'
import type { Relation } from '../src/rag/faraid/relations'
import type { Failure } from './inheritance-answer'

type Fact = 'descendant' | 'siblings' | Relation

const DESCENDANTS: Relation[] = ['son', 'daughter', 'sons_son', 'sons_daughter']
const SIBLINGS: Relation[] = ['full_brother', 'full_sister', 'paternal_brother', 'paternal_sister', 'maternal_brother', 'maternal_sister']

/** What an option says the reason is: a fact and whether it is there («لعدم وجود …»: not there). */
function claimOf(option: string): { absent: boolean; facts: Fact[] } | undefined {
  const t = ` ${arabicWordsOf(option.replace(/^[A-F]\)\s*/, '')).join(' ')} `
  const m = / (ل)?(عدم )?وجود (.+)$/.exec(t)
  if (!m) return undefined
  const what = m[3]!
  if (/فرع وارث|الفرع الوارث|اولاد للمتوفي|اولاد|الابناء|ابناء|فرع/.test(what) && !/اخوة|الاخوة/.test(what)) return { absent: Boolean(m[2]), facts: ['descendant'] }
  if (/عدد من الاخوة|جمع من الاخوة|اثنين من الاخوة|الاخوة والاخوات|^الاخوة $|^اخوة /.test(what)) return { absent: Boolean(m[2]), facts: ['siblings'] }
  const kin = [...new Set(arabicMentions(what).flatMap((x) => (x.relation ? [x.relation] : [])))]
  return kin.length > 0 ? { absent: Boolean(m[2]), facts: kin } : undefined
}

/** The reason the question asks about, as the facts that make it, or undefined when the rule is not one of these. */
function reasonFor(asked: string, d: Distribution): { facts: Fact[]; absent: boolean } | undefined {
  const present = new Set(d.heirs.map((h) => h.relation))
  // («سبب عدم ميراث الإخوة»: the negation is the question's, the kin are named all the same)
  const first = arabicMentions(asked.replace(/(^|\s)(عدم|لا)(?=\s)/g, ' ')).find((m) => m.relation && present.has(m.relation))
  if (!first?.relation) return undefined
  const h = d.heirs.find((x) => x.relation === first.relation)!
  const descendant = d.heirs.some((x) => DESCENDANTS.includes(x.relation) && !x.share.isZero())
  if (h.share.isZero()) return h.blockedBy && h.blockedBy.length > 0 ? { facts: h.blockedBy, absent: false } : undefined
  if (['husband', 'wife'].includes(h.relation) || (['father', 'paternal_grandfather'].includes(h.relation) && h.fard)) return { facts: ['descendant'], absent: !descendant }
  if (h.relation === 'mother' && h.fard && !d.cases.includes('umariyya')) {
    const siblings = d.heirs.filter((x) => SIBLINGS.includes(x.relation)).reduce((a, x) => a + x.count, 0)
    if (h.fard.cmp(Fraction.of(1, 6)) === 0) return descendant ? { facts: ['descendant'], absent: false } : siblings >= 2 ? { facts: ['siblings'], absent: false } : undefined
    return descendant || siblings >= 2 ? undefined : { facts: ['descendant'], absent: true }
  }
  return undefined
}

/** The option stating the reason, or undefined when the question is not one these rules answer. */
export function reasonAnswer(asked: string, d: Distribution, options: string[]): number | Failure | undefined {
  const words = ` ${arabicWordsOf(asked).join(' ')} `
  if (!/ (سبب|السبب|لماذا) /.test(words)) return undefined
  const reason = reasonFor(asked, d)
  if (!reason) return undefined
  const scores = options.map((o) => {
    const claim = claimOf(o)
    if (!claim) return 0
    const same = claim.facts.length === reason.facts.length && claim.facts.every((f) => reason.facts.includes(f))
    return same && claim.absent === reason.absent ? 4 : -2
  })
  const best = Math.max(...scores)
  const at = scores.flatMap((s, i) => (s === best ? [i] : []))
  return best > 0 && at.length === 1 ? at[0]! : 'no_option'
}
