/**
 * New-Item: a file (the default; -Value is its text) or a folder (parent folders are created
 * too), written as the new item. An existing file or folder is an error unless -Force, which
 * overwrites the file or returns the folder; -Force also creates a file's missing parent folders.
 * `New-Item variable:x -Value 1` and `New-Item env:X -Value v` create variables.
 */
import { mkdirSync, statSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { commandError, driveNotFound, ioFailure } from '../shared/files/commandErrors.js';
import { pathBaseOf } from '../shared/files/cmdletPaths.js';
import { UTF8_NO_BOM } from '../shared/files/fileEncoding.js';
import { readItem } from '../shared/files/FileSystemItem.js';
import { isDirectory, pathExists, writeFileAtomically } from '../shared/files/fileWrite.js';
import { joinTwo } from '../shared/files/joinPath.js';
import { parentOf, parseProviderPath } from '../shared/files/providerPath.js';

export default defineCmdlet({
  name: 'New-Item',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['ni'],
  defaultParameterSet: 'pathSet',
  supportsShouldProcess: true,
  synopsis: 'Creates a new item.',
  parameters: {
    Path: param.strings({ sets: { pathSet: { mandatory: true, position: 0, byPropertyName: true }, nameSet: { position: 0, byPropertyName: true } } }),
    Name: param.string({ sets: { nameSet: { mandatory: true, byPropertyName: true } }, allowEmptyString: true }),
    ItemType: param.string({ aliases: ['Type'], byPropertyName: true }),
    Value: param.object({ aliases: ['Target'], fromPipeline: true, byPropertyName: true }),
    Force: param.switch(),
  },
  invoke: (c) => {
    const name = c.commandName;

    const newFile = (full: string): void => {
      if (!c.shouldProcess(`Destination: ${full}`, 'Create File')) return;
      if (isDirectory(full)) {
        c.writeError(commandError(name, `Access to the path '${full}' is denied.`, 'NewItemUnauthorizedAccessError', 'PermissionDenied', 'System.UnauthorizedAccessException', full));
        return;
      }
      if (pathExists(full) && !c.params.Force) {
        c.writeError(commandError(name, `The file '${full}' already exists.`, 'NewItemIOError', 'WriteError', 'System.IO.IOException', full));
        return;
      }
      const parent = parentOf(full) || '/';
      if (!isDirectory(parent)) {
        if (!c.params.Force) {
          const failure = ioFailure({ code: 'ENOENT' }, full);
          c.writeError(commandError(name, failure.message, 'NewItemIOError', 'WriteError', failure.exceptionType, full));
          return;
        }
        mkdirSync(parent, { recursive: true });
      }
      const value = c.params.Value;
      writeFileAtomically(full, UTF8_NO_BOM.encode(value === undefined || value === null ? '' : toStr(value), true));
      c.write(readItem(full));
    };

    const newFolder = (full: string): void => {
      if (!c.shouldProcess(`Destination: ${full}`, 'Create Directory')) return;
      if (pathExists(full)) {
        if (c.params.Force && statSync(full).isDirectory()) c.write(readItem(full));
        else {
          c.writeError(commandError(name, `An item with the specified name ${full} already exists.`, 'DirectoryExist', 'ResourceExists', 'System.IO.IOException', full));
        }
        return;
      }
      try {
        mkdirSync(full, { recursive: true });
      } catch (e) {
        const failure = ioFailure(e, full);
        c.writeError(commandError(name, failure.message, 'CreateDirectoryIOError', 'WriteError', failure.exceptionType, full));
        return;
      }
      c.write(readItem(full));
    };

    const newDriveItem = (kind: 'Variable' | 'Environment', itemName: string): void => {
      if (!c.shouldProcess(`Name: ${itemName} Value: ${toStr(c.params.Value ?? '')}`, kind === 'Variable' ? 'New variable' : 'New Item')) return;
      if (kind === 'Environment') {
        c.callerCtx.rt.env.set(itemName, toStr(c.params.Value ?? ''));
        return;
      }
      c.write(c.callerCtx.scope.setLocal(itemName.toLowerCase(), itemName, c.params.Value ?? null));
    };

    return {
      process() {
        const base = pathBaseOf(c);
        const paths = c.params.Path && c.params.Path.length > 0 ? c.params.Path : [base.location];
        const type = (c.params.ItemType ?? 'File').toLowerCase();
        for (const path of paths) {
          const text = c.params.Name !== undefined ? joinTwo(path, c.params.Name) : path;
          const parsed = parseProviderPath(text, base);
          if (parsed.kind === 'UnknownDrive') {
            c.writeError(driveNotFound(name, parsed.drive));
            continue;
          }
          if (parsed.kind !== 'FileSystem') {
            newDriveItem(parsed.kind, parsed.name);
            continue;
          }
          if (type === 'file') newFile(parsed.full);
          else if (type === 'directory') newFolder(parsed.full);
          else {
            c.writeError(
              commandError(
                name,
                'The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.',
                'Argument',
                'InvalidArgument',
                'System.Management.Automation.PSArgumentException',
              ),
            );
          }
        }
      },
    };
  },
});
