/**
 * Restore-MsolUser: brings a user back from the recycle bin within 30 days (T-DEL-1/2/3), with
 * its licenses where units are free (a warning for the others). A UPN now held by another user
 * fails with E8, an address with E9, unless -NewUserPrincipalName / -AutoReconcileProxyConflicts
 * resolve it. Purged or never deleted: E6. No output.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { msolContext, msolRun, writeMsolWarnings } from './operation.js';
import { msolUserRef } from './userRef.js';

export default defineCmdlet({
  name: 'Restore-MsolUser',
  module: 'MSOnline',
  defaultParameterSet: 'RestoreUser__0',
  synopsis: 'Restores a user from the Deleted Users view to its original state.',
  parameters: {
    ObjectId: param.typed<PSGuid>('guid', { sets: { RestoreUser__0: { mandatory: true, byPropertyName: true } } }),
    UserPrincipalName: param.string({ sets: { RestoreUserByUpn__0: { mandatory: true, byPropertyName: true } } }),
    AutoReconcileProxyConflicts: param.switch({ byPropertyName: true }),
    NewUserPrincipalName: param.string({ byPropertyName: true }),
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = msolContext(c);
      const ref = msolUserRef(c.params);
      const restored = msolRun(c, ref.value, () =>
        tenant.directory.restoreUser(caller, ref, {
          ...(c.params.NewUserPrincipalName !== undefined ? { newUserPrincipalName: c.params.NewUserPrincipalName } : {}),
          autoReconcileProxyConflicts: c.params.AutoReconcileProxyConflicts ?? false,
        }),
      );
      if (restored) writeMsolWarnings(c, restored.warnings);
    },
  }),
});
