import { describe, expect, it } from 'vitest';
import { openMemoryTenant } from '../../../src/tenant/Tenant.js';
import { emptySample } from '../../../src/tenant/samples/empty.js';
import { ManualTime, T0, adminUser, freshTenant, problemOf, upnOf } from '../helpers/tenant.js';

describe('identity: sign-in and who may do what', () => {
  it('authenticates with the right password only', () => {
    const t = freshTenant();
    expect(t.identity.authenticate(upnOf('admin'), 'Passw0rd!')).toMatchObject({
      kind: 'user',
      upn: upnOf('admin'),
    });
    expect(problemOf(() => t.identity.authenticate(upnOf('admin'), 'wrong'))).toEqual({
      kind: 'InvalidCredentials',
      upn: upnOf('admin'),
    });
    expect(problemOf(() => t.identity.authenticate(upnOf('nobody'), 'Passw0rd!'))).toMatchObject({
      kind: 'InvalidCredentials',
    });
  });

  it('defaults to --as, else autoConnectAs, else nobody', () => {
    const t = freshTenant();
    adminUser(t, 'other', null);
    expect(t.identity.defaultPrincipal(upnOf('other'))).toMatchObject({ upn: upnOf('other') });
    expect(t.identity.defaultPrincipal(null)).toMatchObject({ upn: upnOf('admin') });
    const noAuto = openMemoryTenant(emptySample({ nowMs: T0, autoConnect: false }), {
      realTime: new ManualTime(),
    });
    expect(noAuto.identity.defaultPrincipal(null)).toBeNull();
  });

  it('knows admins by role', () => {
    const t = freshTenant();
    const plain = adminUser(t, 'plain', null);
    const billing = adminUser(t, 'billing', 'Billing Administrator');
    expect(t.identity.access.isAdmin(plain)).toBe(false);
    expect(t.identity.access.isAdmin(billing)).toBe(true);
    expect(t.identity.access.isGlobalAdmin({ kind: 'app', appId: 'x' })).toBe(true);
  });
});

describe('T-CLOUD-1 a tenant lives in one cloud instance', () => {
  it.each([
    ['Worldwide', true],
    ['China', false],
    ['Germany', false],
  ] as const)('connecting to %s: %s', (cloud, ok) => {
    const t = freshTenant();
    if (ok) t.identity.requireCloud(cloud);
    else
      expect(problemOf(() => t.identity.requireCloud(cloud))).toEqual({
        kind: 'WrongCloud',
        rule: 'T-CLOUD-1',
        requested: cloud,
        instance: 'Worldwide',
      });
  });
});
