/** Get-AzureADUserMembership: the groups and activated directory roles a user belongs to. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { roleById } from '../../tenant/index.js';
import { aadContext, aadRun } from './operation.js';
import { aadDirectoryRole, aadGroupObject } from './shapes.js';
import { aadUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Get-AzureADUserMembership',
  module: 'AzureAD',
  synopsis: 'Get memberships of a user.',
  parameters: {
    ObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
    All: param.bool({ fromPipeline: true, byPropertyName: true }),
    Top: param.int({ fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = aadContext(c);
      const id = c.params.ObjectId ?? '';
      const u = aadRun(c, tenant, 'GetUserMemberOf', id, () => tenant.directory.getUser(aadUserRef(id)));
      const out = [
        ...tenant.directory.groupsOf(u.id).map(aadGroupObject),
        ...u.roles.flatMap((r) => {
          const def = roleById(r);
          return def ? [aadDirectoryRole(def, tenant.organisation.id, true)] : [];
        }),
      ];
      const limit = c.params.Top ?? (c.params.All ? Infinity : 100);
      for (const o of out.slice(0, limit)) c.write(o);
    },
  }),
});
