import { describe, expect, test } from 'vitest';
import {
  CsvError,
  CsvImporter,
  CsvLineReader,
  parseCsv,
  readCsvRecords,
} from '../../../src/runtime/csv/index.js';
import type { PSObject } from '../../../src/runtime/values/PSObject.js';
import { CSV_READ_CASES, type CsvReadCase } from './csvRead.cases.js';

function run(c: CsvReadCase): { rows: PSObject[]; warnings: string[] } {
  const warnings: string[] = [];
  const options = {
    ...(c.header ? { header: c.header } : {}),
    ...(c.delimiter ? { delimiter: c.delimiter } : {}),
    onWarning: (w: string) => warnings.push(w),
  };
  if (c.mode === 'Import') return { rows: [...readCsvRecords(c.inputs[0]!, options)], warnings };
  const reader = new CsvLineReader(options);
  return { rows: c.inputs.flatMap((line) => reader.pushLine(line)), warnings };
}

describe('CSV reading matches pwsh 7.6 Import-Csv / ConvertFrom-Csv', () => {
  for (const c of CSV_READ_CASES) {
    const name = `${c.mode} ${JSON.stringify(c.inputs)}${c.header ? ' -Header ' + c.header.join(',') : ''}${
      c.delimiter ? ` -Delimiter ${JSON.stringify(c.delimiter)}` : ''
    }`;
    test(name, () => {
      if (c.error !== undefined) {
        expect(() => run(c)).toThrow(CsvError);
        try {
          run(c);
        } catch (e) {
          expect((e as CsvError).message).toBe(c.error);
          expect((e as CsvError).errorId).toBe(c.errorId);
        }
        return;
      }
      const { rows, warnings } = run(c);
      expect(
        rows.map((r) => ({
          properties: [...r.properties.values()].map((p) => [p.name, p.value]),
          typeNames: r.typeNames,
        })),
      ).toEqual(c.rows);
      expect(warnings).toEqual(c.warnings);
    });
  }

  test('Import-Csv streams: rows come one at a time', () => {
    const rows = readCsvRecords('a\n1\n2\n3\n');
    expect((rows.next().value as PSObject).getProperty('a')?.value).toBe('1');
    expect((rows.next().value as PSObject).getProperty('a')?.value).toBe('2');
  });

  test('parseCsv gives headers, rows and warnings at once', () => {
    const r = parseCsv('a,,c\n1,2,3\n4,5,6');
    expect(r.headers).toEqual(['a', '', 'c']);
    expect(r.rows.map((o) => o.propertyNames())).toEqual([
      ['a', 'H1', 'c'],
      ['a', 'H1', 'c'],
    ]);
    expect(r.warnings).toHaveLength(1);
  });

  test('the unspecified-header warning is written once per command', () => {
    const warnings: string[] = [];
    const importer = new CsvImporter({ onWarning: (w) => warnings.push(w) });
    expect([...importer.importText(',b\n1,2'), ...importer.importText('3,4')]).toHaveLength(2);
    expect(warnings).toHaveLength(1);
  });

  test('a header named __proto__ is a plain column', () => {
    const [row] = [...readCsvRecords('__proto__,constructor\n1,2')];
    expect(row!.getProperty('__proto__')?.value).toBe('1');
    expect(({} as Record<string, unknown>)['1']).toBeUndefined();
  });
});
