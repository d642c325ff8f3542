/** Get-AzureADUserManager: the user's manager as a User object; nothing when there is none. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aadContext, aadRun } from './operation.js';
import { aadUserOf } from './userObject.js';
import { aadUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Get-AzureADUserManager',
  module: 'AzureAD',
  outputType: 'Microsoft.Open.AzureAD.Model.User',
  synopsis: "Gets the manager of a user.",
  parameters: {
    ObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = aadContext(c);
      const id = c.params.ObjectId ?? '';
      const u = aadRun(c, tenant, 'GetUserManager', id, () => tenant.directory.getUser(aadUserRef(id)));
      const manager = tenant.directory.managerOf(u);
      if (manager) c.write(aadUserOf(tenant, manager));
    },
  }),
});
