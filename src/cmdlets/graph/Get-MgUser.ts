import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, listParameters, selectParameters } from './parameters.js';
import { runListQuery, setCountVariable } from './query.js';
import { userJson } from './userData.js';
import { identityId, isFailure, USER_RESOURCE, userRef, userSelection } from './users.js';
import { graphUser } from './userShape.js';

/**
 * Get-MgUser (Microsoft.Graph.Users): one user by -UserId (object id or UPN), or a list with
 * Graph's $filter/$search/$count rules. Only the default properties come back unless -Property
 * names others (directory-cmdlets.md 4).
 */
export default defineCmdlet({
  name: 'Get-MgUser',
  module: 'Microsoft.Graph.Users',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphUser',
  synopsis: 'Read properties and relationships of the user object.',
  parameters: {
    UserId: param.string({ sets: { Get: { mandatory: true } } }),
    InputObject: param.object({ sets: { GetViaIdentity: { mandatory: true, fromPipeline: true } } }),
    ...selectParameters(),
    ...listParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const selected = userSelection(c.params.Property);
      if (isFailure(selected)) return writeGraphFailure(c, g, selected, c.params.Property);
      if (c.parameterSetName !== 'List') {
        const id = c.parameterSetName === 'Get' ? c.params.UserId! : identityId(c.params.InputObject, 'UserId') ?? '';
        const user = g.tenant.directory.findUser(userRef(id));
        if (!user) return writeGraphFailure(c, g, notFound(id), id);
        c.write(graphUser(userJson(g.tenant, user), selected));
        return;
      }
      const rows = g.tenant.directory.listUsers().map((u) => userJson(g.tenant, u));
      const result = runListQuery(rows, c.params, USER_RESOURCE);
      if (isFailure(result)) return writeGraphFailure(c, g, result, c.params.Filter);
      setCountVariable(c, c.params.CountVariable, result.count);
      for (const row of result.rows) c.write(graphUser(row, selected));
    },
  }),
});
