import { typeNameOf } from '../../../src/runtime/types/typeNameOf.js';
import { describe as suite, expect, test } from 'vitest';
import { INVARIANT } from '../../../src/runtime/dotnet/culture.js';
import { DateTime } from '../../../src/runtime/dotnet/dateTime.js';
import { formatDouble } from '../../../src/runtime/dotnet/numberFormat.js';
import { fromJson, JsonError } from '../../../src/runtime/json/index.js';
import { PSHashtable } from '../../../src/runtime/values/Hashtable.js';
import { TypedNumber } from '../../../src/runtime/values/numbers.js';
import { PSObject } from '../../../src/runtime/values/PSObject.js';
import { FROM_JSON_CASES } from './fromJson.cases.js';

/** The same description the generating pwsh script prints for a value. */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v instanceof PSHashtable)
    return 'H{' + [...v.pairs()].map(([k, x]) => `${String(k)}=${describe(x)}`).join(';') + '}';
  if (Array.isArray(v)) return '[' + v.map(describe).join(',') + ']';
  if (v instanceof PSObject)
    return '{' + [...v.properties.values()].map((p) => `${p.name}=${describe(p.value)}`).join(';') + '}';
  if (v instanceof DateTime) return `DateTime:${v.ticks}:${v.kind}`;
  if (typeof v === 'number') {
    if ((v | 0) === v && !Object.is(v, -0)) return `Int32:${v}`;
    return 'Double:' + formatDouble(v, 'R', INVARIANT.numberFormat);
  }
  if (v instanceof TypedNumber) {
    return v.type === 'Double'
      ? 'Double:' + formatDouble(v.toNumber(), 'R', INVARIANT.numberFormat)
      : `${v.type}:${v.value}`;
  }
  if (typeof v === 'bigint') return `BigInteger:${v}`;
  if (typeof v === 'boolean') return v ? 'Boolean:True' : 'Boolean:False';
  if (typeof v === 'string') return `String:${v}`;
  return `?${String(v)}`;
}

suite('fromJson matches pwsh 7.6 ConvertFrom-Json', () => {
  for (const c of FROM_JSON_CASES) {
    const name = `${JSON.stringify(c.text)}${c.asHashtable ? ' -AsHashtable' : ''}${c.depth !== null ? ` -Depth ${c.depth}` : ''}`;
    test(name, () => {
      const run = (): unknown =>
        fromJson(c.text, { asHashtable: c.asHashtable, ...(c.depth !== null ? { depth: c.depth } : {}) });
      if (c.result !== undefined) {
        expect(describe(run())).toBe(c.result);
      } else {
        let error: unknown;
        try {
          run();
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(JsonError);
        expect((error as JsonError).message).toBe(c.error);
        expect((error as JsonError).errorId).toBe(c.errorId);
      }
    });
  }

  test('keys stay plain names, never JS prototype members', () => {
    const o = fromJson('{"__proto__":{"polluted":1},"constructor":2}') as PSObject;
    expect(o.propertyNames()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('an integral double stays a Double', () => {
    expect(fromJson('2.0')).toEqual(new TypedNumber('Double', 2));
  });

  test('-AsHashtable keeps keys that differ only in case apart, in an OrderedHashtable (pwsh 7.6.9)', () => {
    const h = fromJson('{"a":1,"A":2,"b":3}', { asHashtable: true }) as PSHashtable;
    expect(h.count).toBe(3);
    expect(h.get('B')).toBeNull();
    expect(typeNameOf(h)).toBe('System.Management.Automation.OrderedHashtable');
  });
});
