/**
 * Remove-MsolUser: soft delete (T-DEL-1), or with -RemoveFromRecycleBin the purge (T-DEL-2). The
 * directory service checks T-ROLE-1/2/5, T-DEL-4, T-DEL-5 and cascades to licenses (T-LIC-1),
 * mailbox and OneDrive. Without -Force MSOnline asks first (its own prompt, no -WhatIf/-Confirm);
 * answers come from stdin, and with none left the prompt fails as pwsh does non-interactively.
 * Each pipeline object succeeds or fails on its own (T-DEL-6). No output.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { msolContext, msolRun } from './operation.js';
import { msolUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Remove-MsolUser',
  module: 'MSOnline',
  defaultParameterSet: 'RemoveUser__0',
  synopsis: 'Removes a user from Azure Active Directory.',
  parameters: {
    ObjectId: param.typed<PSGuid>('guid', { sets: { RemoveUser__0: { mandatory: true, byPropertyName: true } } }),
    UserPrincipalName: param.string({ sets: { RemoveUserByUpn__0: { mandatory: true, byPropertyName: true } } }),
    RemoveFromRecycleBin: param.switch({ byPropertyName: true }),
    Force: param.switch(),
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = msolContext(c);
      const ref = msolUserRef(c.params);
      const purge = c.params.RemoveFromRecycleBin ?? false;
      if (!c.params.Force && !c.shouldContinue('Continue with this operation?', 'Confirm')) return;
      msolRun(c, ref.value, () =>
        purge ? tenant.directory.purgeUser(caller, ref) : tenant.directory.deleteUser(caller, ref),
      );
    },
  }),
});
