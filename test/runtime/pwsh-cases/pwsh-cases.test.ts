/**
 * Regression cases of real pwsh behaviour that admin scripts rely on, beyond shared/conformance:
 * every <area>/NAME.ps1 here runs in-process and its stdout must equal NAME.out, which
 * generate.sh produced with real pwsh 7.6.9. Prints `pwsh-cases: N passed, M failed`.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalize, runCase } from '../../conformance/runCase.js';
import { expectedFailures } from './expected-failures.js';

const root = import.meta.dirname;

/** `area/name` of every script that has an expected output beside it. */
function cases(): string[] {
  const out: string[] = [];
  for (const area of readdirSync(root, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of readdirSync(join(root, area.name))) {
      if (f.endsWith('.ps1') && existsSync(join(root, area.name, f.replace(/\.ps1$/, '.out')))) out.push(`${area.name}/${f.slice(0, -4)}`);
    }
  }
  return out.sort();
}

const all = cases();
let passed = 0;
let failed = 0;

describe('pwsh-cases', () => {
  it('finds the cases', () => {
    expect(all.length).toBeGreaterThan(0);
  });
  for (const name of Object.keys(expectedFailures)) {
    it(`lists only existing cases: ${name}`, () => {
      expect(all).toContain(name);
    });
  }
  for (const name of all) {
    it(name, () => {
      const r = runCase(join(root, name + '.ps1'));
      if (r.passed) passed++;
      else failed++;
      if (name in expectedFailures) {
        expect(r.passed, `${name} passes now: remove it from expected-failures.ts`).toBe(false);
      } else {
        expect(normalize(r.stdout), r.stderr).toBe(normalize(r.expected));
      }
    });
  }
  afterAll(() => {
    console.log(`pwsh-cases: ${passed} passed, ${failed} failed (${Object.keys(expectedFailures).length} expected failures listed)`);
  });
});
