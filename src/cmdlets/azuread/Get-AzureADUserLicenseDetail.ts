/** Get-AzureADUserLicenseDetail: a user's licenses with their service plans. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aadContext, aadRun } from './operation.js';
import { aadLicenseDetails } from './shapes.js';
import { aadUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Get-AzureADUserLicenseDetail',
  module: 'AzureAD',
  outputType: 'Microsoft.Open.AzureAD.Model.LicenseDetail',
  synopsis: 'Gets license details for a user.',
  parameters: {
    ObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = aadContext(c);
      const id = c.params.ObjectId ?? '';
      const u = aadRun(c, tenant, 'GetUserLicenseDetail', id, () => tenant.directory.getUser(aadUserRef(id)));
      for (const d of aadLicenseDetails(u)) c.write(d);
    },
  }),
});
