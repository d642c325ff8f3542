/** Get-MsolRole: the directory roles by MSOnline's legacy names, or one by -ObjectId / -RoleName. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { msolContext } from './operation.js';
import { MSOL_TYPES, msolRole } from './shapes.js';
import { msolError } from './errors.js';

export default defineCmdlet({
  name: 'Get-MsolRole',
  module: 'MSOnline',
  defaultParameterSet: 'ListRoles__0',
  outputType: MSOL_TYPES.role,
  synopsis: 'Gets administrator roles.',
  parameters: {
    ObjectId: param.typed<PSGuid>('guid', { sets: { GetRole__0: { mandatory: true, byPropertyName: true } } }),
    RoleName: param.string({ sets: { GetRoleByName__0: { mandatory: true, byPropertyName: true } } }),
    // Every set lists TenantId, as the real cmdlet's do: that is what makes ListRoles__0 a set.
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true, sets: ['ListRoles__0', 'GetRole__0', 'GetRoleByName__0'] }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = msolContext(c);
      if (c.parameterSetName === 'ListRoles__0') {
        for (const r of tenant.directory.listRoles()) c.write(msolRole(r));
        return;
      }
      const key = c.params.ObjectId?.text ?? c.params.RoleName ?? '';
      const role = tenant.directory.findRole(key);
      if (role) c.write(msolRole(role));
      else c.writeError(msolError({ kind: 'RoleNotFound', role: key }, key));
    },
  }),
});
