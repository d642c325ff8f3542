/** Rename-Item: gives a file or folder a new name in the same folder. */
import { renameSync, statSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { commandError, ioFailure } from '../shared/files/commandErrors.js';
import { existingFileSystemPaths, pathArguments } from '../shared/files/cmdletPaths.js';
import { readItem } from '../shared/files/FileSystemItem.js';
import { pathExists } from '../shared/files/fileWrite.js';
import { leafOf, parentOf } from '../shared/files/providerPath.js';

export default defineCmdlet({
  name: 'Rename-Item',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['ren', 'rni'],
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  synopsis: 'Renames an item in a PowerShell provider namespace.',
  parameters: {
    Path: param.string({ sets: { ByPath: { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true } } }),
    LiteralPath: param.string({ aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true, byPropertyName: true } } }),
    NewName: param.string({ mandatory: true, position: 1, byPropertyName: true }),
    Force: param.switch(),
    PassThru: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const name = c.commandName;
      const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
      const newName = (c.params.NewName ?? '').replaceAll('\\', '/');
      for (const source of existingFileSystemPaths(c, texts, literal)) {
        const folder = parentOf(source) || '/';
        const slash = newName.lastIndexOf('/');
        if (slash >= 0 && parentOf(newName.startsWith('/') ? newName : `${folder}/${newName}`) !== folder) {
          c.writeError(
            commandError(
              name,
              'Cannot rename the specified target, because it represents a path or device name.',
              'Argument',
              'InvalidArgument',
              'System.Management.Automation.PSArgumentException',
            ),
          );
          continue;
        }
        const target = `${folder === '/' ? '' : folder}/${leafOf(newName)}`;
        const isFolder = statSync(source).isDirectory();
        if (!c.shouldProcess(`Item: ${source} Destination: ${target}`, isFolder ? 'Rename Directory' : 'Rename File')) continue;
        if (pathExists(target) && target !== source) {
          c.writeError(commandError(name, 'Cannot create a file when that file already exists.', 'RenameItemIOError', 'WriteError', 'System.IO.IOException', source));
          continue;
        }
        try {
          renameSync(source, target);
        } catch (e) {
          const failure = ioFailure(e, target);
          c.writeError(commandError(name, failure.message, 'RenameItemIOError', 'WriteError', failure.exceptionType, source));
          continue;
        }
        if (c.params.PassThru) c.write(readItem(target));
      }
    },
  }),
});
