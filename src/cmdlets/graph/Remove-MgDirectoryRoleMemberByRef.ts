import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { notFound } from './errors.js';
import { graphContext, graphRun, writeGraphFailure } from './operation.js';
import { deleteParameters, httpParameters } from './parameters.js';
import { findDirectoryRole } from './roles.js';
import { userRef } from './users.js';

/** Remove-MgDirectoryRoleMemberByRef: takes a user out of a directory role. */
export default defineCmdlet({
  name: 'Remove-MgDirectoryRoleMemberByRef',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'Delete',
  supportsShouldProcess: true,
  synopsis: 'Delete ref of navigation property members for directoryRoles.',
  parameters: {
    DirectoryRoleId: param.string({ mandatory: true }),
    DirectoryObjectId: param.string({ mandatory: true }),
    ...deleteParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const role = findDirectoryRole(g.tenant, c.params.DirectoryRoleId!);
      if (!role) return writeGraphFailure(c, g, notFound(c.params.DirectoryRoleId!), c.params.DirectoryRoleId);
      const memberId = c.params.DirectoryObjectId!;
      if (!c.shouldProcess("Call remote 'DELETE /directoryRoles/{directoryRole-id}/members/{directoryObject-id}/$ref' operation", g.variant))
        return;
      const done = graphRun(c, g, memberId, () => {
        g.tenant.directory.removeRoleMember(g.caller, role.id, userRef(memberId));
        return true;
      });
      if (done && c.params.PassThru) c.write(true);
    },
  }),
});
