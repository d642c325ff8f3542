/**
 * Get-MsolRoleMember: the users holding a role, in listing order; at most -MaxResults (250)
 * unless -All.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { msolError } from './errors.js';
import { msolContext } from './operation.js';
import { MSOL_TYPES, msolRoleMember } from './shapes.js';

export default defineCmdlet({
  name: 'Get-MsolRoleMember',
  module: 'MSOnline',
  defaultParameterSet: 'ListRoleMembers__0',
  outputType: MSOL_TYPES.roleMember,
  synopsis: 'Gets members of a role.',
  parameters: {
    RoleObjectId: param.typed<PSGuid>('guid', { mandatory: true }),
    MemberObjectTypes: param.strings(),
    SearchString: param.string(),
    MaxResults: param.int({ sets: ['ListRoleMembers__0'] }),
    All: param.switch({ sets: { All__0: { mandatory: true } } }),
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = msolContext(c);
      const key = c.params.RoleObjectId?.text ?? '';
      const role = tenant.directory.findRole(key);
      if (!role) {
        c.writeError(msolError({ kind: 'RoleNotFound', role: key }, key));
        return;
      }
      const types = (c.params.MemberObjectTypes ?? []).map((t) => t.toLowerCase());
      if (types.length > 0 && !types.includes('user')) return;
      const search = (c.params.SearchString ?? '').toLowerCase();
      const limit = c.params.All ? Infinity : (c.params.MaxResults ?? 250);
      let written = 0;
      for (const u of tenant.directory.roleMembers(role.id)) {
        if (search && !u.displayName.toLowerCase().startsWith(search) && !u.userPrincipalName.toLowerCase().startsWith(search))
          continue;
        if (written >= limit) break;
        c.write(msolRoleMember(u));
        written++;
      }
    },
  }),
});
