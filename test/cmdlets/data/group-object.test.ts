/** Group-Object: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { runData } from './runData.js';

describe('Group-Object', () => {
  it("groups sorted by value, members in input order", () => {
    const script = [
      "$u = @([pscustomobject]@{N='Ann';D='IT';A=34},[pscustomobject]@{N='Bob';D='hr';A=41},[pscustomobject]@{N='Cy';D='IT';A=28},[pscustomobject]@{N='Di';D='HR';A=28})",
      "$u | Group-Object D | % { \"$($_.Name) $($_.Count) $($_.Group.N -join '+')\" }",
      "$u | Group-Object D -CaseSensitive | % { \"$($_.Name) $($_.Count)\" }",
      "$u | Group-Object D, A | % { \"[$($_.Name)] $($_.Count)\" }",
    ].join('\n');
    const expected = [
      "hr 2 Bob+Di",
      "IT 2 Ann+Cy",
      "hr 1",
      "HR 1",
      "IT 2",
      "[HR, 28] 1",
      "[hr, 41] 1",
      "[IT, 28] 1",
      "[IT, 34] 1",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("the table view", () => {
    const script = [
      "$u = @([pscustomobject]@{N='Ann';D='IT'},[pscustomobject]@{N='Bob';D='HR'},[pscustomobject]@{N='Cy';D='IT'})",
      "$u | Group-Object D",
    ].join('\n');
    const expected = [
      "",
      "Count Name                      Group",
      "----- ----                      -----",
      "    1 HR                        {@{N=Bob; D=HR}}",
      "    2 IT                        {@{N=Ann; D=IT}, @{N=Cy; D=IT}}",
      "",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("Values keep the key types; Group and Count", () => {
    const script = [
      "$g = 1,2,3,1,1 | Group-Object",
      "$g[0].Values[0].GetType().Name",
      "$g[0].Values.GetType().FullName",
      "$g[0].Count",
      "($g | % Name) -join ','",
      "($null, 1, $null | Group-Object).Count",
    ].join('\n');
    const expected = [
      "Int32",
      "System.Collections.ArrayList",
      "3",
      "1,2,3",
      "1",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("-AsHashTable and -AsString", () => {
    const script = [
      "$u = @([pscustomobject]@{N='Ann';A=34},[pscustomobject]@{N='Bob';A=28},[pscustomobject]@{N='Cy';A=28})",
      "$h = $u | Group-Object A -AsHashTable",
      "$h.GetType().FullName",
      "$h[28].Count",
      "($h.Keys | % { $_.GetType().Name }) -join ','",
      "$h = $u | Group-Object A -AsHashTable -AsString",
      "($h.Keys | % { $_.GetType().Name }) -join ','",
      "$h['34'].N",
    ].join('\n');
    const expected = [
      "System.Collections.Hashtable",
      "2",
      "Int32,Int32",
      "String,String",
      "Ann",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("-NoElement keeps the count", () => {
    const script = [
      "$g = 'a','A','b' | Group-Object -NoElement",
      "($g | % { \"$($_.Name)=$($_.Count)\" }) -join ','",
    ].join('\n');
    const expected = [
      "a=2,b=1",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("script block and missing properties", () => {
    const script = [
      "$u = @([pscustomobject]@{N='Ann';A=34},[pscustomobject]@{N='Bob';A=28})",
      "$u | Group-Object { $_.A -gt 30 } | % { \"$($_.Name):$($_.Group.N)\" }",
      "$u | Group-Object Missing | % { \"[$($_.Name)] $($_.Count)\" }",
    ].join('\n');
    const expected = [
      "False:Bob",
      "True:Ann",
      "[] 2",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
});
