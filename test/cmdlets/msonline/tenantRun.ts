/**
 * Runs scripts against a fresh empty-sample tenant file through the CLI's host (runInHost), as the
 * scenario runner does: each call is one tenantsh run on the same tenant.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInHost } from '../../../src/host/run.js';
import { BufferedIO } from '../../../src/runtime/host.js';
import { buildSample, createTenant, systemTime } from '../../../src/tenant/index.js';

export interface TenantRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface TestTenant {
  run(text: string, options?: { as?: string; stdin?: string[] }): TenantRun;
  dispose(): void;
}

export function testTenant(options: { autoConnect?: boolean } = {}): TestTenant {
  const dir = mkdtempSync(join(tmpdir(), 'tenantsh-directory-'));
  const tenant = join(dir, 'tenant.json');
  createTenant(tenant, buildSample({ sample: 'empty', nowMs: systemTime.nowMs(), autoConnect: options.autoConnect ?? true }));
  return {
    run(text, runOptions = {}) {
      const io = new BufferedIO(runOptions.stdin ?? []);
      const exitCode = runInHost({
        text,
        path: join(dir, 'test.ps1'),
        isFile: true,
        args: [],
        io,
        env: new Map([['TZ', 'UTC']]),
        cwd: dir,
        options: { tenant, quiet: true, ...(runOptions.as ? { as: runOptions.as } : {}) },
      });
      return { stdout: io.out, stderr: io.err, exitCode };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
