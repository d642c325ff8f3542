/**
 * Runs scripts against a temp tenant file made from the empty sample, through the CLI's host
 * (tenant session, identity, run summary), as the scenario runner does. One TenantHost is one
 * tenant; each run() is one tenantsh invocation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInHost } from '../../../src/host/run.js';
import { BufferedIO } from '../../../src/runtime/host.js';
import { buildSample, createTenant, systemTime, type BuildSampleOptions } from '../../../src/tenant/index.js';

export interface HostResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export class TenantHost {
  readonly dir: string;
  readonly path: string;

  constructor(sample: Partial<BuildSampleOptions> = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'tenantsh-test-'));
    this.path = join(this.dir, 'tenant.json');
    createTenant(this.path, buildSample({ sample: 'empty', nowMs: systemTime.nowMs(), ...sample }));
  }

  run(text: string, options: { as?: string; stdin?: string[] } = {}): HostResult {
    const io = new BufferedIO(options.stdin ?? []);
    const exitCode = runInHost({
      text,
      path: join(this.dir, 'test.ps1'),
      isFile: true,
      args: [],
      io,
      env: new Map([['TZ', 'UTC']]),
      cwd: this.dir,
      options: { tenant: this.path, quiet: true, ...(options.as ? { as: options.as } : {}) },
    });
    return { stdout: io.out, stderr: io.err, exitCode };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A frozen clock on 2026-01-01 09:00 UTC and 5 E3 units: the scenarios' usual start. */
export const BASE_SETUP = [
  "Set-TenantClock -Date '2026-01-01T09:00:00Z' -Frozen | Out-Null",
  'New-TenantSubscription -SkuPartNumber ENTERPRISEPACK -Units 5 | Out-Null',
].join('\n');
