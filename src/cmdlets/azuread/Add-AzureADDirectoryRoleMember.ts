/** Add-AzureADDirectoryRoleMember: gives the user -RefObjectId the activated role -ObjectId. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { activatedRoleById } from './directoryRoles.js';
import { aadError } from './errors.js';
import { aadContext, aadRun } from './operation.js';
import { aadUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Add-AzureADDirectoryRoleMember',
  module: 'AzureAD',
  synopsis: 'Adds a member to a directory role.',
  parameters: {
    ObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
    RefObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = aadContext(c);
      const id = c.params.ObjectId ?? '';
      const role = activatedRoleById(tenant, id);
      if (!role) return c.fail(aadError('AddDirectoryRoleMember', { kind: 'RoleNotFound', role: id }, tenant.clock.nowMs(), id));
      const member = c.params.RefObjectId ?? '';
      aadRun(c, tenant, 'AddDirectoryRoleMember', member, () =>
        tenant.directory.addRoleMember(caller, role.id, aadUserRef(member)),
      );
    },
  }),
});
