/**
 * [math]: rounding, powers, logarithms and friends, each overload returning the .NET type it
 * returns in .NET ([math]::Round(2.5) is a Double 2, [math]::Round([decimal]2.5) a Decimal).
 */
import { Decimal } from '../dotnet/decimal.js';
import {
  makeDouble,
  makeIntegral,
  type IntegralType,
  type PSNumber,
  type TypedNumber,
} from '../values/numbers.js';
import { big, i64, num } from './args.js';
import { DotNetError } from './DotNetError.js';
import { defineStatics } from './families.js';
import { roundingOf } from './numbers.js';
import { compareNumbers } from './compareValues.js';

type Rounding = ReturnType<typeof roundingOf>;

/** Rounds to an integer per the mode. */
function roundInteger(x: number, mode: Rounding): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const diff = x - f;
  switch (mode) {
    case 'ToZero':
      return Math.trunc(x);
    case 'ToNegativeInfinity':
      return f;
    case 'ToPositiveInfinity':
      return Math.ceil(x);
    case 'AwayFromZero':
      if (diff !== 0.5) return diff < 0.5 ? f : f + 1;
      return x < 0 ? f : f + 1;
    default:
      if (diff < 0.5) return f;
      if (diff > 0.5) return f + 1;
      return f % 2 === 0 ? f : f + 1;
  }
}

/** Math.Round(double, digits, mode) as .NET Core: scale by 10^digits, round, scale back. */
function roundDouble(x: number, digits: number, mode: Rounding): number {
  if (digits < 0 || digits > 15)
    throw new DotNetError(
      'System.ArgumentOutOfRangeException',
      "Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')",
    );
  if (Math.abs(x) >= 1e16 || digits === 0) return roundInteger(x, mode);
  const p = 10 ** digits;
  return roundInteger(x * p, mode) / p;
}

const D = (v: number): number | TypedNumber => makeDouble(v);
const dec = (v: unknown): Decimal => v as Decimal;

function integralResult(type: IntegralType, v: bigint): PSNumber {
  const r = makeIntegral(type, v);
  if (r === null)
    throw new DotNetError(
      'System.OverflowException',
      'Negating the minimum value of a twos complement number is invalid.',
    );
  return r;
}

const math = defineStatics('System.Math').members;
math
  .property('PI', 'double', () => Math.PI)
  .property('E', 'double', () => Math.E)
  .property('Tau', 'double', () => 2 * Math.PI)
  .method('decimal Round(decimal d)', (_t, [d]) => dec(d).round(0))
  .method('decimal Round(decimal d, int decimals)', (_t, [d, n]) => dec(d).round(num(n)))
  .method('decimal Round(decimal d, System.MidpointRounding mode)', (_t, [d, m]) =>
    dec(d).round(0, roundingOf(m)),
  )
  .method('decimal Round(decimal d, int decimals, System.MidpointRounding mode)', (_t, [d, n, m]) =>
    dec(d).round(num(n), roundingOf(m)),
  )
  .method('double Round(double a)', (_t, [a]) => D(roundInteger(num(a), 'ToEven')))
  .method('double Round(double value, int digits)', (_t, [a, n]) => D(roundDouble(num(a), num(n), 'ToEven')))
  .method('double Round(double value, System.MidpointRounding mode)', (_t, [a, m]) =>
    D(roundInteger(num(a), roundingOf(m))),
  )
  .method('double Round(double value, int digits, System.MidpointRounding mode)', (_t, [a, n, m]) =>
    D(roundDouble(num(a), num(n), roundingOf(m))),
  )
  .method('decimal Floor(decimal d)', (_t, [d]) => dec(d).floor())
  .method('double Floor(double d)', (_t, [d]) => D(Math.floor(num(d))))
  .method('decimal Ceiling(decimal d)', (_t, [d]) => dec(d).ceiling())
  .method('double Ceiling(double a)', (_t, [d]) => D(Math.ceil(num(d))))
  .method('decimal Truncate(decimal d)', (_t, [d]) => dec(d).truncate())
  .method('double Truncate(double d)', (_t, [d]) => D(Math.trunc(num(d))))
  .method('double Sqrt(double d)', (_t, [d]) => D(Math.sqrt(num(d))))
  .method('double Cbrt(double d)', (_t, [d]) => D(Math.cbrt(num(d))))
  .method('double Pow(double x, double y)', (_t, [x, y]) => D(num(x) ** num(y)))
  .method('double Exp(double d)', (_t, [d]) => D(Math.exp(num(d))))
  .method('double Log(double d)', (_t, [d]) => D(Math.log(num(d))))
  .method('double Log(double a, double newBase)', (_t, [a, b]) => D(Math.log(num(a)) / Math.log(num(b))))
  .method('double Log10(double d)', (_t, [d]) => D(Math.log10(num(d))))
  .method('double Log2(double x)', (_t, [d]) => D(Math.log2(num(d))))
  .method('double Sin(double a)', (_t, [d]) => D(Math.sin(num(d))))
  .method('double Cos(double d)', (_t, [d]) => D(Math.cos(num(d))))
  .method('double Tan(double a)', (_t, [d]) => D(Math.tan(num(d))))
  .method('double Asin(double d)', (_t, [d]) => D(Math.asin(num(d))))
  .method('double Acos(double d)', (_t, [d]) => D(Math.acos(num(d))))
  .method('double Atan(double d)', (_t, [d]) => D(Math.atan(num(d))))
  .method('double Atan2(double y, double x)', (_t, [y, x]) => D(Math.atan2(num(y), num(x))))
  .method('long BigMul(int a, int b)', (_t, [a, b]) => i64(big(a) * big(b)));

/** Abs, Max, Min, Sign, Clamp: one overload per numeric type, typed like .NET's. */
const TYPED: [string, IntegralType | 'Double' | 'Decimal'][] = [
  ['decimal', 'Decimal'],
  ['double', 'Double'],
  ['short', 'Int16'],
  ['int', 'Int32'],
  ['long', 'Int64'],
  ['sbyte', 'SByte'],
  ['byte', 'Byte'],
  ['ushort', 'UInt16'],
  ['uint', 'UInt32'],
  ['ulong', 'UInt64'],
];

for (const [t, type] of TYPED) {
  math
    .method(`${t} Max(${t} val1, ${t} val2)`, (_t, [a, b]) =>
      compareNumbers(a as PSNumber, b as PSNumber) >= 0 || Number.isNaN(num(a)) ? a : b,
    )
    .method(`${t} Min(${t} val1, ${t} val2)`, (_t, [a, b]) =>
      compareNumbers(a as PSNumber, b as PSNumber) <= 0 || Number.isNaN(num(a)) ? a : b,
    )
    .method(`${t} Clamp(${t} value, ${t} min, ${t} max)`, (_t, [v, lo, hi]) => {
      if (compareNumbers(lo as PSNumber, hi as PSNumber) > 0) {
        throw new DotNetError(
          'System.ArgumentException',
          `'${String(lo)}' cannot be greater than ${String(hi)}.`,
        );
      }
      if (compareNumbers(v as PSNumber, lo as PSNumber) < 0) return lo;
      if (compareNumbers(v as PSNumber, hi as PSNumber) > 0) return hi;
      return v;
    });
  if (!type.startsWith('U') && type !== 'Byte') {
    math
      .method(`${t} Abs(${t} value)`, (_t, [v]) => {
        if (type === 'Decimal') return dec(v).isNegative ? dec(v).negate() : v;
        if (type === 'Double') return D(Math.abs(num(v)));
        const b = big(v);
        return integralResult(type as IntegralType, b < 0n ? -b : b);
      })
      .method(`int Sign(${t} value)`, (_t, [v]) => {
        if (type === 'Decimal') return dec(v).isZero ? 0 : dec(v).isNegative ? -1 : 1;
        const n = num(v);
        if (Number.isNaN(n))
          throw new DotNetError(
            'System.ArithmeticException',
            'Function does not accept floating point Not-a-Number values.',
          );
        return Math.sign(n) === 0 ? 0 : Math.sign(n);
      });
  }
}
