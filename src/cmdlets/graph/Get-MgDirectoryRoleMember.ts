import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, listParameters, selectParameters } from './parameters.js';
import { userAsDirectoryObject } from './directoryObject.js';
import { findDirectoryRole } from './roles.js';

/** Get-MgDirectoryRoleMember: the role's members as directoryObjects (user data in AdditionalProperties). */
export default defineCmdlet({
  name: 'Get-MgDirectoryRoleMember',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphDirectoryObject',
  synopsis: 'Users that are members of this directory role.',
  parameters: { DirectoryRoleId: param.string({ mandatory: true }), ...selectParameters(), ...listParameters(), ...httpParameters() },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const role = findDirectoryRole(g.tenant, c.params.DirectoryRoleId!);
      if (!role) return writeGraphFailure(c, g, notFound(c.params.DirectoryRoleId!), c.params.DirectoryRoleId);
      for (const u of g.tenant.directory.roleMembers(role.id)) c.write(userAsDirectoryObject(g.tenant, u));
    },
  }),
});
