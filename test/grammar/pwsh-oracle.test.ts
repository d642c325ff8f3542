import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/language/parse.js';
import { knownParseErrorDivergences } from './parse-error-divergences.js';

/** Snippets with the errors real pwsh 7.6.9 reports for them (see pwsh-oracle/README.md). */
interface OracleCase {
  name: string;
  source: string;
  errors: { id: string; message: string; line: number; column: number; offset: number }[];
}

const cases = JSON.parse(readFileSync(new URL('./pwsh-oracle/parse-cases.json', import.meta.url), 'utf8')) as OracleCase[];

function errorsOf(source: string): string[] {
  const result = parseScript(source);
  return result.errors.map((e) => {
    const { line, column } = result.source.position(e.extent.start);
    return `${e.id}@${line}:${column}`;
  });
}

describe('snippets pwsh parses without error', () => {
  it.each(cases.filter((c) => c.errors.length === 0).map((c) => [c.name, c.source] as const))('%s', (_name, source) => {
    expect(errorsOf(source)).toEqual([]);
  });
});

describe('snippets pwsh rejects', () => {
  const broken = cases.filter((c) => c.errors.length > 0);

  it.each(broken.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const got = errorsOf(c.source).sort();
    const expected = c.errors.map((e) => `${e.id}@${e.line}:${e.column}`).sort();
    if (name in knownParseErrorDivergences) {
      expect(got, 'still reports an error').not.toEqual([]);
      expect(got, 'now matches pwsh: remove it from parse-error-divergences.ts').not.toEqual(expected);
    } else {
      expect(got).toEqual(expected);
    }
  });

  it('uses pwsh message texts for the ids it shares', () => {
    for (const c of broken) {
      const result = parseScript(c.source);
      for (const e of result.errors) {
        const same = c.errors.find((x) => x.id === e.id && x.offset === e.extent.start);
        // UnexpectedToken quotes the token, whose extent may differ after recovery.
        if (same && e.id !== 'UnexpectedToken') expect(e.message, `${c.name} ${e.id}`).toBe(same.message);
      }
    }
  });
});
