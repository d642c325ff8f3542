/**
 * The runner shared by the suites of expected-output cases (shared/conformance, shared/scenarios,
 * test/runtime/pwsh-cases): each `area/NAME.ps1` with a `NAME.out` beside it must print exactly
 * that; a case listed as an expected failure must still fail (so the list only shrinks), and the
 * suite prints `LABEL: N passed, M failed`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalize } from '../conformance/runCase.js';

export interface CaseOutcome {
  stdout: string;
  stderr: string;
  expected: string;
  passed: boolean;
}

/** `area/name` of every script under `root` with an expected output beside it (setups excluded). */
export function listCases(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const area of readdirSync(root, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of readdirSync(join(root, area.name))) {
      if (f.endsWith('.ps1') && !f.endsWith('.setup.ps1') && existsSync(join(root, area.name, f.replace(/\.ps1$/, '.out')))) {
        out.push(`${area.name}/${f.slice(0, -4)}`);
      }
    }
  }
  return out.sort();
}

export function defineCaseSuite(
  label: string,
  root: string,
  expectedFailures: Record<string, string>,
  run: (scriptPath: string) => CaseOutcome,
  options: { timeout?: number } = {},
): void {
  const all = listCases(root);
  let passed = 0;
  let failed = 0;
  describe(label, () => {
    it('finds the cases', () => {
      expect(all.length).toBeGreaterThan(0);
    });
    for (const name of Object.keys(expectedFailures)) {
      it(`lists only existing cases: ${name}`, () => {
        expect(all).toContain(name);
      });
    }
    for (const name of all) {
      it(name, { timeout: options.timeout ?? 10_000 }, () => {
        const r = run(join(root, name + '.ps1'));
        if (r.passed) passed++;
        else failed++;
        if (name in expectedFailures) expect(r.passed, `${name} passes now: remove it from its expected-failures.ts`).toBe(false);
        else expect(normalize(r.stdout), r.stderr).toBe(normalize(r.expected));
      });
    }
    afterAll(() => {
      console.log(`${label}: ${passed} passed, ${failed} failed (${Object.keys(expectedFailures).length} expected failures listed)`);
    });
  });
}
