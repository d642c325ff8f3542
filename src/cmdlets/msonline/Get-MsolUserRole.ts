/** Get-MsolUserRole: the admin roles a user holds. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { roleById } from '../../tenant/index.js';
import { msolContext, msolRun } from './operation.js';
import { MSOL_TYPES, msolRole } from './shapes.js';
import { msolUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Get-MsolUserRole',
  module: 'MSOnline',
  defaultParameterSet: 'ListRolesForUser__0',
  outputType: MSOL_TYPES.role,
  synopsis: 'Gets the administrator roles that a user belongs to.',
  parameters: {
    ObjectId: param.typed<PSGuid>('guid', { sets: { ListRolesForUser__0: { mandatory: true, byPropertyName: true } } }),
    UserPrincipalName: param.string({ sets: { ListRolesForUserByUpn__0: { mandatory: true, byPropertyName: true } } }),
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = msolContext(c);
      const ref = msolUserRef(c.params);
      const user = msolRun(c, ref.value, () => tenant.directory.getUser(ref));
      for (const id of user?.roles ?? []) {
        const role = roleById(id);
        if (role) c.write(msolRole(role));
      }
    },
  }),
});
