/**
 * PowerShell's equality and ordering of two values (LanguagePrimitives.Equals / Compare): the left
 * operand's type decides how the right one is converted; strings compare case-insensitively unless
 * the operator is a `c` variant, using the culture's ordering for -lt/-gt (so 'a' sorts before 'B').
 */
import { DateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { convertTo } from '../convert/convertTo.js';
import { asNumber } from '../convert/toNumber.js';
import { toBool } from '../convert/toBoolean.js';
import { toStr } from '../convert/toStringValue.js';
import { isNumber, integralValue, toDouble, type PSNumber } from '../values/numbers.js';
import { PSObject } from '../values/PSObject.js';
import { PSChar, PSEnumValue, PSGuid, SwitchParameter } from '../values/scalars.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { OperatorError } from './OperatorError.js';

const collatorIgnoreCase = new Intl.Collator('en-US', { sensitivity: 'accent' });
const collatorCase = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

export function compareStrings(a: string, b: string, caseSensitive: boolean): number {
  const r = (caseSensitive ? collatorCase : collatorIgnoreCase).compare(a, b);
  return r < 0 ? -1 : r > 0 ? 1 : 0;
}

/** Values that compare themselves (IComparable): [version] and similar runtime classes. */
interface SelfComparing {
  psCompare(other: unknown): number | null;
}

function selfComparing(v: unknown): v is SelfComparing {
  return typeof v === 'object' && v !== null && 'psCompare' in v && typeof (v as SelfComparing).psCompare === 'function';
}

function base(v: unknown): unknown {
  return v instanceof PSObject && v.baseObject !== null ? v.baseObject : v;
}

export function compareNumbers(a: PSNumber, b: PSNumber): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Decimal || b instanceof Decimal) {
    const da = a instanceof Decimal ? a : Decimal.fromDouble(toDouble(a));
    const db = b instanceof Decimal ? b : Decimal.fromDouble(toDouble(b));
    return da.compareTo(db);
  }
  const ia = integralValue(a);
  const ib = integralValue(b);
  if (ia !== null && ib !== null) return ia < ib ? -1 : ia > ib ? 1 : 0;
  const x = toDouble(a);
  const y = toDouble(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** -eq: true when right, converted to left's type, equals left. */
export function psEquals(leftIn: unknown, rightIn: unknown, caseSensitive = false): boolean {
  if (typeof leftIn === 'string' && typeof rightIn === 'string') {
    return caseSensitive ? leftIn === rightIn : leftIn === rightIn || leftIn.toLowerCase() === rightIn.toLowerCase();
  }
  if (typeof leftIn === 'number' && typeof rightIn === 'number') return leftIn === rightIn;
  const left = base(leftIn);
  const right = base(rightIn);
  if (left === null || left === undefined) return right === null || right === undefined;
  if (right === null || right === undefined) return false;
  if (typeof left === 'string') {
    const r = toStr(right);
    return caseSensitive ? left === r : left.toLowerCase() === r.toLowerCase();
  }
  if (isNumber(left)) {
    if (typeof right === 'string' && right.trim() === '') return false;
    const r = asNumber(right);
    if (r === null) return false;
    return compareNumbers(left, r) === 0;
  }
  if (typeof left === 'boolean') return left === toBool(right);
  if (left instanceof SwitchParameter) return left.isPresent === toBool(right);
  if (left instanceof PSChar) {
    if (right instanceof PSChar) return caseSensitive ? left.code === right.code : left.toString().toLowerCase() === right.toString().toLowerCase();
    if (typeof right === 'string') return caseSensitive ? left.toString() === right : left.toString().toLowerCase() === right.toLowerCase();
    const r = asNumber(right);
    return r !== null && toDouble(r) === left.code;
  }
  if (left instanceof DateTime) {
    const r = tryConvert(right, 'datetime');
    return r instanceof DateTime && r.ticks === left.ticks;
  }
  if (left instanceof TimeSpan) {
    const r = tryConvert(right, 'timespan');
    return r instanceof TimeSpan && r.ticks === left.ticks;
  }
  if (left instanceof PSGuid) return left.text === toStr(right).toLowerCase().replace(/^\{|\}$/g, '');
  if (selfComparing(left)) return left.psCompare(right) === 0;
  if (left instanceof PSEnumValue) {
    if (typeof right === 'string') return left.name.toLowerCase() === right.toLowerCase();
    const r = asNumber(right);
    return r !== null && toDouble(r) === left.value;
  }
  return left === right;
}

function tryConvert(v: unknown, type: string): unknown {
  try {
    return convertTo(v, type);
  } catch {
    return undefined;
  }
}

/** -lt/-gt ordering: negative, zero, positive. Throws pwsh's "not IComparable" error. */
export function psCompare(leftIn: unknown, rightIn: unknown, caseSensitive = false): number {
  if (typeof leftIn === 'number' && typeof rightIn === 'number') return leftIn < rightIn ? -1 : leftIn > rightIn ? 1 : 0;
  const left = base(leftIn);
  const right = base(rightIn);
  if (left === null || left === undefined) {
    if (right === null || right === undefined) return 0;
    // $null sorts before everything; compared with a number it is 0.
    if (isNumber(right)) return compareNumbers(0, right) === 0 ? -1 : compareNumbers(0, right);
    return -1;
  }
  if (right === null || right === undefined) {
    if (isNumber(left)) return compareNumbers(left, 0) === 0 ? 1 : compareNumbers(left, 0);
    return 1;
  }
  if (typeof left === 'string') return compareStrings(left, toStr(right), caseSensitive);
  if (isNumber(left)) {
    const r = asNumber(right);
    if (r === null) {
      throw new OperatorError(
        `Cannot convert value "${toStr(right)}" to type "${typeNameOf(left)}". Error: "The input string '${toStr(right)}' was not in a correct format."`,
        'InvalidCastFromStringToInteger',
        'System.Management.Automation.PSInvalidCastException',
      );
    }
    return compareNumbers(left, r);
  }
  if (typeof left === 'boolean') return Number(left) - Number(toBool(right));
  if (left instanceof PSChar) {
    if (right instanceof PSChar || typeof right === 'string') return compareStrings(left.toString(), toStr(right), caseSensitive);
    const r = asNumber(right);
    if (r !== null) return compareNumbers(left.code, r);
  }
  if (left instanceof DateTime) {
    const r = tryConvert(right, 'datetime');
    if (r instanceof DateTime) return left.compareTo(r);
  }
  if (left instanceof TimeSpan) {
    const r = tryConvert(right, 'timespan');
    if (r instanceof TimeSpan) return left.compareTo(r);
  }
  if (left instanceof PSEnumValue) {
    const r = asNumber(right);
    if (r !== null) return compareNumbers(left.value, r);
  }
  if (left instanceof PSGuid) return compareStrings(left.text, toStr(right), false);
  if (selfComparing(left)) {
    const r = left.psCompare(right);
    if (r !== null) return r;
  }
  throw new OperatorError(
    `Cannot compare "${toStr(left)}" because it is not IComparable.`,
    'NotIcomparable',
    'System.Management.Automation.ExtendedTypeSystemException',
  );
}
