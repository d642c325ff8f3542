/** Sort-Object: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { runData } from './runData.js';

describe('Sort-Object', () => {
  it("sorts numbers ascending and descending, dropping $null", () => {
    const script = [
      "(3, $null, 1, 2 | Sort-Object) -join ','",
      "(3, $null, 1, 2 | Sort-Object -Descending) -join ','",
    ].join('\n');
    const expected = [
      "1,2,3",
      "3,2,1",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("sorts strings case-insensitively and stably, -CaseSensitive puts lower case first", () => {
    const script = [
      "('b','B','a','A' | Sort-Object) -join ','",
      "('B','b','A','a' | Sort-Object -CaseSensitive) -join ','",
    ].join('\n');
    const expected = [
      "a,A,b,B",
      "a,A,b,B",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("-Unique compares case-insensitively unless -CaseSensitive", () => {
    const script = [
      "('b','B','a','A' | Sort-Object -Unique) -join ','",
      "('b','B','a','A' | Sort-Object -Unique -CaseSensitive) -join ','",
      "(1, '1', 1.0 | Sort-Object -Unique).Count",
    ].join('\n');
    const expected = [
      "a,b",
      "a,A,b,B",
      "1",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("-Top and -Bottom", () => {
    const script = [
      "(5,3,8,1,9 | Sort-Object -Top 2) -join ','",
      "(5,3,8,1,9 | Sort-Object -Bottom 2) -join ','",
      "(5,3,8,1,9 | Sort-Object -Top 2 -Descending) -join ','",
    ].join('\n');
    const expected = [
      "1,3",
      "8,9",
      "9,8",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("hashtable keys with per-key direction", () => {
    const script = [
      "$p = @([pscustomobject]@{N='x';A=2},[pscustomobject]@{N='y';A=1},[pscustomobject]@{N='z';A=2})",
      "($p | Sort-Object @{Expression='A';Descending=$true}, @{e='N';Ascending=$false} | % { \"$($_.N)$($_.A)\" }) -join ','",
      "($p | Sort-Object { $_.A }, @{Expression={$_.N}; Ascending=$true} -Descending | % N) -join ','",
    ].join('\n');
    const expected = [
      "z2,x2,y1",
      "x,z,y",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("script block keys keep input order for ties", () => {
    const script = [
      "(1..6 | Sort-Object { $_ % 3 }) -join ','",
      "(1..6 | Sort-Object { $_ % 3 } -Descending) -join ','",
    ].join('\n');
    const expected = [
      "3,6,1,4,2,5",
      "2,5,1,4,3,6",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("mixed types compare as strings when they cannot be converted", () => {
    const script = [
      "(1,'a',2,'b' | Sort-Object) -join ','",
      "('a',1,'b',2 | Sort-Object) -join ','",
    ].join('\n');
    const expected = [
      "1,2,a,b",
      "1,2,a,b",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("$null keys compare with numbers as zero", () => {
    const script = [
      "$q = @([pscustomobject]@{N='z';A=$null},[pscustomobject]@{N='y';A=1},[pscustomobject]@{N='x';A='b'},[pscustomobject]@{N='w';A=-1})",
      "($q | Sort-Object A | % N) -join ','",
      "($q | Sort-Object A -Descending | % N) -join ','",
    ].join('\n');
    const expected = [
      "w,z,y,x",
      "x,y,z,w",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("custom objects without -Property keep their order; -Unique keeps one", () => {
    const script = [
      "$p = [pscustomobject]@{a=2}, [pscustomobject]@{a=1}",
      "($p | Sort-Object | % a) -join ','",
      "($p | Sort-Object -Unique).Count",
    ].join('\n');
    const expected = [
      "2,1",
      "1",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("hashtable objects sort by a key name", () => {
    const script = [
      "(@{a=2},@{a=1} | Sort-Object a | % { $_.a }) -join ','",
    ].join('\n');
    const expected = [
      "1,2",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("an invalid hashtable key is an error", () => {
    const script = [
      "try { 1 | Sort-Object -Property @{Expression='A'; Bogus=1} } catch { \"$_\"; $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }",
    ].join('\n');
    const expected = [
      "The Bogus key is not valid.",
      "DictionaryKeyIllegal,Microsoft.PowerShell.Commands.SortObjectCommand",
      "System.NotSupportedException",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("-InputObject sorts the collection as one object", () => {
    const script = [
      "(Sort-Object -InputObject 3,1,2 | Measure-Object).Count",
    ].join('\n');
    const expected = [
      "1",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
});
