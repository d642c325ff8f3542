/** Format-Table/-List/-Wide, Out-String and the built-in views, against pwsh 7.6 output. */
import { describe, expect, it } from 'vitest';
import { formatList } from '../../../src/runtime/format/formatList.js';
import { formatTable } from '../../../src/runtime/format/formatTable.js';
import { formatWide } from '../../../src/runtime/format/formatWide.js';
import { outString } from '../../../src/runtime/format/outString.js';
import { renderToLines } from '../../../src/runtime/format/render.js';
import {
  GenericMeasureInfo,
  GroupInfo,
  MatchInfo,
  MemberDefinition,
} from '../../../src/runtime/format/coreValues.js';
import { PSHashtable } from '../../../src/runtime/values/Hashtable.js';
import { PSObject } from '../../../src/runtime/values/PSObject.js';
import { DateTime } from '../../../src/runtime/dotnet/dateTime.js';
import { lines, obj, printed } from './helpers.js';

const calculated = (entries: [string, unknown][]): PSHashtable => {
  const h = new PSHashtable();
  for (const [k, v] of entries) h.set(k, v);
  return h;
};

describe('Format-Table', () => {
  it('ends the table being printed and prints its own', () => {
    expect(printed([obj({ a: 1 }), formatTable([obj({ b: 2 })]), obj({ a: 3 })])).toBe(
      lines('', 'a', '-', '1', '', '', 'b', '-', '2', '', '', 'a', '-', '3', ''),
    );
  });

  it('takes calculated properties, evaluated by the caller', () => {
    const sb = { script: '2.5' };
    const r = formatTable([obj({ D: 1.5 })], {
      property: [
        'D',
        calculated([
          ['n', 'E'],
          ['e', sb],
        ]),
      ],
      evaluate: (expr) => (expr === sb ? 2.5 : null),
    });
    expect(printed([r])).toBe(lines('', '   D    E', '   -    -', '1.50 2.50', ''));
  });

  it('expands wildcards against the first object', () => {
    const r = formatTable([obj({ Name: 'a', Nick: 'b', Age: 3 })], { property: ['N*'] });
    expect(printed([r])).toBe(lines('', 'Name Nick', '---- ----', 'a    b', ''));
  });

  it('-HideTableHeaders, -Wrap', () => {
    expect(printed([formatTable([obj({ A: 'x' }), obj({ A: 'y' })], { hideTableHeaders: true })])).toBe(
      lines('', 'x', 'y', ''),
    );
    const wide = obj({ A: 'a b c d e f g h', B: 'x'.repeat(90) });
    expect(printed([formatTable([wide], { wrap: true })])).toBe(
      lines(
        '',
        'A               B',
        '-               -',
        'a b c d e f g h ' + 'x'.repeat(63),
        ' '.repeat(16) + 'x'.repeat(27),
        '',
      ),
    );
  });

  it('-GroupBy starts a group, with its heading, when the value changes', () => {
    const rows = [
      obj({ Name: 'Ann', Dept: 'IT' }),
      obj({ Name: 'Bob', Dept: 'IT' }),
      obj({ Name: 'Cy', Dept: 'HR' }),
    ];
    expect(printed([formatTable(rows, { groupBy: 'Dept' })])).toBe(
      lines(
        '',
        '   Dept: IT',
        '',
        'Name Dept',
        '---- ----',
        'Ann  IT',
        'Bob  IT',
        '',
        '   Dept: HR',
        '',
        'Name Dept',
        '---- ----',
        'Cy   HR',
        '',
      ),
    );
  });
});

describe('Format-List and Format-Wide', () => {
  it('Format-List ends with two blank lines', () => {
    expect(printed([formatList([obj({ A: 'x', B: 'y' })]), 'z'])).toBe(
      lines('', 'A : x', 'B : y', '', '', 'z'),
    );
  });

  it('Format-Wide: two columns by default, or -Column; strings stay bare lines', () => {
    expect(printed([formatWide([obj({ Name: 'ann' }), obj({ Name: 'bob' })]), 'z'])).toBe(
      lines('', 'ann' + ' '.repeat(37) + 'bob', '', 'z'),
    );
    expect(
      printed([formatWide([obj({ Name: 'ann' }), obj({ Name: 'bob' }), obj({ Name: 'c' })], { column: 2 })]),
    ).toBe(lines('', 'ann' + ' '.repeat(37) + 'bob', 'c' + ' '.repeat(39), ''));
    expect(printed([formatWide(['a', 'bb'], { column: 3 })])).toBe(lines('a', 'bb'));
  });
});

describe('Out-String', () => {
  it('is 80 columns wide, ends with a newline; -Stream gives the lines', () => {
    expect(outString([obj({ a: 1, b: 'x' })])).toBe('\na b\n- -\n1 x\n\n');
    expect(outString([obj({ a: 1, b: 'x' })], { stream: true })).toEqual(['', 'a b', '- -', '1 x', '']);
    const lens = outString([obj({ a: 'x'.repeat(300) })], { stream: true }).map((l) => l.length);
    expect(lens).toEqual([0, 1, 1, 80, 0]);
    const lens50 = outString([obj({ a: 'x'.repeat(300) })], { stream: true, width: 50 }).map((l) => l.length);
    expect(lens50).toEqual([0, 1, 1, 50, 0]);
  });

  it('renderToLines lays out a result for any width', () => {
    expect(renderToLines(formatList([obj({ A: 'long '.repeat(4) })]), 14)).toEqual([
      '',
      'A : long long ',
      '    long long ',
      '',
      '',
    ]);
  });
});

describe('built-in views', () => {
  it('GroupInfo', () => {
    const long = 'averyveryveryveryverylongname1234567890';
    expect(printed([new GroupInfo(long, [long], [long]), new GroupInfo('b', ['b'], ['b'])])).toBe(
      lines(
        '',
        'Count Name                      Group',
        '----- ----                      -----',
        '    1 averyveryveryveryverylon… {' + long + '}',
        '    1 b                         {b}',
        '',
      ),
    );
  });

  it('GenericMeasureInfo', () => {
    expect(printed([new GenericMeasureInfo(3, 2, 6)])).toBe(
      lines(
        '',
        'Count             : 3',
        'Average           : 2',
        'Sum               : 6',
        'Maximum           : ',
        'Minimum           : ',
        'StandardDeviation : ',
        'Property          : ',
        '',
        '',
      ),
    );
  });

  it('MemberDefinition groups by TypeName', () => {
    const T = 'System.Management.Automation.PSCustomObject';
    const members = [
      new MemberDefinition(T, 'Equals', 'Method', 'bool Equals(System.Object obj)'),
      new MemberDefinition(T, 'GetHashCode', 'Method', 'int GetHashCode()'),
      new MemberDefinition(T, 'a', 'NoteProperty', 'int a=1'),
    ];
    expect(printed(members)).toBe(
      lines(
        '',
        '   TypeName: ' + T,
        '',
        'Name        MemberType   Definition',
        '----        ----------   ----------',
        'Equals      Method       bool Equals(System.Object obj)',
        'GetHashCode Method       int GetHashCode()',
        'a           NoteProperty int a=1',
        '',
      ),
    );
  });

  it('MatchInfo prints its line, or path:line:text for a file', () => {
    expect(
      printed([
        new MatchInfo('hello world', 1, '/tmp/d/m.txt', 'd/m.txt', 'o'),
        new MatchInfo('abc', 1, 'InputStream', 'InputStream', 'a'),
      ]),
    ).toBe(lines('', 'd/m.txt:1:hello world', 'abc', ''));
  });

  it('a hashtable cuts long values at the line width', () => {
    const h = new PSHashtable();
    h.set('bb', 'x'.repeat(100));
    h.set('a', 1);
    expect(printed([h])).toBe(
      lines(
        '',
        'Name                           Value',
        '----                           -----',
        'bb                             ' + 'x'.repeat(47) + '…',
        'a                              1',
        '',
      ),
    );
  });
});

describe('file-system view (Windows layout; no Windows oracle here: widths from pwsh 7’s FileSystem view)', () => {
  it('groups by directory with Mode LastWriteTime Length Name', () => {
    const item = (mode: string, name: string, length: number | null): PSObject => {
      const o = PSObject.from([
        ['PSParentPath', 'Microsoft.PowerShell.Core\\FileSystem::C:\\d'],
        ['Mode', mode],
        ['LastWriteTime', DateTime.fromParts(2024, 1, 3, 16, 5, 6)],
        ['Length', length],
        ['Name', name],
      ]);
      o.typeNames = [length === null ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo', 'System.Object'];
      return o;
    };
    expect(printed([item('d----', 'sub', null), item('-a---', 'a.txt', 3)])).toBe(
      lines(
        '',
        '    Directory: C:\\d',
        '',
        'Mode                 LastWriteTime         Length Name',
        '----                 -------------         ------ ----',
        'd----' + ' '.repeat(12) + '1/3/2024  4:05 PM                sub',
        '-a---' + ' '.repeat(12) + '1/3/2024  4:05 PM              3 a.txt',
        '',
      ),
    );
  });
});
