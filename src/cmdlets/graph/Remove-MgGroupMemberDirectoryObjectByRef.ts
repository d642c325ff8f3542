import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { changeGroupMember } from './groupMembership.js';
import { deleteParameters, httpParameters } from './parameters.js';

/** Remove-MgGroupMemberDirectoryObjectByRef: takes a user out of a group (both names are published, directory-cmdlets.md 4). */
export default defineCmdlet({
  name: 'Remove-MgGroupMemberDirectoryObjectByRef',
  module: 'Microsoft.Graph.Groups',
  defaultParameterSet: 'Delete',
  supportsShouldProcess: true,
  outputType: 'System.Boolean',
  synopsis: 'Delete ref of navigation property members for groups.',
  parameters: {
    GroupId: param.string({ mandatory: true }),
    DirectoryObjectId: param.string({ mandatory: true }),
    ...deleteParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const target = "Call remote 'DELETE /groups/{group-id}/members/{directoryObject-id}/$ref' operation";
      const done = changeGroupMember(c, c.params.GroupId!, c.params.DirectoryObjectId!, false, target);
      if (done && c.params.PassThru) c.write(true);
    },
  }),
});
