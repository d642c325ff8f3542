/**
 * Remove-Item: deletes files and folders (a folder with children only with -Recurse, else pwsh's
 * confirmation), and variables and environment variables (`variable:x`, `env:X`). Each item asks
 * ShouldProcess with pwsh's texts, so -WhatIf lists what would go.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { hasWildcards } from '../../runtime/regex/wildcard.js';
import { commandError, ioFailure } from '../shared/files/commandErrors.js';
import { existingItems, pathArguments } from '../shared/files/cmdletPaths.js';
import { driveItemNotFound } from '../shared/files/driveItemErrors.js';
import { environmentItems, removeEnvironmentVariable, removeVariable, variableItems } from '../shared/files/driveItems.js';
import { filterByName } from '../shared/files/nameFilters.js';

export default defineCmdlet({
  name: 'Remove-Item',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['del', 'erase', 'rd', 'ri', 'rm', 'rmdir'],
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  synopsis: 'Deletes the specified items.',
  parameters: {
    Path: param.strings({ sets: { Path: { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true } } }),
    LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, byPropertyName: true } } }),
    Filter: param.string(),
    Include: param.strings(),
    Exclude: param.strings(),
    Recurse: param.switch(),
    Force: param.switch(),
  },
  invoke: (c) => {
    const name = c.commandName;

    const removeFileSystem = (full: string): void => {
      if (!filterByName(full, c.params)) return;
      const isFolder = statSync(full).isDirectory();
      if (!c.shouldProcess(full, isFolder ? 'Remove Directory' : 'Remove File')) return;
      if (isFolder && !c.params.Recurse && readdirSync(full).length > 0) {
        const query =
          `The item at ${full} has children and the Recurse parameter was not specified. If you continue, all ` +
          'children will be removed with the item. Are you sure you want to continue?';
        if (!c.shouldContinue(query, 'Confirm')) return;
      }
      try {
        rmSync(full, { recursive: isFolder, force: false });
      } catch (e) {
        const failure = ioFailure(e, full);
        c.writeError(commandError(name, failure.message, 'RemoveFileSystemItemIOError', 'WriteError', failure.exceptionType, full));
      }
    };

    const removeVariables = (itemName: string): void => {
      const found = variableItems(c.callerCtx.scope, itemName);
      if (found.length === 0 && !hasWildcards(itemName)) c.writeError(driveItemNotFound(name, 'Variable', itemName));
      for (const v of found) {
        if (!c.shouldProcess(`Item: ${v.name}`, 'Remove Item')) continue;
        if (!removeVariable(c.callerCtx, v, c.params.Force ?? false)) {
          c.writeError(
            commandError(
              name,
              `Cannot remove variable ${v.name} because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.`,
              'VariableNotRemovable',
              'WriteError',
              'System.Management.Automation.SessionStateUnauthorizedAccessException',
              v.name,
            ),
          );
        }
      }
    };

    const removeEnvironment = (itemName: string): void => {
      const env = c.callerCtx.rt.env;
      const found = environmentItems(env, itemName);
      if (found.length === 0 && !hasWildcards(itemName)) c.writeError(driveItemNotFound(name, 'Environment', itemName));
      for (const e of found) {
        const key = String(e.key);
        if (c.shouldProcess(`Item: ${key}`, 'Remove Item')) removeEnvironmentVariable(env, key);
      }
    };

    return {
      process() {
        const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
        for (const text of texts) {
          for (const item of existingItems(c, text, literal)) {
            if (item.kind === 'FileSystem') removeFileSystem(item.full);
            else if (item.kind === 'Variable') removeVariables(item.name);
            else if (item.kind === 'Environment') removeEnvironment(item.name);
          }
        }
      },
    };
  },
});
