import { Fraction } from './fraction'

/** Money in cents, exactly: amounts are given with at most two decimals. */
const cents = (x: number) => Fraction.of(Math.round(x * 100), 100)
const toNumber = (f: Fraction) => Number((f.n * 100n + (f.n >= 0n ? f.d / 2n : -f.d / 2n)) / f.d) / 100

/**
 * What the heirs share: the funeral first, then the debts, then the bequest up to a third of what remains
 * (Q 4:11 "after any bequest or debt"; Bukhari 2742, Saʿd: "a third, and a third is much").
 */
type EstateShares =
  | { ok: false; problem: string }
  | {
      ok: true
      summary: { funeral_costs: number; debts: number; bequest: number; bequest_capped: boolean; to_heirs: number }
      /** A share of the heirs' part, rounded to the cent. */
      amountOf: (share: { n: bigint; d: bigint }) => number
    }

export function estateShares(amount: number, out: { funeral: number; debts: number; bequest: number }): EstateShares {
  const afterDebts = cents(amount).sub(cents(out.funeral)).sub(cents(out.debts))
  if (afterDebts.cmp(Fraction.ZERO) <= 0) return { ok: false, problem: 'the funeral costs and debts take the whole estate: nothing is left to inherit' }
  const third = afterDebts.div(3)
  const asked = cents(out.bequest)
  const bequest = asked.cmp(third) > 0 ? third : asked
  const toHeirs = afterDebts.sub(bequest)
  return {
    ok: true,
    summary: { funeral_costs: out.funeral, debts: out.debts, bequest: toNumber(bequest), bequest_capped: asked.cmp(third) > 0, to_heirs: toNumber(toHeirs) },
    amountOf: (share: { n: bigint; d: bigint }) => toNumber(toHeirs.mul(Fraction.of(share.n, share.d))),
  }
}
