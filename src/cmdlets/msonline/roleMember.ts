/** Add-/Remove-MsolRoleMember share their parameters and body: one role, one user member. */
import { defineCmdlet, param, type CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import type { PSEnumValue, PSGuid } from '../../runtime/values/scalars.js';
import type { UserRef } from '../../tenant/index.js';
import { msolContext, msolRun } from './operation.js';
import { ROLE_MEMBER_TYPE } from './types.js';

export function roleMemberCmdlet(verb: 'Add' | 'Remove', synopsis: string): CmdletInfo {
  const byId = `${verb}RoleMembers__0`;
  const byName = `${verb}RoleMembersByRoleName__0`;
  return defineCmdlet({
    name: `${verb}-MsolRoleMember`,
    module: 'MSOnline',
    defaultParameterSet: byId,
    synopsis,
    parameters: {
      RoleObjectId: param.typed<PSGuid>('guid', { sets: { [byId]: { mandatory: true } } }),
      RoleName: param.string({ sets: { [byName]: { mandatory: true } } }),
      RoleMemberType: param.typed<PSEnumValue>(ROLE_MEMBER_TYPE, { byPropertyName: true }),
      RoleMemberObjectId: param.typed<PSGuid>('guid', { byPropertyName: true }),
      RoleMemberEmailAddress: param.string({ byPropertyName: true }),
      TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
    },
    invoke: (c) => ({
      process() {
        const { tenant, caller } = msolContext(c);
        const role = c.params.RoleObjectId?.text ?? c.params.RoleName ?? '';
        const ref: UserRef =
          c.params.RoleMemberObjectId !== undefined
            ? { by: 'objectId', value: c.params.RoleMemberObjectId.text }
            : { by: 'userPrincipalName', value: c.params.RoleMemberEmailAddress ?? '' };
        msolRun(c, ref.value, () =>
          verb === 'Add'
            ? tenant.directory.addRoleMember(caller, role, ref)
            : tenant.directory.removeRoleMember(caller, role, ref),
        );
      },
    }),
  });
}
