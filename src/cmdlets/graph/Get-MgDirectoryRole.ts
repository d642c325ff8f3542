import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, listParameters, selectParameters } from './parameters.js';
import { runListQuery, setCountVariable } from './query.js';
import { activatedRoles, directoryRole, findDirectoryRole, roleJson, ROLE_RESOURCE } from './roles.js';
import { isFailure } from './users.js';

/** Get-MgDirectoryRole: the activated directory roles (`-Filter "displayName eq 'Global Administrator'"`). */
export default defineCmdlet({
  name: 'Get-MgDirectoryRole',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphDirectoryRole',
  synopsis: 'List the directory roles that are activated in the tenant.',
  parameters: {
    DirectoryRoleId: param.string({ sets: { Get: { mandatory: true } } }),
    ...selectParameters(),
    ...listParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const tenantId = g.tenant.organisation.id;
      if (c.parameterSetName === 'Get') {
        const role = findDirectoryRole(g.tenant, c.params.DirectoryRoleId!);
        if (!role) return writeGraphFailure(c, g, notFound(c.params.DirectoryRoleId!), c.params.DirectoryRoleId);
        c.write(directoryRole(tenantId, role));
        return;
      }
      const roles = activatedRoles(g.tenant);
      const result = runListQuery(roles.map((r) => roleJson(tenantId, r)), { ...c.params, All: true }, ROLE_RESOURCE);
      if (isFailure(result)) return writeGraphFailure(c, g, result, c.params.Filter);
      setCountVariable(c, c.params.CountVariable, result.count);
      for (const row of result.rows) {
        const role = roles.find((r) => r.id === row.get('roletemplateid'));
        if (role) c.write(directoryRole(tenantId, role));
      }
    },
  }),
});
