import { describe, expect, it, test } from 'vitest';
import { Decimal } from '../../../src/runtime/dotnet/decimal.js';
import { EN_US_WINDOWS, INVARIANT } from '../../../src/runtime/dotnet/culture.js';
import {
  exactDigits,
  formatDecimal,
  formatDouble,
  formatInteger,
  formatSingle,
  parseFormatSpecifier,
  type IntegerType,
} from '../../../src/runtime/dotnet/numberFormat.js';
import { NUMBER_FORMAT_CASES } from './numberFormat.cases.js';
import { outcome } from './expectDotNet.js';

function format(type: string, value: string, fmt: string): string {
  switch (type) {
    case 'Double':
      return formatDouble(Number(value), fmt);
    case 'Single':
      return formatSingle(Number(value), fmt);
    case 'Decimal':
      return formatDecimal(Decimal.parse(value), fmt);
    default:
      return formatInteger(BigInt(value), fmt, type as IntegerType);
  }
}

describe('numeric formatting, checked against pwsh 7.6.9', () => {
  test.each(NUMBER_FORMAT_CASES)('%s %s .ToString(%j)', (type, value, fmt, expected) => {
    expect(outcome(() => format(type, value, fmt))).toBe(expected);
  });
});

describe('numeric formatting details', () => {
  it.each([
    ['', 'G', -1],
    ['N2', 'N', 2],
    ['X8', 'X', 8],
    ['F012', 'F', 12],
    ['0.00', '\0', -1],
    ['N2x', '\0', -1],
  ] as const)('parseFormatSpecifier(%j)', (f, fmt, precision) => {
    expect(parseFormatSpecifier(f)).toEqual({ fmt, precision });
  });

  it('expands a double exactly', () => {
    expect(exactDigits(0.1)).toEqual({
      digits: '1000000000000000055511151231257827021181583404541015625',
      scale: 0,
    });
    expect(exactDigits(1e21)).toEqual({ digits: '1', scale: 22 });
  });

  it('takes a JS number for integers and infers Int32/Int64', () => {
    expect(formatInteger(-1, 'X')).toBe('FFFFFFFF');
    expect(formatInteger(-(2 ** 40), 'X')).toBe('FFFFFF0000000000');
    expect(formatInteger(1234567, 'N0')).toBe('1,234,567');
  });

  it('uses the culture it is given', () => {
    expect(formatDouble(0.125, 'P', EN_US_WINDOWS.numberFormat)).toBe('12.50%');
    expect(formatDouble(1234.5, 'N', EN_US_WINDOWS.numberFormat)).toBe('1,234.50');
    expect(formatDouble(-1234.5, 'C', INVARIANT.numberFormat)).toBe('(¤1,234.50)');
    expect(formatDouble(0.125, 'P', INVARIANT.numberFormat)).toBe('12.50 %');
    expect(formatDouble(Infinity, 'N2', INVARIANT.numberFormat)).toBe('Infinity');
  });

  it('formats the brief examples', () => {
    expect(formatDouble(1234.5, 'N2')).toBe('1,234.50');
    expect(formatDouble(1234.5678, 'E3')).toBe('1.235E+003');
    expect(formatInteger(255, 'X8')).toBe('000000FF');
    expect(formatInteger(42, 'D5')).toBe('00042');
    expect(formatDouble(0.125, 'P0')).toBe('12%');
    expect(formatDouble(-1234.5, '#,##0.00;(#,##0.00);zero')).toBe('(1,234.50)');
    expect(formatDouble(0, '#,##0.00;(#,##0.00);zero')).toBe('zero');
  });

  it('single uses float32 digits', () => {
    expect(formatSingle(1 / 3)).toBe('0.33333334');
    expect(formatSingle(1 / 3, 'G')).toBe('0.33333334');
  });
});
