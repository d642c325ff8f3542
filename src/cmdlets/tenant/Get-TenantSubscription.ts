import { defineCmdlet } from '../../runtime/commands/defineCmdlet.js';
import { tenantOf } from '../identity.js';
import { subscriptionObject } from './shapes.js';

/** Get-TenantSubscription: the tenant's subscriptions, one per SKU, with paid and assigned units (T-LIC-1). */
export default defineCmdlet({
  name: 'Get-TenantSubscription',
  module: 'tenantsh',
  outputType: 'Tenantsh.TenantSubscription',
  synopsis: "Gets the tenant's subscriptions.",
  parameters: {},
  invoke: (c) => ({
    end() {
      for (const sku of tenantOf(c).licensing.accountSkus()) c.write(subscriptionObject(sku));
    },
  }),
});
