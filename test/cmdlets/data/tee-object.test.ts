/** Tee-Object: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { runData } from './runData.js';

describe('Tee-Object', () => {
  it("-Variable passes objects on and saves them", () => {
    const script = [
      "1..3 | Tee-Object -Variable saved | ForEach-Object { $_ * 10 }",
      "$saved -join ','",
      "$v = 'a' | Tee-Object -Variable one",
      "$one.GetType().Name",
      "@() | Tee-Object -Variable none",
      "$none -eq $null",
      "function f { 5 | Tee-Object -Variable inner | Out-Null; \"in: $inner\" }",
      "f",
      "\"out: $inner\"",
    ].join('\n');
    const expected = [
      "10",
      "20",
      "30",
      "1,2,3",
      "String",
      "True",
      "in: 5",
      "out: ",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
});
