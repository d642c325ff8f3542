/**
 * Object.Equals and GetHashCode as .NET defines them: value types are equal when they are of the
 * same type with the same value ((1).Equals(1.0) is False), reference types when they are the same
 * object.
 */
import { DateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { isNumber, TypedNumber } from '../values/numbers.js';
import { PSObject } from '../values/PSObject.js';
import { PSChar, PSEnumValue, PSGuid } from '../values/scalars.js';
import { typeNameOf } from '../types/typeNameOf.js';

const unwrap = (v: unknown): unknown => (v instanceof PSObject && v.baseObject !== null ? v.baseObject : v);

export function dotnetEquals(a: unknown, b: unknown): boolean {
  const x = unwrap(a);
  const y = unwrap(b);
  if (x === y) return true;
  if (x === null || y === null || typeNameOf(x) !== typeNameOf(y)) return false;
  if (isNumber(x) && isNumber(y)) {
    if (x instanceof Decimal && y instanceof Decimal) return x.equals(y);
    const xv = x instanceof TypedNumber ? x.value : x;
    const yv = y instanceof TypedNumber ? y.value : y;
    return xv === yv || (Number.isNaN(xv) && Number.isNaN(yv));
  }
  if (x instanceof DateTime && y instanceof DateTime) return x.ticks === y.ticks;
  if (x instanceof TimeSpan && y instanceof TimeSpan) return x.ticks === y.ticks;
  if (x instanceof PSChar && y instanceof PSChar) return x.code === y.code;
  if (x instanceof PSGuid && y instanceof PSGuid) return x.text === y.text;
  if (x instanceof PSEnumValue && y instanceof PSEnumValue) return x.value === y.value;
  return false;
}

function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 0x2f6b1c3;

/** A stable Int32 hash: by value for strings and value types, by identity for objects. */
export function dotnetHashCode(value: unknown): number {
  const v = unwrap(value);
  if (typeof v === 'string') return stringHash(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isInteger(v) ? v | 0 : stringHash(String(v));
  if (typeof v === 'bigint') return Number(BigInt.asIntN(32, v));
  if (v instanceof TypedNumber) return dotnetHashCode(v.value);
  if (v instanceof Decimal) return stringHash(v.toString());
  if (v instanceof DateTime || v instanceof TimeSpan)
    return Number(BigInt.asIntN(32, v.ticks ^ (v.ticks >> 32n)));
  if (v instanceof PSChar) return v.code | (v.code << 16);
  if (v instanceof PSGuid) return stringHash(v.text);
  if (v instanceof PSEnumValue) return v.value;
  if (typeof v !== 'object' || v === null) return 0;
  let id = identities.get(v);
  if (id === undefined) {
    id = nextIdentity = (Math.imul(nextIdentity, 1103515245) + 12345) & 0x7fffffff;
    identities.set(v, id);
  }
  return id;
}
