/** Get-Item: the item at each path: a FileInfo/DirectoryInfo, a variable, or an environment variable. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { hasWildcards } from '../../runtime/regex/wildcard.js';
import { existingItems, pathArguments } from '../shared/files/cmdletPaths.js';
import { driveItemNotFound } from '../shared/files/driveItemErrors.js';
import { PSVariable } from '../../runtime/scope.js';
import { environmentItems, variableItem, variableItems } from '../shared/files/driveItems.js';
import { readItem } from '../shared/files/FileSystemItem.js';
import { filterByName } from '../shared/files/nameFilters.js';

export default defineCmdlet({
  name: 'Get-Item',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['gi'],
  defaultParameterSet: 'Path',
  synopsis: 'Gets the item at the specified location.',
  parameters: {
    Path: param.strings({ sets: { Path: { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true } } }),
    LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, byPropertyName: true } } }),
    Filter: param.string(),
    Include: param.strings(),
    Exclude: param.strings(),
    Force: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
      for (const text of texts) {
        for (const item of existingItems(c, text, literal)) {
          if (item.kind === 'FileSystem') {
            if (filterByName(item.full, c.params)) c.write(readItem(item.full));
            continue;
          }
          if (item.kind === 'UnknownDrive') continue;
          const found =
            item.kind === 'Variable' ? variableItems(c.callerCtx.scope, item.name) : environmentItems(c.callerCtx.rt.env, item.name);
          if (found.length === 0 && !hasWildcards(item.name)) c.writeError(driveItemNotFound(c.commandName, item.kind, item.name));
          for (const f of found) c.write(f instanceof PSVariable ? variableItem(f) : f);
        }
      }
    },
  }),
});
