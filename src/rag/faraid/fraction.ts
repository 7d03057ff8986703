/** Exact shares: a fraction of BigInts, always in lowest terms with a positive denominator. */
export class Fraction {
  readonly n: bigint
  readonly d: bigint

  private constructor(n: bigint, d: bigint) {
    if (d === 0n) throw new RangeError('zero denominator')
    const sign = d < 0n ? -1n : 1n
    const g = gcd(n < 0n ? -n : n, d < 0n ? -d : d) || 1n
    this.n = (sign * n) / g
    this.d = (sign * d) / g
  }

  static of(n: bigint | number, d: bigint | number = 1n): Fraction {
    return new Fraction(BigInt(n), BigInt(d))
  }

  static readonly ZERO = Fraction.of(0)
  static readonly ONE = Fraction.of(1)

  add(o: Fraction): Fraction {
    return new Fraction(this.n * o.d + o.n * this.d, this.d * o.d)
  }
  sub(o: Fraction): Fraction {
    return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d)
  }
  mul(o: Fraction | bigint | number): Fraction {
    const f = o instanceof Fraction ? o : Fraction.of(o)
    return new Fraction(this.n * f.n, this.d * f.d)
  }
  div(o: Fraction | bigint | number): Fraction {
    const f = o instanceof Fraction ? o : Fraction.of(o)
    return new Fraction(this.n * f.d, this.d * f.n)
  }
  cmp(o: Fraction): -1 | 0 | 1 {
    const l = this.n * o.d
    const r = o.n * this.d
    return l < r ? -1 : l > r ? 1 : 0
  }
  isZero(): boolean {
    return this.n === 0n
  }
  toString(): string {
    return this.d === 1n ? `${this.n}` : `${this.n}/${this.d}`
  }
}

export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b]
  return a
}

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b
}

export const sum = (fs: readonly Fraction[]): Fraction => fs.reduce((a, b) => a.add(b), Fraction.ZERO)

/** A part of the estate as a number of shares of `base` (whole when `base` counts every part in whole shares). */
export const sihaamOf = (f: Fraction, base: bigint): bigint => (f.n * base) / f.d
