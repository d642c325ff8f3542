import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/language/parse.js';

const root = new URL('../../', import.meta.url).pathname;

function scripts(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ps1'))
    .sort()
    .map((f) => join(folder, f));
}

function problems(file: string): string[] {
  const result = parseScript(readFileSync(file, 'utf8'), file);
  return result.errors.map((e) => {
    const { line, column } = result.source.position(e.extent.start);
    return `${line}:${column} ${e.id}: ${e.message}`;
  });
}

// All of these are valid pwsh 7 (pwsh's own parser accepts every one of them).
describe.each([
  ['the example admin scripts', join(root, 'scripts/examples')],
  ['the conformance cases', join(root, '../shared/conformance')],
  ['the rule scenarios', join(root, '../shared/scenarios')],
])('%s parse without errors', (_label, folder) => {
  const files = scripts(folder);
  it('has scripts', () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => [f.slice(folder.length + 1), f] as const))('%s', (_name, file) => {
    expect(problems(file)).toEqual([]);
  });
});
