import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../src/tenant/services/identity/principal.js';
import {
  adminUser,
  byUpn,
  freshTenant,
  globalAdmin,
  licensedUser,
  problemOf,
  upnOf,
} from '../helpers/tenant.js';

const e3 = (t: ReturnType<typeof freshTenant>) =>
  t.licensing.accountSkus().find((s) => s.sku.skuPartNumber === 'ENTERPRISEPACK')!;

describe('T-LIC-1 a deleted user frees its unit but the organisation still pays', () => {
  it('ConsumedUnits drops, ActiveUnits stay, and the unit is not given to anyone', () => {
    const t = freshTenant({ units: 5 });
    for (const a of ['jan', 'piet', 'kees']) licensedUser(t, a);
    t.directory.createUser(SYSTEM, {
      userPrincipalName: upnOf('nina'),
      displayName: 'Nina',
      usageLocation: 'NL',
    });
    expect([e3(t).activeUnits, e3(t).consumedUnits]).toEqual([5, 3]);
    t.directory.deleteUser(globalAdmin(t), byUpn('jan'));
    expect([e3(t).activeUnits, e3(t).consumedUnits]).toEqual([5, 2]);
    expect(t.directory.getUser(byUpn('nina')).licenses).toEqual([]);
    t.licensing.setUserLicenses(globalAdmin(t), byUpn('nina'), {
      add: [{ sku: 'contoso:ENTERPRISEPACK' }],
      remove: [],
    });
    expect(e3(t).consumedUnits).toBe(3);
  });
});

describe('T-LIC-2 units can be lowered only down to the number consumed', () => {
  it.each([
    [2, false],
    [3, true],
    [4, true],
  ])('lowering 5 units to %i with 3 consumed succeeds: %s', (units, ok) => {
    const t = freshTenant({ units: 5 });
    for (const a of ['jan', 'piet', 'kees']) licensedUser(t, a);
    if (ok)
      expect(t.licensing.setSubscriptionUnits(globalAdmin(t), 'ENTERPRISEPACK', units).units).toBe(units);
    else
      expect(
        problemOf(() => t.licensing.setSubscriptionUnits(globalAdmin(t), 'ENTERPRISEPACK', units)),
      ).toEqual({
        kind: 'UnitsBelowConsumed',
        rule: 'T-LIC-2',
        skuPartNumber: 'ENTERPRISEPACK',
        requested: 2,
        consumed: 3,
      });
    expect(e3(t).activeUnits).toBe(ok ? units : 5);
  });
});

describe('T-LIC-3 partner and volume-licensing subscriptions cannot be lowered', () => {
  it.each([['Partner'], ['VolumeLicensing']] as const)(
    '%s: refused, naming the channel; raising is allowed',
    (channel) => {
      const t = freshTenant({ units: 0 });
      t.licensing.createSubscription(SYSTEM, { skuPartNumber: 'EMS', units: 10, purchaseChannel: channel });
      expect(problemOf(() => t.licensing.setSubscriptionUnits(globalAdmin(t), 'EMS', 5))).toEqual({
        kind: 'ChannelLocked',
        rule: 'T-LIC-3',
        skuPartNumber: 'EMS',
        channel,
      });
      expect(t.licensing.setSubscriptionUnits(globalAdmin(t), 'EMS', 12).units).toBe(12);
    },
  );
});

describe('T-LIC-4 an annual subscription cannot be lowered before its commitment ends', () => {
  it('refuses before the end date, naming it, and allows it after', () => {
    const t = freshTenant({ units: 0 });
    t.licensing.createSubscription(SYSTEM, {
      skuPartNumber: 'ENTERPRISEPACK',
      units: 10,
      billingTerm: 'Annual',
      commitmentEndDate: new Date('2026-06-30'),
    });
    expect(problemOf(() => t.licensing.setSubscriptionUnits(globalAdmin(t), 'ENTERPRISEPACK', 5))).toEqual({
      kind: 'CommitmentNotEnded',
      rule: 'T-LIC-4',
      skuPartNumber: 'ENTERPRISEPACK',
      commitmentEndDate: '2026-06-30',
    });
    t.clock.move(SYSTEM, 181 * 86_400_000);
    expect(t.licensing.setSubscriptionUnits(globalAdmin(t), 'ENTERPRISEPACK', 5).units).toBe(5);
  });

  it('Annual without an end date commits for one year from the clock date', () => {
    const t = freshTenant({ units: 0 });
    expect(
      t.licensing.createSubscription(SYSTEM, { skuPartNumber: 'SPE_E5', units: 1, billingTerm: 'Annual' })
        .commitmentEndDate,
    ).toBe('2027-01-01T09:00:00.000Z');
  });
});

describe('T-ROLE-3 only Global or Billing Administrators change units', () => {
  it.each([
    ['Company Administrator', null],
    ['Billing Administrator', null],
    ['User Account Administrator', 'T-ROLE-3'],
    ['License Administrator', 'T-ROLE-3'],
    [null, 'T-ROLE-5'],
  ])('%s', (role, rule) => {
    const t = freshTenant({ units: 5 });
    const caller = adminUser(t, 'actor', role);
    if (rule === null) expect(t.licensing.setSubscriptionUnits(caller, 'ENTERPRISEPACK', 3).units).toBe(3);
    else
      expect(problemOf(() => t.licensing.setSubscriptionUnits(caller, 'ENTERPRISEPACK', 3))).toMatchObject({
        kind: 'AccessDenied',
        rule,
      });
  });
});

describe('T-ROLE-6 license assignment needs Global, User or License Administrator', () => {
  it.each([
    ['Company Administrator', true],
    ['User Account Administrator', true],
    ['License Administrator', true],
    ['Billing Administrator', false],
    ['Helpdesk Administrator', false],
  ])('%s may assign: %s', (role, ok) => {
    const t = freshTenant();
    t.directory.createUser(SYSTEM, {
      userPrincipalName: upnOf('jan'),
      displayName: 'Jan',
      usageLocation: 'US',
    });
    const caller = adminUser(t, 'actor', role);
    const assign = () =>
      t.licensing.setUserLicenses(caller, byUpn('jan'), {
        add: [{ sku: 'contoso:ENTERPRISEPACK' }],
        remove: [],
      });
    if (ok) {
      assign();
      expect(t.directory.getUser(byUpn('jan')).licenses).toHaveLength(1);
    } else expect(problemOf(assign)).toMatchObject({ kind: 'AccessDenied', rule: 'T-ROLE-6' });
  });
});

describe('T-LIC-6 assigning needs a usage location and a free unit', () => {
  it('without usage location: refused; after setting it: assigned', () => {
    const t = freshTenant();
    t.directory.createUser(SYSTEM, { userPrincipalName: upnOf('jan'), displayName: 'Jan' });
    const assign = () =>
      t.licensing.setUserLicenses(globalAdmin(t), byUpn('jan'), {
        add: [{ sku: 'contoso:ENTERPRISEPACK' }],
        remove: [],
      });
    expect(problemOf(assign)).toEqual({ kind: 'UsageLocationRequired', rule: 'T-LIC-6', upn: upnOf('jan') });
    t.directory.updateUser(globalAdmin(t), byUpn('jan'), { usageLocation: 'nl' });
    assign();
    expect(e3(t).consumedUnits).toBe(1);
  });

  it('with every unit used: NoFreeUnits, and the user is not licensed', () => {
    const t = freshTenant({ units: 1 });
    licensedUser(t, 'jan');
    t.directory.createUser(SYSTEM, {
      userPrincipalName: upnOf('piet'),
      displayName: 'Piet',
      usageLocation: 'US',
    });
    expect(
      problemOf(() =>
        t.licensing.setUserLicenses(globalAdmin(t), byUpn('piet'), {
          add: [{ sku: 'ENTERPRISEPACK' }],
          remove: [],
        }),
      ),
    ).toMatchObject({ kind: 'NoFreeUnits', skuPartNumber: 'ENTERPRISEPACK' });
    expect(t.directory.getUser(byUpn('piet')).licenses).toEqual([]);
  });

  it.each([
    ['contoso:NOSUCHSKU', 'unknownSku'],
    ['fabrikam:ENTERPRISEPACK', 'unknownSku'],
    ['contoso:SPE_E5', 'noSubscription'],
  ])('%s: InvalidLicense (%s)', (sku, reason) => {
    const t = freshTenant();
    licensedUser(t, 'jan');
    expect(
      problemOf(() =>
        t.licensing.setUserLicenses(globalAdmin(t), byUpn('jan'), { add: [{ sku }], remove: [] }),
      ),
    ).toMatchObject({ kind: 'InvalidLicense', reason });
  });

  it('a SKU already assigned, or removing one not assigned: InvalidLicense', () => {
    const t = freshTenant();
    licensedUser(t, 'jan');
    expect(
      problemOf(() =>
        t.licensing.setUserLicenses(globalAdmin(t), byUpn('jan'), {
          add: [{ sku: 'Contoso:ENTERPRISEPACK' }],
          remove: [],
        }),
      ),
    ).toMatchObject({ reason: 'alreadyAssigned' });
    expect(
      problemOf(() =>
        t.licensing.setUserLicenses(globalAdmin(t), byUpn('jan'), { add: [], remove: ['contoso:FLOW_FREE'] }),
      ),
    ).toMatchObject({ reason: 'notAssigned' });
  });
});

describe('T-LIC-7 New-TenantUser -BuyLicense raises the subscription by one unit', () => {
  it('buys a unit only when none is free', () => {
    const t = freshTenant({ units: 2 });
    licensedUser(t, 'jan');
    licensedUser(t, 'piet');
    t.directory.createUser(SYSTEM, {
      userPrincipalName: upnOf('nina'),
      displayName: 'Nina',
      usageLocation: 'US',
      licenses: [{ sku: 'ENTERPRISEPACK' }],
      buyLicense: true,
    });
    expect([e3(t).activeUnits, e3(t).consumedUnits]).toEqual([3, 3]);
  });

  it('without -BuyLicense the new user is refused whole: no user is left behind', () => {
    const t = freshTenant({ units: 1 });
    licensedUser(t, 'jan');
    expect(problemOf(() => licensedUser(t, 'nina'))).toMatchObject({ kind: 'NoFreeUnits' });
    expect(t.directory.findUser(byUpn('nina'))).toBeUndefined();
    expect(e3(t).activeUnits).toBe(1);
  });
});
