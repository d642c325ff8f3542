/**
 * The arithmetic operators on any operands (about_Arithmetic_Operators). The left operand decides
 * what the operator means: numbers add, strings concatenate and repeat, arrays append and repeat,
 * hashtables merge, dates move by time spans.
 */
import { DateTime } from '../dotnet/dateTime.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { asNumber, convertToNumeric } from '../convert/toNumber.js';
import { toStr } from '../convert/toStringValue.js';
import { ConversionError } from '../convert/ConversionError.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSHashtable } from '../values/Hashtable.js';
import { integralValue, isNumber, numericTypeOf, toDouble, type PSNumber } from '../values/numbers.js';
import { PSObject } from '../values/PSObject.js';
import { PSChar } from '../values/scalars.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { numericOp, type ArithOp } from './numericOps.js';
import { OperatorError } from './OperatorError.js';

function base(v: unknown): unknown {
  return v instanceof PSObject && v.baseObject !== null ? v.baseObject : v;
}

/** The right operand of a numeric operation, converted as the left one's type would take it. */
function rightNumber(left: PSNumber, right: unknown): PSNumber {
  const n = asNumber(right);
  if (n !== null) return n;
  if (typeof right === 'string') {
    // Cannot convert value "abc" to type "System.Int32". ...
    const t = numericTypeOf(left);
    try {
      convertToNumeric(right, t === 'Int32' ? 'Int32' : t);
    } catch (e) {
      if (e instanceof ConversionError) throw new OperatorError(e.message, 'InvalidCastFromStringToInteger', 'System.Management.Automation.PSInvalidCastException');
      throw e;
    }
  }
  throw new OperatorError(
    `Cannot convert the "${toStr(right)}" value of type "${typeNameOf(right)}" to type "${'System.' + numericTypeOf(left)}".`,
    'InvalidCastException',
    'System.Management.Automation.PSInvalidCastException',
  );
}

function opName(op: ArithOp): string {
  return { '+': 'op_Addition', '-': 'op_Subtraction', '*': 'op_Multiply', '/': 'op_Division', '%': 'op_Modulus' }[op];
}

function noOperator(op: ArithOp, left: unknown): OperatorError {
  return new OperatorError(
    `Method invocation failed because [${typeNameOf(left)}] does not contain a method named '${opName(op)}'.`,
    'MethodNotFound',
  );
}

export function add(leftIn: unknown, rightIn: unknown): unknown {
  if (typeof leftIn === 'number' && typeof rightIn === 'number') return numericOp('+', leftIn, rightIn);
  const left = base(leftIn);
  const right = base(rightIn);
  if (left === null || left === undefined) {
    if (right === null || right === undefined) return null;
    const items = enumerableItems(right);
    return items ? [...items] : right;
  }
  if (typeof left === 'string') return left + toStr(right);
  if (isNumber(left)) return numericOp('+', left, rightNumber(left, right));
  if (typeof left === 'boolean') return numericOp('+', left ? 1 : 0, rightNumber(0, right));
  if (left instanceof PSChar) {
    // [char] + x: string concatenation when x is a string, else numeric.
    if (typeof right === 'string') return left.toString() + right;
    return numericOp('+', left.code, rightNumber(0, right));
  }
  const items = enumerableItems(left);
  if (items) {
    const more = enumerableItems(right);
    return more ? [...items, ...more] : [...items, right];
  }
  if (left instanceof PSHashtable) {
    if (!(right instanceof PSHashtable)) {
      throw new OperatorError('A hash table can only be added to another hash table.', 'AddHashTableToNonHashTable', 'System.Management.Automation.RuntimeException');
    }
    const merged = left.clone();
    for (const [k, v] of right.pairs()) {
      if (merged.has(k)) {
        throw new OperatorError(
          `Item has already been added. Key in dictionary: '${toStr(k)}'  Key being added: '${toStr(k)}'`,
          'System.ArgumentException',
          'System.ArgumentException',
        );
      }
      merged.set(k, v);
    }
    return merged;
  }
  if (left instanceof DateTime) {
    if (right instanceof TimeSpan) return left.add(right);
    if (isNumber(right)) return left.addTicks(BigInt(Math.trunc(toDouble(right))));
  }
  if (left instanceof TimeSpan && right instanceof TimeSpan) return left.add(right);
  throw noOperator('+', left);
}

export function subtract(leftIn: unknown, rightIn: unknown): unknown {
  if (typeof leftIn === 'number' && typeof rightIn === 'number') return numericOp('-', leftIn, rightIn);
  const left = base(leftIn);
  const right = base(rightIn);
  if (left instanceof DateTime) {
    if (right instanceof DateTime) return left.subtract(right);
    if (right instanceof TimeSpan) return left.subtractSpan(right);
  }
  if (left instanceof TimeSpan && right instanceof TimeSpan) return left.subtract(right);
  return numeric('-', left, right);
}

export function multiply(leftIn: unknown, rightIn: unknown): unknown {
  if (typeof leftIn === 'number' && typeof rightIn === 'number') return numericOp('*', leftIn, rightIn);
  const left = base(leftIn);
  const right = base(rightIn);
  if (typeof left === 'string') return left.repeat(repeatCount(right));
  const items = enumerableItems(left);
  if (items) {
    const n = repeatCount(right);
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(...items);
    return out;
  }
  return numeric('*', left, right);
}

function repeatCount(right: unknown): number {
  const n = asNumber(right);
  if (n === null) throw new OperatorError(`Cannot convert value "${toStr(right)}" to type "System.Int32".`, 'InvalidCastFromStringToInteger');
  const c = Number(convertToNumeric(n, 'Int32'));
  return Math.max(0, c);
}

export function divide(left: unknown, right: unknown): unknown {
  if (typeof left === 'number' && typeof right === 'number') return numericOp('/', left, right);
  return numeric('/', base(left), base(right));
}

export function remainder(left: unknown, right: unknown): unknown {
  if (typeof left === 'number' && typeof right === 'number') return numericOp('%', left, right);
  return numeric('%', base(left), base(right));
}

function numeric(op: ArithOp, left: unknown, right: unknown): PSNumber {
  const l = asNumber(left);
  if (l === null) {
    if (typeof left === 'string') {
      // pwsh converts the string operand first: "abc" - 1 fails converting "abc".
      throw new OperatorError(
        `Cannot convert value "${left}" to type "System.Int32". Error: "The input string '${left}' was not in a correct format."`,
        'InvalidCastFromStringToInteger',
        'System.Management.Automation.PSInvalidCastException',
      );
    }
    throw noOperator(op, left);
  }
  return numericOp(op, l, rightNumber(l, right));
}

/** The bitwise operators work on integers (doubles are rounded first). */
export function bitwise(op: '-band' | '-bor' | '-bxor' | '-shl' | '-shr', left: unknown, right: unknown): unknown {
  const l = asNumber(base(left));
  const r = asNumber(base(right));
  if (l === null || r === null) throw new OperatorError(`Cannot convert value "${toStr(l === null ? left : right)}" to type "System.Int64".`, 'InvalidCastFromStringToInteger');
  const wide = numericTypeOf(l) === 'Int64' || numericTypeOf(r) === 'Int64' || numericTypeOf(l) === 'UInt64';
  const a = toInt64(l);
  const b = toInt64(r);
  let res: bigint;
  switch (op) {
    case '-band':
      res = a & b;
      break;
    case '-bor':
      res = a | b;
      break;
    case '-bxor':
      res = a ^ b;
      break;
    case '-shl':
      res = wide ? BigInt.asIntN(64, a << (b & 63n)) : BigInt.asIntN(32, a << (b & 31n));
      break;
    case '-shr':
      res = a >> (wide ? b & 63n : b & 31n);
      break;
  }
  if (!wide && res >= -(2n ** 31n) && res < 2n ** 31n) return Number(res);
  return convertToNumeric(res, 'Int64');
}

function toInt64(n: PSNumber): bigint {
  return integralValue(convertToNumeric(n, 'Int64'))!;
}

export function bnot(value: unknown): unknown {
  const n = asNumber(base(value));
  if (n === null) throw new OperatorError(`Cannot convert value "${toStr(value)}" to type "System.Int32".`, 'InvalidCastFromStringToInteger');
  if (typeof n === 'number' && (n | 0) === n) return ~n;
  return convertToNumeric(~toInt64(n), 'Int64');
}
