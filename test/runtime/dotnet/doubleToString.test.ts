import { describe, expect, it, test } from 'vitest';
import {
  doubleToDotNetString,
  doubleToPsOutput,
  doubleToPsString,
  singleToDotNetString,
  singleToPsOutput,
  singleToPsString,
} from '../../../src/runtime/dotnet/doubleToString.js';
import { EN_US_WINDOWS } from '../../../src/runtime/dotnet/culture.js';
import { DOUBLE_TO_STRING_CASES } from './doubleToString.cases.js';

function fromBits(type: string, bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  if (type === 'Single') {
    view.setInt32(0, Number(bits));
    return view.getFloat32(0);
  }
  view.setBigInt64(0, BigInt(bits));
  return view.getFloat64(0);
}

describe('PowerShell double/single to text, checked against pwsh 7.6.9', () => {
  test.each(DOUBLE_TO_STRING_CASES)('%s %s', (type, _expr, bits, str, output, interpolated, toStr, dashF) => {
    const v = fromBits(type, bits);
    const single = type === 'Single';
    expect(single ? singleToPsString(v) : doubleToPsString(v)).toBe(str);
    expect(single ? singleToPsString(v) : doubleToPsString(v)).toBe(interpolated);
    expect(single ? singleToPsOutput(v) : doubleToPsOutput(v)).toBe(output);
    expect(single ? singleToDotNetString(v) : doubleToDotNetString(v)).toBe(toStr);
    expect(single ? singleToDotNetString(v) : doubleToDotNetString(v)).toBe(dashF);
  });
});

describe('brief examples', () => {
  it.each([
    [1 / 3, '0.333333333333333'],
    [0.1 + 0.2, '0.3'],
    [1e20, '1E+20'],
    [1e15, '1E+15'],
    [Number('123456789012345678'), '1.23456789012346E+17'],
    [1.5e-7, '1.5E-07'],
    [-0, '-0'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [Number.MAX_VALUE, '1.79769313486232E+308'],
    [2 / 3, '0.666666666666667'],
    [10 / 4, '2.5'],
    [Math.PI, '3.14159265358979'],
  ])('[string]%d', (v, s) => {
    expect(doubleToPsString(v)).toBe(s);
  });

  it('output uses the culture symbols', () => {
    expect(doubleToPsOutput(-Infinity)).toBe('-∞');
    expect(doubleToPsOutput(1 / 3, EN_US_WINDOWS)).toBe('0.333333333333333');
  });
});
