import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RealTimeSource } from '../../../src/tenant/clock/realTime.js';
import { DAY_MS, type TenantDocument } from '../../../src/tenant/model/index.js';
import { emptySample } from '../../../src/tenant/samples/empty.js';
import { SYSTEM, type Principal } from '../../../src/tenant/services/identity/principal.js';
import { openMemoryTenant, type Tenant } from '../../../src/tenant/Tenant.js';

/** The scenarios' pinned date: 2026-01-01 09:00 UTC. */
export const T0 = Date.parse('2026-01-01T09:00:00Z');
export const DOMAIN = 'contoso.onmicrosoft.com';
export const upnOf = (alias: string): string => `${alias}@${DOMAIN}`;
export const byUpn = (alias: string) => ({ by: 'userPrincipalName', value: upnOf(alias) }) as const;

/** A machine clock the test moves by hand: no test reads the wall clock. */
export class ManualTime implements RealTimeSource {
  constructor(public ms: number = T0) {}
  nowMs(): number {
    return this.ms;
  }
  advanceDays(days: number): void {
    this.ms += days * DAY_MS;
  }
}

export function emptyDoc(nowMs = T0): TenantDocument {
  return emptySample({ nowMs, seed: 'test' });
}

/**
 * A fresh in-memory empty-sample tenant with the scenarios' set-up: clock frozen at T0, and an
 * ENTERPRISEPACK subscription with `units` units (0 = none).
 */
export function freshTenant(opts: { units?: number; time?: ManualTime } = {}): Tenant {
  const time = opts.time ?? new ManualTime();
  const t = openMemoryTenant(emptyDoc(time.ms), { realTime: time });
  t.clock.setDate(SYSTEM, new Date(T0), true);
  if ((opts.units ?? 5) > 0)
    t.licensing.createSubscription(SYSTEM, { skuPartNumber: 'ENTERPRISEPACK', units: opts.units ?? 5 });
  return t;
}

/** New-TenantUser -License ENTERPRISEPACK. */
export function licensedUser(t: Tenant, alias: string, sku = 'ENTERPRISEPACK'): string {
  return t.directory.createUser(SYSTEM, {
    userPrincipalName: upnOf(alias),
    displayName: alias,
    usageLocation: 'US',
    licenses: [{ sku }],
  }).user.id;
}

/** A user holding the given MSOnline role (and no license), and the principal to act as them. */
export function adminUser(t: Tenant, alias: string, role: string | null): Principal {
  const u = t.directory.createUser(SYSTEM, {
    userPrincipalName: upnOf(alias),
    displayName: alias,
    password: 'Passw0rd!',
  }).user;
  if (role) t.directory.addRoleMember(SYSTEM, role, { by: 'objectId', value: u.id });
  return { kind: 'user', userId: u.id, upn: u.userPrincipalName };
}

export const globalAdmin = (t: Tenant): Principal => t.identity.principalFor(upnOf('admin'))!;

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tenantsh-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `fn` and returns the TenantError's problem it throws (failing the test if it does not throw one). */
export function problemOf(fn: () => unknown): { kind: string; [k: string]: unknown } {
  try {
    fn();
  } catch (e) {
    if (e && typeof e === 'object' && 'problem' in e) return (e as { problem: { kind: string } }).problem;
    throw e;
  }
  throw new Error('expected a TenantError, but the call succeeded');
}
