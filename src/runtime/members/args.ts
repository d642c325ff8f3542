/**
 * Reading arguments a method body received. The dispatcher has already converted each argument
 * to its parameter's type, so these only narrow the static type (and never fail on a value that
 * passed conversion).
 */
import { Decimal } from '../dotnet/decimal.js';
import { isNumber, makeDouble, toDouble, TypedNumber, type PSNumber } from '../values/numbers.js';
import { PSChar, PSEnumValue } from '../values/scalars.js';

/** An int/long/double/... parameter's value as a JS number. */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (isNumber(v)) return toDouble(v);
  if (v instanceof PSEnumValue) return v.value;
  return Number(v);
}

/** A long parameter's exact value. */
export function big(v: unknown): bigint {
  if (v instanceof TypedNumber && typeof v.value === 'bigint') return v.value;
  if (typeof v === 'bigint') return v;
  return BigInt(Math.trunc(num(v)));
}

export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
}

/** A char parameter as a one-character string. */
export function chr(v: unknown): string {
  return v instanceof PSChar ? v.toString() : String(v);
}

/** A char[] parameter as one-character strings. */
export function chars(v: unknown): string[] {
  return Array.isArray(v) ? v.map(chr) : [];
}

/** An enum parameter's name. */
export function enumName(v: unknown): string {
  return v instanceof PSEnumValue ? v.name : String(v);
}

export function enumNumber(v: unknown): number {
  return v instanceof PSEnumValue ? v.value : num(v);
}

export const i64 = (v: bigint): TypedNumber => new TypedNumber('Int64', v);
export const dbl = (v: number): number | TypedNumber => makeDouble(v);
export const charOf = (s: string): PSChar => new PSChar(s.charCodeAt(0));

export function asDecimal(v: unknown): Decimal {
  return v instanceof Decimal ? v : Decimal.of(num(v as PSNumber));
}
