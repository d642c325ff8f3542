/** Out-Default against texts printed by pwsh 7.6 (LANG=en_US.UTF-8, stdout redirected to a file). */
import { describe, expect, it } from 'vitest';
import { DateTime } from '../../../src/runtime/dotnet/dateTime.js';
import { Decimal } from '../../../src/runtime/dotnet/decimal.js';
import { EN_US_WINDOWS } from '../../../src/runtime/dotnet/culture.js';
import { TimeSpan } from '../../../src/runtime/dotnet/timeSpan.js';
import { OutDefault } from '../../../src/runtime/format/OutDefault.js';
import { PSHashtable } from '../../../src/runtime/values/Hashtable.js';
import { TypedNumber } from '../../../src/runtime/values/numbers.js';
import { PSChar, PSEnumValue, PSGuid } from '../../../src/runtime/values/scalars.js';
import { lines, obj, printed } from './helpers.js';

const date = (y: number, mo: number, d: number, h: number, mi: number, s: number): DateTime =>
  DateTime.fromParts(y, mo, d, h, mi, s);
const monday = new PSEnumValue('System.DayOfWeek', 'Monday', 1);

describe('Out-Default: scalars', () => {
  it('prints scalars on lines of their own and $null as nothing', () => {
    expect(
      printed([
        monday,
        new PSChar(99),
        1.5,
        1 / 3,
        1e20,
        Infinity,
        Decimal.parse('2.50'),
        true,
        null,
        new TypedNumber('Int64', 5n),
        [],
        'after',
        [1, 2],
      ]),
    ).toBe(
      lines('Monday', 'c', '1.5', '0.333333333333333', '1E+20', '∞', '2.50', 'True', '5', 'after', '1', '2'),
    );
  });

  it('prints a DateTime in the long date and time pattern (Windows en-US by default)', () => {
    const d = date(2024, 1, 3, 16, 5, 6);
    expect(printed([d], { culture: EN_US_WINDOWS })).toBe(
      lines('', 'Wednesday, January 3, 2024 4:05:06 PM', ''),
    );
    // Linux pwsh (ICU) puts U+202F before PM.
    expect(printed([d])).toBe(lines('', 'Wednesday, January 3, 2024 4:05:06\u202fPM', ''));
  });

  it('prints a TimeSpan as a list and a Guid as a table', () => {
    const ts = TimeSpan.fromTicks(937845000000n);
    expect(printed([ts])).toBe(
      lines(
        '',
        'Ticks             : 937845000000',
        'Days              : 1',
        'Hours             : 2',
        'Milliseconds      : 500',
        'Microseconds      : 0',
        'Nanoseconds       : 0',
        'Minutes           : 3',
        'Seconds           : 4',
        'TotalDays         : 1.08546875',
        'TotalHours        : 26.05125',
        'TotalMilliseconds : 93784500',
        'TotalMicroseconds : 93784500000',
        'TotalNanoseconds  : 93784500000000',
        'TotalMinutes      : 1563.075',
        'TotalSeconds      : 93784.5',
        '',
        '',
      ),
    );
    expect(printed([new PSGuid('11111111-2222-3333-4444-555555555555')])).toBe(
      lines('', 'Guid', '----', '11111111-2222-3333-4444-555555555555', ''),
    );
  });
});

describe('Out-Default: custom objects', () => {
  it('shows later objects with the first object’s columns; scalars stay bare lines', () => {
    const h = new PSHashtable();
    h.set('a', 1);
    expect(
      printed([
        obj({ Name: 'Ann', Age: 34 }),
        5,
        'str',
        obj({ Other: 'x', Age: 41 }),
        obj({ Name: 'Cy', Age: 28, Extra: 1 }),
        h,
        date(2024, 1, 3, 16, 5, 6),
        obj({ Name: 'Dee', Age: 2 }),
      ]),
    ).toBe(
      lines(
        '',
        'Name Age',
        '---- ---',
        'Ann   34',
        '5',
        'str',
        '      41',
        'Cy    28',
        'a       ',
        '        ',
        'Dee    2',
        '',
      ),
    );
  });

  it('uses a list for 5 or more properties, for every later object', () => {
    expect(
      printed([
        obj({ A: 1, B: 2, C: 3, D: 4, E: 5 }),
        obj({ A: 'x', F: 'y' }),
        '---',
        obj({ A: 1, B: 2, C: 3, D: 4, E: 'long '.repeat(30) }),
      ]),
    ).toBe(
      lines(
        '',
        'A : 1',
        'B : 2',
        'C : 3',
        'D : 4',
        'E : 5',
        '',
        'A : x',
        'F : y',
        '',
        '---',
        'A : 1',
        'B : 2',
        'C : 3',
        'D : 4',
        'E : ' + 'long '.repeat(15),
        '    ' + 'long '.repeat(15),
        '',
        '',
      ),
    );
  });

  it('formats doubles in tables with the culture’s decimals, aligns scalars right', () => {
    const row = obj({ I: 1, D: 2.5, B: true, C: new PSChar(99) });
    expect(printed([row, row], { culture: EN_US_WINDOWS })).toBe(
      lines('', 'I    D    B C', '-    -    - -', '1 2.50 True c', '1 2.50 True c', ''),
    );
    expect(printed([obj({ D: Infinity, E: 1234567.5, F: NaN })])).toBe(
      lines('', 'D           E   F', '-           -   -', '∞ 1234567.500 NaN', ''),
    );
  });

  it('truncates with … and hides columns that do not fit', () => {
    expect(printed([obj({ a: 'x'.repeat(200), b: 1 }), obj({ a: 'y'.repeat(20), b: 2 })])).toBe(
      lines('', 'a', '-' + ' '.repeat(78), 'x'.repeat(78) + '…', 'y'.repeat(20) + ' '.repeat(59), ''),
    );
  });

  it('renders nested collections, hashtables and objects', () => {
    const h = new PSHashtable();
    h.set('a', 1);
    const o = obj({ Arr: [1, 2, 3, 4, 5], Few: [1, 'b'], H: h, O: obj({ x: 1, y: 'z' }) });
    expect(printed([o, obj({ N: null })])).toBe(
      lines(
        '',
        'Arr           Few    H        O',
        '---           ---    -        -',
        '{1, 2, 3, 4…} {1, b} {[a, 1]} @{x=1; y=z}',
        '                              ',
        '',
      ),
    );
  });

  it('cuts a multi-line cell at its first line break', () => {
    expect(printed([obj({ ML: 'l1\nl2', X: 1 })])).toBe(lines('', 'ML    X', '--    -', 'l1…   1', ''));
  });

  it('prints objects another view does not apply to out of band, as lists', () => {
    expect(
      printed(
        [
          date(2024, 1, 3, 16, 5, 6),
          monday,
          date(2024, 1, 4, 16, 5, 6),
          obj({ Name: 'b', V: 2 }),
          date(2024, 1, 4, 16, 5, 6),
        ],
        {
          culture: EN_US_WINDOWS,
        },
      ),
    ).toBe(
      lines(
        '',
        'Wednesday, January 3, 2024 4:05:06 PM',
        'Monday',
        'Thursday, January 4, 2024 4:05:06 PM',
        '',
        'Name : b',
        'V    : 2',
        '',
        'Thursday, January 4, 2024 4:05:06 PM',
        '',
      ),
    );
  });

  it('keeps table rows until the table ends, so directly written text comes first', () => {
    let text = '';
    const out = new OutDefault((t) => (text += t));
    out.push(obj({ a: 1 }));
    text += 'hi\n';
    out.push(obj({ a: 2 }));
    text += 'ho\n';
    out.push(obj({ a: 1, b: 2, c: 3, d: 4, e: 5 }));
    out.flush();
    expect(text).toBe(lines('', 'hi', 'ho', 'a', '-', '1', '2', '1', ''));
  });
});
