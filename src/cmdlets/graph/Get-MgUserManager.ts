import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, selectParameters } from './parameters.js';
import { userAsDirectoryObject } from './directoryObject.js';
import { userRef } from './users.js';

/** Get-MgUserManager: the manager as a directoryObject (name in AdditionalProperties); none is E5 on 'manager'. */
export default defineCmdlet({
  name: 'Get-MgUserManager',
  module: 'Microsoft.Graph.Users',
  defaultParameterSet: 'Get',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphDirectoryObject',
  synopsis: "Returns the user's manager.",
  parameters: { UserId: param.string({ mandatory: true }), ...selectParameters(), ...httpParameters() },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id = c.params.UserId!;
      const user = g.tenant.directory.findUser(userRef(id));
      if (!user) return writeGraphFailure(c, g, notFound(id), id);
      const manager = g.tenant.directory.managerOf(user);
      if (!manager) return writeGraphFailure(c, g, notFound('manager'), id);
      c.write(userAsDirectoryObject(g.tenant, manager));
    },
  }),
});
