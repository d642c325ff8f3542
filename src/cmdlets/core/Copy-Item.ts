/**
 * Copy-Item: copies files (overwriting an existing copy, as pwsh does) and folders (their content
 * only with -Recurse; without it, an empty folder of the same name).
 */
import { cpSync, mkdirSync, statSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { commandError, ioFailure } from '../shared/files/commandErrors.js';
import { existingFileSystemPaths, pathArguments } from '../shared/files/cmdletPaths.js';
import { readItem } from '../shared/files/FileSystemItem.js';
import { itemDestination } from '../shared/files/itemDestination.js';
import { filterByName } from '../shared/files/nameFilters.js';

export default defineCmdlet({
  name: 'Copy-Item',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['copy', 'cpi', 'cp'],
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  synopsis: 'Copies an item from one location to another.',
  parameters: {
    Path: param.strings({ sets: { Path: { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true } } }),
    LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, byPropertyName: true } } }),
    Destination: param.string({ position: 1, byPropertyName: true }),
    Container: param.switch(),
    Force: param.switch(),
    Filter: param.string(),
    Include: param.strings(),
    Exclude: param.strings(),
    Recurse: param.switch(),
    PassThru: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
      for (const source of existingFileSystemPaths(c, texts, literal)) {
        if (!filterByName(source, c.params)) continue;
        const target = itemDestination(c, source, c.params.Destination);
        if (target === null) continue;
        const isFolder = statSync(source).isDirectory();
        if (target === source) {
          c.writeError(commandError(c.commandName, `Cannot overwrite the item ${source} with itself.`, 'CopyError', 'WriteError', 'System.IO.IOException', source));
          continue;
        }
        if (!c.shouldProcess(`Item: ${source} Destination: ${target}`, isFolder ? 'Copy Directory' : 'Copy File')) continue;
        try {
          if (isFolder && !c.params.Recurse) mkdirSync(target, { recursive: true });
          else cpSync(source, target, { recursive: isFolder, force: true });
        } catch (e) {
          const failure = ioFailure(e, target);
          c.writeError(commandError(c.commandName, failure.message, isFolder ? 'CopyDirectoryInfoItemIOError' : 'CopyFileInfoItemIOError', 'WriteError', failure.exceptionType, source));
          continue;
        }
        if (c.params.PassThru) c.write(readItem(target));
      }
    },
  }),
});
