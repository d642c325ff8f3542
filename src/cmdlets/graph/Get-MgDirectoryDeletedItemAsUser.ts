import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, listParameters, selectParameters } from './parameters.js';
import { runListQuery, setCountVariable } from './query.js';
import { userJson } from './userData.js';
import { isFailure, USER_RESOURCE, userRef, userSelection } from './users.js';
import { graphUser } from './userShape.js';

/**
 * Get-MgDirectoryDeletedItemAsUser: the user recycle bin (T-DEL-1). UPNs show as the service
 * rewrites them, `<id without dashes><UPN>`, hence scripts' `-like "*$upn"`.
 */
export default defineCmdlet({
  name: 'Get-MgDirectoryDeletedItemAsUser',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphUser',
  synopsis: 'Get the deleted users of the directory.',
  parameters: {
    DirectoryObjectId: param.string({ sets: { Get: { mandatory: true } } }),
    ...selectParameters(),
    ...listParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const chosen = userSelection(c.params.Property);
      if (isFailure(chosen)) return writeGraphFailure(c, g, chosen, c.params.Property);
      const selected = new Set([...chosen, 'deleteddatetime']);
      if (c.parameterSetName === 'Get') {
        const id = c.params.DirectoryObjectId!;
        const user = g.tenant.directory.findUser(userRef(id), { deleted: true });
        if (!user) return writeGraphFailure(c, g, notFound(id), id);
        c.write(graphUser(userJson(g.tenant, user), selected));
        return;
      }
      const rows = g.tenant.directory.listUsers({ deleted: true }).map((u) => userJson(g.tenant, u));
      const result = runListQuery(rows, c.params, USER_RESOURCE);
      if (isFailure(result)) return writeGraphFailure(c, g, result, c.params.Filter);
      setCountVariable(c, c.params.CountVariable, result.count);
      for (const row of result.rows) c.write(graphUser(row, selected));
    },
  }),
});
