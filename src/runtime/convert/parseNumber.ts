/**
 * Reading a number from text the way PowerShell's conversions do: surrounding whitespace allowed,
 * hex (0x1F), exponents, a decimal point, type suffixes and multipliers (`'10kb'`), and thousands
 * separators for doubles. Integer text that fits Int32 is an Int32, then Int64, then Decimal, then
 * Double, as for literals.
 */
import { numberLiteralValue } from '../../language/numbers.js';
import { Decimal } from '../dotnet/decimal.js';
import { makeDouble, makeIntegral, TypedNumber, type PSNumber } from './../values/numbers.js';

export function parsePSNumber(text: string): PSNumber | null {
  const t = text.trim();
  if (t === '') return null;
  // VB-style hex ('&h1A') is accepted by PowerShell's string-to-number conversion.
  const vbHex = /^([-+]?)&h([0-9a-f]+)$/i.exec(t);
  let lit = numberLiteralValue(vbHex ? `${vbHex[1] === '-' ? '-' : ''}0x${vbHex[2]}` : t.startsWith('+') ? t.slice(1) : t);
  if (!lit && /^[-+]?[\d,]+(\.\d*)?(e[-+]?\d+)?$/i.test(t) && t.includes(',')) {
    // "1,500" reads as 1500 (the invariant culture's group separator).
    lit = numberLiteralValue(t.replace(/,/g, '').replace(/^\+/, ''));
    if (lit && lit.numberType !== 'double') lit = { value: Number(lit.value), numberType: 'double' };
  }
  if (!lit) {
    if (/^[-+]?(infinity|∞)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(t)) return NaN;
    return null;
  }
  return literalToNumber(lit.value, lit.numberType);
}

/** The runtime value of a numeric literal (language/numbers.ts gives value + type). */
export function literalToNumber(value: number | bigint | string, type: string): PSNumber {
  switch (type) {
    case 'int':
      return Number(value);
    case 'double':
      return makeDouble(Number(value));
    case 'decimal':
      return Decimal.parse(String(value));
    case 'bigint':
      return BigInt(value);
    case 'long':
      return new TypedNumber('Int64', BigInt(value));
    case 'ulong':
      return new TypedNumber('UInt64', BigInt(value));
    default: {
      const map: Record<string, 'Byte' | 'SByte' | 'Int16' | 'UInt16' | 'UInt32'> = {
        byte: 'Byte',
        sbyte: 'SByte',
        short: 'Int16',
        ushort: 'UInt16',
        uint: 'UInt32',
      };
      const t = map[type] ?? 'UInt32';
      return makeIntegral(t, BigInt(value)) ?? new TypedNumber(t, Number(value));
    }
  }
}
