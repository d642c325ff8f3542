/**
 * Set-AzureADUser: changes a user (`-AccountEnabled $false` is the usual block). T-ROLE-2; a
 * synced user's AD-owned attributes give E16 (T-DEL-4). No output.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aadContext, aadRun } from './operation.js';
import { userPatchOf, userPropertyParameters } from './userProperties.js';
import { aadUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Set-AzureADUser',
  module: 'AzureAD',
  synopsis: 'Updates a user.',
  parameters: {
    ObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
    ...userPropertyParameters,
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = aadContext(c);
      const id = c.params.ObjectId ?? '';
      aadRun(c, tenant, 'SetUser', id, () => tenant.directory.updateUser(caller, aadUserRef(id), userPatchOf(c.params)));
    },
  }),
});
