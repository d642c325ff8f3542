import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, selectParameters } from './parameters.js';
import { userAsDirectoryObject } from './directoryObject.js';
import { userRef } from './users.js';

/** Get-MgDirectoryDeletedItem -DirectoryObjectId: one object of the recycle bin (T-DEL-1), as a directoryObject. */
export default defineCmdlet({
  name: 'Get-MgDirectoryDeletedItem',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'Get',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphDirectoryObject',
  synopsis: 'Retrieve the properties of a recently deleted directory object.',
  parameters: {
    DirectoryObjectId: param.string({ sets: { Get: { mandatory: true } } }),
    InputObject: param.object({ sets: { GetViaIdentity: { mandatory: true, fromPipeline: true } } }),
    ...selectParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id = c.params.DirectoryObjectId ?? '';
      const user = g.tenant.directory.findUser(userRef(id), { deleted: true });
      if (!user) return writeGraphFailure(c, g, notFound(id), id);
      c.write(userAsDirectoryObject(g.tenant, user));
    },
  }),
});
