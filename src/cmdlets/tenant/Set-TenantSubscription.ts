import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { callerOf, tenantOf } from '../identity.js';
import { tenantRun } from './operation.js';
import { subscriptionObject } from './shapes.js';

/**
 * Set-TenantSubscription: the admin center's billing action, changing how many licenses are paid
 * for. Runs as the MSOnline identity (its Connect-MsolService, else --as, else autoConnectAs) and is
 * role-checked (T-ROLE-3); lowering is refused by T-LIC-2, T-LIC-3 and T-LIC-4.
 */
export default defineCmdlet({
  name: 'Set-TenantSubscription',
  module: 'tenantsh',
  outputType: 'Tenantsh.TenantSubscription',
  synopsis: 'Changes the number of licenses of a subscription (T-LIC-2, T-ROLE-3).',
  parameters: {
    SkuPartNumber: param.string({ mandatory: true, position: 0 }),
    Units: param.int({ mandatory: true, position: 1 }),
  },
  invoke: (c) => ({
    end() {
      const tenant = tenantOf(c);
      const caller = callerOf(c, 'MSOnline');
      const sub = tenantRun(c, c.params.SkuPartNumber, () =>
        tenant.licensing.setSubscriptionUnits(caller, c.params.SkuPartNumber!, c.params.Units!),
      );
      if (sub) c.write(subscriptionObject(tenant.licensing.accountSku(sub)));
    },
  }),
});
