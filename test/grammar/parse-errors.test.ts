import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/language/parse.js';

// Parse errors found after the oracle file was made; each row is what pwsh 7.6.9 reports
// (Parser::ParseFile), as (source, error id, line, column, message).
describe('parse errors pwsh reports', () => {
  it.each([
    ['Get-X -Name:', 'ParameterRequiresArgument', 1, 13, 'Parameter -Name: requires an argument.'],
    ['Get-X -Name: | Y', 'ParameterRequiresArgument', 1, 13, 'Parameter -Name: requires an argument.'],
  ])('%j', (source, id, line, column, message) => {
    const result = parseScript(source);
    expect(result.errors.map((e) => [e.id, result.source.position(e.extent.start), e.message])).toEqual([
      [id, { line, column }, message],
    ]);
  });
});
