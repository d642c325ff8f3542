// Expected texts come from real pwsh 7.6.9 runs (TZ=UTC) of the ConvertTo-Json commands quoted in each test.
import { describe, expect, test } from 'vitest';
import { DateTime } from '../../../src/runtime/dotnet/dateTime.js';
import { Decimal } from '../../../src/runtime/dotnet/decimal.js';
import { TimeSpan } from '../../../src/runtime/dotnet/timeSpan.js';
import { JsonError, toJson } from '../../../src/runtime/json/index.js';
import { PSHashtable } from '../../../src/runtime/values/Hashtable.js';
import { makeDouble, makeSingle, TypedNumber } from '../../../src/runtime/values/numbers.js';
import { PSList } from '../../../src/runtime/values/PSList.js';
import { PSObject } from '../../../src/runtime/values/PSObject.js';
import { PSChar, PSEnumValue, PSGuid } from '../../../src/runtime/values/scalars.js';

const ordered = (...entries: Array<[string, unknown]>): PSHashtable => {
  const h = new PSHashtable(true);
  for (const [k, v] of entries) h.set(k, v);
  return h;
};
const hashtable = (...entries: Array<[unknown, unknown]>): PSHashtable => {
  const h = new PSHashtable(false);
  for (const [k, v] of entries) h.set(k, v);
  return h;
};
const custom = (...entries: Array<[string, unknown]>): PSObject => PSObject.from(entries);
const long = (v: bigint): TypedNumber => new TypedNumber('Int64', v);
const compressed = (v: unknown, depth?: number): string =>
  toJson(v, { compress: true, ...(depth !== undefined ? { depth } : {}) }).text;

describe('toJson matches pwsh 7.6 ConvertTo-Json', () => {
  test('conformance: value types', () => {
    // [ordered]@{ int = 1; dbl = 2.5; yes = $true; no = $false; nothing = $null; text = 'x' } | ConvertTo-Json -Compress
    const v = ordered(
      ['int', 1],
      ['dbl', 2.5],
      ['yes', true],
      ['no', false],
      ['nothing', null],
      ['text', 'x'],
    );
    expect(compressed(v)).toBe('{"int":1,"dbl":2.5,"yes":true,"no":false,"nothing":null,"text":"x"}');
  });

  test('conformance: pretty nested', () => {
    const v = ordered(['name', 'svc'], ['tags', ['a', 'b']], ['owner', ordered(['id', 7])]);
    expect(toJson(v).text).toBe(
      '{\n  "name": "svc",\n  "tags": [\n    "a",\n    "b"\n  ],\n  "owner": {\n    "id": 7\n  }\n}',
    );
  });

  test('conformance: arrays and -AsArray', () => {
    expect(compressed(['a', null, 7])).toBe('["a",null,7]');
    expect(toJson(42).text).toBe('42');
    expect(toJson(42, { asArray: true, compress: true }).text).toBe('[42]');
    // ConvertTo-Json -InputObject @(1,2) -AsArray -Compress
    expect(toJson([1, 2], { asArray: true, compress: true }).text).toBe('[[1,2]]');
    // ConvertTo-Json -InputObject $null -AsArray -Compress
    expect(toJson(null, { asArray: true, compress: true }).text).toBe('[null]');
  });

  test('conformance: depth zero, with the truncation warning', () => {
    const obj = custom(['Inner', hashtable(['a', 1])], ['Number', 10]);
    const zero = toJson(obj, { depth: 0, compress: true });
    expect(zero.text).toBe('{"Inner":"System.Collections.Hashtable","Number":10}');
    expect(zero.truncated).toBe(true);
    expect(zero.warning).toBe(
      'Resulting JSON is truncated as serialization has exceeded the set depth of 0.',
    );
    const one = toJson(obj, { depth: 1, compress: true });
    expect(one).toEqual({ text: '{"Inner":{"a":1},"Number":10}', truncated: false, warning: null });
  });

  test('null and empty string', () => {
    expect(toJson(null).text).toBe('null');
    expect(toJson('').text).toBe('""');
  });

  test('string escaping: default, EscapeHtml, EscapeNonAscii', () => {
    expect(toJson('He said "hi"').text).toBe('"He said \\"hi\\""');
    expect(toJson('C:\\temp').text).toBe('"C:\\\\temp"');
    expect(toJson('a\nb').text).toBe('"a\\nb"');
    expect(toJson("<a>&'b'").text).toBe('"<a>&\'b\'"');
    // "tab`there`u{1}`u{7f}`u{85}`u{2028}é😀/"
    expect(toJson('tab\there\u0001\u007f\u0085\u2028é😀/').text).toBe(
      '"tab\\there\\u0001\u007f\\u0085\\u2028é😀/"',
    );
    // "`b`f`r`v`u{1f}`u{2029}`0"
    expect(toJson('\b\f\r\v\u001f\u2029\0').text).toBe('"\\b\\f\\r\\u000b\\u001f\\u2029\\u0000"');
    expect(toJson('<>&\'"', { escapeHandling: 'EscapeHtml' }).text).toBe(
      '"\\u003c\\u003e\\u0026\\u0027\\u0022"',
    );
    expect(toJson("<a>&'b'é\u0001", { escapeHandling: 'EscapeNonAscii' }).text).toBe(
      '"<a>&\'b\'\\u00e9\\u0001"',
    );
    expect(toJson('😀\u0080\u007f', { escapeHandling: 'EscapeNonAscii' }).text).toBe(
      '"\\ud83d\\ude00\\u0080\u007f"',
    );
  });

  test('numbers of every type', () => {
    // 1, [long]2, 1.5, 1e20, 1e-7, 0.1, [double]2, -0.0, [single]1.1, 1.50d, 1e15, 1e16, 123456789012345678,
    // [bigint]::Pow(2,70), [double]::NaN, [double]::PositiveInfinity, [byte]3, [decimal]0.0 | ConvertTo-Json -Compress
    const values = [
      1,
      long(2n),
      1.5,
      1e20,
      1e-7,
      0.1,
      makeDouble(2),
      -0,
      makeSingle(1.1),
      Decimal.parse('1.50'),
      makeDouble(1e15),
      makeDouble(1e16),
      long(123456789012345678n),
      2n ** 70n,
      NaN,
      Infinity,
      new TypedNumber('Byte', 3),
      Decimal.of(0),
    ];
    expect(compressed(values)).toBe(
      '[1,2,1.5,1E+20,1E-07,0.1,2.0,-0.0,1.1,1.50,1000000000000000.0,10000000000000000.0,123456789012345678,' +
        '1180591620717411303424,"NaN","Infinity",3,0.0]',
    );
    // 1e17, 1.5e16, 1e-4, 1e-5, 0.0001234, 12345678901234567890.0, [single]1e20, [single]3, [single]1e-10
    const more = [
      makeDouble(1e17),
      makeDouble(1.5e16),
      1e-4,
      1e-5,
      0.0001234,
      makeDouble(Number('12345678901234567890')),
      makeSingle(1e20),
      makeSingle(3),
      makeSingle(1e-10),
    ];
    expect(compressed(more)).toBe(
      '[1E+17,15000000000000000.0,0.0001,1E-05,0.0001234,1.2345678901234567E+19,1E+20,3.0,1E-10]',
    );
    expect(toJson(Decimal.of(3)).text).toBe('3.0');
    const ints = [
      new TypedNumber('Int16', 3),
      new TypedNumber('SByte', -3),
      new TypedNumber('UInt64', 18446744073709551615n),
    ];
    expect(compressed(ints)).toBe('[3,-3,18446744073709551615]');
  });

  test('dates by kind (TZ=UTC)', () => {
    const base = DateTime.fromParts(2024, 1, 2, 3, 4, 5);
    const dates = [
      base,
      base.addTicks(1234567n).specifyKind('Utc'),
      base.addMilliseconds(500).specifyKind('Local'),
      DateTime.fromParts(2024, 6, 1),
    ];
    expect(compressed(dates)).toBe(
      '["2024-01-02T03:04:05","2024-01-02T03:04:05.1234567Z","2024-01-02T03:04:05.5+00:00","2024-06-01T00:00:00"]',
    );
    expect(toJson(DateTime.MinValue).text).toBe('"0001-01-01T00:00:00"');
  });

  test('a TimeSpan is written as its properties', () => {
    // [timespan]'1.02:03:04.5' | ConvertTo-Json
    expect(toJson(TimeSpan.fromParts(1, 2, 3, 4, 500)).text).toBe(
      [
        '{',
        '  "Ticks": 937845000000,',
        '  "Days": 1,',
        '  "Hours": 2,',
        '  "Milliseconds": 500,',
        '  "Microseconds": 0,',
        '  "Nanoseconds": 0,',
        '  "Minutes": 3,',
        '  "Seconds": 4,',
        '  "TotalDays": 1.08546875,',
        '  "TotalHours": 26.05125,',
        '  "TotalMilliseconds": 93784500.0,',
        '  "TotalMicroseconds": 93784500000.0,',
        '  "TotalNanoseconds": 93784500000000.0,',
        '  "TotalMinutes": 1563.075,',
        '  "TotalSeconds": 93784.5',
        '}',
      ].join('\n'),
    );
    expect(compressed(TimeSpan.fromHms(1, 2, 3))).toBe(
      '{"Ticks":37230000000,"Days":0,"Hours":1,"Milliseconds":0,"Microseconds":0,"Nanoseconds":0,"Minutes":2,' +
        '"Seconds":3,"TotalDays":0.043090277777777776,"TotalHours":1.0341666666666667,"TotalMilliseconds":3723000.0,' +
        '"TotalMicroseconds":3723000000.0,"TotalNanoseconds":3723000000000.0,"TotalMinutes":62.05,"TotalSeconds":3723.0}',
    );
    // ConvertTo-Json -InputObject @{t=[timespan]'00:00:01'} -Depth 0 -Compress
    expect(compressed(hashtable(['t', TimeSpan.fromHms(0, 0, 1)]), 0)).toBe('{"t":"00:00:01"}');
  });

  test('guid, char and enums', () => {
    const guid = new PSGuid('00000000-0000-0000-0000-000000000000');
    const friday = new PSEnumValue('System.DayOfWeek', 'Friday', 5);
    expect(compressed(custom(['g', guid], ['e', friday]))).toBe(
      '{"g":"00000000-0000-0000-0000-000000000000","e":5}',
    );
    expect(toJson(custom(['g', guid], ['e', friday]), { compress: true, enumsAsStrings: true }).text).toBe(
      '{"g":"00000000-0000-0000-0000-000000000000","e":"Friday"}',
    );
    expect(toJson(new PSChar(0)).text).toBe('"\\u0000"');
    expect(toJson(new PSChar(120)).text).toBe('"x"');
  });

  test('empty and nested containers', () => {
    expect(toJson([]).text).toBe('[]');
    expect(toJson(hashtable()).text).toBe('{}');
    expect(toJson(custom()).text).toBe('{}');
    expect(toJson([[], hashtable(), [1, [2, 3]]]).text).toBe(
      '[\n  [],\n  {},\n  [\n    1,\n    [\n      2,\n      3\n    ]\n  ]\n]',
    );
    expect(toJson(custom(['a', []], ['b', hashtable()], ['c', [1]], ['d', custom()])).text).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    1\n  ],\n  "d": {}\n}',
    );
    expect(toJson(hashtable(['a', null])).text).toBe('{\n  "a": null\n}');
    expect(compressed(new PSList('System.Collections.Generic.List`1[[System.Int32]]', 'int', [1, 2]))).toBe(
      '[1,2]',
    );
    expect(toJson(['a', null]).text).toBe('[\n  "a",\n  null\n]');
  });

  test('keys are escaped like strings', () => {
    expect(compressed(custom(['a"b', 1], ['x\ny', 2]))).toBe('{"a\\"b":1,"x\\ny":2}');
  });

  test('values past -Depth become their [string] form', () => {
    // $deep | ConvertTo-Json (depth 2), $deep as in the comment below
    // [pscustomobject]@{ l1 = [pscustomobject]@{ l2 = [pscustomobject]@{ l3 = [pscustomobject]@{ l4 = 1 } };
    //   arr = @(1, @(2, @(3))); h = @{ x = @{ y = 1 } } } }
    const deep = custom([
      'l1',
      custom(
        ['l2', custom(['l3', custom(['l4', 1])])],
        ['arr', [1, [2, [3]]]],
        ['h', hashtable(['x', hashtable(['y', 1])])],
      ),
    ]);
    const r = toJson(deep);
    expect(r.text).toBe(
      [
        '{',
        '  "l1": {',
        '    "l2": {',
        '      "l3": "@{l4=1}"',
        '    },',
        '    "arr": [',
        '      1,',
        '      "2 System.Object[]"',
        '    ],',
        '    "h": {',
        '      "x": "System.Collections.Hashtable"',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(r.warning).toBe('Resulting JSON is truncated as serialization has exceeded the set depth of 2.');
    // ConvertTo-Json -InputObject @(1,@(2,@(3,@(4)))) -Depth 1 -Compress
    expect(compressed([1, [2, [3, [4]]]], 1)).toBe('[1,[2,"3 System.Object[]"]]');
    // ... ([pscustomobject]@{a=[pscustomobject]@{b=1}; d=[datetime]'2024-01-02'; l=[ArrayList]@(1,2); n=$null}) -Depth 0
    const mixed = custom(
      ['a', custom(['b', 1])],
      ['d', DateTime.fromParts(2024, 1, 2)],
      ['l', new PSList('System.Collections.ArrayList', null, [1, 2])],
      ['n', null],
    );
    expect(compressed(mixed, 0)).toBe('{"a":"@{b=1}","d":"2024-01-02T00:00:00","l":"1 2","n":null}');
  });

  test.todo(
    'nested custom objects past -Depth print as "@{l3=}" (needs toStr to print a nested PSCustomObject as empty)',
  );

  test('a wrapped value with note properties', () => {
    // 7 | Add-Member -NotePropertyName extra -NotePropertyValue 5 -PassThru
    const seven = new PSObject(7, ['System.Int32', 'System.ValueType', 'System.Object']);
    seven.setNote('extra', 5);
    expect(compressed(seven)).toBe('{"value":7,"extra":5}');
    const text = new PSObject('abc', ['System.String', 'System.Object']);
    text.setNote('extra', 5);
    expect(compressed(text)).toBe('"abc"');
    const table = new PSObject(hashtable(['a', 1]), ['System.Collections.Hashtable', 'System.Object']);
    table.setNote('extra', 5);
    expect(compressed(table)).toBe('{"a":1,"extra":5}');
  });

  test('a dictionary key that is not a string is an error', () => {
    // ConvertTo-Json -InputObject @{1=2; $true=3} -Compress
    const table = hashtable([1, 2]);
    let error: unknown;
    try {
      toJson(table);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonError);
    expect((error as JsonError).message).toBe(
      "The type 'System.Collections.Hashtable' is not supported for serialization or deserialization of a dictionary. Keys must be strings.",
    );
    expect((error as JsonError).errorId).toBe('NonStringKeyInDictionary');
    expect((error as JsonError).targetObject).toBe(table);
  });

  test('round trip with fromJson keeps values', async () => {
    const { fromJson } = await import('../../../src/runtime/json/index.js');
    const text = toJson(custom(['Name', 'Ann'], ['Roles', ['admin', 'user']])).text;
    const back = fromJson(text) as PSObject;
    expect(back.getProperty('Name')?.value).toBe('Ann');
    expect(back.getProperty('Roles')?.value).toEqual(['admin', 'user']);
  });
});
