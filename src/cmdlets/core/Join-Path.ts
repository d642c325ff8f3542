/** Join-Path: each -Path joined with the child paths; -Resolve gives the existing items it names. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { existingItems } from '../shared/files/cmdletPaths.js';
import { joinTwo } from '../shared/files/joinPath.js';

export default defineCmdlet({
  name: 'Join-Path',
  module: 'Microsoft.PowerShell.Management',
  outputType: 'System.String',
  synopsis: 'Combines a path and a child path into a single path.',
  parameters: {
    Path: param.strings({ aliases: ['PSPath'], mandatory: true, position: 0, fromPipeline: true, byPropertyName: true }),
    ChildPath: param.strings({ mandatory: true, position: 1, byPropertyName: true, allowEmptyString: true, allowNull: true }),
    AdditionalChildPath: param.strings({ position: 2, byPropertyName: true, fromRemainingArguments: true }),
    Resolve: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const children = [...(c.params.ChildPath ?? []), ...(c.params.AdditionalChildPath ?? [])];
      for (const path of c.params.Path ?? []) {
        const joined = children.reduce((acc, child) => joinTwo(acc, child ?? ''), path);
        if (!c.params.Resolve) {
          c.write(joined);
          continue;
        }
        for (const item of existingItems(c, joined, false)) {
          if (item.kind === 'FileSystem') c.write(item.full);
          else c.write(joined);
        }
      }
    },
  }),
});
