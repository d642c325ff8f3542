import { describe, expect, it, test } from 'vitest';
import { Decimal, type MidpointRounding } from '../../../src/runtime/dotnet/decimal.js';
import { INVARIANT } from '../../../src/runtime/dotnet/culture.js';
import { DECIMAL_CASES } from './decimal.cases.js';
import { outcome } from './expectDotNet.js';

const inv = INVARIANT.numberFormat;

function run(kind: string, a: string, b: string, c: string): string {
  switch (kind) {
    case 'op': {
      const x = Decimal.parse(a);
      const y = Decimal.parse(c);
      const r =
        b === '+'
          ? x.add(y)
          : b === '-'
            ? x.subtract(y)
            : b === '*'
              ? x.multiply(y)
              : b === '/'
                ? x.divide(y)
                : x.remainder(y);
      return r.toString(null, inv);
    }
    case 'round':
      return Decimal.parse(a)
        .round(Number(b), c as MidpointRounding)
        .toString(null, inv);
    case 'fromDouble':
      return Decimal.fromDouble(Number(a)).toString(null, inv);
    case 'toDouble': {
      const d = Decimal.parse(a).toNumber();
      return Object.is(d, -0) ? '-0' : String(d).replace('e+', 'E+');
    }
    case 'parse':
      return Decimal.parse(a).toString(null, inv);
    case 'compare':
      return String(Decimal.parse(a).compareTo(Decimal.parse(b)));
    default:
      throw new Error(kind);
  }
}

describe('System.Decimal, checked against pwsh 7.6.9', () => {
  test.each(DECIMAL_CASES)('%s %s %s %s', (kind, a, b, c, expected) => {
    expect(outcome(() => run(kind, a, b, c))).toBe(expected);
  });
});

describe('Decimal API', () => {
  it('keeps the scale of literals and products', () => {
    expect(Decimal.of('1.50').toString()).toBe('1.50');
    expect(Decimal.of('1.5').multiply(Decimal.of(2)).toString()).toBe('3.0');
    expect(Decimal.of(1).divide(Decimal.of(3)).toString()).toBe('0.3333333333333333333333333333');
  });

  it('builds from parts and exposes them', () => {
    const d = Decimal.fromParts(-12345n, 2);
    expect(d.toString()).toBe('-123.45');
    expect(d.coefficient).toBe(12345n);
    expect(d.scale).toBe(2);
    expect(d.isNegative).toBe(true);
    expect(d.signedCoefficient).toBe(-12345n);
    expect(d.negate().toString()).toBe('123.45');
  });

  it('rounds half to even by default, like [math]::Round', () => {
    expect(Decimal.of('2.5').round().toString()).toBe('2');
    expect(Decimal.of('3.5').round().toString()).toBe('4');
    expect(Decimal.of('-2.7').truncate().toString()).toBe('-2');
    expect(Decimal.of('-2.1').floor().toString()).toBe('-3');
    expect(Decimal.of('2.1').ceiling().toString()).toBe('3');
  });

  it('converts doubles and big integers', () => {
    expect(Decimal.of(0.1).toString()).toBe('0.1');
    expect(Decimal.of(1 / 3).toString()).toBe('0.333333333333333');
    expect(Decimal.of(12345678901234567890n).toString()).toBe('12345678901234567890');
    expect(Decimal.of(-42).toNumber()).toBe(-42);
  });

  it('formats with standard and custom formats', () => {
    expect(Decimal.of('1234.5').toString('N2')).toBe('1,234.50');
    expect(Decimal.of('-1234.5').toString('#,##0.00;(#,##0.00)')).toBe('(1,234.50)');
  });

  it('compares by value, not by scale', () => {
    expect(Decimal.of('1.1').equals(Decimal.of('1.10'))).toBe(true);
    expect(Decimal.of('-1').compareTo(Decimal.Zero)).toBe(-1);
    expect(Decimal.MaxValue.toString()).toBe('79228162514264337593543950335');
    expect(Decimal.MinValue.toString()).toBe('-79228162514264337593543950335');
  });
});
