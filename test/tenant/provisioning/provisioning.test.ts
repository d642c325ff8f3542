import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../src/tenant/services/identity/principal.js';
import { byUpn, freshTenant, globalAdmin, licensedUser, problemOf, upnOf } from '../helpers/tenant.js';

const DAY = 86_400_000;

describe('Provisioning: mailbox and OneDrive follow the license (DESIGN.md)', () => {
  it('E3 creates a mailbox and a OneDrive at the documented URL; no license creates neither', () => {
    const t = freshTenant();
    const id = licensedUser(t, 'jan');
    expect(t.mailboxes.find(id)).toMatchObject({
      type: 'UserMailbox',
      state: 'active',
      primarySmtpAddress: upnOf('jan'),
    });
    expect(t.mailboxes.oneDriveOf(id)?.url).toBe(
      'https://contoso-my.sharepoint.com/personal/jan_contoso_onmicrosoft_com',
    );
    const piet = t.directory.createUser(SYSTEM, {
      userPrincipalName: upnOf('piet'),
      displayName: 'Piet',
    }).user;
    expect(t.mailboxes.find(piet.id)).toBeUndefined();
    expect(t.mailboxes.oneDriveOf(piet.id)).toBeUndefined();
  });

  it('a license with the Exchange plan disabled creates no mailbox', () => {
    const t = freshTenant();
    const u = t.directory.createUser(SYSTEM, {
      userPrincipalName: upnOf('jan'),
      displayName: 'Jan',
      usageLocation: 'US',
      licenses: [{ sku: 'ENTERPRISEPACK', disabledPlans: ['EXCHANGE_S_ENTERPRISE'] }],
    }).user;
    expect(t.mailboxes.find(u.id)).toBeUndefined();
    expect(t.mailboxes.oneDriveOf(u.id)).toBeDefined();
  });
});

describe('T-LIC-5 removing the Exchange license stops forwarding and disables the mailbox 30 days later', () => {
  it('warns when forwarding was set, and disables after the grace period', () => {
    const t = freshTenant();
    const id = licensedUser(t, 'jan');
    t.mailboxes.setForwarding(SYSTEM, upnOf('jan'), { smtp: 'jan@fabrikam.com' });
    const { warnings } = t.licensing.setUserLicenses(globalAdmin(t), byUpn('jan'), {
      add: [],
      remove: ['contoso:ENTERPRISEPACK'],
    });
    expect(warnings).toEqual([
      { kind: 'ForwardingStopped', rule: 'T-LIC-5', upn: upnOf('jan'), disableOn: '2026-01-31' },
    ]);
    expect(t.mailboxes.find(id)).toMatchObject({ state: 'active', forwardingSmtpAddress: null });
    t.clock.move(SYSTEM, 29 * DAY);
    expect(t.mailboxes.find(id)?.state).toBe('active');
    t.clock.move(SYSTEM, 1 * DAY + 3_600_000);
    expect(t.mailboxes.find(id)?.state).toBe('disabled');
  });

  it('a shared mailbox needs no license: it stays, and the unit is freed', () => {
    const t = freshTenant();
    const id = licensedUser(t, 'jan');
    t.mailboxes.setType(SYSTEM, upnOf('jan'), 'SharedMailbox');
    const { warnings } = t.licensing.setUserLicenses(globalAdmin(t), byUpn('jan'), {
      add: [],
      remove: ['contoso:ENTERPRISEPACK'],
    });
    expect(warnings).toEqual([]);
    t.clock.move(SYSTEM, 40 * DAY);
    expect(t.mailboxes.find(id)).toMatchObject({ type: 'SharedMailbox', state: 'active' });
    expect(t.licensing.accountSkus()[0]!.consumedUnits).toBe(0);
  });

  it('a license given back within the grace period cancels the disable', () => {
    const t = freshTenant();
    const id = licensedUser(t, 'jan');
    t.licensing.setUserLicenses(globalAdmin(t), byUpn('jan'), {
      add: [],
      remove: ['contoso:ENTERPRISEPACK'],
    });
    t.clock.move(SYSTEM, 10 * DAY);
    t.licensing.setUserLicenses(globalAdmin(t), byUpn('jan'), {
      add: [{ sku: 'contoso:ENTERPRISEPACK' }],
      remove: [],
    });
    t.clock.move(SYSTEM, 30 * DAY);
    expect(t.mailboxes.find(id)).toMatchObject({ state: 'active', disableAt: null });
  });
});

describe('T-MBX-1 the mailbox is soft-deleted with its user, and comes back with a restore', () => {
  it('soft-deletes and restores', () => {
    const t = freshTenant();
    const id = licensedUser(t, 'jan');
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    expect(t.mailboxes.find(id)).toMatchObject({
      state: 'softDeleted',
      softDeletedAt: '2026-01-01T09:00:00.000Z',
    });
    expect(t.mailboxes.list()).toEqual([]);
    t.directory.restoreUser(globalAdmin(t), byUpn('jan'));
    expect(t.mailboxes.find(id)?.state).toBe('active');
  });
});

describe('T-MBX-5 a held mailbox becomes inactive when its user is deleted', () => {
  it('is kept after the user is purged, without a license', () => {
    const t = freshTenant();
    const id = licensedUser(t, 'jan');
    t.mailboxes.setLitigationHold(SYSTEM, upnOf('jan'), true);
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    expect(t.mailboxes.find(id)?.state).toBe('inactive');
    expect(t.licensing.accountSkus()[0]!.consumedUnits).toBe(0);
    t.clock.move(SYSTEM, 31 * DAY);
    expect(t.directory.findUser({ by: 'objectId', value: id }, { deleted: true })).toBeUndefined();
    expect(t.mailboxes.find(id)).toMatchObject({ state: 'inactive', litigationHoldEnabled: true });
  });

  it('a hold needs a license that includes holds', () => {
    const t = freshTenant({ units: 0 });
    t.licensing.createSubscription(SYSTEM, { skuPartNumber: 'EXCHANGESTANDARD', units: 1 });
    licensedUser(t, 'jan', 'EXCHANGESTANDARD');
    expect(problemOf(() => t.mailboxes.setLitigationHold(SYSTEM, upnOf('jan'), true))).toMatchObject({
      kind: 'HoldNotLicensed',
      rule: 'T-MBX-5',
    });
  });
});

describe('T-OD-1 the OneDrive is kept for the retention period, then 93 days in the site recycle bin', () => {
  it('day 29 retained, day 31 recycled, after 30 + 93 days gone', () => {
    const t = freshTenant();
    const id = licensedUser(t, 'jan');
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    t.clock.move(SYSTEM, 29 * DAY);
    expect(t.mailboxes.oneDriveOf(id)).toMatchObject({
      state: 'retained',
      retainUntil: '2026-01-31T09:00:00.000Z',
    });
    t.clock.move(SYSTEM, 2 * DAY);
    expect(t.mailboxes.oneDriveOf(id)).toMatchObject({
      state: 'recycled',
      purgeAt: '2026-05-04T09:00:00.000Z',
    });
    t.clock.move(SYSTEM, 93 * DAY);
    expect(t.mailboxes.oneDriveOf(id)).toBeUndefined();
  });

  it('a longer retention set before the deletion keeps the OneDrive longer, past the user purge', () => {
    const t = freshTenant();
    const id = licensedUser(t, 'jan');
    const org = t.snapshot().organisation;
    t.store.state.apply({
      op: 'set',
      name: 'organisation',
      value: { ...org, settings: { ...org.settings, orphanedPersonalSitesRetentionPeriod: 90 } },
    });
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    t.clock.move(SYSTEM, 60 * DAY);
    expect(t.directory.findUser({ by: 'objectId', value: id }, { deleted: true })).toBeUndefined();
    expect(t.mailboxes.oneDriveOf(id)?.state).toBe('retained');
  });
});
