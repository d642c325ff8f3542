/**
 * Set-MsolUser: changes a user's basic properties (T-ROLE-2; T-DEL-4: AD owns most attributes of
 * a synced user, E17; UsageLocation may still change). No output.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import type { UserPatch } from '../../tenant/services/directory/DirectoryService.js';
import { msolContext, msolRun } from './operation.js';
import { profileParameters, storedProfile } from './profileParameters.js';
import { msolUserRef } from './userRef.js';

const pn = { byPropertyName: true };

export default defineCmdlet({
  name: 'Set-MsolUser',
  module: 'MSOnline',
  defaultParameterSet: 'SetUser__0',
  synopsis: 'Modifies a user in Azure Active Directory.',
  parameters: {
    ObjectId: param.typed<PSGuid>('guid', pn),
    UserPrincipalName: param.string(pn),
    DisplayName: param.string(pn),
    ImmutableId: param.string(pn),
    UserType: param.string({ ...pn, validateSet: ['Member', 'Guest', 'Other'] }),
    ...profileParameters,
    UsageLocation: param.string(pn),
    BlockCredential: param.bool(pn),
    PasswordNeverExpires: param.bool(pn),
    StrongPasswordRequired: param.bool(pn),
    LastPasswordChangeTimestamp: param.typed<unknown>('datetime', pn),
    SoftDeletionTimestamp: param.typed<unknown>('datetime', pn),
    StsRefreshTokensValidFrom: param.typed<unknown>('datetime', pn),
    StrongAuthenticationMethods: param.objects(pn),
    StrongAuthenticationRequirements: param.objects(pn),
    TenantId: param.typed<PSGuid>('guid', pn),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = msolContext(c);
      const p = c.params;
      const ref = msolUserRef(p);
      const patch: UserPatch = {
        ...storedProfile(p),
        ...(p.DisplayName !== undefined ? { displayName: p.DisplayName } : {}),
        ...(p.UsageLocation !== undefined ? { usageLocation: p.UsageLocation } : {}),
        ...(p.BlockCredential !== undefined ? { accountEnabled: !p.BlockCredential } : {}),
        ...(p.ImmutableId !== undefined ? { immutableId: p.ImmutableId } : {}),
        ...(p.UserType === 'Member' || p.UserType === 'Guest' ? { userType: p.UserType } : {}),
      };
      msolRun(c, ref.value, () => tenant.directory.updateUser(caller, ref, patch));
    },
  }),
});
