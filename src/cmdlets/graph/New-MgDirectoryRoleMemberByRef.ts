import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { getPropertyValue } from '../../runtime/members/properties.js';
import { notFound } from './errors.js';
import { graphContext, graphRun, writeGraphFailure } from './operation.js';
import { httpParameters } from './parameters.js';
import { findDirectoryRole, objectIdOfReference } from './roles.js';
import { userRef } from './users.js';

/**
 * New-MgDirectoryRoleMemberByRef: adds a user to a directory role, named by
 * `-OdataId https://graph.microsoft.com/v1.0/directoryObjects/{id}` or a body with `@odata.id`.
 */
export default defineCmdlet({
  name: 'New-MgDirectoryRoleMemberByRef',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'CreateExpanded',
  supportsShouldProcess: true,
  synopsis: 'Create new navigation property ref to members for directoryRoles.',
  parameters: {
    DirectoryRoleId: param.string({ mandatory: true }),
    OdataId: param.string({ sets: { CreateExpanded: { mandatory: true } } }),
    AdditionalProperties: param.hashtable({ sets: ['CreateExpanded'] }),
    BodyParameter: param.object({ sets: { Create: { mandatory: true, fromPipeline: true } } }),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const role = findDirectoryRole(g.tenant, c.params.DirectoryRoleId!);
      if (!role) return writeGraphFailure(c, g, notFound(c.params.DirectoryRoleId!), c.params.DirectoryRoleId);
      const ref = c.params.OdataId ?? toStr(getPropertyValue(c.params.BodyParameter, '@odata.id') ?? '');
      const memberId = objectIdOfReference(ref);
      if (!c.shouldProcess("Call remote 'POST /directoryRoles/{directoryRole-id}/members/$ref' operation", g.variant)) return;
      graphRun(c, g, memberId, () => g.tenant.directory.addRoleMember(g.caller, role.id, userRef(memberId)));
    },
  }),
});
