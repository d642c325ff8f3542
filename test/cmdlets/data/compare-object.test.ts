/** Compare-Object: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { runData } from './runData.js';

describe('Compare-Object', () => {
  it("differences in pwsh order, with -IncludeEqual and -ExcludeDifferent", () => {
    const script = [
      "Compare-Object 1,2,3,4 2,3,5 | % { \"$($_.InputObject)$($_.SideIndicator)\" }",
      "'--'",
      "Compare-Object 1,2,3,4 2,3,5 -IncludeEqual | % { \"$($_.InputObject)$($_.SideIndicator)\" }",
      "'--'",
      "Compare-Object 1,2,3 2,3,5 -ExcludeDifferent | % { \"$($_.InputObject)$($_.SideIndicator)\" }",
    ].join('\n');
    const expected = [
      "5=>",
      "1<=",
      "4<=",
      "--",
      "2==",
      "3==",
      "5=>",
      "1<=",
      "4<=",
      "--",
      "2==",
      "3==",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("the table view", () => {
    const script = [
      "Compare-Object a,b A,c",
    ].join('\n');
    const expected = [
      "",
      "InputObject SideIndicator",
      "----------- -------------",
      "c           =>",
      "b           <=",
      "",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("-CaseSensitive and -SyncWindow", () => {
    const script = [
      "(Compare-Object a,b A,c -CaseSensitive | % { \"$($_.InputObject)$($_.SideIndicator)\" }) -join ' '",
      "(Compare-Object 1,2,3,4,5,6 6,5,4,3,2,1 -SyncWindow 1 | % { \"$($_.InputObject)$($_.SideIndicator)\" }) -join ' '",
    ].join('\n');
    const expected = [
      "A=> c=> a<= b<=",
      "6=> 1<= 5=> 2<= 2=> 5<= 1=> 6<=",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("-Property output objects and -PassThru", () => {
    const script = [
      "$a = @([pscustomobject]@{N='x';V=1},[pscustomobject]@{N='y';V=2})",
      "$b = @([pscustomobject]@{N='x';V=1},[pscustomobject]@{N='z';V=2})",
      "Compare-Object $a $b -Property N | % { ($_.psobject.Properties.Name -join ',') + ' ' + $_.N + $_.SideIndicator }",
      "Compare-Object $a $b -Property { $_.N } | % { '[' + ($_.psobject.Properties.Name -join ',') + ']' }",
      "$p = Compare-Object $a $b -Property N -PassThru",
      "$p | % { $_.N + $_.V + $_.SideIndicator }",
      "Compare-Object 1,2 3 -PassThru | % { $_.GetType().Name + $_.SideIndicator }",
    ].join('\n');
    const expected = [
      "N,SideIndicator z=>",
      "N,SideIndicator y<=",
      "[ $_.N ,SideIndicator]",
      "[ $_.N ,SideIndicator]",
      "z2=>",
      "y2<=",
      "Int32=>",
      "Int32<=",
      "Int32<=",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("custom objects without -Property compare equal; pipeline input is the difference", () => {
    const script = [
      "(Compare-Object @([pscustomobject]@{a=1}) @([pscustomobject]@{a=2})) -eq $null",
      "1,5 | Compare-Object 1,2 | % { \"$($_.InputObject)$($_.SideIndicator)\" }",
      "(Compare-Object @() 1).SideIndicator",
    ].join('\n');
    const expected = [
      "True",
      "5=>",
      "2<=",
      "=>",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
});
