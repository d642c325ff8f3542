/** Join-String: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { runData } from './runData.js';

describe('Join-String', () => {
  it("separator, quotes, prefix and suffix", () => {
    const script = [
      "1,2,3 | Join-String",
      "'a','b' | Join-String -DoubleQuote -Separator ', ' -OutputPrefix '[' -OutputSuffix ']'",
      "\"it's\" | Join-String -SingleQuote",
      "'a',$null,'b' | Join-String -Separator ','",
      "@() | Join-String -OutputPrefix 'P' -OutputSuffix 'S'",
      "Join-String -InputObject 1,2,3 -Separator '+'",
    ].join('\n');
    const expected = [
      "123",
      "[\"a\", \"b\"]",
      "'it's'",
      "a,b",
      "PS",
      "1+2+3",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("properties, script blocks and format strings", () => {
    const script = [
      "$u = @([pscustomobject]@{N='x';V=1},[pscustomobject]@{N='y';V=2})",
      "$u | Join-String N -Separator '/'",
      "$u | Join-String { $_.V * 2 } '-'",
      "$u | Join-String",
      "$u | Join-String -Property N -FormatString '<{0}>'",
      "1.5, 2 | Join-String -FormatString '{0:F2}' -Separator ';'",
      "@{a=1} | Join-String",
    ].join('\n');
    const expected = [
      "x/y",
      "2-4",
      "@{N=x; V=1}@{N=y; V=2}",
      "<x><y>",
      "1.50;2.00",
      "System.Collections.Hashtable",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("a bad format string is a terminating error", () => {
    const script = [
      "try { 'x' | Join-String -FormatString '{1}' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
    ].join('\n');
    const expected = [
      "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.",
      "System.FormatException,Microsoft.PowerShell.Commands.Utility.JoinStringCommand",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
});
