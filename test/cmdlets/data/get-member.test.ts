/** Get-Member: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { runData } from './runData.js';

describe('Get-Member', () => {
  it("a custom object", () => {
    const script = [
      "[pscustomobject]@{ Name = 'Ann'; Age = 34; X = $null } | Get-Member",
    ].join('\n');
    const expected = [
      "",
      "   TypeName: System.Management.Automation.PSCustomObject",
      "",
      "Name        MemberType   Definition",
      "----        ----------   ----------",
      "Equals      Method       bool Equals(System.Object obj)",
      "GetHashCode Method       int GetHashCode()",
      "GetType     Method       type GetType()",
      "ToString    Method       string ToString()",
      "Age         NoteProperty int Age=34",
      "Name        NoteProperty string Name=Ann",
      "X           NoteProperty object X=null",
      "",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("names, member types and type grouping", () => {
    const script = [
      "'a' | Get-Member -MemberType Property",
      "1, 'a', 2 | Get-Member -Name Length",
      "[pscustomobject]@{ b = 1; a = 2 } | Get-Member -Name b, a",
      "[pscustomobject]@{ b = 1 } | Get-Member -MemberType NoteProperty | % { $_.MemberType.GetType().FullName }",
      "([pscustomobject]@{ b = 1 } | Get-Member -Force | % Name) -join ','",
    ].join('\n');
    const expected = [
      "",
      "   TypeName: System.String",
      "",
      "Name   MemberType Definition",
      "----   ---------- ----------",
      "Length Property   int Length {get;}",
      "Length Property   int Length {get;}",
      "",
      "   TypeName: System.Management.Automation.PSCustomObject",
      "",
      "Name MemberType   Definition",
      "---- ----------   ----------",
      "b    NoteProperty int b=1",
      "a    NoteProperty int a=2",
      "System.Management.Automation.PSMemberTypes",
      "pstypenames,psadapted,psbase,psextended,psobject,Equals,GetHashCode,GetType,ToString,b",
      "",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("script members and alias properties", () => {
    const script = [
      "$o = [pscustomobject]@{ N = 1 }",
      "$o | Add-Member -MemberType ScriptMethod -Name Hi -Value { 'hi' }",
      "$o | Add-Member -MemberType AliasProperty -Name Num -Value N",
      "$o | Get-Member",
    ].join('\n');
    const expected = [
      "",
      "   TypeName: System.Management.Automation.PSCustomObject",
      "",
      "Name        MemberType    Definition",
      "----        ----------    ----------",
      "Num         AliasProperty Num = N",
      "Equals      Method        bool Equals(System.Object obj)",
      "GetHashCode Method        int GetHashCode()",
      "GetType     Method        type GetType()",
      "ToString    Method        string ToString()",
      "N           NoteProperty  int N=1",
      "Hi          ScriptMethod  System.Object Hi();",
      "",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("no input is an error", () => {
    const script = [
      "$null | Get-Member -ErrorVariable ev -ErrorAction SilentlyContinue",
      "$ev[0].Exception.Message",
      "$ev[0].FullyQualifiedErrorId",
    ].join('\n');
    const expected = [
      "You must specify an object for the Get-Member cmdlet.",
      "NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("the members of a group", () => {
    const script = [
      "(1 | Group-Object | Get-Member -MemberType Property | % Name) -join ','",
    ].join('\n');
    const expected = [
      "Count,Group,Name,Values",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
});
