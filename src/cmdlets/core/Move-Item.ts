/**
 * Move-Item: moves (or renames) files and folders; an existing destination file is replaced
 * only with -Force.
 */
import { renameSync, rmSync, statSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { commandError, ioFailure } from '../shared/files/commandErrors.js';
import { existingFileSystemPaths, pathArguments } from '../shared/files/cmdletPaths.js';
import { readItem } from '../shared/files/FileSystemItem.js';
import { pathExists } from '../shared/files/fileWrite.js';
import { itemDestination } from '../shared/files/itemDestination.js';
import { filterByName } from '../shared/files/nameFilters.js';

export default defineCmdlet({
  name: 'Move-Item',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['mi', 'move', 'mv'],
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  synopsis: 'Moves an item from one location to another.',
  parameters: {
    Path: param.strings({ sets: { Path: { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true } } }),
    LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, byPropertyName: true } } }),
    Destination: param.string({ position: 1, byPropertyName: true }),
    Force: param.switch(),
    Filter: param.string(),
    Include: param.strings(),
    Exclude: param.strings(),
    PassThru: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const name = c.commandName;
      const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
      for (const source of existingFileSystemPaths(c, texts, literal)) {
        if (!filterByName(source, c.params)) continue;
        const target = itemDestination(c, source, c.params.Destination);
        if (target === null || target === source) continue;
        const isFolder = statSync(source).isDirectory();
        if (!c.shouldProcess(`Item: ${source} Destination: ${target}`, isFolder ? 'Move Directory' : 'Move File')) continue;
        if (pathExists(target)) {
          if (!c.params.Force || isFolder) {
            c.writeError(commandError(name, 'Cannot create a file when that file already exists.', isFolder ? 'MoveDirectoryItemIOError' : 'MoveFileInfoItemIOError', 'WriteError', 'System.IO.IOException', source));
            continue;
          }
          rmSync(target, { force: true });
        }
        try {
          renameSync(source, target);
        } catch (e) {
          const failure = ioFailure(e, target);
          c.writeError(commandError(name, failure.message, isFolder ? 'MoveDirectoryItemIOError' : 'MoveFileInfoItemIOError', 'WriteError', failure.exceptionType, source));
          continue;
        }
        if (c.params.PassThru) c.write(readItem(target));
      }
    },
  }),
});
