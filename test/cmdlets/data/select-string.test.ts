/** Select-String: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { fixtureFolder } from './fixtureFolder.js';
import { runData } from './runData.js';

// d/m.txt and d/n.log under a fresh folder, the scripts' current location.
const cwd = fixtureFolder({ 'd/m.txt': 'alpha one\nbeta two\nAlpha three\ngamma\n', 'd/n.log': 'zeta alpha\n' });

describe('Select-String', () => {
  it("matches piped text", () => {
    const script = [
      "'apple pie', 'banana', 'Apple tart' | Select-String 'apple'",
      "'--'",
      "('apple pie', 'banana', 'Apple tart' | Select-String 'apple' -CaseSensitive).Line",
      "('apple pie', 'banana' | Select-String 'a.p' -SimpleMatch) -eq $null",
      "('apple pie', 'banana' | Select-String 'an' -AllMatches).Matches.Count",
      "('apple pie', 'banana' | Select-String 'an' -NotMatch).Line",
      "'apple pie', 'banana' | Select-String 'an' -Quiet",
      "('apple pie', 'banana' | Select-String 'zz' -Quiet) -eq $null",
      "('a','b' | Select-String 'a','b').Pattern -join ','",
      "(1,22,3 | Select-String 2).Line",
    ].join('\n');
    const expected = [
      "",
      "apple pie",
      "Apple tart",
      "--",
      "apple pie",
      "True",
      "2",
      "apple pie",
      "True",
      "True",
      "a,b",
      "22",
      "",
      "",
    ].join('\n');
    expect(runData(script, cwd)).toBe(runData.normalize(expected));
  });
  it("MatchInfo properties", () => {
    const script = [
      "$r = 'apple pie', 'banana' | Select-String 'p'",
      "$r.LineNumber; $r.Path; $r.Filename; $r.Pattern; $r.Line; $r.IgnoreCase",
      "$r.GetType().FullName",
      "$r.Matches[0].GetType().FullName",
    ].join('\n');
    const expected = [
      "1",
      "InputStream",
      "InputStream",
      "p",
      "apple pie",
      "True",
      "Microsoft.PowerShell.Commands.MatchInfo",
      "System.Text.RegularExpressions.Match",
      "",
    ].join('\n');
    expect(runData(script, cwd)).toBe(runData.normalize(expected));
  });
  it("-Context", () => {
    const script = [
      "$lines = 'a1','b','m1','c','m2','d','e','f','m3'",
      "$r = $lines | Select-String m -Context 2,1",
      "$r",
      "$r | % { '[' + ($_.Context.PreContext -join '|') + '][' + ($_.Context.PostContext -join '|') + ']' }",
    ].join('\n');
    const expected = [
      "",
      "  a1",
      "  b",
      "> m1",
      "  c",
      "> m2",
      "  d",
      "  e",
      "  f",
      "> m3",
      "[a1|b][c]",
      "[m1|c][d]",
      "[e|f][]",
      "",
      "",
    ].join('\n');
    expect(runData(script, cwd)).toBe(runData.normalize(expected));
  });
  it("files relative to the current location", () => {
    const script = [
      "Select-String alpha d/m.txt",
      "'--'",
      "Select-String alpha -Path d/*.*",
      "'--'",
      "Select-String alpha -Path d/*.* -List",
      "'--'",
      "$f = Select-String alpha d/m.txt",
      "$f[0].Filename",
      "$f[0].LineNumber",
      "Select-String beta d/m.txt -Context 1",
    ].join('\n');
    const expected = [
      "",
      "d/m.txt:1:alpha one",
      "d/m.txt:3:Alpha three",
      "--",
      "d/m.txt:1:alpha one",
      "d/m.txt:3:Alpha three",
      "d/n.log:1:zeta alpha",
      "--",
      "d/m.txt:1:alpha one",
      "d/n.log:1:zeta alpha",
      "--",
      "m.txt",
      "1",
      "  d/m.txt:1:alpha one",
      "> d/m.txt:2:beta two",
      "  d/m.txt:3:Alpha three",
      "",
      "",
    ].join('\n');
    expect(runData(script, cwd)).toBe(runData.normalize(expected));
  });
  it("an invalid pattern is a terminating error", () => {
    const script = [
      "try { 'ab' | Select-String '(' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
    ].join('\n');
    const expected = [
      "The string ( is not a valid regular expression: Invalid pattern '(' at offset 1. Not enough )'s.",
      "InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand",
      "",
    ].join('\n');
    expect(runData(script, cwd)).toBe(runData.normalize(expected));
  });
});
