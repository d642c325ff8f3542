/** Get-MsolCompanyInformation: the tenant's company record (DirectorySynchronizationEnabled: T-DEL-4). */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { msolContext } from './operation.js';
import { MSOL_TYPES, msolCompany } from './shapes.js';

export default defineCmdlet({
  name: 'Get-MsolCompanyInformation',
  module: 'MSOnline',
  outputType: MSOL_TYPES.company,
  synopsis: 'Gets company-level information.',
  parameters: {
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = msolContext(c);
      c.write(msolCompany(tenant.organisation));
    },
  }),
});
