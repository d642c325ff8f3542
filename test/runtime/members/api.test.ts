/**
 * The members API beyond single calls: setting, PSObject views, Get-Member listings, the sandbox
 * (JS names are unknown members), the tenant clock and the default (Windows en-US) culture.
 * Expected texts were checked with pwsh 7.6.9.
 */
import { describe, expect, test } from 'vitest';
import { DateTime } from '../../../src/runtime/dotnet/dateTime.js';
import {
  construct,
  getMember,
  getStaticMember,
  hasMethod,
  invokeMethod,
  invokeStaticMethod,
  listMembers,
  MemberError,
  setMember,
} from '../../../src/runtime/members/index.js';
import { toStr } from '../../../src/runtime/convert/toStringValue.js';
import { enumerableItems } from '../../../src/runtime/values/enumerate.js';
import { PSHashtable } from '../../../src/runtime/values/Hashtable.js';
import { PSObject } from '../../../src/runtime/values/PSObject.js';
import { resolveType } from '../../../src/runtime/types/registry.js';
import { testContext } from './context.js';

const ctx = testContext();
const type = (name: string) => resolveType(name)!;
const error = (f: () => unknown): MemberError => {
  try {
    f();
  } catch (e) {
    if (e instanceof MemberError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('setting members', () => {
  test('a read-only property', () => {
    const e = error(() => setMember('abc', 'Length', 3));
    expect(e.message).toBe("'Length' is a ReadOnly property.");
    expect(e.errorId).toBe('PropertyAssignmentException');
  });
  test('a property a string does not have', () => {
    expect(error(() => setMember('a', 'Foo', 1)).message).toBe(
      "The property 'Foo' cannot be found on this object. Verify that the property exists and can be set.",
    );
  });
  test('a property a PSCustomObject does not have', () => {
    const e = error(() => setMember(PSObject.from([['a', 1]]), 'b', 2));
    expect(e.message).toBe(
      `Exception setting "b": "The property 'b' cannot be found on this object. Verify that the property exists and can be set."`,
    );
    expect(e.exceptionType).toBe('System.Management.Automation.SetValueInvocationException');
  });
  test('note properties and hashtable keys', () => {
    const o = PSObject.from([['a', 1]]);
    setMember(o, 'A', 5);
    expect(getMember(o, 'a')).toBe(5);
    const h = new PSHashtable();
    setMember(h, 'x', 1);
    expect(h.get('X')).toBe(1);
  });
  test('static properties are read-only', () => {
    expect(getStaticMember(type('int'), 'Foo', ctx)).toBeUndefined();
  });
});

describe('the sandbox', () => {
  const jsNames = [
    'constructor',
    '__proto__',
    'prototype',
    'valueOf',
    'hasOwnProperty',
    'apply',
    'call',
    'bind',
    'toJSON',
  ];
  test.each(jsNames)('%s is an unknown member of every kind of value', (name) => {
    for (const v of [
      'abc',
      1,
      [1],
      new PSHashtable(),
      PSObject.from([['a', 1]]),
      DateTime.MinValue,
      type('int'),
    ]) {
      if (!(v instanceof PSHashtable)) expect(getMember(v, name)).toBeUndefined();
      expect(hasMethod(v, name)).toBe(false);
      expect(() => invokeMethod(v, name, [], ctx)).toThrow(MemberError);
    }
    expect(() => invokeStaticMethod(type('string'), name, [], ctx)).toThrow(MemberError);
    expect(getStaticMember(type('string'), name, ctx)).toBeUndefined();
  });
  test('ToString is .NET ToString in any spelling', () => {
    expect(invokeMethod(1.5, 'tostring', [], ctx)).toBe('1.5');
    expect(invokeMethod([1, 2], 'ToString', [], ctx)).toBe('System.Object[]');
    expect(invokeMethod(PSObject.from([['a', 1]]), 'ToString', [], ctx)).toBe('');
  });
});

describe('PSObject and PSTypeNames', () => {
  const o = PSObject.from([
    ['a', 1],
    ['b', 'x'],
  ]);
  test('Properties', () => {
    const props = enumerableItems(getMember(getMember(o, 'PSObject'), 'Properties'))!;
    expect(props.map((p) => toStr(p))).toEqual(['int a=1', 'string b=x']);
    expect(props.map((p) => getMember(p, 'TypeNameOfValue'))).toEqual(['System.Int32', 'System.String']);
    expect(props.map((p) => toStr(getMember(p, 'MemberType')))).toEqual(['NoteProperty', 'NoteProperty']);
    const adapted = enumerableItems(getMember(getMember('abc', 'psobject'), 'properties'))!;
    expect(adapted.map((p) => toStr(p))).toEqual(['int Length {get;}']);
  });
  test('setting a property through its PSPropertyInfo', () => {
    const copy = invokeMethod(getMember(o, 'PSObject'), 'Copy', [], ctx);
    const first = enumerableItems(getMember(getMember(copy, 'PSObject'), 'Properties'))![0];
    setMember(first, 'Value', 9);
    expect(getMember(copy, 'a')).toBe(9);
    expect(getMember(o, 'a')).toBe(1);
  });
  test('TypeNames', () => {
    expect(getMember(o, 'PSTypeNames')).toEqual([
      'System.Management.Automation.PSCustomObject',
      'System.Object',
    ]);
    expect(getMember(1, 'pstypenames')).toEqual(['System.Int32', 'System.ValueType', 'System.Object']);
  });
});

describe('Get-Member listings', () => {
  test('a PSCustomObject', () => {
    const rows = listMembers(PSObject.from([['a', 1]])).map(
      (m) => `${m.name}|${m.memberType}|${m.definition}`,
    );
    expect(rows).toEqual([
      'a|NoteProperty|int a=1',
      'GetType|Method|type GetType()',
      'ToString|Method|string ToString()',
      'Equals|Method|bool Equals(System.Object obj)',
      'GetHashCode|Method|int GetHashCode()',
    ]);
  });
  test('string members', () => {
    const byName = new Map(listMembers('a').map((m) => [m.name, m.definition]));
    expect(byName.get('Substring')).toBe(
      'string Substring(int startIndex), string Substring(int startIndex, int length)',
    );
    expect(byName.get('Length')).toBe('int Length {get;}');
  });
  test('statics', () => {
    const pi = listMembers(type('math'), { static: true }).find((m) => m.name === 'PI');
    expect(pi?.definition).toBe('static double PI {get;}');
  });
});

describe('the tenant clock, GUIDs and the default culture', () => {
  test('[datetime]::Now/UtcNow/Today come from the context', () => {
    expect(toStr(getStaticMember(type('datetime'), 'UtcNow', ctx))).toBe('01/15/2026 09:30:00');
    expect(toStr(getStaticMember(type('datetime'), 'Today', ctx))).toBe('01/15/2026 00:00:00');
  });
  test('[guid]::NewGuid() comes from the context', () => {
    expect(toStr(invokeStaticMethod(type('guid'), 'NewGuid', [], ctx))).toBe(
      '00000000-0000-4000-8000-000000000001',
    );
  });
  test('ToString() uses en-US as Windows defines it', () => {
    const d = DateTime.fromParts(2026, 1, 15, 9, 30, 0);
    expect(invokeMethod(d, 'ToString', [], ctx)).toBe('1/15/2026 9:30:00 AM');
    expect(invokeMethod(1234.5, 'ToString', ['N'], ctx)).toBe('1,234.50');
  });
  test('a Stopwatch measures tenant time', () => {
    const clock = { utc: DateTime.fromParts(2026, 1, 1, 0, 0, 0, 0, 'Utc') };
    const c = testContext(clock);
    const sw = invokeStaticMethod(type('System.Diagnostics.Stopwatch'), 'StartNew', [], c);
    clock.utc = clock.utc.addSeconds(1.5);
    expect(toStr(getMember(sw, 'ElapsedMilliseconds'))).toBe('1500');
    invokeMethod(sw, 'Stop', [], c);
    expect(getMember(sw, 'IsRunning')).toBe(false);
  });
});

describe('value classes', () => {
  test('StringBuilder chains and prints its text', () => {
    const sb = construct(type('System.Text.StringBuilder'), [], ctx);
    const r = invokeMethod(invokeMethod(sb, 'Append', ['a'], ctx), 'Append', [1], ctx);
    invokeMethod(r, 'AppendLine', ['x'], ctx);
    invokeMethod(sb, 'AppendFormat', ['{0:D3}', 7], ctx);
    expect(toStr(sb)).toBe('a1x\n007');
    expect(getMember(sb, 'Length')).toBe(7);
  });
  test('ArrayList.Add returns the index; List[T].Add nothing', () => {
    const al = construct(type('System.Collections.ArrayList'), [], ctx);
    expect(invokeMethod(al, 'Add', ['x'], ctx)).toBe(0);
    const list = construct(type('System.Collections.Generic.List[string]'), [], ctx);
    expect(invokeMethod(list, 'Add', ['x'], ctx)).toBeUndefined();
  });
  test('hashtable GetEnumerator gives Key/Value/Name entries', () => {
    const h = new PSHashtable();
    h.set('b', 2);
    h.set('a', 1);
    const entries = enumerableItems(invokeMethod(h, 'GetEnumerator', [], ctx))!;
    expect(
      entries.map(
        (e) => `${toStr(getMember(e, 'Key'))}=${toStr(getMember(e, 'Value'))}/${toStr(getMember(e, 'Name'))}`,
      ),
    ).toEqual(['b=2/b', 'a=1/a']);
  });
  test('exception properties', () => {
    const e = construct(type('System.ArgumentNullException'), ['p'], ctx);
    expect(getMember(e, 'ParamName')).toBe('p');
    expect(invokeMethod(e, 'ToString', [], ctx)).toBe(
      "System.ArgumentNullException: Value cannot be null. (Parameter 'p')",
    );
    const outer = construct(
      type('System.Exception'),
      ['m', construct(type('System.ArgumentException'), ['inner'], ctx)],
      ctx,
    );
    expect(invokeMethod(outer, 'ToString', [], ctx)).toBe(
      'System.Exception: m\n ---> System.ArgumentException: inner\n   --- End of inner exception stack trace ---',
    );
  });
  test('a .NET exception carries the inner exception for catch [FormatException]', () => {
    const e = error(() => invokeStaticMethod(type('int'), 'Parse', ['x'], ctx));
    expect(e.exceptionType).toBe('System.Management.Automation.MethodInvocationException');
    expect(e.errorId).toBe('FormatException');
    expect(e.innerException?.typeName).toBe('System.FormatException');
  });
});
