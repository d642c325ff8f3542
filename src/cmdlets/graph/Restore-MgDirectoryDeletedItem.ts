import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toBool } from '../../runtime/convert/toBoolean.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { getPropertyValue } from '../../runtime/members/properties.js';
import { tenantWarning } from '../tenant/errors.js';
import { graphContext, graphRun } from './operation.js';
import { httpParameters } from './parameters.js';
import { userAsDirectoryObject } from './directoryObject.js';
import { identityId, userRef } from './users.js';

/**
 * Restore-MgDirectoryDeletedItem: brings a user back from the recycle bin within 30 days (T-DEL-3,
 * checked by the directory service with T-ROLE-1/2). `-BodyParameter @{autoReconcileProxyConflict =
 * $true}` (doc example 2) means MSOnline's -AutoReconcileProxyConflicts. Writes the restored object.
 */
export default defineCmdlet({
  name: 'Restore-MgDirectoryDeletedItem',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'RestoreExpanded',
  supportsShouldProcess: true,
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphDirectoryObject',
  synopsis: 'Restore a recently deleted directory object from deleted items.',
  parameters: {
    DirectoryObjectId: param.string({ sets: { RestoreExpanded: { mandatory: true }, Restore: { mandatory: true } } }),
    InputObject: param.object({ sets: { RestoreViaIdentity: { mandatory: true, fromPipeline: true } } }),
    AutoReconcileProxyConflict: param.switch({ sets: ['RestoreExpanded', 'RestoreViaIdentity'] }),
    NewUserPrincipalName: param.string({ sets: ['RestoreExpanded', 'RestoreViaIdentity'] }),
    AdditionalProperties: param.hashtable({ sets: ['RestoreExpanded', 'RestoreViaIdentity'] }),
    BodyParameter: param.object({ sets: { Restore: { mandatory: true } } }),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id =
        c.parameterSetName === 'RestoreViaIdentity'
          ? identityId(c.params.InputObject, 'DirectoryObjectId') ?? ''
          : c.params.DirectoryObjectId!;
      const body = c.params.BodyParameter;
      const fromBody = (name: string): unknown => (body === undefined ? undefined : getPropertyValue(body, name));
      const reconcile = c.params.AutoReconcileProxyConflict ?? toBool(fromBody('autoReconcileProxyConflict') ?? false);
      const newUpn = c.params.NewUserPrincipalName ?? fromBody('newUserPrincipalName');
      if (!c.shouldProcess("Call remote 'POST /directory/deletedItems/{directoryObject-id}/microsoft.graph.restore' operation", g.variant))
        return;
      const restored = graphRun(c, g, id, () =>
        g.tenant.directory.restoreUser(g.caller, userRef(id), {
          autoReconcileProxyConflicts: reconcile,
          ...(newUpn !== undefined && newUpn !== null ? { newUserPrincipalName: toStr(newUpn) } : {}),
        }),
      );
      if (!restored) return;
      for (const w of restored.warnings) c.writeWarning(tenantWarning(w));
      c.write(userAsDirectoryObject(g.tenant, restored.user));
    },
  }),
});
