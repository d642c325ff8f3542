/** Add-Member: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { runData } from './runData.js';

describe('Add-Member', () => {
  it("note, script and alias properties and script methods", () => {
    const script = [
      "$o = [pscustomobject]@{ N = 1 }",
      "$o | Add-Member -MemberType NoteProperty -Name Dept -Value 'IT'",
      "$o | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.N * 2 }",
      "$o | Add-Member -MemberType AliasProperty -Name Num -Value N",
      "$o | Add-Member -MemberType ScriptMethod -Name Twice -Value { param($x) $this.N * $x }",
      "$o.Dept; $o.Double; $o.Num; $o.Twice(5)",
      "$o.N = 4",
      "$o.Double",
      "$o.psobject.Properties.Name -join ','",
    ].join('\n');
    const expected = [
      "IT",
      "2",
      "1",
      "5",
      "8",
      "N,Dept,Double,Num",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("NotePropertyName, NotePropertyMembers, positional names, TypeName and PassThru", () => {
    const script = [
      "$o = [pscustomobject]@{ N = 1 }",
      "$r = $o | Add-Member -NotePropertyName M -NotePropertyValue 5",
      "$r -eq $null",
      "$o.M",
      "$r = $o | Add-Member -NotePropertyMembers @{ P = 1 } -PassThru",
      "$r.GetType().Name; $r.P",
      "$o | Add-Member N2 3",
      "$o.N2",
      "$o | Add-Member -TypeName My.Type",
      "$o.psobject.TypeNames -join ';'",
    ].join('\n');
    const expected = [
      "True",
      "5",
      "PSCustomObject",
      "1",
      "3",
      "My.Type;System.Management.Automation.PSCustomObject;System.Object",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("a member that exists needs -Force", () => {
    const script = [
      "$o = [pscustomobject]@{ N = 1 }",
      "$o | Add-Member -MemberType NoteProperty -Name N -Value 2 -ErrorVariable ev -ErrorAction SilentlyContinue",
      "$ev[0].Exception.Message",
      "$ev[0].FullyQualifiedErrorId",
      "$o | Add-Member -MemberType NoteProperty -Name Equals -Value 1 -ErrorAction SilentlyContinue",
      "$o | Add-Member -MemberType NoteProperty -Name N -Value 2 -Force",
      "$o.N",
    ].join('\n');
    const expected = [
      "Cannot add a member with the name \"N\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.",
      "MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand",
      "2",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("members a script cannot add are errors", () => {
    const script = [
      "$o = [pscustomobject]@{ N = 1 }",
      "try { $o | Add-Member -MemberType Property -Name Z -Value 1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
      "try { $o | Add-Member -MemberType ScriptProperty -Name S -Value 1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
    ].join('\n');
    const expected = [
      "Cannot add a member with type \"Property\". Specify a different type for the MemberTypes parameter.",
      "CannotAddMemberType,Microsoft.PowerShell.Commands.AddMemberCommand",
      "Cannot convert the \"1\" value of type \"System.Int32\" to type \"System.Management.Automation.ScriptBlock\".",
      "ConvertToFinalInvalidCastException,Microsoft.PowerShell.Commands.AddMemberCommand",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("a plain value is wrapped, and -PassThru returns the wrapper", () => {
    const script = [
      "$w = 'hello' | Add-Member -NotePropertyName Extra -NotePropertyValue 9 -PassThru",
      "$w.Extra; $w.GetType().Name; $w.Length; $w",
      "$w.psobject.TypeNames -join ';'",
    ].join('\n');
    const expected = [
      "9",
      "String",
      "5",
      "hello",
      "System.String;System.Object",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
});
