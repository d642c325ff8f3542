/**
 * Numbers as PowerShell sees them. A plain JS number is an Int32 when it is an integer in Int32
 * range and a Double otherwise; that covers almost every value a script touches without an
 * allocation. A value of any other .NET numeric type (or a Double that happens to be integral, so
 * that `(2.0).GetType()` still says Double) is a TypedNumber. Int64/UInt64 keep a bigint so that
 * [long]::MaxValue is exact. System.Decimal is the Decimal class; BigInteger is a JS bigint.
 */
import { Decimal } from '../dotnet/decimal.js';

export type IntegralType = 'SByte' | 'Byte' | 'Int16' | 'UInt16' | 'Int32' | 'UInt32' | 'Int64' | 'UInt64';
export type NumericType = IntegralType | 'Double' | 'Single' | 'Decimal' | 'BigInteger';

export class TypedNumber {
  constructor(
    readonly type: Exclude<NumericType, 'Decimal' | 'BigInteger'>,
    /** bigint for Int64/UInt64, number for the rest. */
    readonly value: number | bigint,
  ) {}
  toNumber(): number {
    return typeof this.value === 'bigint' ? Number(this.value) : this.value;
  }
}

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;

export const isInt32 = (v: number): boolean => (v | 0) === v && !Object.is(v, -0);

export type PSNumber = number | TypedNumber | Decimal | bigint;

export function isNumber(v: unknown): v is PSNumber {
  return typeof v === 'number' || v instanceof TypedNumber || v instanceof Decimal || typeof v === 'bigint';
}

export function numericTypeOf(v: PSNumber): NumericType {
  if (typeof v === 'number') return isInt32(v) ? 'Int32' : 'Double';
  if (v instanceof TypedNumber) return v.type;
  if (v instanceof Decimal) return 'Decimal';
  return 'BigInteger';
}

/** A Double result: plain when the plain number already reads as Double. */
export function makeDouble(v: number): number | TypedNumber {
  return isInt32(v) ? new TypedNumber('Double', v) : v;
}

export function makeSingle(v: number): TypedNumber {
  return new TypedNumber('Single', Math.fround(v));
}

const ranges: Record<IntegralType, [bigint, bigint]> = {
  SByte: [-128n, 127n],
  Byte: [0n, 255n],
  Int16: [-32768n, 32767n],
  UInt16: [0n, 65535n],
  Int32: [-2147483648n, 2147483647n],
  UInt32: [0n, 4294967295n],
  Int64: [-9223372036854775808n, 9223372036854775807n],
  UInt64: [0n, 18446744073709551615n],
};

export function integralRange(type: IntegralType): [bigint, bigint] {
  return ranges[type];
}

/** An integral value of the given type, or null when it does not fit. */
export function makeIntegral(type: IntegralType, v: bigint): PSNumber | null {
  const [lo, hi] = ranges[type];
  if (v < lo || v > hi) return null;
  if (type === 'Int32') return Number(v);
  if (type === 'Int64' || type === 'UInt64') return new TypedNumber(type, v);
  return new TypedNumber(type, Number(v));
}

/** Any number as a JS double (precision lost beyond 2^53, as .NET's conversion to double does). */
export function toDouble(v: PSNumber): number {
  if (typeof v === 'number') return v;
  if (v instanceof TypedNumber) return v.toNumber();
  if (v instanceof Decimal) return v.toNumber();
  return Number(v);
}

/** The exact integer value of an integral number, or null for Double/Single/Decimal. */
export function integralValue(v: PSNumber): bigint | null {
  if (typeof v === 'number') return isInt32(v) ? BigInt(v) : null;
  if (v instanceof TypedNumber) {
    if (v.type === 'Double' || v.type === 'Single') return null;
    return typeof v.value === 'bigint' ? v.value : BigInt(v.value);
  }
  if (typeof v === 'bigint') return v;
  return null;
}

export const isIntegralType = (t: NumericType): t is IntegralType =>
  t !== 'Double' && t !== 'Single' && t !== 'Decimal' && t !== 'BigInteger';
