/**
 * Get-MsolAccountSku: every SKU the company owns. ActiveUnits is what is paid for, ConsumedUnits
 * what active users hold: deleting a user lowers ConsumedUnits only (T-LIC-1).
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { msolContext } from './operation.js';
import { MSOL_TYPES, msolAccountSku } from './shapes.js';

export default defineCmdlet({
  name: 'Get-MsolAccountSku',
  module: 'MSOnline',
  outputType: MSOL_TYPES.accountSku,
  synopsis: 'Returns all the SKUs for a company.',
  parameters: {
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = msolContext(c);
      for (const a of tenant.licensing.accountSkus()) c.write(msolAccountSku(a, tenant.organisation));
    },
  }),
});
