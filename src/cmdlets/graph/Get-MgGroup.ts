import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { notFound } from './errors.js';
import { findGroup, graphGroup, groupJson, GROUP_RESOURCE } from './groups.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, listParameters, selectParameters } from './parameters.js';
import { runListQuery, setCountVariable } from './query.js';
import { isFailure } from './users.js';

/** Get-MgGroup: one group by -GroupId, or the list with $filter. */
export default defineCmdlet({
  name: 'Get-MgGroup',
  module: 'Microsoft.Graph.Groups',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphGroup',
  synopsis: 'Get the properties and relationships of a group object.',
  parameters: {
    GroupId: param.string({ sets: { Get: { mandatory: true } } }),
    ...selectParameters(),
    ...listParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      if (c.parameterSetName === 'Get') {
        const group = findGroup(g.tenant, c.params.GroupId!);
        if (!group) return writeGraphFailure(c, g, notFound(c.params.GroupId!), c.params.GroupId);
        c.write(graphGroup(group));
        return;
      }
      const groups = g.tenant.directory.listGroups();
      const result = runListQuery(groups.map(groupJson), c.params, GROUP_RESOURCE);
      if (isFailure(result)) return writeGraphFailure(c, g, result, c.params.Filter);
      setCountVariable(c, c.params.CountVariable, result.count);
      for (const row of result.rows) {
        const group = groups.find((x) => x.id === row.get('id'));
        if (group) c.write(graphGroup(group));
      }
    },
  }),
});
