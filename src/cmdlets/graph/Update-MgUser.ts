import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { graphContext, graphRun } from './operation.js';
import { httpParameters } from './parameters.js';
import { userPatchOf } from './userBody.js';
import { USER_PROPERTY_PARAMETER_NAMES, userPropertyParameters } from './userParameters.js';
import { userRef } from './users.js';

/**
 * Update-MgUser: changes a user through the directory service (T-ROLE-2; T-DEL-4 refuses the
 * attributes AD owns with E16). Boolean properties are switches: `-AccountEnabled:$false`. No output.
 */
export default defineCmdlet({
  name: 'Update-MgUser',
  module: 'Microsoft.Graph.Users',
  defaultParameterSet: 'UpdateExpanded',
  supportsShouldProcess: true,
  synopsis: 'Update the properties of a user object.',
  parameters: {
    UserId: param.string({ mandatory: true }),
    BodyParameter: param.object({ sets: { Update: { mandatory: true, fromPipeline: true } } }),
    ...userPropertyParameters('UpdateExpanded'),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id = c.params.UserId!;
      const params = c.params as Readonly<Record<string, unknown>>;
      const { patch } = userPatchOf(USER_PROPERTY_PARAMETER_NAMES, (n) => c.isBound(n), (n) => params[n], c.params.BodyParameter);
      if (!c.shouldProcess("Call remote 'PATCH /users/{user-id}' operation", g.variant)) return;
      graphRun(c, g, id, () => g.tenant.directory.updateUser(g.caller, userRef(id), patch));
    },
  }),
});
