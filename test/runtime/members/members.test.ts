/** Every case of cases.ts through the members layer, against pwsh's results (cases.expected.ts). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EN_US, EN_US_WINDOWS } from '../../../src/runtime/dotnet/culture.js';
import { setCurrentCulture } from '../../../src/runtime/members/index.js';
import { allCases } from './cases.js';
import { expected } from './cases.expected.js';
import { psStatement, runCase } from './harness.js';

describe('members agree with pwsh', () => {
  // The oracle ran pwsh on Linux (ICU en-US); tenantsh's default is Windows' en-US.
  beforeAll(() => setCurrentCulture(EN_US));
  afterAll(() => setCurrentCulture(EN_US_WINDOWS));

  test('there is one expected line per case', () => {
    expect(expected.length).toBe(allCases.length);
  });

  allCases.forEach((c, i) => {
    test(psStatement(c), () => {
      expect(runCase(c)).toBe(expected[i]);
    });
  });
});
