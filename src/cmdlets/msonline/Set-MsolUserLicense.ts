/**
 * Set-MsolUserLicense: adds and removes AccountSkuIds in one atomic step, or changes a held SKU's
 * disabled plans with -LicenseOptions alone (T-ROLE-6, T-LIC-6: E11 no free unit, E12 no usage
 * location; E13 unknown or already assigned SKU). T-LIC-5's forwarding warning goes to the
 * warning stream. No output.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { planOptions } from './licenseOptions.js';
import { msolContext, msolRun, writeMsolWarnings } from './operation.js';
import { msolUserRef } from './userRef.js';
import { LICENSE_OPTION_ARRAY } from './types.js';

export default defineCmdlet({
  name: 'Set-MsolUserLicense',
  module: 'MSOnline',
  defaultParameterSet: 'SetUserLicenses__0',
  synopsis: 'Updates the license assignment for a user.',
  parameters: {
    ObjectId: param.typed<PSGuid>('guid', { sets: { SetUserLicenses__0: { mandatory: true, byPropertyName: true } } }),
    UserPrincipalName: param.string({ sets: { SetUserLicensesByUpn__0: { mandatory: true, byPropertyName: true } } }),
    AddLicenses: param.strings({ byPropertyName: true }),
    RemoveLicenses: param.strings({ byPropertyName: true }),
    LicenseOptions: param.typed<unknown[]>(LICENSE_OPTION_ARRAY, { byPropertyName: true }),
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = msolContext(c);
      const ref = msolUserRef(c.params);
      const options = planOptions(c.params.LicenseOptions);
      const add = c.params.AddLicenses ?? [];
      // With -AddLicenses the options describe the added SKUs; alone, they change held ones.
      const change = {
        add: add.map((sku) => {
          const o = options.find((x) => x.sku.toLowerCase() === sku.toLowerCase());
          return o ? { sku, disabledPlans: o.disabledPlans } : { sku };
        }),
        remove: c.params.RemoveLicenses ?? [],
        options: add.length === 0 ? options : [],
      };
      const result = msolRun(c, ref.value, () => tenant.licensing.setUserLicenses(caller, ref, change));
      if (result) writeMsolWarnings(c, result.warnings);
    },
  }),
});
