import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSample } from '../../../src/tenant/samples/index.js';
import { TenantFileError } from '../../../src/tenant/store/errors.js';
import { createTenant, openTenant } from '../../../src/tenant/Tenant.js';
import { childScript, removeChildBuild } from '../helpers/build.js';
import { T0, tempDir } from '../helpers/tenant.js';

let dir: string;
let cleanup: () => void;
let file: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'tenant.json');
});
afterEach(() => cleanup());
afterAll(() => removeChildBuild());

/**
 * The child deletes users one by one and reports each *after* the service call returned (the
 * operation is complete and journaled). With SAVE=1 it also rewrites the snapshot after every
 * operation, so the kill can land in the middle of a snapshot write.
 */
const DELETER = `
import { openTenant, SYSTEM } from './src/tenant/index.js';
const [file, mode] = process.argv.slice(2);
const t = openTenant(file, { mode: 'write' });
const users = t.directory.listUsers().filter((u) => u.roles.length === 0);
process.stdout.write('ready\\n');
for (const u of users) {
  t.directory.deleteUser(SYSTEM, { by: 'objectId', value: u.id });
  if (mode === 'save') t.save();
  process.stdout.write('done ' + u.id + '\\n');
}
setInterval(() => {}, 1000);
`;

function runUntil(child: ChildProcess, onLine: (line: string) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stderr!.on('data', (d: Buffer) => reject(new Error(d.toString())));
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (onLine(line)) resolve();
      }
    });
    child.on('exit', () => resolve());
  });
}

describe('a SIGKILL mid-way loses at most the operation in flight (DESIGN.md Storage)', () => {
  it.each([
    ['journal only', 'journal', 2000, 37],
    ['journal only, later kill', 'journal', 4000, 611],
    ['snapshot rewritten after every operation', 'save', 300, 23],
  ])('%s', async (_name, mode, users, killAfter) => {
    createTenant(file, buildSample({ users, seed: 'kill', nowMs: T0 }));
    const script = childScript('deleter.mjs', DELETER);
    const child = spawn(process.execPath, [script, file, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    const completed: string[] = [];
    await runUntil(child, (line) => {
      if (line.startsWith('done ')) completed.push(line.slice(5));
      if (completed.length >= killAfter) {
        child.kill('SIGKILL');
        return true;
      }
      return false;
    });
    await new Promise((r) => child.once('exit', r).on('error', r));

    expect(completed.length).toBeGreaterThanOrEqual(killAfter);
    // The file loads (never torn), and every operation reported complete is in it.
    const t = openTenant(file, { mode: 'read' });
    const deleted = new Set(t.directory.listUsers({ deleted: true }).map((u) => u.id));
    expect(completed.filter((id) => !deleted.has(id))).toEqual([]);
    // The kill landed mid-way (the child had not finished).
    expect(deleted.size).toBeLessThan(users);
    // The lock of the killed process is stale: a new writer takes it over.
    openTenant(file, { mode: 'write' }).close();
  });
});

const HOLDER = `
import { openTenant } from './src/tenant/index.js';
openTenant(process.argv[2], { mode: 'write' });
process.stdout.write('locked\\n');
setInterval(() => {}, 1000);
`;

const WORKER = `
import { openTenant, SYSTEM } from './src/tenant/index.js';
const [file, name, rounds] = process.argv.slice(2);
for (let i = 0; i < Number(rounds); i++) {
  const t = openTenant(file, { mode: 'write', lockWaitMs: 60000 });
  t.directory.createUser(SYSTEM, { userPrincipalName: name + '.' + i + '@contoso.onmicrosoft.com', displayName: name + ' ' + i });
  t.close();
}
`;

describe('the lock: a second writer is told who holds the tenant, and no update is lost', () => {
  it('a second writer gets "in use by process N"; readers are not blocked', async () => {
    createTenant(file, buildSample({ sample: 'empty', nowMs: T0 }));
    const child = spawn(process.execPath, [childScript('holder.mjs', HOLDER), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await runUntil(child, (line) => line === 'locked');
      let error: unknown;
      try {
        openTenant(file, { mode: 'write' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TenantFileError);
      expect((error as TenantFileError).kind).toBe('InUse');
      expect((error as TenantFileError).message).toContain(
        `The tenant ${file} is in use by process ${child.pid}`,
      );
      expect(openTenant(file, { mode: 'read' }).directory.listUsers()).toHaveLength(1);
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
  });

  it('four processes writing one tenant in turns never lose an update', async () => {
    createTenant(file, buildSample({ sample: 'empty', nowMs: T0 }));
    const script = childScript('worker.mjs', WORKER);
    const workers = ['w1', 'w2', 'w3', 'w4'].map((name) =>
      spawn(process.execPath, [script, file, name, '5'], { stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    const errors: string[] = [];
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.stderr!.on('data', (d: Buffer) => errors.push(d.toString()));
            w.on('exit', () => resolve());
          }),
      ),
    );
    expect(errors).toEqual([]);
    const users = openTenant(file, { mode: 'read' })
      .directory.listUsers()
      .map((u) => u.userPrincipalName.split('@')[0]);
    expect(users.filter((u) => u !== 'admin').sort()).toEqual(
      ['w1', 'w2', 'w3', 'w4'].flatMap((w) => [0, 1, 2, 3, 4].map((i) => `${w}.${i}`)).sort(),
    );
    expect(JSON.parse(readFileSync(file, 'utf8')).users).toHaveLength(21);
  });
});
