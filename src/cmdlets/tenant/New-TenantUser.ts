import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { SYSTEM } from '../../tenant/index.js';
import { tenantOf } from '../identity.js';
import { tenantRun, writeTenantWarnings } from './operation.js';
import { userObject } from './shapes.js';

/**
 * New-TenantUser: a user in one step, with what its licenses provision (mailbox, OneDrive). Usage
 * location US unless given; -Synced makes an on-premises AD user (T-DEL-4); -BuyLicense raises the
 * subscription by one unit when none is free (T-LIC-7). A set-up tool: not role-checked.
 */
export default defineCmdlet({
  name: 'New-TenantUser',
  module: 'tenantsh',
  outputType: 'Tenantsh.TenantUser',
  synopsis: 'Creates a tenant user, licensed and provisioned, in one step.',
  parameters: {
    UserPrincipalName: param.string({ mandatory: true, position: 0, byPropertyName: true }),
    DisplayName: param.string({ mandatory: true, position: 1, byPropertyName: true }),
    License: param.strings({ byPropertyName: true }),
    UsageLocation: param.string({ byPropertyName: true }),
    Synced: param.switch(),
    BuyLicense: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const tenant = tenantOf(c);
      const p = c.params;
      const created = tenantRun(c, p.UserPrincipalName, () =>
        tenant.directory.createUser(SYSTEM, {
          userPrincipalName: p.UserPrincipalName!,
          displayName: p.DisplayName!,
          usageLocation: p.UsageLocation ?? 'US',
          synced: p.Synced ?? false,
          licenses: (p.License ?? []).map((sku) => ({ sku })),
          buyLicense: p.BuyLicense ?? false,
        }),
      );
      if (!created) return;
      writeTenantWarnings(c, created.warnings);
      c.write(userObject(tenant, created.user));
    },
  }),
});
