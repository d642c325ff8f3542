/** Measure-Object: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { runData } from './runData.js';

describe('Measure-Object', () => {
  it("sum, average, extremes and standard deviation are Doubles", () => {
    const script = [
      "$m = 1..4 | Measure-Object -Sum -Average -Maximum -Minimum -StandardDeviation",
      "$m.Count; $m.Sum; $m.Average; $m.Maximum; $m.Minimum; $m.StandardDeviation",
      "$m.Sum.GetType().Name; $m.Average.GetType().Name; $m.Maximum.GetType().Name",
      "$m = 1..4 | Measure-Object -AllStats",
      "$m.StandardDeviation",
    ].join('\n');
    const expected = [
      "4",
      "10",
      "2.5",
      "4",
      "1",
      "1.29099444873581",
      "Double",
      "Double",
      "Double",
      "1.29099444873581",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("the list view", () => {
    const script = [
      "1..4 | Measure-Object -Sum -Average",
    ].join('\n');
    const expected = [
      "",
      "Count             : 4",
      "Average           : 2.5",
      "Sum               : 10",
      "Maximum           : ",
      "Minimum           : ",
      "StandardDeviation : ",
      "Property          : ",
      "",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("only Count unless asked; $null is not counted", () => {
    const script = [
      "$m = 1, $null, 3 | Measure-Object",
      "$m.Count",
      "$m.Sum -eq $null",
      "($null | Measure-Object).Count",
      "(@() | Measure-Object -Sum).Sum",
    ].join('\n');
    const expected = [
      "2",
      "True",
      "0",
      "0",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("-Property measures the objects that have it", () => {
    const script = [
      "$u = @([pscustomobject]@{N='Ann';A=34},[pscustomobject]@{N='Bob';A='41'},[pscustomobject]@{N='Cy'})",
      "$m = $u | Measure-Object A -Sum -Average -Maximum",
      "$m.Count; $m.Sum; $m.Average; $m.Maximum; $m.Property",
      "$r = $u | Measure-Object N, A -Maximum",
      "$r[0].Maximum; $r[0].Maximum.GetType().Name; $r[1].Maximum.GetType().Name",
      "($u | Measure-Object Nope -Sum) -eq $null",
    ].join('\n');
    const expected = [
      "2",
      "75",
      "37.5",
      "41",
      "A",
      "Cy",
      "String",
      "Double",
      "True",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("strings compare for maximum and minimum", () => {
    const script = [
      "$m = 'b','a','c' | Measure-Object -Maximum -Minimum",
      "$m.Maximum; $m.Minimum",
    ].join('\n');
    const expected = [
      "c",
      "a",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("a non-numeric input is an error and leaves Sum empty", () => {
    const script = [
      "$m = 'x', 1 | Measure-Object -Sum -ErrorVariable ev -ErrorAction SilentlyContinue",
      "$m.Count",
      "$m.Sum -eq $null",
      "$ev[0].Exception.Message",
      "$ev[0].FullyQualifiedErrorId",
    ].join('\n');
    const expected = [
      "2",
      "True",
      "Input object \"x\" is not numeric.",
      "NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("text measures", () => {
    const script = [
      "$t = \"hello world`nsecond line here\", '  a  ' | Measure-Object -Line -Word -Character",
      "$t.Lines; $t.Words; $t.Characters",
      "($t.Lines).GetType().Name",
      "$t = \"hello world`nsecond line here\", '  a  ' | Measure-Object -Character -IgnoreWhiteSpace",
      "$t.Characters",
      "$t.Lines -eq $null",
      "(\"a`n\" | Measure-Object -Line).Lines",
      "(\"a`n`nb\" | Measure-Object -Line).Lines",
    ].join('\n');
    const expected = [
      "3",
      "6",
      "33",
      "Int32",
      "25",
      "True",
      "1",
      "3",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("the text table view", () => {
    const script = [
      "'red fox', 'blue' | Measure-Object -Line -Word -Character",
    ].join('\n');
    const expected = [
      "",
      "Lines Words Characters Property",
      "----- ----- ---------- --------",
      "    2     3         11 ",
      "",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
  it("a script block property is labelled with its text", () => {
    const script = [
      "$m = [pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Measure-Object -Property { $_.a * 10 } -Sum",
      "$m.Sum",
      "\"[$($m.Property)]\"",
    ].join('\n');
    const expected = [
      "30",
      "[ $_.a * 10 ]",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
});
