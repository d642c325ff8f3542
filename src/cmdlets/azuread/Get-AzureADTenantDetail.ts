/** Get-AzureADTenantDetail: the tenant's company object with its verified domains. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aadContext } from './operation.js';
import { aadTenantDetail } from './shapes.js';

export default defineCmdlet({
  name: 'Get-AzureADTenantDetail',
  module: 'AzureAD',
  outputType: 'Microsoft.Open.AzureAD.Model.TenantDetail',
  synopsis: 'Gets the details of a tenant.',
  parameters: {
    All: param.bool({ fromPipeline: true, byPropertyName: true }),
    Top: param.int({ fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = aadContext(c);
      c.write(aadTenantDetail(tenant.organisation));
    },
  }),
});
