import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/tenant/store/AtomicJsonFile.js';
import { TenantFileError } from '../../../src/tenant/store/errors.js';
import { journalPath } from '../../../src/tenant/store/Journal.js';
import { openTenantStore } from '../../../src/tenant/store/FileTenantStore.js';
import { SYSTEM } from '../../../src/tenant/services/identity/principal.js';
import { Tenant, createTenant, openTenant } from '../../../src/tenant/Tenant.js';
import { buildSample } from '../../../src/tenant/samples/index.js';
import { ManualTime, T0, byUpn, tempDir, upnOf } from '../helpers/tenant.js';

let dir: string;
let cleanup: () => void;
let file: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'tenant.json');
  createTenant(file, buildSample({ users: 20, seed: 's', nowMs: T0 }));
});
afterEach(() => cleanup());

const fileError = (fn: () => unknown): TenantFileError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof TenantFileError) return e;
    throw e;
  }
  throw new Error('expected a TenantFileError');
};
const open = (mode: 'write' | 'read' | 'dry-run') => openTenant(file, { mode, realTime: new ManualTime() });
const firstUser = (t: ReturnType<typeof open>) => t.directory.listUsers().find((u) => u.roles.length === 0)!;

describe('atomic snapshot write', () => {
  it('replaces the file in one step and leaves no temp file behind', () => {
    writeFileAtomic(file, '{"a":1}');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed write (read-only folder) keeps the old file whole and reports SaveFailed', () => {
    if (process.getuid?.() === 0) return; // root ignores folder permissions
    const before = readFileSync(file, 'utf8');
    chmodSync(dir, 0o500);
    try {
      expect(fileError(() => writeFileAtomic(file, '{}')).kind).toBe('SaveFailed');
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('writing into a missing folder fails with SaveFailed naming the file', () => {
    const e = fileError(() => writeFileAtomic(path.join(dir, 'nope', 't.json'), '{}'));
    expect(e.kind).toBe('SaveFailed');
    expect(e.message).toContain(path.join(dir, 'nope', 't.json'));
  });
});

describe('open, journal and close', () => {
  it('journals each operation and folds it into the snapshot at close', () => {
    const t = open('write');
    const u = firstUser(t);
    t.directory.deleteUser(SYSTEM, { by: 'objectId', value: u.id });
    const lines = readFileSync(journalPath(file), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2); // header + one operation
    expect(JSON.parse(lines[1]!)).toMatchObject({ seq: 1, operation: 'Delete user.', actor: 'tenantsh' });
    t.close();
    expect(readFileSync(journalPath(file), 'utf8').trim().split('\n')).toHaveLength(1);
    const again = open('read');
    expect(again.directory.findUser({ by: 'objectId', value: u.id }, { deleted: true })).toBeDefined();
  });

  it('replays the journal over the snapshot when the process ended without close()', () => {
    const t = open('write');
    const u = firstUser(t);
    t.directory.deleteUser(SYSTEM, { by: 'objectId', value: u.id });
    // No close(): as after a crash. Readers see the journaled operation...
    expect(open('read').directory.findUser({ by: 'objectId', value: u.id }, { deleted: true })).toBeDefined();
    // ...and a journal entry the snapshot already holds is not applied twice (seq mark).
    t.save();
    t.directory.updateUser(SYSTEM, byUpn('admin'), { department: 'IT' });
    const r = open('read');
    expect(r.directory.getUser(byUpn('admin')).department).toBe('IT');
    expect(r.audit.query().filter((a) => a.operation === 'Delete user.')).toHaveLength(1);
    t.store.close();
  });

  it('drops a torn last journal line (the operation in flight) and recovers on the next write open', () => {
    const t = open('write');
    t.directory.updateUser(SYSTEM, byUpn('admin'), { department: 'IT' });
    writeFileSync(journalPath(file), readFileSync(journalPath(file), 'utf8') + '{"seq":2,"time":"2026-01-0');
    (t.store as unknown as { lock: { release(): void } }).lock.release(); // the "crashed" writer's lock
    const w = open('write');
    expect(w.directory.getUser(byUpn('admin')).department).toBe('IT');
    expect(readFileSync(journalPath(file), 'utf8').trim().split('\n')).toHaveLength(1);
    w.close();
  });

  it('a damaged journal line before the last is reported, and nothing is rewritten', () => {
    const t = open('write');
    t.directory.updateUser(SYSTEM, byUpn('admin'), { department: 'IT' });
    t.directory.updateUser(SYSTEM, byUpn('admin'), { department: 'HR' });
    (t.store as unknown as { lock: { release(): void } }).lock.release();
    const lines = readFileSync(journalPath(file), 'utf8').split('\n');
    lines[1] = '{garbage';
    writeFileSync(journalPath(file), lines.join('\n'));
    const snapshot = readFileSync(file, 'utf8');
    const e = fileError(() => open('write'));
    expect(e.kind).toBe('JournalCorrupt');
    expect(e.message).toContain('line 2');
    expect(readFileSync(file, 'utf8')).toBe(snapshot);
  });

  it('a journal from an earlier file at the same path (tenant init --force) is never replayed', () => {
    const t = open('write');
    t.directory.updateUser(SYSTEM, byUpn('admin'), { department: 'IT' });
    (t.store as unknown as { lock: { release(): void } }).lock.release();
    createTenant(file, buildSample({ users: 5, seed: 's', nowMs: T0 }), { force: true });
    expect(open('read').directory.getUser(byUpn('admin')).department).toBeUndefined();
  });

  it('tenant init refuses to replace a file without force', () => {
    expect(fileError(() => createTenant(file, buildSample({ sample: 'empty', nowMs: T0 }))).kind).toBe(
      'Exists',
    );
  });

  it('compacts: the snapshot is rewritten once the journal grows past its limit', () => {
    const store = openTenantStore(file, { mode: 'write', compactBytes: 2000 });
    const t = new Tenant(store, new ManualTime());
    for (const u of t.directory
      .listUsers()
      .filter((x) => x.roles.length === 0)
      .slice(0, 10)) {
      t.directory.deleteUser(SYSTEM, { by: 'objectId', value: u.id });
    }
    expect(readFileSync(journalPath(file), 'utf8').length).toBeLessThan(4000);
    expect(JSON.parse(readFileSync(file, 'utf8')).journal.seq).toBeGreaterThan(0);
    t.close();
  });
});

describe('read-only and dry-run opens write nothing', () => {
  it('dry-run changes the in-memory copy only', () => {
    const before = readFileSync(file, 'utf8');
    const t = open('dry-run');
    t.directory.deleteUser(SYSTEM, { by: 'objectId', value: firstUser(t).id });
    expect(t.audit.changesOfRun().map((r) => r.operation)).toEqual(['Delete user.']);
    t.close();
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(journalPath(file))).toBe(false);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('read mode refuses operations, and needs no lock while a writer holds it', () => {
    const w = open('write');
    const r = open('read');
    const e = fileError(() => r.directory.deleteUser(SYSTEM, byUpn('admin')));
    expect(e.kind).toBe('ReadOnly');
    w.close();
  });

  it('read mode applies expiry in memory only (T-TIME-1)', () => {
    const time = new ManualTime(T0);
    const w = openTenant(file, { mode: 'write', realTime: time });
    w.clock.setDate(SYSTEM, new Date(T0), false); // running clock
    const id = firstUser(w).id;
    w.directory.deleteUser(SYSTEM, { by: 'objectId', value: id });
    w.close();
    const before = readFileSync(file, 'utf8');
    const r = openTenant(file, { mode: 'read', realTime: new ManualTime(T0 + 31 * 86_400_000) });
    expect(r.directory.findUser({ by: 'objectId', value: id }, { deleted: true })).toBeUndefined();
    r.close();
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readFileSync(journalPath(file), 'utf8').trim().split('\n')).toHaveLength(1);
    // The writer of the next run applies it for real.
    const w2 = openTenant(file, { mode: 'write', realTime: new ManualTime(T0 + 31 * 86_400_000) });
    w2.close();
    expect(
      open('read')
        .snapshot()
        .users.some((u) => u.id === id),
    ).toBe(false);
  });
});

describe('missing, corrupt and invalid files: a clear error, and the file is never rewritten', () => {
  it('missing', () => {
    const e = fileError(() => openTenant(path.join(dir, 'typo.json'), { mode: 'write' }));
    expect(e.kind).toBe('Missing');
    expect(e.message).toContain('typo.json does not exist');
    expect(existsSync(path.join(dir, 'typo.json'))).toBe(false);
    expect(existsSync(path.join(dir, 'typo.json.lock'))).toBe(false);
  });

  it.each([
    ['truncated JSON', (s: string) => s.slice(0, 200), 'Corrupt', /not valid JSON at line \d+, column \d+/],
    ['empty file', () => '', 'Corrupt', /empty/],
    [
      'a bad usage location',
      (s: string) => s.replace('"usageLocation": "US"', '"usageLocation": "USA"'),
      'Invalid',
      /users\[0\]\.usageLocation: expected a two-letter country code/,
    ],
    [
      'a wrong type',
      (s: string) => s.replace('"accountEnabled": true', '"accountEnabled": "yes"'),
      'Invalid',
      /users\[0\]\.accountEnabled: .*boolean/,
    ],
    [
      'a newer schema',
      (s: string) => s.replace('"schemaVersion": 1', '"schemaVersion": 99'),
      'Invalid',
      /schemaVersion: version 99 was written by a newer tenantsh/,
    ],
    [
      'an unknown SKU',
      (s: string) =>
        s.replace(
          /"skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900"/,
          '"skuId": "00000000-0000-4000-8000-000000000000"',
        ),
      'Invalid',
      /subscriptions\[0\]\.skuId: unknown SKU id/,
    ],
  ])('%s', (_name, edit, kind, message) => {
    createTenant(file, buildSample({ users: 2, seed: 's', nowMs: T0 }), { force: true });
    const bad = edit(readFileSync(file, 'utf8'));
    writeFileSync(file, bad);
    const e = fileError(() => open('write'));
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(message);
    expect(e.message).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe(bad);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

describe('schema fast path: full validation only when the content differs from the last save', () => {
  it('trusts a file whose hash matches the recorded save, and fully validates an edited one', async () => {
    const { AtomicJsonFile } = await import('../../../src/tenant/store/AtomicJsonFile.js');
    const a = new AtomicJsonFile(file);
    a.read();
    expect(a.lastReadWasFull).toBe(false);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"displayName": "MOD Administrator"', '"displayName": "Boss"'),
    );
    a.read();
    expect(a.lastReadWasFull).toBe(true);
  });

  it('a hand edit that breaks a user is caught even though the structure is intact', () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"password": "Passw0rd!"/, '"password": 42'));
    expect(fileError(() => open('read')).message).toMatch(/users\[0\]\.password/);
  });
});

describe('users are listed in a deterministic order', () => {
  it('creation order survives save and load, and a patched user keeps its place', () => {
    const t = open('write');
    const order = t.directory.listUsers().map((u) => u.userPrincipalName);
    t.directory.updateUser(SYSTEM, { by: 'userPrincipalName', value: order[3]! }, { department: 'Moved' });
    t.close();
    expect(
      open('read')
        .directory.listUsers()
        .map((u) => u.userPrincipalName),
    ).toEqual(order);
    expect(order[0]).toBe(upnOf('admin'));
  });
});
