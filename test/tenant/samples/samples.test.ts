import { describe, expect, it } from 'vitest';
import { validateFully } from '../../../src/tenant/schema/validate.js';
import {
  ADMIN_UPN,
  NAMED_PEOPLE,
  buildSample,
  contosoSample,
  emptySample,
} from '../../../src/tenant/samples/index.js';
import { ROLE, skuByPartNumber } from '../../../src/tenant/model/index.js';
import { openMemoryTenant } from '../../../src/tenant/Tenant.js';
import { ManualTime, T0, byUpn, upnOf } from '../helpers/tenant.js';

describe('empty sample (DESIGN.md tenant init --sample empty)', () => {
  const doc = emptySample({ nowMs: T0 });

  it('has exactly one Global Administrator, unlicensed, with no mailbox or OneDrive', () => {
    expect(doc.users.map((u) => u.userPrincipalName)).toEqual([ADMIN_UPN]);
    expect(doc.users[0]!.roles).toEqual([ROLE.globalAdministrator]);
    expect(doc.users[0]!.password).toBe('Passw0rd!');
    expect(doc.users[0]!.licenses).toEqual([]);
    expect(doc.mailboxes).toEqual([]);
    expect(doc.oneDrives).toEqual([]);
    expect(doc.subscriptions).toEqual([]);
  });

  it('follows real time, lives in Worldwide and auto-connects as the admin', () => {
    expect(doc.clock).toEqual({ mode: 'real' });
    expect(doc.organisation.cloudInstance).toBe('Worldwide');
    expect(doc.organisation.initialDomain).toBe('contoso.onmicrosoft.com');
    expect(doc.organisation.settings.autoConnectAs).toBe(ADMIN_UPN);
  });

  it.each([['Germany'], ['China']] as const)('--cloud %s picks the instance (T-CLOUD-1)', (cloud) => {
    expect(emptySample({ nowMs: T0, cloud }).organisation.cloudInstance).toBe(cloud);
  });

  it('--no-auto-connect leaves autoConnectAs unset', () => {
    expect(emptySample({ nowMs: T0, autoConnect: false }).organisation.settings.autoConnectAs).toBeNull();
  });

  it('passes full validation', () => {
    expect(validateFully(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });
});

describe('synthetic sample (--users N --seed S)', () => {
  it('is the same tenant for the same seed, and another for another seed', () => {
    const a = buildSample({ users: 50, seed: '7', nowMs: T0 });
    const b = buildSample({ users: 50, seed: '7', nowMs: T0 });
    const c = buildSample({ users: 50, seed: '8', nowMs: T0 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.users.map((u) => u.userPrincipalName)).not.toEqual(a.users.map((u) => u.userPrincipalName));
  });

  it('gives every user E3, a mailbox, a OneDrive, a department, and managers within the department', () => {
    const doc = buildSample({ users: 200, seed: 'x', nowMs: T0 });
    const users = doc.users.slice(1);
    const e3 = skuByPartNumber('ENTERPRISEPACK')!.skuId;
    expect(users).toHaveLength(200);
    expect(
      users.every(
        (u) =>
          u.licenses.length === 1 &&
          u.licenses[0]!.skuId === e3 &&
          u.roles.length === 0 &&
          u.immutableId === null,
      ),
    ).toBe(true);
    expect(doc.mailboxes).toHaveLength(200);
    expect(doc.oneDrives).toHaveLength(200);
    const byId = new Map(doc.users.map((u) => [u.id, u]));
    const managed = users.filter((u) => u.managerId !== null);
    expect(managed.length).toBeGreaterThan(150);
    expect(managed.every((u) => byId.get(u.managerId!)!.department === u.department)).toBe(true);
    expect(new Set(users.map((u) => u.userPrincipalName.toLowerCase())).size).toBe(200);
    expect(doc.subscriptions[0]!.units).toBeGreaterThanOrEqual(200);
    expect(validateFully(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });
});

describe('contoso sample (DESIGN.md named people)', () => {
  const doc = contosoSample({ nowMs: T0 });
  const t = openMemoryTenant(doc, { realTime: new ManualTime() });

  it('holds every named person, with a frozen clock at init', () => {
    expect(doc.clock).toEqual({ mode: 'frozen', at: new Date(T0).toISOString() });
    for (const p of NAMED_PEOPLE) {
      const deleted = p.alias === 'LynneR' || p.alias === 'MiriamG';
      expect(t.directory.findUser(byUpn(p.alias), { deleted }), p.alias).toBeDefined();
    }
    expect(t.directory.listUsers().length).toBeGreaterThan(300);
  });

  it('gives licensed people a mailbox and a OneDrive, and GradyA and admin neither', () => {
    const adele = t.directory.getUser(byUpn('AdeleV'));
    expect(t.mailboxes.find(adele.id)?.state).toBe('active');
    expect(t.mailboxes.oneDriveOf(adele.id)?.state).toBe('active');
    for (const alias of ['GradyA', 'admin']) {
      const u = t.directory.getUser(byUpn(alias));
      expect(u.licenses).toEqual([]);
      expect(t.mailboxes.find(u.id)).toBeUndefined();
      expect(t.mailboxes.oneDriveOf(u.id)).toBeUndefined();
    }
  });

  it('has the special cases of the table', () => {
    const megan = t.directory.getUser(byUpn('MeganB'));
    expect(
      t.directory
        .directReports(megan)
        .map((u) => u.userPrincipalName)
        .sort(),
    ).toEqual(['AdeleV', 'AlexW', 'ChristieC'].map(upnOf).sort());
    expect(t.mailboxes.find(upnOf('DiegoS'))?.litigationHoldEnabled).toBe(true);
    expect(t.mailboxes.find(upnOf('LidiaH'))?.forwardingSmtpAddress).toBe('smtp:lidia.holloway@fabrikam.com');
    expect(t.directory.isSynced(t.directory.getUser(byUpn('LeeG')))).toBe(true);
    expect(t.mailboxes.find(upnOf('info'))?.type).toBe('SharedMailbox');
    expect(t.directory.getUser(byUpn('info')).licenses).toEqual([]);
    const roles = (alias: string) => t.directory.getUser(byUpn(alias)).roles;
    expect(roles('IsaiahL')).toEqual([ROLE.userAdministrator]);
    expect(roles('NestorW')).toEqual([ROLE.billingAdministrator]);
    expect(roles('PattiF')).toEqual([ROLE.exchangeAdministrator]);
    expect(roles('JoniS')).toEqual([ROLE.sharePointAdministrator]);
    expect(roles('JohannaL')).toEqual([ROLE.licenseAdministrator]);
  });

  it('has LynneR deleted 10 days ago and MiriamG 25 days ago', () => {
    const days = (alias: string) =>
      (T0 - Date.parse(t.directory.getUser(byUpn(alias), { deleted: true }).softDeletionTimestamp!)) /
      86_400_000;
    expect(days('LynneR')).toBe(10);
    expect(days('MiriamG')).toBe(25);
  });

  it('has the subscriptions of DESIGN.md, with a few free E3 units', () => {
    const skus = new Map(t.licensing.accountSkus().map((s) => [s.sku.skuPartNumber, s]));
    expect([...skus.keys()].sort()).toEqual([
      'EMS',
      'ENTERPRISEPACK',
      'EXCHANGESTANDARD',
      'FLOW_FREE',
      'SPE_E5',
    ]);
    const e3 = skus.get('ENTERPRISEPACK')!;
    expect(e3.freeUnits).toBeGreaterThan(0);
    expect(e3.freeUnits).toBeLessThanOrEqual(10);
    expect(e3.subscription).toMatchObject({ purchaseChannel: 'Direct', billingTerm: 'Monthly' });
    const e5 = skus.get('SPE_E5')!.subscription;
    expect(e5).toMatchObject({ purchaseChannel: 'Direct', billingTerm: 'Annual' });
    expect(Date.parse(e5.commitmentEndDate!)).toBeGreaterThan(T0 + 60 * 86_400_000);
    expect(skus.get('EMS')!.subscription.purchaseChannel).toBe('Partner');
    expect(skus.get('EXCHANGESTANDARD')!.subscription.purchaseChannel).toBe('VolumeLicensing');
  });

  it('starts with an empty audit trail and passes full validation', () => {
    expect(doc.audit).toEqual([]);
    const v = validateFully(JSON.parse(JSON.stringify(doc)));
    expect(v.ok ? [] : v.problems).toEqual([]);
  });

  it('lists users in a deterministic order: admin, then creation order', () => {
    const again = contosoSample({ nowMs: T0 });
    expect(again.users.map((u) => u.userPrincipalName)).toEqual(doc.users.map((u) => u.userPrincipalName));
    expect(doc.users[0]!.userPrincipalName).toBe(ADMIN_UPN);
  });
});
