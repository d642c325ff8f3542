import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { graphContext, graphRun } from './operation.js';
import { deleteParameters, httpParameters } from './parameters.js';
import { identityId, userRef } from './users.js';

/** Remove-MgDirectoryDeletedItem: purges a user from the recycle bin at once (T-DEL-2), as -RemoveFromRecycleBin does. */
export default defineCmdlet({
  name: 'Remove-MgDirectoryDeletedItem',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'Delete',
  supportsShouldProcess: true,
  outputType: 'System.Boolean',
  synopsis: 'Permanently delete a recently deleted directory object from deleted items.',
  parameters: {
    DirectoryObjectId: param.string({ sets: { Delete: { mandatory: true } } }),
    InputObject: param.object({ sets: { DeleteViaIdentity: { mandatory: true, fromPipeline: true } } }),
    ...deleteParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id =
        c.parameterSetName === 'Delete' ? c.params.DirectoryObjectId! : identityId(c.params.InputObject, 'DirectoryObjectId') ?? '';
      if (!c.shouldProcess("Call remote 'DELETE /directory/deletedItems/{directoryObject-id}' operation", g.variant)) return;
      const done = graphRun(c, g, id, () => {
        g.tenant.directory.purgeUser(g.caller, userRef(id));
        return true;
      });
      if (done && c.params.PassThru) c.write(true);
    },
  }),
});
