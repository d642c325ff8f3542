import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { buildSample } from '../../../src/tenant/samples/index.js';
import { fingerprintPath } from '../../../src/tenant/schema/fingerprint.js';
import { SYSTEM } from '../../../src/tenant/services/identity/principal.js';
import { createTenant, openTenant } from '../../../src/tenant/Tenant.js';
import { T0, tempDir } from '../helpers/tenant.js';

/**
 * Timings for the report, not assertions on the wall clock: run with
 *   TENANT_PERF=1 npx vitest run test/tenant/perf
 * (skipped otherwise). Prints one line per step.
 */
describe.runIf(process.env.TENANT_PERF)('tenant store timings (100,000 users)', () => {
  it('measures generate, floor, open, bulk delete, save', () => {
    const { dir, cleanup } = tempDir();
    const file = path.join(dir, 'tenant.json');
    const lines: string[] = [];
    const time = <T>(label: string, fn: () => T): T => {
      const t = performance.now();
      const r = fn();
      lines.push(`${label.padEnd(48)} ${((performance.now() - t) / 1000).toFixed(2)} s`);
      return r;
    };
    try {
      const users = Number(process.env.TENANT_PERF_USERS ?? 100_000);
      time(`generate --users 200000 (in memory)`, () =>
        buildSample({ users: 200_000, seed: 'perf', nowMs: T0 }),
      );
      let doc: ReturnType<typeof buildSample> | undefined = time(`generate --users ${users}`, () =>
        buildSample({ users, seed: 'perf', nowMs: T0 }),
      );
      time('tenant init: write the snapshot', () => createTenant(file, doc!));
      doc = undefined; // let it go: later steps should not pay for its memory
      lines.push(`${'file size'.padEnd(48)} ${(statSync(file).size / 1e6).toFixed(1)} MB`);
      let floorRead: unknown = time(
        'floor: read + JSON.parse',
        () => JSON.parse(readFileSync(file, 'utf8')) as unknown,
      );
      time('floor: JSON.stringify + write', () =>
        writeFileSync(path.join(dir, 'floor.json'), JSON.stringify(floorRead)),
      );
      floorRead = undefined;
      time('open (write mode; fingerprint matches: structural check)', () =>
        openTenant(file, { mode: 'write' }).close(),
      );
      rmSync(fingerprintPath(file));
      time('open (read mode; no fingerprint: full zod validation)', () => openTenant(file, { mode: 'read' }));
      const t = time('open (write mode, lock)', () => openTenant(file, { mode: 'write' }));
      const victims = t.directory
        .listUsers()
        .filter((u) => u.roles.length === 0)
        .slice(0, users / 2);
      time(`delete ${victims.length} users (journaled)`, () => {
        for (const u of victims) t.directory.deleteUser(SYSTEM, { by: 'objectId', value: u.id });
      });
      lines.push(`${'journal size'.padEnd(48)} ${(statSync(`${file}.journal`).size / 1e6).toFixed(1)} MB`);
      time('close: snapshot rewrite + journal reset', () => t.close());
      const r = time('open (read mode) after the run', () => openTenant(file, { mode: 'read' }));
      expect(r.directory.listUsers({ deleted: true })).toHaveLength(victims.length);
      console.log(`\n${lines.join('\n')}\n`);
    } finally {
      cleanup();
    }
  }, 600_000);
});
