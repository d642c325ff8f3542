import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { roleById } from '../../tenant/index.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, listParameters, selectParameters } from './parameters.js';
import { groupAsDirectoryObject, roleAsDirectoryObject } from './directoryObject.js';
import { userRef } from './users.js';

/** Get-MgUserMemberOf: the user's groups and directory roles, as directoryObjects told apart by `@odata.type`. */
export default defineCmdlet({
  name: 'Get-MgUserMemberOf',
  module: 'Microsoft.Graph.Users',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphDirectoryObject',
  synopsis: 'The groups and directory roles that the user is a member of.',
  parameters: { UserId: param.string({ mandatory: true }), ...selectParameters(), ...listParameters(), ...httpParameters() },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id = c.params.UserId!;
      const user = g.tenant.directory.findUser(userRef(id));
      if (!user) return writeGraphFailure(c, g, notFound(id), id);
      for (const group of g.tenant.directory.groupsOf(user.id)) c.write(groupAsDirectoryObject(group));
      for (const roleId of user.roles) {
        const role = roleById(roleId);
        if (role) c.write(roleAsDirectoryObject(g.tenant.organisation.id, role));
      }
    },
  }),
});
