/** Get-AzureADDirectoryRole: the activated directory roles (current names), filtered or by -ObjectId. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { activatedRoleById, tenantActivatedRoles } from './directoryRoles.js';
import { aadError } from './errors.js';
import { aadContext } from './operation.js';
import { aadDirectoryRole } from './shapes.js';

/** `displayName eq '...'` / `roleTemplateId eq '...'`, the filters scripts use. */
const FILTER = /^\s*(displayName|roleTemplateId|objectId)\s+eq\s+'([^']*)'\s*$/i;

export default defineCmdlet({
  name: 'Get-AzureADDirectoryRole',
  module: 'AzureAD',
  defaultParameterSet: 'GetQuery',
  outputType: 'Microsoft.Open.AzureAD.Model.DirectoryRole',
  synopsis: 'Gets a directory role.',
  parameters: {
    ObjectId: param.string({ sets: { GetById: { mandatory: true, fromPipeline: true, byPropertyName: true } } }),
    Filter: param.string({ sets: { GetQuery: { fromPipeline: true, byPropertyName: true } } }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = aadContext(c);
      const tenantId = tenant.organisation.id;
      if (c.parameterSetName === 'GetById') {
        const id = c.params.ObjectId ?? '';
        const role = activatedRoleById(tenant, id);
        if (!role) return c.fail(aadError('GetDirectoryRole', { kind: 'RoleNotFound', role: id }, tenant.clock.nowMs(), id));
        c.write(aadDirectoryRole(role, tenantId));
        return;
      }
      const m = c.params.Filter ? FILTER.exec(c.params.Filter) : null;
      for (const r of tenantActivatedRoles(tenant)) {
        if (m) {
          const field = m[1]!.toLowerCase();
          const value = m[2]!.toLowerCase();
          const actual = field === 'displayname' ? r.displayName : field === 'roletemplateid' ? r.id : null;
          if (actual !== null && actual.toLowerCase() !== value) continue;
        }
        c.write(aadDirectoryRole(r, tenantId));
      }
    },
  }),
});
