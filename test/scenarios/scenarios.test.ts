/**
 * The tenant-rule acceptance cases of shared/scenarios, run in-process with the CLI's tenant
 * session. Prints `scenarios: N passed, M failed`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScenario } from './runScenario.js';
import { expectedFailures } from './expected-failures.js';

const root = resolve(import.meta.dirname, '../../../shared/scenarios');

function cases(): string[] {
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

const all = cases();
let passed = 0;
let failed = 0;

describe('scenarios', () => {
  it('finds the shared cases', () => {
    expect(all.length).toBeGreaterThan(0);
  });
  for (const name of all) {
    it(name, { timeout: 30_000 }, () => {
      const r = runScenario(join(root, name + '.ps1'));
      if (r.passed) passed++;
      else failed++;
      if (name in expectedFailures) expect(r.passed, `${name} passes now: remove it from expected-failures.ts`).toBe(false);
      else expect(r.stdout.replace(/[ \t]+$/gm, '').replace(/\n+$/, ''), r.stderr).toBe(r.expected.replace(/[ \t]+$/gm, '').replace(/\n+$/, ''));
    });
  }
  afterAll(() => {
    console.log(`scenarios: ${passed} passed, ${failed} failed (${Object.keys(expectedFailures).length} expected failures listed)`);
  });
});
