/**
 * Remove-AzureADUser: soft delete through the directory service (T-ROLE-1/2/5, T-DEL-1/4/5); no
 * prompt and no -Force. A refusal is terminating (T-DEL-6: AzureAD's errors stop the command).
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aadContext, aadRun } from './operation.js';
import { aadUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Remove-AzureADUser',
  module: 'AzureAD',
  synopsis: 'Deletes a user.',
  parameters: {
    ObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = aadContext(c);
      const id = c.params.ObjectId ?? '';
      aadRun(c, tenant, 'RemoveUser', id, () => tenant.directory.deleteUser(caller, aadUserRef(id)));
    },
  }),
});
