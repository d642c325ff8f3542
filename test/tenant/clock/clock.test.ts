import { describe, expect, it } from 'vitest';
import { clockMovedBy, clockSetTo, timeOf } from '../../../src/tenant/clock/TenantClock.js';
import { SYSTEM } from '../../../src/tenant/services/identity/principal.js';
import { openMemoryTenant } from '../../../src/tenant/Tenant.js';
import {
  ManualTime,
  T0,
  byUpn,
  emptyDoc,
  freshTenant,
  globalAdmin,
  licensedUser,
} from '../helpers/tenant.js';

const DAY = 86_400_000;

describe('T-TIME-1 the tenant clock: real, set (running), frozen, moved', () => {
  it.each([
    ['real follows the machine', { mode: 'real' } as const, T0 + 5000],
    ['offset runs from the date it was set to', clockSetTo(T0 - DAY, false, T0), T0 - DAY + 5000],
    ['frozen stands still', clockSetTo(T0 - DAY, true, T0), T0 - DAY],
  ])('%s', (_name, state, expected) => {
    expect(timeOf(state, T0 + 5000)).toBe(expected);
  });

  it.each([
    ['real', { mode: 'real' } as const, T0 + 2 * DAY],
    ['offset', { mode: 'offset', offsetMs: DAY } as const, T0 + 3 * DAY],
    ['frozen', { mode: 'frozen', at: new Date(T0).toISOString() } as const, T0 + 2 * DAY],
  ])('moving a %s clock two days forward', (_name, state, expected) => {
    expect(timeOf(clockMovedBy(state, 2 * DAY), T0)).toBe(expected);
  });

  it('a clock set without -Frozen keeps running with the machine', () => {
    const time = new ManualTime();
    const t = openMemoryTenant(emptyDoc(), { realTime: time });
    t.clock.setDate(SYSTEM, new Date('2030-01-01T00:00:00Z'), false);
    time.ms += 60_000;
    expect(t.clock.now().toISOString()).toBe('2030-01-01T00:01:00.000Z');
    t.clock.setReal(SYSTEM);
    expect(t.clock.nowMs()).toBe(time.ms);
  });

  it('refuses to move backwards', () => {
    const t = freshTenant();
    expect(() => t.clock.move(SYSTEM, -1)).toThrow(RangeError);
  });

  it('expiry happens as soon as the clock passes the deadline, for whichever read comes next', () => {
    const t = freshTenant();
    licensedUser(t, 'jan');
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    t.clock.move(SYSTEM, 29 * DAY + 23 * 3_600_000);
    expect(t.directory.listUsers({ deleted: true })).toHaveLength(1);
    t.clock.move(SYSTEM, 2 * 3_600_000);
    expect(t.directory.listUsers({ deleted: true })).toHaveLength(0);
    expect(() => t.directory.restoreUser(globalAdmin(t), byUpn('jan'))).toThrow('UserNotFound');
  });

  it('a running clock expires users when only the machine time passes (no tenant command in between)', () => {
    const time = new ManualTime();
    const t = openMemoryTenant(emptyDoc(), { realTime: time });
    t.licensing.createSubscription(SYSTEM, { skuPartNumber: 'ENTERPRISEPACK', units: 1 });
    licensedUser(t, 'jan');
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    time.advanceDays(30.5);
    expect(t.directory.listUsers({ deleted: true })).toEqual([]);
  });

  it('the purge is recorded as an operation by System (T-DEL-2)', () => {
    const t = freshTenant();
    licensedUser(t, 'jan');
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    t.clock.move(SYSTEM, 31 * DAY);
    const purge = t.audit.query().find((r) => r.operation === 'Hard Delete user.');
    expect(purge).toMatchObject({ actor: 'System', target: 'jan@contoso.onmicrosoft.com' });
  });
});

describe('T-TIME-2 Start-Sleep moves the clock instead of waiting', () => {
  it('moves a frozen clock by the sleep, keeping it frozen', () => {
    const t = freshTenant();
    t.clock.move(SYSTEM, 90_000, 'Start-Sleep');
    expect(t.clock.state).toEqual({ mode: 'frozen', at: '2026-01-01T09:01:30.000Z' });
  });
});
