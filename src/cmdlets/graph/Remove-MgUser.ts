import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { graphContext, graphRun } from './operation.js';
import { deleteParameters, httpParameters } from './parameters.js';
import { identityId, userRef } from './users.js';

/**
 * Remove-MgUser: soft delete (T-DEL-1) through the directory service, which checks T-ROLE-1/2/5,
 * T-DEL-4 and T-DEL-5. No prompt unless -Confirm; -WhatIf prints the SDK's What if: line.
 */
export default defineCmdlet({
  name: 'Remove-MgUser',
  module: 'Microsoft.Graph.Users',
  defaultParameterSet: 'Delete',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  outputType: 'System.Boolean',
  synopsis: 'Deletes a user (to the recycle bin for 30 days).',
  parameters: {
    UserId: param.string({ sets: { Delete: { mandatory: true } } }),
    InputObject: param.object({ sets: { DeleteViaIdentity: { mandatory: true, fromPipeline: true } } }),
    ...deleteParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id = c.parameterSetName === 'Delete' ? c.params.UserId! : identityId(c.params.InputObject, 'UserId') ?? '';
      if (!c.shouldProcess("Call remote 'DELETE /users/{user-id}' operation", g.variant)) return;
      const done = graphRun(c, g, id, () => {
        g.tenant.directory.deleteUser(g.caller, userRef(id));
        return true;
      });
      if (done && c.params.PassThru) c.write(true);
    },
  }),
});
