/**
 * Restore-AzureADMSDeletedDirectoryObject -Id: restores a deleted user within 30 days (T-DEL-1/3;
 * a UPN now taken fails with E21). Writes the restored object (Id, OdataType).
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { typedObject } from '../msonline/values.js';
import { aadContext, aadRun, writeAadWarnings } from './operation.js';

export default defineCmdlet({
  name: 'Restore-AzureADMSDeletedDirectoryObject',
  module: 'AzureAD',
  outputType: 'Microsoft.Open.MSGraph.Model.MsDirectoryObject',
  synopsis: 'Restores a previously deleted object.',
  parameters: {
    Id: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = aadContext(c);
      const id = c.params.Id ?? '';
      const restored = aadRun(c, tenant, 'RestoreDeletedDirectoryObject', id, () =>
        tenant.directory.restoreUser(caller, { by: 'objectId', value: id }),
      );
      writeAadWarnings(c, restored.warnings);
      c.write(
        typedObject(
          ['Microsoft.Open.MSGraph.Model.MsDirectoryObject'],
          [
            ['Id', restored.user.id],
            ['OdataType', '#microsoft.graph.user'],
          ],
        ),
      );
    },
  }),
});
