// System.Decimal: a 96-bit integer coefficient, a sign and a scale 0..28, keeping its
// scale the way .NET does (1.50 prints "1.50", 1.5 * 2 = 3.0, 1.10 - 0.1 = 1.00,
// 10 / 4 = 2.5, 1 / 3 = 0.3333333333333333333333333333).

import { EN_US, type NumberFormatInfo } from './culture.js';
import { DivideByZeroException, FormatException, Messages, OverflowException } from './errors.js';
import { exactDigits, formatDecimal, type DecimalParts } from './numberFormat.js';

const MAX_COEFFICIENT = (1n << 96n) - 1n;
const MAX_SCALE = 28;

export type MidpointRounding =
  'ToEven' | 'AwayFromZero' | 'ToZero' | 'ToNegativeInfinity' | 'ToPositiveInfinity';

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Divides `value` (>= 0) by 10^k and rounds per `mode` (sign tells the direction for the directed modes). */
function divRound(value: bigint, divisor: bigint, mode: MidpointRounding, negative: boolean): bigint {
  const q = value / divisor;
  const r = value % divisor;
  if (r === 0n) return q;
  switch (mode) {
    case 'ToZero':
      return q;
    case 'ToNegativeInfinity':
      return negative ? q + 1n : q;
    case 'ToPositiveInfinity':
      return negative ? q : q + 1n;
    case 'AwayFromZero':
      return 2n * r >= divisor ? q + 1n : q;
    case 'ToEven': {
      const twice = 2n * r;
      if (twice > divisor) return q + 1n;
      if (twice < divisor) return q;
      return q % 2n === 0n ? q : q + 1n;
    }
  }
}

export class Decimal implements DecimalParts {
  static readonly Zero = new Decimal(0n, 0, false);
  static readonly One = new Decimal(1n, 0, false);
  static readonly MinusOne = new Decimal(1n, 0, true);
  static readonly MaxValue = new Decimal(MAX_COEFFICIENT, 0, false);
  static readonly MinValue = new Decimal(MAX_COEFFICIENT, 0, true);

  /** Use Decimal.of / fromParts / parse / fromDouble. */
  private constructor(
    readonly coefficient: bigint,
    readonly scale: number,
    readonly negative: boolean,
  ) {}

  /**
   * Builds a decimal from a signed coefficient and a scale, rounding (to even) when
   * the scale exceeds 28 or the coefficient 96 bits, throwing OverflowException when
   * the value cannot fit at all.
   */
  static fromParts(signedCoefficient: bigint, scale = 0, negativeZero = false): Decimal {
    const negative = signedCoefficient < 0n || (signedCoefficient === 0n && negativeZero);
    let c = signedCoefficient < 0n ? -signedCoefficient : signedCoefficient;
    let s = scale;
    if (s < 0) {
      c *= pow10(-s);
      s = 0;
    }
    if (s > MAX_SCALE || c > MAX_COEFFICIENT) {
      let k = Math.max(0, s - MAX_SCALE);
      while (k <= s && divRound(c, pow10(k), 'ToEven', negative) > MAX_COEFFICIENT) k++;
      if (k > s) throw new OverflowException(Messages.decimalOverflow);
      c = divRound(c, pow10(k), 'ToEven', negative);
      s -= k;
    }
    return new Decimal(c, s, negative);
  }

  /** An integer, a decimal literal string ("1.50", "-3"), or a double (as [decimal]$double). */
  static of(value: number | bigint | string): Decimal {
    if (typeof value === 'bigint') return Decimal.fromParts(value, 0);
    if (typeof value === 'string') return Decimal.parse(value);
    if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER)
      return Decimal.fromParts(BigInt(value), 0);
    return Decimal.fromDouble(value);
  }

  /**
   * Decimal.Parse with the invariant culture and NumberStyles.Number: optional sign,
   * digits with ',' group separators, an optional '.' fraction; surrounding white
   * space allowed; no exponent.  The scale of the text is kept ("1.50" -> 1.50).
   */
  static parse(text: string): Decimal {
    const r = Decimal.tryParse(text);
    if (r === undefined) {
      if (/^\s*[+-]?[\d,]*\.?\d*\s*$/.test(text) && /\d/.test(text))
        throw new OverflowException(Messages.decimalOverflow);
      throw new FormatException(Messages.inputStringWithValue(text));
    }
    return r;
  }

  static tryParse(text: string): Decimal | undefined {
    const m = /^\s*([+-]?)((?:\d[\d,]*)?)(?:\.(\d*))?\s*$/.exec(text);
    if (!m) return undefined;
    const intPart = m[2]!.replace(/,/g, '');
    const frac = m[3] ?? '';
    if (intPart.length === 0 && frac.length === 0) return undefined;
    const negative = m[1] === '-';
    const c = BigInt((intPart || '0') + frac);
    try {
      return Decimal.fromParts(negative ? -c : c, frac.length, negative);
    } catch {
      return undefined;
    }
  }

  /**
   * new Decimal(double) / [decimal]$double: the double rounded to 15 significant digits,
   * trailing zeros dropped.  NaN, infinities and |x| >= 7.92e28 throw OverflowException.
   */
  static fromDouble(value: number): Decimal {
    if (!Number.isFinite(value) || Math.abs(value) >= 7.922816251426434e28) {
      throw new OverflowException(Messages.decimalOverflow);
    }
    if (value === 0) return Decimal.Zero;
    const negative = value < 0;
    const { digits, scale } = exactDigits(value);
    // Round the exact digits to 15 significant digits, ties to even: value = c x 10^exp.
    let c: bigint;
    let exp: number;
    if (digits.length > 15) {
      c = divRound(BigInt(digits), pow10(digits.length - 15), 'ToEven', negative);
      exp = scale - 15;
      if (c > 999_999_999_999_999n) {
        c /= 10n;
        exp++;
      }
    } else {
      c = BigInt(digits);
      exp = scale - digits.length;
    }
    let s = -exp;
    // Too small for 28 decimals: round to scale 28.
    if (s > MAX_SCALE) {
      c = divRound(c, pow10(s - MAX_SCALE), 'ToEven', negative);
      s = MAX_SCALE;
    }
    while (s > 0 && c % 10n === 0n) {
      c /= 10n;
      s--;
    }
    if (c === 0n) return Decimal.Zero;
    return Decimal.fromParts(negative ? -c : c, s);
  }

  get isNegative(): boolean {
    return this.negative;
  }

  get isZero(): boolean {
    return this.coefficient === 0n;
  }

  /** Coefficient with the sign applied. */
  get signedCoefficient(): bigint {
    return this.negative ? -this.coefficient : this.coefficient;
  }

  private aligned(other: Decimal): [bigint, bigint, number] {
    const s = Math.max(this.scale, other.scale);
    return [
      this.signedCoefficient * pow10(s - this.scale),
      other.signedCoefficient * pow10(s - other.scale),
      s,
    ];
  }

  add(other: Decimal): Decimal {
    const [a, b, s] = this.aligned(other);
    return Decimal.fromParts(a + b, s);
  }

  subtract(other: Decimal): Decimal {
    const [a, b, s] = this.aligned(other);
    return Decimal.fromParts(a - b, s);
  }

  multiply(other: Decimal): Decimal {
    const negative = this.negative !== other.negative;
    const c = this.coefficient * other.coefficient;
    const s = this.scale + other.scale;
    if (c === 0n) return new Decimal(0n, Math.min(s, MAX_SCALE), false);
    return Decimal.fromPartsOrZero(c, s, negative) ?? new Decimal(0n, MAX_SCALE, false);
  }

  /** Like fromParts, but a result that rounds to zero at scale 28 becomes 0 (scale 28). */
  private static fromPartsOrZero(c: bigint, s: number, negative: boolean): Decimal | undefined {
    if (s > MAX_SCALE) {
      const rounded = divRound(c, pow10(s - MAX_SCALE), 'ToEven', negative);
      if (rounded === 0n) return undefined;
    }
    return Decimal.fromParts(negative ? -c : c, s);
  }

  /** Decimal division: exact when possible, else 28-29 significant digits rounded to even. */
  divide(other: Decimal): Decimal {
    if (other.coefficient === 0n) throw new DivideByZeroException();
    const negative = this.negative !== other.negative;
    let scale = this.scale - other.scale;
    let num = this.coefficient;
    const den = other.coefficient;
    if (scale < 0) {
      num *= pow10(-scale);
      scale = 0;
    }
    let q = num / den;
    let r = num % den;
    if (q > MAX_COEFFICIENT) throw new OverflowException(Messages.decimalOverflow);
    while (r !== 0n && scale < MAX_SCALE) {
      const r10 = r * 10n;
      const q2 = q * 10n + r10 / den;
      if (q2 > MAX_COEFFICIENT) break;
      q = q2;
      r = r10 % den;
      scale++;
    }
    if (r !== 0n) {
      const twice = 2n * r;
      if (twice > den || (twice === den && q % 2n === 1n)) q++;
    }
    if (q === 0n) return new Decimal(0n, scale, false);
    return Decimal.fromParts(negative ? -q : q, scale);
  }

  /** The % operator: this - truncate(this / other) * other, with the larger scale, sign of this. */
  remainder(other: Decimal): Decimal {
    if (other.coefficient === 0n) throw new DivideByZeroException();
    const [a, b, s] = this.aligned(other);
    const r = a % b;
    return Decimal.fromParts(r, s, this.negative);
  }

  negate(): Decimal {
    return new Decimal(this.coefficient, this.scale, !this.negative);
  }

  compareTo(other: Decimal): number {
    const [a, b] = this.aligned(other);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(other: Decimal): boolean {
    return this.compareTo(other) === 0;
  }

  /**
   * Math.Round(d, decimals, mode): banker's rounding by default.  When `decimals` is
   * at least the current scale the value is returned unchanged (1.5 rounded to 3 places
   * stays 1.5).
   */
  round(decimals = 0, mode: MidpointRounding = 'ToEven'): Decimal {
    if (decimals < 0 || decimals > 28)
      throw new RangeError('Rounding digits must be between 0 and 28, inclusive.');
    if (decimals >= this.scale) return this;
    const c = divRound(this.coefficient, pow10(this.scale - decimals), mode, this.negative);
    return new Decimal(c, decimals, this.negative);
  }

  /** Decimal.Truncate */
  truncate(): Decimal {
    return this.round(0, 'ToZero');
  }

  /** Math.Floor / Math.Ceiling */
  floor(): Decimal {
    return this.round(0, 'ToNegativeInfinity');
  }

  ceiling(): Decimal {
    return this.round(0, 'ToPositiveInfinity');
  }

  /**
   * (double)d, computed as .NET's VarR8FromDec does: (low64 + high32 * 2^64) / 10^scale in
   * double arithmetic, so it is not always the nearest double (1/3m gives 0.33333333333333337).
   */
  toNumber(): number {
    const low = Number(this.coefficient & 0xffff_ffff_ffff_ffffn);
    const high = Number(this.coefficient >> 64n);
    const dbl = (low + high * 18446744073709552000) / Number(`1e${this.scale}`);
    return this.negative ? -dbl : dbl;
  }

  /** Decimal.ToString(format) in the given culture (en-US by default). */
  toString(format?: string | null, info: NumberFormatInfo = EN_US.numberFormat): string {
    return formatDecimal(this, format, info);
  }
}
