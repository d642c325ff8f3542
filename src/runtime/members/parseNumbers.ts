/**
 * Int32.Parse, Double.Parse, ... with .NET's default styles in the en-US culture: integers allow
 * surrounding white space and a sign only; floating point also allows ',' group separators, a
 * '.' fraction, an exponent, and the culture's NaN/infinity symbols.
 */
import { convertToNumeric } from '../convert/toNumber.js';
import { Decimal } from '../dotnet/decimal.js';
import {
  integralRange,
  makeDouble,
  makeSingle,
  type IntegralType,
  type NumericType,
  type PSNumber,
} from '../values/numbers.js';
import { DotNetError, formatError } from './DotNetError.js';

const overflowNames: Record<IntegralType, string> = {
  SByte: 'a signed byte',
  Byte: 'an unsigned byte',
  Int16: 'an Int16',
  UInt16: 'a UInt16',
  Int32: 'an Int32',
  UInt32: 'a UInt32',
  Int64: 'an Int64',
  UInt64: 'a UInt64',
};

const badFormat = (text: string): DotNetError =>
  formatError(`The input string '${text}' was not in a correct format.`);

function parseFloat64(text: string): number {
  const t = text.trim();
  if (/^[-+]?(∞|Infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[-+]?NaN$/i.test(t)) return NaN;
  if (!/^[-+]?(\d[\d,]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(t) || !/\d/.test(t.replace(/[eE].*$/, '')))
    throw badFormat(text);
  return Number(t.replace(/,/g, ''));
}

/** T.Parse(text) for a numeric type T. */
export function parseNumber(text: string, type: NumericType): PSNumber {
  switch (type) {
    case 'Double':
      return makeDouble(parseFloat64(text));
    case 'Single':
      return makeSingle(parseFloat64(text));
    case 'Decimal':
      return Decimal.parse(text);
    case 'BigInteger': {
      const t = text.trim();
      if (!/^[-+]?\d+$/.test(t)) throw badFormat(text);
      return BigInt(t);
    }
    default: {
      const t = text.trim();
      if (!/^[-+]?\d+$/.test(t)) throw badFormat(text);
      const v = BigInt(t);
      const [lo, hi] = integralRange(type);
      if (v < lo || v > hi) {
        throw new DotNetError(
          'System.OverflowException',
          `Value was either too large or too small for ${overflowNames[type]}.`,
        );
      }
      return convertToNumeric(v, type);
    }
  }
}

/** T.TryParse: the value, or null. */
export function tryParseNumber(text: string, type: NumericType): PSNumber | null {
  try {
    return parseNumber(text, type);
  } catch {
    return null;
  }
}
