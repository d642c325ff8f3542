import { describe, expect, it, test } from 'vitest';
import {
  formatComposite,
  powerShellFormatErrorMessage,
  type ArgumentFormatter,
} from '../../../src/runtime/dotnet/compositeFormat.js';
import { FormatException } from '../../../src/runtime/dotnet/errors.js';
import { formatDouble, formatInteger } from '../../../src/runtime/dotnet/numberFormat.js';
import { COMPOSITE_FORMAT_CASES } from './compositeFormat.cases.js';
import { outcome } from './expectDotNet.js';

type Arg = readonly [string, string | number | null];

/** Plays the interpreter's part: IFormattable values get the format, strings ignore it. */
const formatter: ArgumentFormatter = (value, format) => {
  const [type, v] = value as Arg;
  if (type === 'i') return formatInteger(v as number, format || null, 'Int32');
  if (type === 'd') return formatDouble(v as number, format || null);
  if (type === 's') return v as string;
  return '';
};

describe('String.Format, checked against pwsh 7.6.9', () => {
  test.each(COMPOSITE_FORMAT_CASES)('%j %j', (format, args, expected) => {
    expect(outcome(() => formatComposite(format, args, formatter))).toBe(expected);
  });
});

describe('composite formatting API', () => {
  it('passes the format text, undefined without a colon, and the index', () => {
    const seen: unknown[] = [];
    formatComposite('{0}{1:}{1:x2}', ['a', 'b'], (v, f, i) => {
      seen.push([v, f, i]);
      return '';
    });
    expect(seen).toEqual([
      ['a', undefined, 0],
      ['b', '', 1],
      ['b', 'x2', 1],
    ]);
  });

  it('pads to the alignment', () => {
    expect(formatComposite('[{0,5}][{0,-5}]', ['ab'], (v) => String(v))).toBe('[   ab][ab   ]');
  });

  it('wraps messages the way the -f operator does', () => {
    let err: unknown;
    try {
      formatComposite('{1}', [5], String);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FormatException);
    expect(powerShellFormatErrorMessage(err as Error)).toBe(
      'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..',
    );
  });
});
