/**
 * The numeric types: instance ToString(format)/CompareTo, and the statics of [int], [long],
 * [double], [decimal], ... (MaxValue, MinValue, Parse, TryParse, NaN, IsNaN, ...).
 */
import { convertToNumeric } from '../convert/toNumber.js';
import { Decimal } from '../dotnet/decimal.js';
import {
  integralRange,
  isNumber,
  makeDouble,
  makeIntegral,
  makeSingle,
  numericTypeOf,
  type IntegralType,
  type NumericType,
  type PSNumber,
} from '../values/numbers.js';
import { PSReference } from '../values/scalars.js';
import { num, str } from './args.js';
import { cultureOf } from './cultureInfo.js';
import { DotNetError, formatError } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';
import { parseNumber, tryParseNumber } from './parseNumbers.js';
import { compareNumbers } from './compareValues.js';
import { toDotNetString } from './toDotNetString.js';

const numbers = defineFamily((v): v is PSNumber => isNumber(v));

const isFloat = (t: NumericType): boolean => t === 'Double' || t === 'Single';

/** Int32.CompareTo(object): the argument must be of the same type (a Double takes any number). */
function compareTo(self: PSNumber, other: unknown): number {
  if (other === null) return 1;
  const t = numericTypeOf(self);
  if (isNumber(other)) {
    const o = numericTypeOf(other);
    if (
      o === t ||
      (isFloat(t) && !isFloat(o) && o !== 'Decimal') ||
      (t === 'Decimal' && o !== 'Double' && o !== 'Single')
    ) {
      return compareNumbers(self, other);
    }
  }
  throw new DotNetError('System.ArgumentException', `Object must be of type ${t}.`);
}

numbers
  .method('string ToString()', (n) => toDotNetString(n))
  .method('string ToString(string format)', (n, [f]) => toDotNetString(n, str(f)))
  .method('string ToString(System.IFormatProvider provider)', (n, [p]) =>
    toDotNetString(n, null, cultureOf(p)),
  )
  .method('string ToString(string format, System.IFormatProvider provider)', (n, [f, p]) =>
    toDotNetString(n, str(f), cultureOf(p)),
  )
  .method('int CompareTo(System.Object value)', (n, [o]) => compareTo(n, o));

const FULL_NAMES: Record<NumericType, string> = {
  SByte: 'System.SByte',
  Byte: 'System.Byte',
  Int16: 'System.Int16',
  UInt16: 'System.UInt16',
  Int32: 'System.Int32',
  UInt32: 'System.UInt32',
  Int64: 'System.Int64',
  UInt64: 'System.UInt64',
  Single: 'System.Single',
  Double: 'System.Double',
  Decimal: 'System.Decimal',
  BigInteger: 'System.Numerics.BigInteger',
};
const SPELLING: Record<NumericType, string> = {
  SByte: 'sbyte',
  Byte: 'byte',
  Int16: 'short',
  UInt16: 'ushort',
  Int32: 'int',
  UInt32: 'uint',
  Int64: 'long',
  UInt64: 'ulong',
  Single: 'float',
  Double: 'double',
  Decimal: 'decimal',
  BigInteger: 'bigint',
};

function zeroOf(type: NumericType): PSNumber {
  return convertToNumeric(0, type);
}

for (const [type, fullName] of Object.entries(FULL_NAMES) as [NumericType, string][]) {
  const t = SPELLING[type];
  const s = defineStatics(fullName).members;
  s.method(`${t} Parse(string s)`, (_t, [text]) => parseNumber(str(text) ?? '', type))
    .method(`${t} Parse(string s, System.IFormatProvider provider)`, (_t, [text]) =>
      parseNumber(str(text) ?? '', type),
    )
    .method(`bool TryParse(string s, [ref] ${t} result)`, (_t, [text, ref]) => {
      const v = tryParseNumber(str(text) ?? '', type);
      (ref as PSReference).set(v ?? zeroOf(type));
      return v !== null;
    });
  if (type !== 'BigInteger') {
    s.property('MaxValue', t, () => maxValue(type)).property('MinValue', t, () => minValue(type));
  }
  defineStatics(fullName).constructors.method(`${t} new()`, () => zeroOf(type));
}

function maxValue(type: NumericType): PSNumber {
  switch (type) {
    case 'Double':
      return Number.MAX_VALUE;
    case 'Single':
      return makeSingle(3.4028234663852886e38);
    case 'Decimal':
      return Decimal.MaxValue;
    default:
      return makeIntegral(type as IntegralType, integralRange(type as IntegralType)[1])!;
  }
}

function minValue(type: NumericType): PSNumber {
  switch (type) {
    case 'Double':
      return -Number.MAX_VALUE;
    case 'Single':
      return makeSingle(-3.4028234663852886e38);
    case 'Decimal':
      return Decimal.MinValue;
    default:
      return makeIntegral(type as IntegralType, integralRange(type as IntegralType)[0])!;
  }
}

for (const [fullName, make, t] of [
  ['System.Double', makeDouble, 'double'],
  ['System.Single', makeSingle, 'float'],
] as const) {
  defineStatics(fullName)
    .members.property('NaN', t, () => make(NaN))
    .property('PositiveInfinity', t, () => make(Infinity))
    .property('NegativeInfinity', t, () => make(-Infinity))
    .property('Epsilon', t, () => make(t === 'double' ? Number.MIN_VALUE : 1.401298464324817e-45))
    .method(`bool IsNaN(${t} d)`, (_t, [d]) => Number.isNaN(num(d)))
    .method(`bool IsInfinity(${t} d)`, (_t, [d]) => !Number.isFinite(num(d)) && !Number.isNaN(num(d)))
    .method(`bool IsPositiveInfinity(${t} d)`, (_t, [d]) => num(d) === Infinity)
    .method(`bool IsNegativeInfinity(${t} d)`, (_t, [d]) => num(d) === -Infinity)
    .method(`bool IsFinite(${t} d)`, (_t, [d]) => Number.isFinite(num(d)));
}

const dec = (v: unknown): Decimal => v as Decimal;
defineStatics('System.Decimal')
  .members.property('Zero', 'decimal', () => Decimal.Zero)
  .property('One', 'decimal', () => Decimal.One)
  .property('MinusOne', 'decimal', () => Decimal.MinusOne)
  .method('decimal Round(decimal d)', (_t, [d]) => dec(d).round(0))
  .method('decimal Round(decimal d, int decimals)', (_t, [d, n]) => dec(d).round(num(n)))
  .method('decimal Round(decimal d, System.MidpointRounding mode)', (_t, [d, m]) =>
    dec(d).round(0, roundingOf(m)),
  )
  .method('decimal Round(decimal d, int decimals, System.MidpointRounding mode)', (_t, [d, n, m]) =>
    dec(d).round(num(n), roundingOf(m)),
  )
  .method('decimal Floor(decimal d)', (_t, [d]) => dec(d).floor())
  .method('decimal Ceiling(decimal d)', (_t, [d]) => dec(d).ceiling())
  .method('decimal Truncate(decimal d)', (_t, [d]) => dec(d).truncate())
  .method('decimal Add(decimal d1, decimal d2)', (_t, [a, b]) => dec(a).add(dec(b)))
  .method('decimal Subtract(decimal d1, decimal d2)', (_t, [a, b]) => dec(a).subtract(dec(b)))
  .method('decimal Multiply(decimal d1, decimal d2)', (_t, [a, b]) => dec(a).multiply(dec(b)))
  .method('decimal Divide(decimal d1, decimal d2)', (_t, [a, b]) => dec(a).divide(dec(b)))
  .method('decimal Negate(decimal d)', (_t, [a]) => dec(a).negate())
  .method('int Compare(decimal d1, decimal d2)', (_t, [a, b]) => dec(a).compareTo(dec(b)))
  .method('double ToDouble(decimal d)', (_t, [a]) => makeDouble(dec(a).toNumber()));

export function roundingOf(
  v: unknown,
): 'ToEven' | 'AwayFromZero' | 'ToZero' | 'ToNegativeInfinity' | 'ToPositiveInfinity' {
  const name = String(v);
  return name === 'AwayFromZero' ||
    name === 'ToZero' ||
    name === 'ToNegativeInfinity' ||
    name === 'ToPositiveInfinity'
    ? name
    : 'ToEven';
}

defineStatics('System.Boolean')
  .members.property('TrueString', 'string', () => 'True')
  .property('FalseString', 'string', () => 'False')
  .method('bool Parse(string value)', (_t, [v]) => {
    const parsed = parseBoolean(str(v) ?? '');
    if (parsed === null) throw formatError(`String '${str(v) ?? ''}' was not recognized as a valid Boolean.`);
    return parsed;
  })
  .method('bool TryParse(string value, [ref] bool result)', (_t, [v, r]) => {
    const parsed = parseBoolean(str(v) ?? '');
    (r as PSReference).set(parsed ?? false);
    return parsed !== null;
  });

/** Boolean.Parse: 'True'/'False' in any case, with surrounding white space. */
function parseBoolean(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : null;
}
