/** Get-AzureADDirectoryRoleMember: the users holding an activated role. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { activatedRoleById } from './directoryRoles.js';
import { aadError } from './errors.js';
import { aadContext } from './operation.js';
import { aadMemberObject } from './shapes.js';

export default defineCmdlet({
  name: 'Get-AzureADDirectoryRoleMember',
  module: 'AzureAD',
  synopsis: 'Gets members of a directory role.',
  parameters: {
    ObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = aadContext(c);
      const id = c.params.ObjectId ?? '';
      const role = activatedRoleById(tenant, id);
      if (!role) return c.fail(aadError('GetDirectoryRoleMembers', { kind: 'RoleNotFound', role: id }, tenant.clock.nowMs(), id));
      for (const u of tenant.directory.roleMembers(role.id)) c.write(aadMemberObject(u));
    },
  }),
});
