/**
 * Converting values to numbers: what arithmetic does to its operands and what `[int]$x` does.
 * Doubles become integers with banker's rounding (`[int]2.5` is 2), overflow is an error.
 */
import { Decimal } from '../dotnet/decimal.js';
import { PSObject } from '../values/PSObject.js';
import {
  integralRange,
  integralValue,
  isNumber,
  makeDouble,
  makeIntegral,
  makeSingle,
  toDouble,
  type IntegralType,
  type NumericType,
  type PSNumber,
} from '../values/numbers.js';
import { PSChar, PSEnumValue, SwitchParameter } from '../values/scalars.js';
import { ConversionError } from './ConversionError.js';
import { parsePSNumber } from './parseNumber.js';
import { toStr } from './toStringValue.js';
import { typeNameOf } from '../types/typeNameOf.js';

/** Arithmetic's view of an operand: null is 0, booleans 1/0, strings parsed; null when impossible. */
export function asNumber(value: unknown): PSNumber | null {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return value.trim() === '' ? 0 : parsePSNumber(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isNumber(value)) return value;
  if (value instanceof PSChar) return value.code;
  if (value instanceof PSEnumValue) return value.value;
  if (value instanceof SwitchParameter) return value.isPresent ? 1 : 0;
  if (value instanceof PSObject && value.baseObject !== null) return asNumber(value.baseObject);
  return null;
}

const fullNames: Record<NumericType, string> = {
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

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** [type]$value for the numeric types. */
export function convertToNumeric(value: unknown, type: NumericType): PSNumber {
  const source = value;
  let n: PSNumber | null;
  if (typeof value === 'string') {
    n = value.trim() === '' ? 0 : parsePSNumber(value);
    if (n === null) {
      throw new ConversionError(
        `Cannot convert value "${value}" to type "${fullNames[type]}". Error: "The input string '${value}' was not in a correct format."`,
      );
    }
  } else {
    n = asNumber(value);
    if (n === null) {
      const tn = typeNameOf(source);
      throw new ConversionError(`Cannot convert the "${toStr(source)}" value of type "${tn}" to type "${fullNames[type]}".`);
    }
  }
  const overflow = (): ConversionError =>
    new ConversionError(
      `Cannot convert value "${toStr(source)}" to type "${fullNames[type]}". Error: "Value was either too large or too small for ${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}."`,
    );
  switch (type) {
    case 'Double':
      return makeDouble(toDouble(n));
    case 'Single':
      return makeSingle(toDouble(n));
    case 'Decimal':
      if (n instanceof Decimal) return n;
      if (typeof n === 'bigint') return Decimal.of(n);
      return integralValue(n) !== null ? Decimal.of(integralValue(n)!) : Decimal.fromDouble(toDouble(n));
    case 'BigInteger': {
      const iv = integralValue(n);
      if (iv !== null) return iv;
      if (n instanceof Decimal) return BigInt(n.round(0).toString(null));
      return BigInt(roundHalfEven(toDouble(n)));
    }
    default: {
      let iv = integralValue(n);
      if (iv === null) {
        if (n instanceof Decimal) iv = BigInt(n.round(0).toString(null));
        else {
          const d = toDouble(n);
          if (!Number.isFinite(d)) throw overflow();
          iv = BigInt(roundHalfEven(d));
        }
      }
      const [lo, hi] = integralRange(type);
      if (iv < lo || iv > hi) throw overflow();
      return makeIntegral(type as IntegralType, iv)!;
    }
  }
}
