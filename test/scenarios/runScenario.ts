/**
 * Runs one shared/scenarios case in-process the way shared/tools/run-cases.sh runs it: a fresh
 * tenant file from the empty sample, the case folder as current directory, NAME.setup.ps1 first
 * (its output ignored), then NAME.ps1 with stdout captured.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSample, createTenant, systemTime } from '../../src/tenant/index.js';
import { runInHost } from '../../src/host/run.js';
import { BufferedIO } from '../../src/runtime/host.js';
import { decode } from '../../src/host/check.js';
import { normalize } from '../conformance/runCase.js';

export interface ScenarioResult {
  stdout: string;
  stderr: string;
  expected: string;
  passed: boolean;
}

function runFile(path: string, tenant: string): { out: string; err: string } {
  const io = new BufferedIO([]);
  runInHost({
    text: decode(readFileSync(path)) ?? '',
    path,
    isFile: true,
    args: [],
    io,
    env: new Map([['TZ', 'UTC']]),
    cwd: dirname(path),
    options: { tenant, quiet: true },
  });
  return { out: io.out, err: io.err };
}

export function runScenario(scriptPath: string, sample: 'empty' | 'contoso' = 'empty'): ScenarioResult {
  const dir = mkdtempSync(join(tmpdir(), 'tenantsh-scenario-'));
  const tenant = join(dir, 'tenant.json');
  try {
    createTenant(tenant, buildSample({ sample, nowMs: systemTime.nowMs() }));
    const setup = scriptPath.replace(/\.ps1$/, '.setup.ps1');
    if (existsSync(setup)) runFile(setup, tenant);
    const r = runFile(scriptPath, tenant);
    const expected = readFileSync(scriptPath.replace(/\.ps1$/, '.out'), 'utf8');
    return { stdout: r.out, stderr: r.err, expected, passed: normalize(r.out) === normalize(expected) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
