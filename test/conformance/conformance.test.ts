/**
 * The PowerShell language yardstick: every case in shared/conformance, run in-process. Prints
 * `conformance: N passed, M failed` (M counts the listed expected failures).
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCase } from './runCase.js';
import { expectedFailures } from './expected-failures.js';

const root = resolve(import.meta.dirname, '../../../shared/conformance');

function cases(): string[] {
  if (!existsSync(root)) return [];
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

describe('conformance', () => {
  it('finds the shared cases', () => {
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
        expect(r.stdout.replace(/[ \t]+$/gm, '').replace(/\n+$/, ''), r.stderr).toBe(r.expected.replace(/[ \t]+$/gm, '').replace(/\n+$/, ''));
      }
    });
  }
  afterAll(() => {
    console.log(`conformance: ${passed} passed, ${failed} failed (${Object.keys(expectedFailures).length} expected failures listed)`);
  });
});
