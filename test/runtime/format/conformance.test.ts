/**
 * The formatting cases of /work/shared/conformance (expected texts from pwsh 7.6), built as
 * values directly.
 */
import { describe, expect, it } from 'vitest';
import { formatList } from '../../../src/runtime/format/formatList.js';
import { formatTable } from '../../../src/runtime/format/formatTable.js';
import { outString } from '../../../src/runtime/format/outString.js';
import { PSHashtable } from '../../../src/runtime/values/Hashtable.js';
import { lines, obj, printed } from './helpers.js';

describe('conformance: formatting', () => {
  it('format-list', () => {
    const r = formatList([obj({ Name: 'Ann', Department: 'IT', Age: 34 })]);
    expect(printed([r])).toBe(lines('', 'Name       : Ann', 'Department : IT', 'Age        : 34', '', ''));
  });

  it('format-table-properties', () => {
    const users = [obj({ Name: 'Ann', Dept: 'IT', Age: 34 }), obj({ Name: 'Bob', Dept: 'HR', Age: 41 })];
    expect(printed([formatTable(users, { property: ['Dept', 'Name'] })])).toBe(
      lines('', 'Dept Name', '---- ----', 'IT   Ann', 'HR   Bob', ''),
    );
  });

  it('hashtable-table', () => {
    const h = new PSHashtable(true);
    h.set('first', 1);
    h.set('second', 'two');
    expect(printed([h])).toBe(
      lines(
        '',
        'Name                           Value',
        '----                           -----',
        'first                          1',
        'second                         two',
        '',
      ),
    );
  });

  it('out-string-strings', () => {
    expect(outString(['x', 'y', 'z'])).toBe('x\ny\nz\n');
    expect(outString(['x', 'y', 'z'], { noNewline: true })).toBe('xyz');
  });

  it('select-object-table and table-several-objects', () => {
    expect(printed([obj({ Name: 'Ann', Age: 34 }), obj({ Name: 'Bob', Age: 41 })])).toBe(
      lines('', 'Name Age', '---- ---', 'Ann   34', 'Bob   41', ''),
    );
    expect(
      printed([obj({ Name: 'Ann', Age: 34 }), obj({ Name: 'Bob', Age: 41 }), obj({ Name: 'Cy', Age: 28 })]),
    ).toBe(lines('', 'Name Age', '---- ---', 'Ann   34', 'Bob   41', 'Cy    28', ''));
  });

  it('table-number-first and table-string-and-number', () => {
    expect(printed([obj({ n: 12345, tag: 'ok' })])).toBe(lines('', '    n tag', '    - ---', '12345 ok', ''));
    expect(printed([obj({ Name: 'tablet', N: 250 })])).toBe(
      lines('', 'Name     N', '----     -', 'tablet 250', ''),
    );
  });
});
