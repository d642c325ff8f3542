/** Get-Unique: outputs checked against real pwsh 7.6 (expected texts produced by running each script there). */
import { describe, expect, it } from 'vitest';
import { runData } from './runData.js';

describe('Get-Unique', () => {
  it("drops adjacent repeats, case-sensitively by default", () => {
    const script = [
      "(1,1,2,2,1,'a','A','a' | Get-Unique) -join ','",
      "(1,1,2,2,1,'a','A','a' | Get-Unique -CaseInsensitive) -join ','",
      "(1,'1',2 | Get-Unique) -join ','",
      "(1,'1',2,2.0 | Get-Unique -OnType) -join ','",
      "(1,'1',2 | Get-Unique -AsString) -join ','",
      "($null, $null, 1 | Get-Unique).Count",
    ].join('\n');
    const expected = [
      "1,2,1,a,A,a",
      "1,2,1,a",
      "1,2",
      "1,1,2,2",
      "1,2",
      "3",
      "",
    ].join('\n');
    expect(runData(script)).toBe(runData.normalize(expected));
  });
});
