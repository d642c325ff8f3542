import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../src/tenant/services/identity/principal.js';
import { MemoryTenantStore } from '../../../src/tenant/store/MemoryTenantStore.js';
import { adminUser, byUpn, freshTenant, globalAdmin, licensedUser, problemOf } from '../helpers/tenant.js';

describe('audit: every change is recorded with actor, operation, target and time', () => {
  it('records a delete with what it freed and until when it is restorable (T-LIC-1, T-DEL-1, T-OD-4)', () => {
    const t = freshTenant();
    const id = licensedUser(t, 'jan');
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    const rec = t.audit.changesOfRun().at(-1)!;
    expect(rec).toMatchObject({
      actor: 'admin@contoso.onmicrosoft.com',
      operation: 'Delete user.',
      workload: 'AzureActiveDirectory',
      target: 'jan@contoso.onmicrosoft.com',
      targetId: id,
      time: '2026-01-01T09:00:00.000Z',
      refused: false,
      rule: null,
      details: {
        licensesFreed: ['ENTERPRISEPACK'],
        restorableUntil: '2026-01-31T09:00:00.000Z',
        syncedDevices: 0,
      },
    });
  });

  it('records a refusal with its rule, and nothing else of the refused operation', () => {
    const t = freshTenant();
    licensedUser(t, 'jan');
    const helpdesk = adminUser(t, 'hd', 'Helpdesk Administrator');
    const before = t.audit.changesOfRun().length;
    problemOf(() => t.directory.deleteUser(helpdesk, byUpn('jan')));
    const after = t.audit.changesOfRun();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      refused: true,
      rule: 'T-ROLE-1',
      errorKind: 'AccessDenied',
      operation: 'Delete user.',
      actor: 'hd@contoso.onmicrosoft.com',
    });
    // The unified audit log leaves refusals out.
    expect(t.audit.query({ operations: ['delete user.'] })).toEqual([]);
  });

  it('one journal entry per completed operation, holding its audit record', () => {
    const t = freshTenant();
    const store = t.store as MemoryTenantStore;
    const n = store.entries.length;
    licensedUser(t, 'jan'); // Add user. + Change user license. in one operation
    expect(store.entries).toHaveLength(n + 1);
    const ops = store.entries
      .at(-1)!
      .changes.filter((c) => c.op === 'put' && c.coll === 'audit')
      .map((c) => (c as { rec: { operation: string } }).rec.operation);
    expect(ops).toEqual(['Change user license.', 'Add user.']);
  });

  it('filters by time, operation and actor (Search-UnifiedAuditLog)', () => {
    const t = freshTenant();
    licensedUser(t, 'jan');
    t.clock.move(SYSTEM, 86_400_000);
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    const day2 = new Date('2026-01-02T00:00:00Z');
    expect(t.audit.query({ start: day2 }).map((r) => r.operation)).toEqual(['Delete user.']);
    expect(t.audit.query({ end: day2 }).map((r) => r.operation)).toContain('Add user.');
    expect(t.audit.query({ actors: ['ADMIN@contoso.onmicrosoft.com'] }).map((r) => r.operation)).toEqual([
      'Delete user.',
    ]);
  });
});
