import { Fraction } from './fraction'
import type { Relation } from './relations'

interface Family {
  n: (r: Relation) => number
  live: (r: Relation) => boolean
  /** The other sharers' fixed shares (spouse, mother, grandmothers, daughters), the grandfather's excluded. */
  fixedOthers: Fraction
  /** Every heir still inheriting, to recognise al-akdariyya. */
  present: Relation[]
}

export interface GrandfatherOutcome {
  grandfather: Fraction
  /** The full and paternal siblings' portions (possibly nothing when the sharers exhaust the estate). */
  siblings: Map<Relation, Fraction>
  akdariyya: boolean
}

const SIBLINGS = ['full_brother', 'full_sister', 'paternal_brother', 'paternal_sister'] as const
const weight = (r: Relation) => (r.endsWith('brother') ? 2 : 1)

/**
 * The grandfather with full or paternal siblings, as Zayd b. Thābit ruled (Mālik, al-Shāfiʿī, Aḥmad, and Abū
 * Ḥanīfa's two companions): the grandfather takes the best of sharing as a brother, a third (of the whole, or
 * of what the sharers leave), or a sixth of the whole; the paternal siblings are counted against him (muʿādda)
 * and then yield to the full ones.
 */
export function shareWithSiblings(f: Family): GrandfatherOutcome {
  const live = SIBLINGS.filter(f.live)
  const siblings = new Map<Relation, Fraction>(live.map((r) => [r, Fraction.ZERO]))
  const sister = live.find((r) => r.endsWith('sister'))
  const others = f.present.filter((r) => r !== 'paternal_grandfather' && r !== sister)
  if (live.length === 1 && sister && f.n(sister) === 1 && others.length === 2 && others.includes('husband') && others.includes('mother')) {
    // al-Akdariyya: 1/2, 1/3, 1/6 and the sister's 1/2 raise 6 to 9; grandfather and sister then pool 4/9, two to one.
    siblings.set(sister, Fraction.of(4, 27))
    return { grandfather: Fraction.of(8, 27), siblings, akdariyya: true }
  }
  const remainder = Fraction.ONE.sub(f.fixedOthers)
  const sixth = Fraction.of(1, 6)
  const heads = live.reduce((a, r) => a + weight(r) * f.n(r), 0)
  const sharing = remainder.mul(2).div(heads + 2)
  let grandfather: Fraction
  if (f.fixedOthers.isZero()) grandfather = max(sharing, Fraction.of(1, 3))
  else if (remainder.cmp(sixth) <= 0) grandfather = sixth
  else grandfather = max(sharing, remainder.div(3), sixth)
  const left = remainder.sub(grandfather)
  if (left.cmp(Fraction.ZERO) <= 0) return { grandfather, siblings, akdariyya: false }

  const full = live.filter((r) => r.startsWith('full'))
  const paternal = live.filter((r) => r.startsWith('paternal'))
  const split = (rs: Relation[], amount: Fraction) => {
    const w = rs.reduce((a, r) => a + weight(r) * f.n(r), 0)
    for (const r of rs) siblings.set(r, amount.mul(weight(r) * f.n(r)).div(w))
  }
  if (full.length === 0) split(paternal, left)
  else if (f.live('full_brother') || paternal.length === 0) split(full, left)
  else {
    // Full sisters alone take back from the paternal siblings up to their own fixed share; the rest stays with them.
    const cap = f.n('full_sister') === 1 ? Fraction.of(1, 2) : Fraction.of(2, 3)
    const fullPart = max(Fraction.ZERO, left.cmp(cap) < 0 ? left : cap)
    split(full, fullPart)
    split(paternal, left.sub(fullPart))
  }
  return { grandfather, siblings, akdariyya: false }
}

function max(...fs: Fraction[]): Fraction {
  return fs.reduce((a, b) => (b.cmp(a) > 0 ? b : a))
}
