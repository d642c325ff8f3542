import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { changeGroupMember } from './groupMembership.js';
import { httpParameters } from './parameters.js';

/** New-MgGroupMember: adds a user to a group. */
export default defineCmdlet({
  name: 'New-MgGroupMember',
  module: 'Microsoft.Graph.Groups',
  defaultParameterSet: 'Create',
  supportsShouldProcess: true,
  synopsis: 'Add a member to a group.',
  parameters: {
    GroupId: param.string({ mandatory: true }),
    DirectoryObjectId: param.string({ mandatory: true }),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      changeGroupMember(c, c.params.GroupId!, c.params.DirectoryObjectId!, true, "Call remote 'POST /groups/{group-id}/members/$ref' operation");
    },
  }),
});
