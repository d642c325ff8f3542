// Expected lines come from real pwsh 7.6.9 runs of the ConvertTo-Csv / Export-Csv commands quoted in each test
// (LANG=C.UTF-8, the invariant culture, unless a test says en-US).
import { describe, expect, test } from 'vitest';
import {
  appendWriteOptions,
  checkAppendColumns,
  CsvWriter,
  quoteFieldsAndUseQuotesError,
  writeCsv,
} from '../../../src/runtime/csv/index.js';
import { EN_US, INVARIANT } from '../../../src/runtime/dotnet/culture.js';
import { DateTime } from '../../../src/runtime/dotnet/dateTime.js';
import { Decimal } from '../../../src/runtime/dotnet/decimal.js';
import { TimeSpan } from '../../../src/runtime/dotnet/timeSpan.js';
import { PSHashtable } from '../../../src/runtime/values/Hashtable.js';
import { makeDouble, makeSingle, TypedNumber } from '../../../src/runtime/values/numbers.js';
import { PSList } from '../../../src/runtime/values/PSList.js';
import { PSObject } from '../../../src/runtime/values/PSObject.js';
import { PSChar, PSEnumValue, PSGuid } from '../../../src/runtime/values/scalars.js';

const custom = (...entries: Array<[string, unknown]>): PSObject => PSObject.from(entries);
const table = (ordered: boolean, ...entries: Array<[string, unknown]>): PSHashtable => {
  const h = new PSHashtable(ordered);
  for (const [k, v] of entries) h.set(k, v);
  return h;
};

describe('writeCsv matches pwsh 7.6 ConvertTo-Csv', () => {
  test('conformance: quotes every field, no #TYPE line', () => {
    expect(writeCsv([custom(['Name', 'Ann'], ['Age', 30])])).toEqual(['"Name","Age"', '"Ann","30"']);
  });

  test('conformance: -UseQuotes AsNeeded, -Delimiter, -UseQuotes Never, $null', () => {
    expect(writeCsv([custom(['Name', 'Lee, Ann'], ['Age', 30])], { useQuotes: 'AsNeeded' })).toEqual([
      'Name,Age',
      '"Lee, Ann",30',
    ]);
    expect(writeCsv([custom(['First', 1], ['Second', 2])], { delimiter: ';' })).toEqual([
      '"First";"Second"',
      '"1";"2"',
    ]);
    expect(writeCsv([custom(['Sku', 'E3'], ['Seats', 25])], { useQuotes: 'Never' })).toEqual([
      'Sku,Seats',
      'E3,25',
    ]);
    expect(writeCsv([custom(['User', 'ann'], ['Manager', null], ['Dept', 'IT'])])).toEqual([
      '"User","Manager","Dept"',
      '"ann",,"IT"',
    ]);
  });

  test('columns come from the first object', () => {
    // [pscustomobject]@{a=1;b=2}, [pscustomobject]@{b=3;c=4}, [pscustomobject]@{a=$null} | ConvertTo-Csv
    const objects = [custom(['a', 1], ['b', 2]), custom(['b', 3], ['c', 4]), custom(['a', null])];
    expect(writeCsv(objects)).toEqual(['"a","b"', '"1","2"', ',"3"', ',']);
  });

  test('values as .NET ToString() writes them (invariant culture)', () => {
    const v = custom(
      ['d', DateTime.fromParts(2024, 1, 2, 3, 4, 5)],
      ['t', true],
      ['f', false],
      ['arr', [1, 2]],
      ['h', table(false, ['x', 1])],
      ['dbl', 1.5],
      ['big', 1e20],
      ['dec', Decimal.parse('1.50')],
      ['ts', TimeSpan.fromHms(1, 2, 3)],
      ['g', new PSGuid('00000000-0000-0000-0000-000000000001')],
      ['c', new PSChar(120)],
      ['e', new PSEnumValue('System.DayOfWeek', 'Monday', 1)],
      ['o', custom(['z', 1])],
      ['s', ''],
      ['q', 'a"b'],
      ['nl', 'x\ny'],
    );
    expect(writeCsv([v], { culture: INVARIANT })).toEqual([
      '"d","t","f","arr","h","dbl","big","dec","ts","g","c","e","o","s","q","nl"',
      '"01/02/2024 03:04:05","True","False","System.Object[]","System.Collections.Hashtable","1.5","1E+20","1.50",' +
        '"01:02:03","00000000-0000-0000-0000-000000000001","x","Monday","@{z=1}","","a""b","x\ny"',
    ]);
    // [pscustomobject]@{n=[long]5; s=[single]1.1; d=0.1+0.2; neg=-0.0; bi=[bigint]::Pow(2,70)}
    const numbers = custom(
      ['n', new TypedNumber('Int64', 5n)],
      ['s', makeSingle(1.1)],
      ['d', 0.1 + 0.2],
      ['neg', -0],
      ['bi', 2n ** 70n],
    );
    expect(writeCsv([numbers], { culture: INVARIANT })).toEqual([
      '"n","s","d","neg","bi"',
      '"5","1.1","0.30000000000000004","-0","1180591620717411303424"',
    ]);
    const list = custom(['x', new PSList('System.Collections.ArrayList', null, [1, 2])]);
    expect(writeCsv([list])).toEqual(['"x"', '"System.Collections.ArrayList"']);
  });

  test('values in en-US (LANG=en_US.UTF-8)', () => {
    // [pscustomobject]@{d=[datetime]"2024-01-02 15:04:05";x=1.5; y=0.1+0.2; z=1e20; m=1.50d; f=[single]0.1}
    const v = custom(
      ['d', DateTime.fromParts(2024, 1, 2, 15, 4, 5)],
      ['x', 1.5],
      ['y', 0.1 + 0.2],
      ['z', 1e20],
      ['m', Decimal.parse('1.50')],
      ['f', makeSingle(0.1)],
    );
    expect(writeCsv([v], { culture: EN_US })).toEqual([
      '"d","x","y","z","m","f"',
      '"1/2/2024 3:04:05\u202fPM","1.5","0.30000000000000004","1E+20","1.50","0.1"',
    ]);
    expect(writeCsv([custom(['x', makeDouble(2)])])).toEqual(['"x"', '"2"']);
  });

  test('-UseQuotes AsNeeded quotes a delimiter, a quote or a line feed (not a carriage return)', () => {
    const v = custom(
      ['a', 'x y'],
      ['b', 'x,y'],
      ['c', 'x"y'],
      ['d', 'x\ny'],
      ['e', 'x\ry'],
      ['f', ''],
      ['g', null],
      ['h', ' '],
      ['i', 'x\ty'],
      ['j', '#'],
    );
    expect(writeCsv([v], { useQuotes: 'AsNeeded' })).toEqual([
      'a,b,c,d,e,f,g,h,i,j',
      'x y,"x,y","x""y","x\ny",x\ry,,, ,x\ty,#',
    ]);
    expect(writeCsv([custom(['a', 'x;y'], ['b', 'x,y'])], { useQuotes: 'AsNeeded', delimiter: ';' })).toEqual(
      ['a;b', '"x;y";x,y'],
    );
    expect(writeCsv([custom(['a"b', 1], ['c,d', 2])], { useQuotes: 'AsNeeded' })).toEqual([
      '"a""b","c,d"',
      '1,2',
    ]);
    expect(writeCsv([custom(['a"b', 1], ['c,d', 2])])).toEqual(['"a""b","c,d"', '"1","2"']);
  });

  test('-UseQuotes Never writes quotes as they are', () => {
    expect(writeCsv([custom(['a', 'x"y'], ['b', 'x,y'])], { useQuotes: 'Never' })).toEqual([
      'a,b',
      'x"y,x,y',
    ]);
  });

  test('-QuoteFields quotes only the named columns (any case), header included', () => {
    expect(writeCsv([custom(['a', '1'], ['b', '2'], ['c', 3])], { quoteFields: ['b', 'C'] })).toEqual([
      'a,"b","c"',
      '1,"2","3"',
    ]);
    expect(writeCsv([custom(['x,y', '1,2'], ['b', 'q'])], { quoteFields: ['b'] })).toEqual([
      'x,y,"b"',
      '1,2,"q"',
    ]);
    const error = quoteFieldsAndUseQuotesError();
    expect(error.message).toBe(
      'You must specify either the -UseQuotes or -QuoteFields parameters, but not both.',
    );
    expect(error.errorId).toBe('CannotSpecifyQuoteFieldsAndUseQuotes');
  });

  test('-NoHeader and -IncludeTypeInformation', () => {
    expect(writeCsv([custom(['a', '1'], ['b', '2'])], { noHeader: true })).toEqual(['"1","2"']);
    expect(writeCsv([custom(['a', '1'], ['b', '2'])], { includeTypeInformation: true })).toEqual([
      '#TYPE System.Management.Automation.PSCustomObject',
      '"a","b"',
      '"1","2"',
    ]);
    const typed = custom(['a', 1]);
    typed.typeNames = ['My.Type', 'System.Management.Automation.PSCustomObject', 'System.Object'];
    expect(writeCsv([typed], { includeTypeInformation: true })).toEqual(['#TYPE My.Type', '"a"', '"1"']);
  });

  test('dictionaries are written by their keys', () => {
    // @{a=1;b=2}, [ordered]@{b=5;a=6} | ConvertTo-Csv
    expect(writeCsv([table(false, ['a', 1], ['b', 2]), table(true, ['b', 5], ['a', 6])])).toEqual([
      '"a","b"',
      '"1","2"',
      '"6","5"',
    ]);
    expect(writeCsv([table(true, ['b', 5], ['a', 6])], { includeTypeInformation: true })).toEqual([
      '#TYPE System.Collections.Specialized.OrderedDictionary',
      '"b","a"',
      '"5","6"',
    ]);
  });

  test('a CsvWriter writes the header with the first object only', () => {
    const writer = new CsvWriter({ useQuotes: 'Never' });
    expect(writer.write(custom(['a', 1]))).toEqual(['a', '1']);
    expect(writer.write(custom(['a', 2]))).toEqual(['2']);
  });
});

describe('Export-Csv -Append', () => {
  const path = '/tmp/px/app.csv';
  const appended = (existing: string | null, objects: unknown[], force = false): string[] => {
    const options = appendWriteOptions(existing, {});
    if (options.appending && options.columns && !force) {
      const error = checkAppendColumns(objects[0], options.columns, path);
      if (error) throw error;
    }
    return writeCsv(objects, options);
  };

  test('a first object without one of the file columns is refused, naming the column', () => {
    expect(() => appended('"a","b"\n"1","2"\n', [custom(['a', 3], ['c', 4])])).toThrow(
      'Cannot append CSV content to the following file: /tmp/px/app.csv. The appended object does not have a ' +
        'property that corresponds to the following column: b. To continue with mismatched properties, add the ' +
        '-Force parameter, and then retry the command.',
    );
    const error = checkAppendColumns(custom(['a', 3]), ['a', 'b'], path)!;
    expect(error.errorId).toBe('CannotAppendCsvWithMismatchedPropertyNames');
    expect(error.category).toBe('InvalidData');
    expect(error.targetObject).toBe('b');
  });

  test("rows follow the file's columns; extra properties are dropped; later objects are not checked", () => {
    expect(appended('"a","b"\n"1","2"\n', [custom(['b', 3], ['a', 4], ['z', 9]), custom(['q', 1])])).toEqual([
      '"4","3"',
      ',',
    ]);
    // -Force: no check
    expect(appended('"a","b"\n', [custom(['a', 6], ['c', 7])], true)).toEqual(['"6",']);
    // -IncludeTypeInformation writes no #TYPE line when appending
    expect(
      writeCsv(
        [custom(['A', 8], ['B', 9])],
        appendWriteOptions('"a","b"\n', { includeTypeInformation: true }),
      ),
    ).toEqual(['"8","9"']);
  });

  test('a missing or empty file is written anew', () => {
    expect(appended(null, [custom(['a', 3], ['b', 4])])).toEqual(['"a","b"', '"3","4"']);
    expect(appended('', [custom(['a', 3], ['b', 4])])).toEqual(['"a","b"', '"3","4"']);
  });

  test('a file with content but no header takes the objects as they are', () => {
    expect(appended('#TYPE X\n', [custom(['a', 3], ['b', 4])])).toEqual(['"3","4"']);
  });

  test('the header is read as Import-Csv reads it', () => {
    expect(() => appended('\n\na,b\n', [custom(['a', 3], ['b', 4])])).toThrow(
      'following column: . To continue',
    );
    expect(appended('a,b,,\n', [custom(['a', 3], ['b', 4])])).toEqual(['"3","4"']);
    expect(() => appended('a;b\n1;2\n', [custom(['a', 3], ['b', 4])])).toThrow(
      'following column: a;b. To continue',
    );
    expect(
      writeCsv([custom(['a', 3], ['b', 4])], appendWriteOptions('a;b\n1;2\n', { delimiter: ';' })),
    ).toEqual(['"3";"4"']);
    expect(writeCsv([custom(['x', 3])], appendWriteOptions('#TYPE Foo\n"x"\n"1"\n', {}))).toEqual(['"3"']);
  });
});
