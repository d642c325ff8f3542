import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/language/parse.js';

// Whatever the text, parsing finishes and returns a result: problems are parse errors, never
// exceptions. Inputs are bounded so every run terminates; no test here measures time.

const pieces = [
  'Get-MsolUser', ' -UserPrincipalName', ' jan@contoso.com', ' -Force', ' | ', '%', '?', '{', '}', '(', ')', '[', ']',
  ' -Name:', '$', '$x', '${a b}', '$(', '@(', '@{', '"', "'", '@"\n', '\n"@', "@'\n", "\n'@", '`', '`n', '#', '<#', '#>', '\n', '\r\n',
  ';', ',', '.', '::', '?.', '=', '+=', '-eq', '-and', '-not', '!', '+', '-', '*', '/', '%', '..', '-f', '??', ' ? ', ' : ',
  '&&', '||', '&', '>', '2>&1', '*>', '<', 'if', 'else', 'elseif', 'foreach', ' in ', 'for', 'while', 'do', 'until', 'switch',
  'try', 'catch', 'finally', 'trap', 'throw', 'return', 'exit', 'break', 'function', 'filter', 'param', 'begin', 'process',
  'end', 'class', 'enum', 'using', '[int]', '[CmdletBinding()]', '[Parameter(Mandatory)]', '1', '0x1F', '1GB', '1.5e3',
  '\u2013', '\u201c', '\u2019', ':label', '--%', '--', ' ', '\t',
];

const scriptText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));

const examples = (() => {
  const folder = new URL('../../scripts/examples/', import.meta.url).pathname;
  return readdirSync(folder).filter((f) => f.endsWith('.ps1')).sort().map((f) => readFileSync(join(folder, f), 'utf8'));
})();

/** A real script with a slice deleted, or a piece inserted: the typical half-edited file. */
const mutatedScript = fc
  .tuple(fc.constantFrom(...examples), fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...pieces), fc.boolean())
  .map(([text, at, length, piece, insert]) => {
    const i = at % (text.length + 1);
    return insert ? text.slice(0, i) + piece + text.slice(i) : text.slice(0, i) + text.slice(i + length);
  });

function parsesWithoutThrowing(text: string): void {
  const result = parseScript(text, 'fuzz.ps1');
  expect(result.ast.kind).toBe('ScriptBlock');
  for (const e of result.errors) {
    expect(typeof e.id).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.extent.start).toBeGreaterThanOrEqual(0);
    expect(e.extent.start).toBeLessThanOrEqual(result.source.text.length);
  }
}

describe('the parser never throws', () => {
  it('on token soup', () => {
    // The example is a case an earlier run found: a token that ran past the end of the text.
    fc.assert(fc.property(scriptText, parsesWithoutThrowing), { numRuns: 1500, examples: [['@{$(`']] });
  });

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), parsesWithoutThrowing), { numRuns: 1500 });
  });

  it('on real scripts with a slice cut out or a piece put in', () => {
    fc.assert(fc.property(mutatedScript, parsesWithoutThrowing), { numRuns: 400 });
  });
});
